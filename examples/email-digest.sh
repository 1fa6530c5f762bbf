#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# email-digest.sh - email the day's news briefing made by `brief daily`.
#
# Usage:
#   email-digest.sh --to ADDR [OPTION...] PATH...
#   email-digest.sh --retry FILE [--send-cmd CMD]
#
# Summarizes PATH... (directories, files, JSON Lines) with `brief daily`, as
# text and as HTML for the same date, and sends both as one message:
# multipart/alternative, text/plain first and text/html last, UTF-8,
# quoted-printable, Subject "Daily briefing: 15 December 2015".
# The message is first written to a file in the spool directory, then piped
# to the send command.  The file is deleted once the message is sent; when
# sending fails it is kept, and `--retry FILE` sends it again as it is
# (same Date and Message-ID) without summarizing again.
#
# Options:
#   --to ADDR            recipient; repeat it or give a comma list (required)
#   --from ADDR          sender (default: USER@HOSTNAME)
#   --date YYYY-MM-DD    date of the briefing (default: brief's, the date of
#                        the newest article)
#   --subject-prefix T   put T before the subject, e.g. "[news]"; UTF-8 is
#                        fine (RFC 2047 encoded)
#   --brief PATH         the brief program (default: the brief beside this
#                        script, as installed; else brief on PATH; else
#                        ../build/brief next to this script)
#   --send-cmd CMD       shell command that reads the message on stdin and
#                        sends it (default: $BRIEF_SENDMAIL, else
#                        "sendmail -t -oi"; msmtp: "msmtp -t -oi")
#   --spool DIR          where message files are written (default:
#                        /var/spool/brief-digest when it is a writable
#                        directory, else ${XDG_STATE_HOME:-~/.local/state}/brief-digest)
#   --retry FILE         send the kept message FILE; nothing is summarized
#   --dry-run            print the message on stdout; write and send nothing
#   -h, --help           show this help
#
# Exit status:
#   0  sent (with --dry-run: printed)
#   1  sending failed; the message is kept and the error names its file
#   2  usage error
#   3  a PATH (or the --retry FILE) is missing or unreadable
#   4  invalid input data (from brief daily)
#   5  nothing to summarize (from brief daily)
#   6  a file could not be written (spool directory, message, briefing)
#   7  brief or perl could not be run, or brief failed otherwise
#
# Needs only a POSIX shell, coreutils and perl (perl-base, always on Debian).

set -u
prog=${0##*/}

die() { code=$1; shift; printf '%s: %s\n' "$prog" "$*" >&2; exit "$code"; }
# The comment block at the top, past the SPDX line, under the name run.
usage() { sed -n '3,/^$/s/^# \{0,1\}//p' "$0" | sed "s/email-digest\.sh/$prog/g"; }

# Quoted-printable (RFC 2045) of stdin: every byte but printable ASCII is
# =XX, as are "=" and white space at a line end; lines of at most 76
# characters, cut by soft line breaks ("=" at the end) never inside an =XX.
qp() {
    perl -C0 -lne '
        s/\r\z//;
        s/([^\t !-<>-~])/sprintf "=%02X", ord $1/eg;
        s/^From /=46rom /;
        s/([\t ])\z/sprintf "=%02X", ord $1/e;
        while (length > 76) {
            my $piece = substr $_, 0, 75;
            $piece =~ s/=.?\z//;
            print "$piece=";
            $_ = substr $_, length $piece;
        }
        print;'
}

# $1 as a header value: unchanged when it is ASCII, else RFC 2047
# Q-encoded words of whole UTF-8 characters, folded to short lines.
encode_header() {
    perl -C0 -e '
        my $s = shift;
        if ($s !~ /[^\x20-\x7e]/) { print $s; exit }
        my @words = ("");
        for my $c ($s =~ /([\x00-\x7f]|[\xc0-\xff][\x80-\xbf]*|[\x80-\xbf])/g) {
            my $e = $c eq " " ? "_"
                  : $c =~ s/([^A-Za-z0-9!*+\/-])/sprintf "=%02X", ord $1/egr;
            push @words, "" if length($words[-1]) + length($e) > 56;
            $words[-1] .= $e;
        }
        print join "\n ", map { "=?UTF-8?Q?$_?=" } @words;' "$1"
}

# Pipe FILE to the send command; delete it when sent, keep it when not.
send() {
    if sh -c "$send_cmd" < "$1"; then
        rm -f "$1"
        exit 0
    fi
    printf '%s: sending failed (%s); the message is kept in %s\n' "$prog" "$send_cmd" "$1" >&2
    printf '%s: send it again with: %s --retry %s\n' "$prog" "$0" "$1" >&2
    exit 1
}

nl='
'
bad_text() {  # true when $1 holds a line break or another control character
    case $1 in *"$nl"*) return 0 ;; esac
    printf '%s' "$1" | LC_ALL=C grep -q '[[:cntrl:]]'
}

from='' to='' date='' prefix='' brief='' spool='' retry='' dry_run=''
send_cmd=${BRIEF_SENDMAIL:-sendmail -t -oi}
while [ $# -gt 0 ]; do
    case $1 in
        --from|--to|--date|--subject-prefix|--brief|--send-cmd|--spool|--retry)
            [ $# -ge 2 ] || die 2 "$1 needs a value (try --help)"
            case $1 in
                --from) from=$2 ;;
                --to) to=${to:+$to,}$2 ;;
                --date) date=$2 ;;
                --subject-prefix) prefix=$2 ;;
                --brief) brief=$2 ;;
                --send-cmd) send_cmd=$2 ;;
                --spool) spool=$2 ;;
                --retry) retry=$2 ;;
            esac
            shift 2 ;;
        --dry-run) dry_run=1; shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; break ;;
        -?*) die 2 "unknown option $1 (try --help)" ;;
        *) break ;;
    esac
done
command -v perl >/dev/null 2>&1 || die 7 "perl is needed"

# Resend a kept message.
if [ -n "$retry" ]; then
    [ $# -eq 0 ] || die 2 "--retry takes no PATH"
    { [ -f "$retry" ] && [ -r "$retry" ]; } || die 3 "cannot read $retry"
    [ -z "$dry_run" ] || { cat "$retry"; exit 0; }
    send "$retry"
fi

# Check the options and make the header values.
[ $# -gt 0 ] || die 2 "no PATH to summarize (try --help)"
[ -n "$from" ] || from="$(id -un)@$(uname -n)"
rcpts=
old_ifs=$IFS; IFS=,
for a in $to; do
    a=$(printf '%s' "$a" | sed 's/^ *//; s/ *$//')
    [ -n "$a" ] || continue
    case $a in *@*) ;; *) die 2 "not an e-mail address: $a" ;; esac
    rcpts=${rcpts:+$rcpts, }$a
done
IFS=$old_ifs
[ -n "$rcpts" ] || die 2 "no recipient: give --to ADDR"
for v in "$from" "$rcpts"; do
    if bad_text "$v" || printf '%s' "$v" | LC_ALL=C grep -q '[^ -~]'; then
        die 2 "addresses must be printable ASCII: $v"
    fi
done
bad_text "$prefix" && die 2 "--subject-prefix must be one line of text"
case $date in
    ''|[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]) ;;
    *) die 2 "--date wants YYYY-MM-DD, not $date" ;;
esac

if [ -z "$brief" ]; then
    here=$(dirname "$0")
    if [ -x "$here/brief" ] && [ ! -d "$here/brief" ]; then
        brief=$here/brief # installed as bin/brief-email-digest
    else
        brief=$(command -v brief 2>/dev/null) || brief=$here/../build/brief
    fi
fi
[ -x "$brief" ] || die 7 "cannot run $brief (give --brief PATH)"

work=$(mktemp -d "${TMPDIR:-/tmp}/email-digest.XXXXXX") || die 6 "cannot make a temporary directory"
trap 'rm -rf "$work"' EXIT
trap 'exit 143' HUP INT TERM

# Make the briefing: text first, then HTML for the very date the text has.
briefing() {  # FORMAT PATH...
    fmt=$1; shift
    "$brief" daily --format "$fmt" ${date:+--date "$date"} -q -o "$work/daily.$fmt" "$@"
    rc=$?
    case $rc in
        0) ;;
        2|3|4|5|6) exit "$rc" ;;  # brief has said why on stderr
        *) die 7 "brief daily failed (status $rc)" ;;
    esac
}
briefing text "$@"
first=$(head -n 1 "$work/daily.text")
case $first in
    "Daily briefing: "*", "*) day=${first#*, } ;;  # "15 December 2015"
    *) day= ;;
esac
if [ -z "$date" ] && [ -n "$day" ]; then
    date=$(LC_ALL=C date -d "$day" +%Y-%m-%d 2>/dev/null) || date=
elif [ -n "$date" ] && [ -z "$day" ]; then
    day=$(LC_ALL=C date -d "$date" '+%-d %B %Y' 2>/dev/null) || day=
fi
briefing html "$@"
subject="${prefix:+$prefix }Daily briefing${day:+: $day}"

# The message.  The boundary starts with "=_", which quoted-printable text
# can never contain.
rand=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
boundary="=_brief_$rand"
message() {
    printf 'From: %s\n' "$from"
    printf 'To: %s\n' "$rcpts"
    printf 'Subject: %s\n' "$(encode_header "$subject")"
    printf 'Date: %s\n' "$(LC_ALL=C date -R)"
    printf 'Message-ID: <%s.%s@%s>\n' "$(date +%Y%m%d%H%M%S)" "$rand" "${from##*@}"
    printf 'MIME-Version: 1.0\n'
    printf 'Content-Type: multipart/alternative; boundary="%s"\n' "$boundary"
    printf '\nThis is a MIME message: the same briefing as text and as HTML.\n'
    for part in plain:text html:html; do
        printf '\n--%s\n' "$boundary"
        printf 'Content-Type: text/%s; charset=utf-8\n' "${part%%:*}"
        printf 'Content-Transfer-Encoding: quoted-printable\n\n'
        # The line break before the next boundary belongs to the boundary,
        # so a blank line keeps the briefing's last newline.
        qp < "$work/daily.${part#*:}" || return 1
    done
    printf '\n--%s--\n' "$boundary"
}

if [ -n "$dry_run" ]; then
    message || die 7 "cannot encode the message"
    exit 0
fi

# Write it to the spool (temporary name, then rename), then send it.
if [ -z "$spool" ]; then
    if [ -d /var/spool/brief-digest ] && [ -w /var/spool/brief-digest ]; then
        spool=/var/spool/brief-digest
    else
        spool=${XDG_STATE_HOME:-$HOME/.local/state}/brief-digest
    fi
fi
umask 077
mkdir -p "$spool" || die 6 "cannot make the spool directory $spool"
file="$spool/digest-$(date +%Y%m%d-%H%M%S)-$$.eml"
if ! { message > "$file.tmp" && mv -f "$file.tmp" "$file"; }; then
    rm -f "$file.tmp"
    die 6 "cannot write the message to $file"
fi
send "$file"
