#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# fetch-feeds.sh - fetch the day's news from feeds and write its briefing.
#
# Usage:
#   fetch-feeds.sh [OPTION...] URL-LIST DIR [-- BRIEF-DAILY-OPTION...]
#
# URL-LIST is a file of feed URLs (RSS or Atom), one per line; blank lines
# and lines starting with "#" are ignored, as is " # ..." after a URL.
# For the day (today unless --date), the feeds are fetched with curl into
# DIR/YYYY-MM-DD/ (HOST_PATH-CRC.xml: the URL's host and path with every
# byte but letters, digits, ".", "_" and "-" made "_", never a name that
# starts with "."), then the article links of each feed, as printed by
# `brief extract --format urls FEED`, at most --max-pages per feed, as
# HOST_PATH-CRC.html, each starting with the line browsers write on the pages
# they save, <!-- saved from url=(0042)URL -->: brief takes it for the page's
# address when the page names none, so a page and its feed item are one
# article.  Then `brief daily --date YYYY-MM-DD DIR/YYYY-MM-DD`
# writes the briefing of that day to DIR/briefing-YYYY-MM-DD.txt (or --output
# FILE): an item dated after the day (a feed may date one ahead) is left out,
# with a warning from brief, and never makes the briefing another day's.  The
# options after "--" are given to brief daily (after --date: a --date there
# wins).  With --mail, examples/email-digest.sh mails the day's briefing too
# (made by it from the same folder for the same date, with brief daily's
# other defaults: the options after "--" do not reach it).
#
# Every request is conditional when the URL was fetched before: curl sends
# the saved ETag (If-None-Match) and the Last-Modified time of the saved copy
# (If-Modified-Since); a "304 Not Modified" copies the saved copy into the
# day's folder.  The saved copies, ETags and URLs are in DIR/.fetch-state/;
# a URL not seen for 30 days is forgotten.  Each file is written under a
# temporary name in DIR/.fetch-state/ and renamed into place, so an
# interrupted run never leaves a partial page in a day's folder.  Only
# http and https URLs are fetched (redirects too), at most 5 redirects.
#
# Options:
#   --date YYYY-MM-DD  the day: its folder, its briefing's date and name
#                      (default: today)
#   --max-pages N      article pages fetched per feed, 0 = none (default 20)
#   --timeout S        longest time for one request, connecting included,
#                      in seconds (default 20)
#   --max-bytes N      largest feed or page kept, in bytes, also when the
#                      server sends no Content-Length (default 5242880, 5 MiB)
#   --delay S          seconds between two requests to the same host
#                      (default 1; other hosts are not waited for)
#   --user-agent UA    User-Agent header (default "brief-fetch-feeds/1")
#   -o, --output FILE  briefing file (default DIR/briefing-YYYY-MM-DD.txt)
#   --mail ADDR        also mail the briefing to ADDR with email-digest.sh
#                      (repeat it or give a comma list; its sender and send
#                      command: $BRIEF_SENDMAIL, see email-digest.sh --help)
#   -q, --quiet        print nothing but failures (for cron); brief runs
#                      with --quiet too, so its warnings (a page without an
#                      article, an item left out for its date) are not
#                      printed either
#   -h, --help         show this help
#
# Environment: BRIEF, the brief program.  Without it: the brief beside this
# script, as installed (brief-fetch-feeds); else brief on PATH; else
# ../build/brief next to this script, the brief of a source checkout built
# in build/ (cmake -B build), as email-digest.sh finds it.
#
# Output: one line per fetched URL on stdout ("URL: fetched, N bytes",
# "URL: not modified") and a summary; each failure one line on stderr,
# "fetch-feeds: URL: HTTP 404, skipped" (also: timed out, larger than
# --max-bytes, cannot resolve host, ...); the run goes on.
#
# Exit status:
#   0  the briefing was written (and mailed); failed pages do not count
#   1  the briefing was written (and mailed), but a feed could not be
#      fetched or read, or a line of URL-LIST is not an http(s) URL
#   2  usage error
#   3  URL-LIST cannot be read or has no URL; a folder or file cannot be
#      written; another run is using DIR
#   4  brief daily failed (e.g. nothing was fetched): no briefing written
#   5  the briefing was written, but mailing it failed (email-digest.sh
#      keeps the message and says how to send it again)
#   6  curl or brief cannot be run
#
# Needs a POSIX shell, coreutils, curl and brief (flock, from util-linux,
# keeps two runs off the same DIR when it is there).

set -u
prog=${0##*/}
prog=${prog%.sh}

die() { code=$1; shift; printf '%s: %s\n' "$prog" "$*" >&2; exit "$code"; }
warn() { printf '%s: %s\n' "$prog" "$*" >&2; }
say() { [ -n "$quiet" ] || printf '%s\n' "$*"; }
# The comment block at the top, past the SPDX line, under the name run.
usage() { sed -n '3,/^$/s/^# \{0,1\}//p' "$0" | sed "s/fetch-feeds\.sh/${0##*/}/g"; }
# $1 fit for a message: printable ASCII only, at most 200 bytes.
shown() { printf '%s' "$1" | LC_ALL=C tr -c ' -~' '?' | cut -c 1-200; }
uint() { case $1 in ''|*[!0-9]*) return 1 ;; esac; [ ${#1} -le 15 ]; }
decimal() {  # a number of seconds: 2, 0.5
    case $1 in ''|.*|*.|*[!0-9.]*|*.*.*) return 1 ;; esac
    [ ${#1} -le 15 ]
}

date='' max_pages=20 timeout=20 max_bytes=5242880 delay=1 output='' mail=''
user_agent='brief-fetch-feeds/1' quiet='' list='' dir=''
while [ $# -gt 0 ]; do
    case $1 in
        --date|--max-pages|--timeout|--max-bytes|--delay|--user-agent|-o|--output|--mail)
            [ $# -ge 2 ] || die 2 "$1 needs a value (try --help)"
            case $1 in
                --date) date=$2 ;;
                --max-pages) max_pages=$2 ;;
                --timeout) timeout=$2 ;;
                --max-bytes) max_bytes=$2 ;;
                --delay) delay=$2 ;;
                --user-agent) user_agent=$2 ;;
                -o|--output) output=$2 ;;
                --mail) mail=${mail:+$mail,}$2 ;;
            esac
            shift 2 ;;
        -q|--quiet) quiet=1; shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; break ;;
        -?*) die 2 "unknown option $1 (try --help)" ;;
        *)
            if [ -z "$list" ]; then list=$1
            elif [ -z "$dir" ]; then dir=$1
            else die 2 "one URL-LIST and one DIR, not also $(shown "$1") (try --help)"
            fi
            shift ;;
    esac
done
# What is left: options for brief daily.
if [ -z "$list" ] || [ -z "$dir" ]; then
    die 2 "usage: $prog [OPTION...] URL-LIST DIR [-- BRIEF-DAILY-OPTION...] (try --help)"
fi

uint "$max_pages" || die 2 "--max-pages wants a whole number, not $(shown "$max_pages")"
if ! uint "$max_bytes" || [ "$max_bytes" -eq 0 ]; then
    die 2 "--max-bytes wants a number of bytes above 0, not $(shown "$max_bytes")"
fi
decimal "$timeout" || die 2 "--timeout wants seconds, not $(shown "$timeout")"
case $timeout in *[1-9]*) ;; *) die 2 "--timeout must be above 0" ;; esac
decimal "$delay" || die 2 "--delay wants seconds, not $(shown "$delay")"
case $user_agent in
    *[![:print:]]*|'') die 2 "--user-agent must be one line of printable text" ;;
esac
if [ -z "$date" ]; then
    date=$(date +%Y-%m-%d) || die 2 "cannot read the date"
fi
case $date in
    [0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]) ;;
    *) die 2 "--date wants YYYY-MM-DD, not $(shown "$date")" ;;
esac
if [ "$(date -d 1970-01-02 +%Y-%m-%d 2>/dev/null)" = 1970-01-02 ] &&
    [ "$(date -d "$date" +%Y-%m-%d 2>/dev/null)" != "$date" ]; then
    die 2 "no such day: $date"
fi
case $mail in
    *[![:print:]]*) die 2 "--mail wants e-mail addresses" ;;
esac
# Paths given to other programs never look like options.
case $list in -*) list=./$list ;; esac
case $dir in -*) dir=./$dir ;; esac
case $output in -*) output=./$output ;; esac

command -v curl >/dev/null 2>&1 || die 6 "curl is needed"
here=$(dirname -- "$0")
brief=${BRIEF:-}
if [ -z "$brief" ]; then
    if [ -x "$here/brief" ] && [ ! -d "$here/brief" ]; then brief=$here/brief
    elif command -v brief >/dev/null 2>&1; then brief=brief
    elif [ -x "$here/../build/brief" ] && [ ! -d "$here/../build/brief" ]; then
        brief=$here/../build/brief
    else
        die 6 "cannot find brief: not beside this script, not on PATH, not in" \
            "$(shown "$here/../build") (set BRIEF=/path/to/brief)"
    fi
fi
if ! brief_path=$(command -v -- "$brief" 2>/dev/null) || [ ! -x "$brief_path" ] ||
    [ -d "$brief_path" ]; then
    die 6 "cannot run $(shown "$brief") (set BRIEF=/path/to/brief)"
fi
case $brief_path in /*) ;; *) brief_path=$(pwd)/$brief_path ;; esac
if [ -n "$mail" ]; then
    if [ -f "$here/email-digest.sh" ]; then digest=$here/email-digest.sh
    elif [ -f "$here/brief-email-digest" ]; then digest=$here/brief-email-digest
    else digest=$(command -v brief-email-digest 2>/dev/null) ||
        die 6 "--mail: cannot find email-digest.sh"
    fi
fi

{ [ -f "$list" ] && [ -r "$list" ]; } || die 3 "cannot read $(shown "$list")"
day_dir=$dir/$date
state=$dir/.fetch-state
mkdir -p "$day_dir" "$state" || die 3 "cannot make $(shown "$day_dir") and $(shown "$state")"
[ -n "$output" ] || output=$dir/briefing-$date.txt

# One run at a time per DIR; the run holding the lock removes the temporary
# folders of runs that were killed (without flock: those older than a day).
if command -v flock >/dev/null 2>&1; then
    exec 9>"$state/lock" || die 3 "cannot write $(shown "$state")/lock"
    flock -n 9 || die 3 "another run is using $(shown "$dir")"
    rm -rf "$state"/tmp.*
else
    find "$state" -maxdepth 1 -name 'tmp.*' -mtime +0 -exec rm -rf {} + 2>/dev/null
fi
work=$(mktemp -d "$state/tmp.XXXXXX") || die 3 "cannot write in $(shown "$state")"
trap 'rm -rf "$work"' EXIT
trap 'exit 143' HUP INT TERM
nl='
'
seen=''

# Forget URLs not seen for 30 days (the mtime of NAME.url is the last use).
find "$state" -maxdepth 1 -type f -name '*.url' -mtime +30 2>/dev/null |
    while IFS= read -r f; do rm -f "$f" "${f%.url}" "${f%.url}.etag"; done

# Milliseconds since the epoch (whole seconds where date has no %N).
now_ms() {
    t=$(date +%s%N 2>/dev/null)
    case $t in ''|*[!0-9]*) t=$(date +%s)000000000 ;; esac
    echo $((t / 1000000))
}
delay_ms=$(awk -v s="$delay" 'BEGIN { printf "%d", s * 1000 }')

# check_url URL: true when URL is an absolute http or https URL of at most
# 4096 bytes of printable ASCII (no space), with a host.  Sets url_key, its
# host and port as a file name (the key of --delay), and url_name: the host
# and path (and query), every byte but [A-Za-z0-9._-] made "_", "_" runs
# squeezed, at most 120 bytes, no leading or trailing ".", "_" or "-", then
# "-" and the CRC of the whole URL (two URLs, two names).  url_name never
# holds a "/" and never starts with ".".
check_url() {
    info=$(printf '%s\n' "$1" | LC_ALL=C awk '
        NR > 1 || length($0) > 4096 || /[^!-~]/ { exit 1 }
        {
            scheme = tolower(substr($0, 1, 8))
            if (scheme ~ /^http:\/\//) rest = substr($0, 8)
            else if (scheme ~ /^https:\/\//) rest = substr($0, 9)
            else exit 1
            sub(/#.*/, "", rest)
            host = rest
            sub(/[\/?].*/, "", host)
            path = substr(rest, length(host) + 1)
            sub(/.*@/, "", host)
            host = tolower(host)
            if (host == "" || host ~ /^:/) exit 1
            name = host path
            gsub(/[^A-Za-z0-9._-]/, "_", host)
            gsub(/[^A-Za-z0-9._-]/, "_", name)
            gsub(/_+/, "_", name)
            name = substr(name, 1, 120)
            sub(/^[._-]+/, "", name)
            sub(/[._-]+$/, "", name)
            print host
            print (name == "" ? "url" : name)
        }') && [ -n "$info" ] || return 1
    url_key=${info%%"$nl"*}
    crc=$(printf '%s' "$1" | cksum)
    url_name=${info#*"$nl"}-${crc%% *}
}

# seen KIND URL: true when URL was met as a KIND (feed, page) before in this
# run; else it is noted.
seen() {
    case $nl$seen in *"$nl$1 $2$nl"*) return 0 ;; esac
    seen="$seen$1 $2$nl"
    return 1
}

# Wait until --delay has passed since the last request to host $1.
wait_for_host() {
    [ "$delay_ms" -gt 0 ] && [ -f "$work/host.$1" ] || return 0
    left=$(( $(cat "$work/host.$1") + delay_ms - $(now_ms) ))
    [ "$left" -gt 0 ] || return 0
    sleep "$(awk -v ms="$left" 'BEGIN { printf "%.3f", ms / 1000 }')"
}

# day_copy SRC URL NAME: copy SRC to $work/day (its time kept) for the day's
# folder; a page (NAME *.html) starts with the mark browsers write on the
# pages they save, <!-- saved from url=(LENGTH)URL -->, which brief reads as
# the page's address when the page names none, so that the page and its
# feed item are one article.  After a UTF-8 byte order mark; none on a
# UTF-16 page, a body that does not start with markup or an address
# holding "--" (which would end the comment).
day_copy() {
    case $3 in
        *.html) ;;
        *) cp -p "$1" "$work/day"; return ;;
    esac
    case $2 in
        *--*) cp -p "$1" "$work/day"; return ;;
    esac
    # Markup only: a PDF or an image saved under a page's name keeps its
    # first bytes, by which brief knows it for what it is.
    first=$(head -c 1024 "$1" | LC_ALL=C tr -d ' \t\r\n\357\273\277' | head -c 1)
    if [ "$first" != "<" ]; then
        cp -p "$1" "$work/day"
        return
    fi
    bom=$(head -c 3 "$1" | od -An -tx1 | tr -d ' \n')
    mark=$(printf '<!-- saved from url=(%04d)%s -->' "${#2}" "$2")
    case $bom in
        fffe* | feff*) cp -p "$1" "$work/day"; return ;;
        efbbbf) { head -c 3 "$1" && printf '%s\n' "$mark" && tail -c +4 "$1"; } >"$work/day" ;;
        *) { printf '%s\n' "$mark" && cat "$1"; } >"$work/day" ;;
    esac || return 1
    touch -r "$1" "$work/day"
}

# fetch URL NAME: fetch URL into $day_dir/NAME, conditionally when there is
# a saved copy; fetched is "ok", "same" (304 or the time condition not met:
# the saved copy is used) or "" (failed, reported on stderr).
fetch() {
    url=$1 name=$2 fetched=''
    saved=$state/$name
    hkey=$url_key
    wait_for_host "$hkey"
    for f in headers etag err rc now; do : >"$work/$f"; done
    set -- -g -sS -L --max-redirs 5 --proto =http,https --proto-redir =http,https \
        --compressed --connect-timeout "$timeout" --max-time "$timeout" \
        --max-filesize "$max_bytes" -A "$user_agent" \
        -D "$work/headers" --etag-save "$work/etag"
    if [ -f "$saved" ]; then
        set -- "$@" -z "$saved"
        [ -s "$saved.etag" ] && set -- "$@" --etag-compare "$saved.etag"
    fi
    # curl's --max-filesize trusts Content-Length: head caps the stream too.
    { curl "$@" "$url" </dev/null 2>"$work/err"; echo $? >"$work/rc"; } |
        head -c $((max_bytes + 1)) >"$work/body"
    [ "$delay_ms" -eq 0 ] || now_ms >"$work/host.$hkey"
    read -r rc <"$work/rc" || rc=''
    # The status and Last-Modified of the last response (after redirects).
    head=$(awk '/^HTTP\// { code = $2; lm = "" }
        tolower($0) ~ /^last-modified:/ { sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); lm = $0 }
        END { print code; print lm }' "$work/headers")
    code=${head%%"$nl"*}
    lm=${head#*"$nl"}
    size=$(($(wc -c <"$work/body")))
    why=''
    if [ "$size" -gt "$max_bytes" ] || [ "$rc" = 63 ]; then
        why="larger than $max_bytes bytes"
    elif [ "$rc" != 0 ]; then
        case $rc in
            6) why="cannot resolve host" ;;
            7) why="cannot connect" ;;
            28) why="timed out ($timeout s)" ;;
            47) why="too many redirects" ;;
            *) why=$(sed -n '$s/^curl: ([0-9]*) //p' "$work/err" 2>/dev/null)
               why="${why:-curl failed} (curl status ${rc:-unknown})" ;;
        esac
    elif [ -f "$saved" ] && { [ "$code" = 304 ] || [ "$size" -eq 0 ]; }; then
        # 304, or a 200 that curl dropped: not newer than the saved copy.
        if day_copy "$saved" "$url" "$name" && mv -f "$work/day" "$day_dir/$name"; then
            fetched=same
        else
            why="cannot copy the saved copy to $(shown "$day_dir")"
        fi
    else
        case $code in
            2[0-9][0-9]) [ "$size" -gt 0 ] || why="empty (HTTP $code)" ;;
            *) why="HTTP ${code:-error}" ;;
        esac
        if [ -z "$why" ]; then
            # The server's Last-Modified, if any and not ahead, is the time
            # of the copy, for If-Modified-Since next time.
            if [ -n "$lm" ] && touch -d "$lm" "$work/body" 2>/dev/null &&
                [ -n "$(find "$work/body" -newer "$work/now")" ]; then
                touch "$work/body"
            fi
            if day_copy "$work/body" "$url" "$name" && mv -f "$work/day" "$day_dir/$name" &&
                mv -f "$work/body" "$saved"; then
                fetched=ok
                if [ -s "$work/etag" ]; then mv -f "$work/etag" "$saved.etag"; else rm -f "$saved.etag"; fi
            else
                why="cannot write $(shown "$day_dir/$name")"
            fi
        fi
    fi
    rm -f "$work/body" "$work/day"
    if [ -n "$fetched" ]; then
        printf '%s\n' "$url" >"$saved.url"
        if [ "$fetched" = ok ]; then say "$url: fetched, $size bytes"; else say "$url: not modified"; fi
    else
        warn "$url: $why, skipped"
    fi
}

# The feeds of URL-LIST, checked; each once.
cr=$(printf '\r')
feeds_failed=0 feeds_ok=0 feeds_same=0 pages_failed=0 pages_ok=0 pages_same=0
sed "s/$cr\$//; s/^[[:space:]]*//; s/[[:space:]]#.*//; s/[[:space:]]*\$//; /^#/d; /^\$/d" "$list" \
    >"$work/list" || die 3 "cannot read $(shown "$list")"
[ -s "$work/list" ] || die 3 "$(shown "$list") has no URL"
while IFS= read -r feed_url <&3; do
    if ! check_url "$feed_url"; then
        warn "$(shown "$feed_url"): not an http(s) URL, skipped"
        feeds_failed=$((feeds_failed + 1))
        continue
    fi
    seen feed "$feed_url" && continue
    feed=$url_name.xml
    fetch "$feed_url" "$feed"
    case $fetched in
        ok) feeds_ok=$((feeds_ok + 1)) ;;
        same) feeds_same=$((feeds_same + 1)) ;;
        *) feeds_failed=$((feeds_failed + 1)); continue ;;
    esac
    [ "$max_pages" -gt 0 ] || continue

    # Its article links, by brief; at most --max-pages of them.
    "$brief_path" extract ${quiet:+--quiet} --format urls "$day_dir/$feed" </dev/null >"$work/links"
    rc=$?
    if [ "$rc" -ne 0 ]; then
        warn "$feed_url: cannot read its items (brief extract: status $rc), skipped"
        feeds_failed=$((feeds_failed + 1))
        continue
    fi
    pages=0
    while [ "$pages" -lt "$max_pages" ] && IFS= read -r link <&4; do
        link=${link%"$cr"}
        [ -n "$link" ] || continue
        if ! check_url "$link"; then
            warn "$(shown "$link"): not an http(s) link (in $feed_url), skipped"
            continue
        fi
        pages=$((pages + 1))
        seen page "$link" && continue
        fetch "$link" "$url_name.html"
        case $fetched in
            ok) pages_ok=$((pages_ok + 1)) ;;
            same) pages_same=$((pages_same + 1)) ;;
            *) pages_failed=$((pages_failed + 1)) ;;
        esac
    done 4<"$work/links"
done 3<"$work/list"
say "feeds: $feeds_ok fetched, $feeds_same not modified, $feeds_failed failed;" \
    "pages: $pages_ok fetched, $pages_same not modified, $pages_failed failed"

# The briefing of the day (brief writes -o atomically), then the mail.
"$brief_path" daily -o "$output" --date "$date" ${quiet:+--quiet} "$@" "$day_dir" </dev/null
rc=$?
[ "$rc" -eq 0 ] || die 4 "brief daily failed (status $rc): no briefing for $date"
say "briefing: $output"
if [ -n "$mail" ]; then
    sh "$digest" --brief "$brief_path" --date "$date" --to "$mail" "$day_dir" </dev/null ||
        die 5 "the briefing was written to $(shown "$output") but not mailed"
    say "mailed to $mail"
fi
[ "$feeds_failed" -eq 0 ] || exit 1
exit 0
