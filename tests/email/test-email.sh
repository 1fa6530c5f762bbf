#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
# End-to-end test of examples/email-digest.sh: the briefing of examples/day is
# sent through a real SMTP client (msmtp) to a real SMTP server (aiosmtpd, on
# 127.0.0.1 only) and the received message is read with a real MIME parser
# (Python's email package, tests/email/check_message.py).
#
#   test-email.sh BRIEF REPO_ROOT
#
# Exit status: 0 passed, 1 failed, 77 skipped (msmtp, or a python3 that has
# aiosmtpd, is not installed: `sh .ci/install-deps.sh --extra`).
set -u

brief=${1:?usage: test-email.sh BRIEF REPO_ROOT}
root=${2:?usage: test-email.sh BRIEF REPO_ROOT}
here=$root/tests/email
script=$root/examples/email-digest.sh
day=$root/examples/day

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; [ -s "$tmp/err" ] && sed 's/^/  stderr: /' "$tmp/err" >&2; exit 1; }
ok() { echo "ok - $*"; }

command -v msmtp >/dev/null 2>&1 || skip "msmtp is not installed"
py=
for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
        "$candidate" -c 'import aiosmtpd' >/dev/null 2>&1; then
        py=$(command -v "$candidate")
        break
    fi
done
[ -n "$py" ] || skip "no python3 with aiosmtpd (Debian: python3-aiosmtpd)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test-email.XXXXXX") || exit 1
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

"$brief" daily --help >/dev/null 2>&1 || fail "$brief has no 'daily' command"

free_port() {
    "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The server: aiosmtpd on 127.0.0.1, saving messages to $tmp/inbox; `timeout`
# ends it even if this script is killed before its trap runs.
mkdir "$tmp/inbox"
port=$(free_port) || fail "no free port"
PYTHONPATH=$here timeout 300 "$py" -m aiosmtpd -n -l "127.0.0.1:$port" \
    -c smtp_handler.SaveHandler "$tmp/inbox" 2>"$tmp/server.log" &
server_pid=$!
for _ in $(seq 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; fail "aiosmtpd did not start"; }
    sleep 0.1
done
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || fail "aiosmtpd does not listen on 127.0.0.1:$port"

# msmtp, once for the server and once for a port where nothing listens.
msmtprc() {
    cat <<EOF
defaults
syslog off
logfile $tmp/msmtp.log
account default
host 127.0.0.1
port $1
auth off
tls off
timeout 10
from digest@example.org
EOF
}
msmtprc "$port" > "$tmp/msmtprc"
msmtprc "$(free_port)" > "$tmp/msmtprc-down"
chmod 600 "$tmp/msmtprc" "$tmp/msmtprc-down"
send_ok="msmtp -C $tmp/msmtprc -t -oi"
send_down="msmtp -C $tmp/msmtprc-down -t -oi"
# "sendmail -t -oi", the script's default, as msmtp's sendmail mode.
mkdir "$tmp/bin"
printf '#!/bin/sh\nexec msmtp -C "%s" "$@"\n' "$tmp/msmtprc" > "$tmp/bin/sendmail"
chmod +x "$tmp/bin/sendmail"

# run ARG...: the script under dash/sh, bounded; sets rc, stdout in $tmp/out.
run() {
    timeout 120 sh "$script" --brief "$brief" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}
inbox_count() { find "$tmp/inbox" -name '*.eml' | wc -l; }
# expect NAME [--date D]: brief's own text and HTML briefings, and the subject.
expect() {
    name=$1; shift
    "$brief" daily --format text -q "$@" "$day" > "$tmp/$name.txt" || fail "brief daily --format text $*"
    "$brief" daily --format html -q "$@" "$day" > "$tmp/$name.html" || fail "brief daily --format html $*"
    subject=$(head -n 1 "$tmp/$name.txt" | sed 's/^\(Daily briefing: \)[A-Za-z]*, /\1/')
}
check() {  # MESSAGE NAME SUBJECT ARG...
    msg=$1 name=$2 subj=$3; shift 3
    "$py" "$here/check_message.py" "$msg" --text "$tmp/$name.txt" \
        --html "$tmp/$name.html" --subject "$subj" "$@" || fail "check of $msg"
}

expect day
day_subject=$subject
case $subject in
    "Daily briefing: "[0-9]*" "[A-Z]*" "[0-9][0-9][0-9][0-9]) ;;
    *) fail "unexpected first line of brief daily: $(head -n 1 "$tmp/day.txt")" ;;
esac

# 1. Default send command (sendmail -t -oi, here msmtp's), three recipients.
PATH="$tmp/bin:$PATH" BRIEF_SENDMAIL='' run --from news@example.org \
    --to a@example.org --to 'b@example.org, c@example.org' --spool "$tmp/spool" "$day"
[ "$rc" -eq 0 ] || fail "send: exit $rc"
[ "$(inbox_count)" -eq 1 ] || fail "send: $(inbox_count) messages received, expected 1"
[ -z "$(ls -A "$tmp/spool")" ] || fail "send: the spool keeps $(ls "$tmp/spool") after success"
check "$tmp/inbox/1.eml" day "$subject" --from news@example.org \
    --to a@example.org --to b@example.org --to c@example.org --envelope "$tmp/inbox/1.json"
ok "sent through 'sendmail -t -oi' (msmtp) to aiosmtpd; '$subject'; spool emptied"

# 2. --dry-run prints the message, writes and sends nothing; --date is kept.
expect dated --date 2004-11-15
[ "$subject" = "Daily briefing: 15 November 2004" ] || fail "--date 2004-11-15 gives '$subject'"
run --dry-run --date 2004-11-15 --from news@example.org --to a@example.org \
    --send-cmd "touch $tmp/sent" --spool "$tmp/spool-dry" "$day"
[ "$rc" -eq 0 ] || fail "dry run: exit $rc"
[ ! -e "$tmp/sent" ] || fail "dry run: the send command ran"
[ ! -e "$tmp/spool-dry" ] || fail "dry run: the spool directory was made"
[ "$(inbox_count)" -eq 1 ] || fail "dry run: a message reached the server"
check "$tmp/out" dated "$subject" --from news@example.org --to a@example.org
ok "--dry-run prints a valid message for --date 2004-11-15, sends and writes nothing"

# 3. The server is down: exit 1, message kept; --retry sends that very file.
run --from news@example.org --to a@example.org --send-cmd "$send_down" \
    --spool "$tmp/spool" "$day"
[ "$rc" -eq 1 ] || fail "failed send: exit $rc, expected 1"
kept=$(find "$tmp/spool" -name '*.eml')
[ "$(printf '%s\n' "$kept" | grep -c .)" -eq 1 ] || fail "failed send: spool holds '$kept'"
grep -qF "$kept" "$tmp/err" || fail "failed send: the error does not name $kept"
grep -qF -- "--retry" "$tmp/err" || fail "failed send: the error does not say how to retry"
[ "$(inbox_count)" -eq 1 ] || fail "failed send: a message reached the server"
cp "$kept" "$tmp/kept.eml"
BRIEF_SENDMAIL=$send_ok timeout 60 sh "$script" --retry "$kept" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "retry: exit $rc"
[ "$(inbox_count)" -eq 2 ] || fail "retry: the message did not arrive"
[ ! -e "$kept" ] || fail "retry: $kept is still there after success"
tr -d '\r' < "$tmp/inbox/2.eml" | cmp -s - "$tmp/kept.eml" || fail "retry: received message differs from the kept file"
check "$tmp/inbox/2.eml" day "$day_subject" --from news@example.org --to a@example.org
ok "failed send exits 1 and keeps $(basename "$kept"); --retry (\$BRIEF_SENDMAIL) delivers it unchanged"

# 4. A non-ASCII subject is RFC 2047 encoded (long enough to need folding).
prefix='[Zürich – Frühnachrichten für die Redaktion, «Ausland»]'
run --subject-prefix "$prefix" --from news@example.org --to a@example.org \
    --send-cmd "$send_ok" --spool "$tmp/spool" "$day"
[ "$rc" -eq 0 ] || fail "non-ASCII subject: exit $rc"
[ "$(inbox_count)" -eq 3 ] || fail "non-ASCII subject: the message did not arrive"
check "$tmp/inbox/3.eml" day "$prefix $day_subject" --from news@example.org --to a@example.org
ok "non-ASCII Subject prefix RFC 2047 encoded and decoded back"

# 5. Errors: no recipient, missing input, missing retry file; nothing sent.
run --from news@example.org --send-cmd "$send_ok" --spool "$tmp/spool" "$day"
[ "$rc" -eq 2 ] || fail "no --to: exit $rc, expected 2"
run --to a@example.org --send-cmd "$send_ok" --spool "$tmp/spool" "$tmp/no-such-dir"
[ "$rc" -eq 3 ] || fail "missing PATH: exit $rc, expected 3"
run --retry "$tmp/no-such.eml" --send-cmd "$send_ok"
[ "$rc" -eq 3 ] || fail "missing --retry FILE: exit $rc, expected 3"
[ "$(inbox_count)" -eq 3 ] || fail "an error case sent a message"
[ -z "$(ls -A "$tmp/spool")" ] || fail "an error case left $(ls "$tmp/spool") in the spool"
ok "usage error exits 2, missing input 3, nothing sent or kept"

kill -0 "$server_pid" 2>/dev/null || fail "aiosmtpd died during the test"
echo "PASS: email digest"
