#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
# End-to-end test of examples/fetch-feeds.sh: an RSS 2.0 and an Atom feed
# (tests/fetch/site) served by a real web server on 127.0.0.1
# (tests/fetch/server.py: a 404, an answer too slow for --timeout 2, pages
# too large with and without Content-Length, a redirect to file:, ETags on
# feeds, Last-Modified and 304s) are fetched with curl, their pages too, and
# summarized by brief daily for the day of --date (an item dated a month
# ahead is left out); the server's request log shows what was asked.  Run
# without BRIEF and with no brief on PATH, the script finds ../build/brief
# (in a copy of the checkout's layout, and in the checkout itself when the
# brief under test is its build/brief).
#
#   test-fetch.sh BRIEF REPO_ROOT
#
# Exit status: 0 passed, 1 failed, 77 skipped (python3 or curl missing).
set -u

brief=${1:?usage: test-fetch.sh BRIEF REPO_ROOT}
root=${2:?usage: test-fetch.sh BRIEF REPO_ROOT}
here=$root/tests/fetch
script=$root/examples/fetch-feeds.sh

skip() { echo "SKIP: $*" >&2; exit 77; }
fail() {
    echo "FAIL: $*" >&2
    [ -s "$tmp/err" ] && sed 's/^/  stderr: /' "$tmp/err" >&2
    [ -s "$tmp/out" ] && sed 's/^/  stdout: /' "$tmp/out" >&2
    exit 1
}
ok() { echo "ok - $*"; }
note() { echo "NOTE: $*"; }

command -v python3 >/dev/null 2>&1 || skip "python3 is not installed (sh .ci/install-deps.sh)"
command -v curl >/dev/null 2>&1 || skip "curl is not installed (sh .ci/install-deps.sh)"
# The interpreter itself, not a wrapper such as a pyenv shim (slow to start).
if ! py=$(python3 -c 'import sys; print(sys.executable)') || [ ! -x "$py" ]; then
    skip "python3 does not run"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test-fetch.XXXXXX") || exit 1
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
"$brief" extract --help >/dev/null 2>&1 || fail "$brief has no 'extract' command"
export BRIEF=$brief

# The site, its links pointing at the server's port; the server, ended by
# `timeout` even if this script is killed before its trap runs.
port=$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') ||
    fail "no free port"
base=http://127.0.0.1:$port
cp -R "$here/site" "$tmp/site" || fail "cannot copy the site"
sed -i "s|@BASE@|$base|g" "$tmp"/site/feeds/* "$tmp"/site/news/* || fail "cannot set the port"
log=$tmp/requests.log
: > "$log"
timeout 120 "$py" "$here/server.py" "$tmp/site" "$port" "$log" 2>"$tmp/server.err" &
server_pid=$!
for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.err" >&2; fail "server.py did not start"; }
    sleep 0.1
done
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || fail "server.py does not listen on 127.0.0.1:$port"

cat > "$tmp/feeds.txt" <<EOF
# Port Elling news
$base/feeds/coast-herald.rss

   $base/feeds/valley-courier.atom   # the Courier
$base/feeds/coast-herald.rss
EOF
news=$tmp/news

# run ARG...: the script under sh, bounded; sets rc; stdout, stderr in $tmp.
run() {
    timeout 50 sh "$script" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    rc=$?
}
# requests FROM PATH: "STATUS IMS INM" (yes/no: If-Modified-Since and
# If-None-Match sent) for each request of PATH in the log past line FROM.
requests() {
    awk -F '\t' -v from="$1" -v path="$2" 'NR > from && $3 == path {
        print $4, ($5 == "-" ? "no" : "yes"), ($6 == "-" ? "no" : "yes") }' "$log"
}
mark() { wc -l < "$log"; }
# stderr_once TEXT: TEXT is in exactly one line of stderr.
stderr_once() {
    n=$(grep -cF -- "$1" "$tmp/err")
    [ "$n" -eq 1 ] || fail "stderr has $n lines with '$1', expected 1"
}
# pages_like DAYDIR PAGE...: DAYDIR holds a copy of each PAGE as served,
# after the line of the mark of its address.
pages_like() {
    d=$1; shift
    for p in "$@"; do
        f=$(find "$d" -maxdepth 1 -type f -name "*_news_${p}-*.html")
        [ "$(printf '%s\n' "$f" | grep -c .)" -eq 1 ] || fail "$d: no single copy of $p ($f)"
        tail -n +2 "$f" | cmp -s - "$tmp/site/news/$p" || fail "$f differs from news/$p"
    done
}
# safe_folder DAYDIR N: N files, each a safe name, none hidden, none larger
# than 200000 bytes, none made from a link that failed or was refused.
safe_folder() {
    d=$1
    [ "$(find "$d" -mindepth 1 | wc -l)" -eq "$2" ] ||
        fail "$d holds $(find "$d" -mindepth 1 | wc -l) entries, expected $2: $(ls -A "$d")"
    bad=$(find "$d" -mindepth 1 ! \( -type f -regex '.*/[A-Za-z0-9][A-Za-z0-9._-]*\.\(xml\|html\)' \))
    [ -z "$bad" ] || fail "$d: unexpected entries: $bad"
    bad=$(find "$d" -type f -size +200000c)
    [ -z "$bad" ] || fail "$d: oversized files: $bad"
    bad=$(find "$d" -mindepth 1 -printf '%f\n' | grep -iE 'javascript|alert|slow|big|to-file|letters|council|trickle')
    [ -z "$bad" ] || fail "$d: files from failed or refused links: $bad"
    ! grep -rlq 'root:' "$d" || fail "$d: a file holds /etc/passwd"
}
no_temporaries() {
    left=$(find "$news/.fetch-state" -mindepth 1 -maxdepth 1 -name 'tmp.*')
    [ -z "$left" ] || fail "temporary folders left: $left"
}
# The briefing with its lines joined, for phrases wrapped across lines.
flat() { tr -s ' \n' '  ' < "$1"; }

day1=$news/2024-05-07
args=(--date 2024-05-07 --delay 0 --timeout 2 --max-bytes 200000 --user-agent 'fetch-test/1')

# 1. First run: feeds and pages fetched, failures reported, a briefing.
m=$(mark)
run "${args[@]}" "$tmp/feeds.txt" "$news"
[ "$rc" -eq 0 ] || fail "first run: exit $rc"
briefing=$news/briefing-2024-05-07.txt
[ -s "$briefing" ] || fail "first run: no briefing $briefing"
head -n 1 "$briefing" | grep -qx 'Daily briefing: Tuesday, 7 May 2024' ||
    fail "first run: briefing starts '$(head -n 1 "$briefing")', not the day of --date"
stderr_once "fetch-feeds: $base/news/council-budget.html: HTTP 404, skipped"
stderr_once "fetch-feeds: $base/slow/ferry-timetable.html: timed out (2 s), skipped"
stderr_once "fetch-feeds: $base/big/harbour-gallery.html: larger than 200000 bytes, skipped"
stderr_once "fetch-feeds: $base/big-length/inspection-report.html: larger than 200000 bytes, skipped"
grep -q "^fetch-feeds: $base/to-file/letters.html: .*, skipped\$" "$tmp/err" ||
    fail "first run: the redirect to file: is not reported"
safe_folder "$day1" 6
pages_like "$day1" harbour-bridge-closed.html library-reopens.html bridge-detours.html library-doors-open.html
[ "$(find "$day1" -name '*.xml' | wc -l)" -eq 2 ] || fail "first run: not two feeds in $day1"
top=$(find "$news" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort | tr '\n' ' ')
[ "$top" = ".fetch-state 2024-05-07 briefing-2024-05-07.txt " ] || fail "first run: $news holds $top"
no_temporaries
[ "$(requests "$m" /news/harbour-bridge-closed.html | wc -l)" -eq 1 ] ||
    fail "first run: a page linked from both feeds was not fetched once"
[ "$(requests "$m" /feeds/coast-herald.rss | wc -l)" -eq 1 ] ||
    fail "first run: a feed listed twice was not fetched once"
uas=$(cut -f 7 "$log" | sort -u | tr '\n' ' ')
[ "$uas" = "fetch-test/1 " ] || fail "first run: User-Agent sent: $uas"
ok "first run: 2 feeds and 4 pages fetched (a page linked twice: once), briefing written, exit 0"
ok "404, timeout, oversized with and without Content-Length, redirect to file: each one line on stderr; no such file kept"

for t in "Harbour bridge closed after inspectors find cracks" "Cracked beams shut Marten Street bridge"; do
    flat "$briefing" | grep -qF "$t" && bridge=1
done
for t in "Central library reopens eight months after flood" "Library doors open again after flood repairs"; do
    flat "$briefing" | grep -qF "$t" && library=1
done
if [ -z "${bridge:-}" ] || [ -z "${library:-}" ]; then
    fail "the briefing lacks the headline of a story: $(cat "$briefing")"
fi
! grep -q '<' "$briefing" || fail "the briefing has markup: $(cat "$briefing")"
ok "the briefing names the headlines of both stories, without markup"

# The Courier's item dated a month ahead: left out by brief daily (the day is
# the script's --date, not the newest item's), with its warning.
n=$(grep -c '^brief: warning: .*valley-courier[^ ]*: dated 2024-06-07, after the briefing date 2024-05-07; left out$' "$tmp/err")
[ "$n" -eq 1 ] || fail "first run: $n warnings that the item of 2024-06-07 is left out, expected 1"
! flat "$briefing" | grep -qF "Tall ships" || fail "first run: the item of 2024-06-07 is in the briefing"
flat "$briefing" | grep -qF "; 1 article of other days left out." ||
    fail "first run: the footer does not count the item left out: $(tail -n 1 "$briefing")"
ok "an item dated a month ahead is left out with brief's warning; the briefing stays of 7 May 2024"

# brief extract --format urls, the contract the script relies on.
feed=$(find "$day1" -name '*coast-herald*.xml')
"$BRIEF" extract --format urls "$feed" > "$tmp/links" || fail "brief extract --format urls $feed failed"
printf '%s\n' "$base/news/harbour-bridge-closed.html" "$base/news/library-reopens.html" \
    "$base/news/council-budget.html" "$base/slow/ferry-timetable.html" > "$tmp/links.expected"
diff "$tmp/links.expected" "$tmp/links" >&2 || fail "brief extract --format urls: unexpected links"
ok "brief extract --format urls gives the item links (never the javascript: one)"

# Each page starts with the address it was fetched from, as browsers mark
# the pages they save; with it a page that names no address of its own is
# still one article with its feed item: without their canonical links the
# day's pages and items give the same articles.
for p in "$day1"/*.html; do
    head -n 1 "$p" | grep -q '^<!-- saved from url=([0-9][0-9][0-9][0-9])http://127\.0\.0\.1:[0-9]*/news/[a-z-]*\.html -->$' ||
        fail "$p does not start with the saved-from mark: $(head -c 120 "$p")"
done
mkdir "$tmp/no-canonical"
cp "$day1"/* "$tmp/no-canonical"/
sed -i '/rel="canonical"/d' "$tmp/no-canonical"/*.html
! grep -q 'rel="canonical"' "$tmp/no-canonical"/*.html || fail "canonical links left"
"$BRIEF" extract -q --format json "$day1" | sed 's/"name":"[^"]*",//' > "$tmp/with.json" ||
    fail "brief extract $day1 failed"
"$BRIEF" extract -q --format json "$tmp/no-canonical" | sed 's/"name":"[^"]*",//' > "$tmp/without.json" ||
    fail "brief extract of the pages without canonical links failed"
diff "$tmp/with.json" "$tmp/without.json" >&2 ||
    fail "without canonical links the pages and items are other articles"
ok "pages start with their 'saved from url' mark; without canonical links, the same articles"

# 2. Second run, same day: conditional requests, 304s, the copies kept.
cp "$briefing" "$tmp/briefing-1.txt"
m=$(mark)
run "${args[@]}" "$tmp/feeds.txt" "$news"
[ "$rc" -eq 0 ] || fail "second run: exit $rc"
for f in coast-herald.rss valley-courier.atom; do
    grep -qxF "$base/feeds/$f: not modified" "$tmp/out" || fail "second run: $f not reported as not modified"
    [ "$(requests "$m" "/feeds/$f")" = "304 yes yes" ] ||
        fail "second run: /feeds/$f: '$(requests "$m" "/feeds/$f")', expected 304 with If-Modified-Since and If-None-Match"
done
for p in harbour-bridge-closed.html library-reopens.html bridge-detours.html library-doors-open.html; do
    grep -qxF "$base/news/$p: not modified" "$tmp/out" || fail "second run: $p not reported as not modified"
    [ "$(requests "$m" "/news/$p")" = "304 yes no" ] ||
        fail "second run: /news/$p: '$(requests "$m" "/news/$p")', expected 304 with If-Modified-Since"
done
stderr_once "fetch-feeds: $base/news/council-budget.html: HTTP 404, skipped"
stderr_once "fetch-feeds: $base/slow/ferry-timetable.html: timed out (2 s), skipped"
safe_folder "$day1" 6
pages_like "$day1" harbour-bridge-closed.html library-reopens.html bridge-detours.html library-doors-open.html
cmp -s "$briefing" "$tmp/briefing-1.txt" || fail "second run: the briefing changed"
no_temporaries
ok "second run: If-None-Match (feeds) and If-Modified-Since sent, 304s, 'not modified', copies and briefing unchanged"

# --quiet: the failures alone, none of brief's warnings (the item of June).
run --quiet "${args[@]}" "$tmp/feeds.txt" "$news"
[ "$rc" -eq 0 ] || fail "--quiet: exit $rc"
[ ! -s "$tmp/out" ] || fail "--quiet: stdout is not empty"
stderr_once "fetch-feeds: $base/news/council-budget.html: HTTP 404, skipped"
! grep -v '^fetch-feeds: .*, skipped$' "$tmp/err" >&2 || fail "--quiet: stderr has more than the failures"
cmp -s "$briefing" "$tmp/briefing-1.txt" || fail "--quiet: the briefing changed"
ok "--quiet: nothing on stdout, the failures alone on stderr (no warning of brief daily)"

# 3. The next day, a feed with a new item, --delay, -o, brief options, --mail.
new_item="<item><title>Library to open on Sundays after crowds return</title>
      <link>$base/news/library-sunday-hours.html</link>
      <pubDate>Wed, 08 May 2024 08:20:00 +0000</pubDate>
      <description>A three-month trial of Sunday hours begins next week.</description></item>"
"$py" -c 'import sys; p, item = sys.argv[1:]; s = open(p).read(); open(p, "w").write(s.replace("<!-- @NEW-ITEM@ -->", item))' \
    "$tmp/site/feeds/coast-herald.rss" "$new_item"
mail=()
if command -v perl >/dev/null 2>&1; then
    mail=(--mail reader@example.org)
    export BRIEF_SENDMAIL="cat > '$tmp/mail.eml'" XDG_STATE_HOME=$tmp/state
else
    note "perl is not installed: --mail (email-digest.sh) not tested"
fi
m=$(mark)
run --date 2024-05-08 --delay 0.5 --timeout 2 --max-bytes 200000 -o "$tmp/custom.txt" \
    "${mail[@]}" "$tmp/feeds.txt" "$news" -- --title "Port Elling news"
[ "$rc" -eq 0 ] || fail "third run: exit $rc"
[ "$(requests "$m" /feeds/coast-herald.rss)" = "200 yes yes" ] ||
    fail "third run: the changed feed: '$(requests "$m" /feeds/coast-herald.rss)', expected 200 (conditions sent)"
[ "$(requests "$m" /news/library-sunday-hours.html)" = "200 no no" ] ||
    fail "third run: the new page: '$(requests "$m" /news/library-sunday-hours.html)', expected 200"
[ "$(requests "$m" /news/library-reopens.html)" = "304 yes no" ] || fail "third run: an old page was not 304"
safe_folder "$news/2024-05-08" 7
pages_like "$news/2024-05-08" harbour-bridge-closed.html library-reopens.html bridge-detours.html \
    library-doors-open.html library-sunday-hours.html
head -n 1 "$tmp/custom.txt" | grep -qx 'Port Elling news: Wednesday, 8 May 2024' ||
    fail "third run: -o FILE, '-- --title' or --date not used: '$(head -n 1 "$tmp/custom.txt")'"
[ ! -e "$news/briefing-2024-05-08.txt" ] || fail "third run: briefing written to DIR despite -o"
# Requests to the one host, smallest gap between two: at least --delay.
gaps=$(awk -F '\t' -v from="$m" 'NR > from { if (n++) { g = $1 - t; if (min == "" || g < min) min = g } t = $1 }
    END { print n, min }' "$log")
awk -v g="$gaps" 'BEGIN { split(g, a, " "); exit !(a[1] >= 10 && a[2] >= 0.45) }' ||
    fail "third run: requests to one host closer than --delay 0.5 (count, smallest gap: $gaps)"
if [ ${#mail[@]} -gt 0 ]; then
    [ -s "$tmp/mail.eml" ] || fail "third run: no message from --mail"
    grep -q '^To: reader@example.org$' "$tmp/mail.eml" || fail "third run: the message is not to reader@example.org"
    grep -qx 'Subject: Daily briefing: 8 May 2024' "$tmp/mail.eml" ||
        fail "third run: the message's subject is not the briefing of 8 May 2024: $(grep '^Subject:' "$tmp/mail.eml")"
    grep -qx "mailed to reader@example.org" "$tmp/out" || fail "third run: mailing not reported"
    mailed=", mailed through email-digest.sh"
fi
ok "third run: changed feed 200, its new page 200, old pages 304 into the new day, --delay 0.5 kept (count, smallest gap in s: $gaps), -o, '-- --title'${mailed:-}"

# 4. Bad lines in URL-LIST, a feed that fails, --max-pages 1: exit 1.
cat > "$tmp/bad.txt" <<EOF
javascript:alert(1)
file:///etc/passwd
ftp://127.0.0.1:$port/feeds/coast-herald.rss
http://no-such-host.invalid/feed.rss
$base/feeds/missing.rss
$base/feeds/coast-herald.rss
EOF
m=$(mark)
run --date 2024-05-09 --delay 0 --timeout 2 --max-pages 1 "$tmp/bad.txt" "$news"
[ "$rc" -eq 1 ] || fail "bad list: exit $rc, expected 1"
stderr_once "fetch-feeds: javascript:alert(1): not an http(s) URL, skipped"
stderr_once "fetch-feeds: file:///etc/passwd: not an http(s) URL, skipped"
stderr_once "fetch-feeds: ftp://127.0.0.1:$port/feeds/coast-herald.rss: not an http(s) URL, skipped"
grep -q '^fetch-feeds: http://no-such-host.invalid/feed.rss: .*, skipped$' "$tmp/err" ||
    fail "bad list: the unknown host is not reported"
stderr_once "fetch-feeds: $base/feeds/missing.rss: HTTP 404, skipped"
[ -s "$news/briefing-2024-05-09.txt" ] || fail "bad list: no briefing from the feed that worked"
[ "$(awk -F '\t' -v from="$m" 'NR > from && $3 ~ /^\/(news|slow)\//' "$log" | wc -l)" -eq 1 ] ||
    fail "bad list: --max-pages 1 fetched another number of pages"
safe_folder "$news/2024-05-09" 2
ok "bad list: javascript:, file:, ftp: refused, unknown host and 404 feed reported; --max-pages 1; briefing written; exit 1"

# 5. A run killed while a page comes in leaves no partial page; the next run
# removes what a SIGKILL left in .fetch-state.
printf '%s\n' "$base/feeds/live.rss" > "$tmp/live.txt"
if command -v setsid >/dev/null 2>&1; then
    for sig in TERM KILL; do
        m=$(mark)
        setsid sh "$script" --date 2024-05-10 --delay 0 --timeout 20 "$tmp/live.txt" "$news" \
            >"$tmp/out" 2>"$tmp/err" </dev/null &
        pid=$!
        for _ in $(seq 100); do
            [ -n "$(requests "$m" /trickle/bridge-live.html)" ] && break
            sleep 0.1
        done
        [ -n "$(requests "$m" /trickle/bridge-live.html)" ] || { kill -KILL -- -"$pid"; fail "$sig: the page was not asked for"; }
        sleep 0.5
        kill -"$sig" -- -"$pid"
        wait "$pid" 2>/dev/null
        safe_folder "$news/2024-05-10" 1  # the feed only
        [ "$sig" = KILL ] || no_temporaries
    done
    run --date 2024-05-10 --delay 0 --timeout 2 --max-pages 1 "$tmp/feeds.txt" "$news"
    no_temporaries
    ok "runs killed (SIGTERM, SIGKILL) mid-page leave no partial page; the next run clears .fetch-state"
else
    note "setsid is not installed: killed runs not tested"
fi

# 6. From a source checkout, with BRIEF unset and no brief on PATH (cron's
# PATH is often /usr/bin:/bin): the script finds ../build/brief beside it.
# A copy of the checkout's layout (examples/, build/brief) is run wherever
# CTest builds; the checkout itself too when its build/brief is this brief.
bare_path=
old_ifs=$IFS; IFS=:
for d in $PATH; do
    case $d in /*) [ -e "$d/brief" ] || bare_path=${bare_path:+$bare_path:}$d ;; esac
done
IFS=$old_ifs
# run_bare DIR CMD ARG...: CMD in DIR without BRIEF and with bare_path as
# PATH, bounded; sets rc; stdout, stderr in $tmp.
run_bare() {
    (cd "$1" && shift && exec env -u BRIEF PATH="$bare_path" timeout 50 "$@") \
        >"$tmp/out" 2>"$tmp/err" </dev/null
    rc=$?
}
if (PATH=$bare_path; command -v sh && command -v curl && command -v timeout) >/dev/null 2>&1; then
    case $brief in /*) abs_brief=$brief ;; *) abs_brief=$(pwd)/$brief ;; esac
    co=$tmp/checkout
    mkdir -p "$co/examples" "$co/build" || fail "cannot make $co"
    cp -p "$script" "$co/examples/" && ln -s "$abs_brief" "$co/build/brief" || fail "cannot fill $co"
    printf '%s\n' "$base/feeds/coast-herald.rss" > "$tmp/one.txt"
    bare_args=(--date 2024-05-11 --delay 0 --timeout 2 --max-pages 0 "$tmp/one.txt")
    run_bare "$co" sh examples/fetch-feeds.sh "${bare_args[@]}" "$tmp/co-news"
    [ "$rc" -eq 0 ] || fail "checkout, relative path: exit $rc"
    run_bare "$tmp" sh "$co/examples/fetch-feeds.sh" -o "$tmp/co-2.txt" "${bare_args[@]}" "$tmp/co-news"
    [ "$rc" -eq 0 ] || fail "checkout, run from elsewhere: exit $rc"
    head -n 1 "$tmp/co-2.txt" | grep -qx 'Daily briefing: Saturday, 11 May 2024' ||
        fail "checkout: no briefing of 11 May 2024 in $tmp/co-2.txt"
    rm "$co/build/brief"
    run_bare "$co" sh examples/fetch-feeds.sh "${bare_args[@]}" "$tmp/co-news"
    [ "$rc" -eq 6 ] || fail "checkout without build/brief: exit $rc, expected 6"
    stderr_once "fetch-feeds: cannot find brief: not beside this script, not on PATH, not in examples/../build (set BRIEF=/path/to/brief)"
    ok "without BRIEF and brief on PATH, a checkout's script runs ../build/brief (run from the checkout and from elsewhere); without it, exit 6"
    if [ "$root/build/brief" -ef "$brief" ] && [ -x "$script" ]; then
        run_bare "$tmp" "$script" --quiet "${bare_args[@]}" "$tmp/root-news"
        [ "$rc" -eq 0 ] && [ ! -s "$tmp/err" ] && [ -s "$tmp/root-news/briefing-2024-05-11.txt" ] ||
            fail "the checkout's examples/fetch-feeds.sh without BRIEF: exit $rc"
        ok "this checkout's examples/fetch-feeds.sh, run as the README's crontab line runs it, finds build/brief"
    else
        note "the brief under test is not $root/build/brief: this checkout's own script was not run without BRIEF (a copy of its layout was)"
    fi
else
    note "sh, curl or timeout is only in a folder that holds a brief: the lookup of ../build/brief not tested"
fi

# Usage errors.
run --max-pages x "$tmp/feeds.txt" "$news"
[ "$rc" -eq 2 ] || fail "--max-pages x: exit $rc, expected 2"
run --date 2024-02-30 "$tmp/feeds.txt" "$news"
[ "$rc" -eq 2 ] || fail "--date 2024-02-30: exit $rc, expected 2"
run "$tmp/feeds.txt"
[ "$rc" -eq 2 ] || fail "no DIR: exit $rc, expected 2"
run "$tmp/no-such-list" "$news"
[ "$rc" -eq 3 ] || fail "missing URL-LIST: exit $rc, expected 3"
ok "usage errors exit 2, a missing URL-LIST 3"

kill -0 "$server_pid" 2>/dev/null || fail "server.py died during the test"
echo "PASS: fetch feeds"
