#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Every manual page renders without a warning: groff -ww -z prints nothing
# and exits 0; so does mandoc -Tlint (warnings and worse) and man -l when
# they are installed.  Exit 77 (skipped) when fewer than EXPECTED pages were
# built (help2man missing, BRIEF_MAN=OFF) or groff is missing.
#
#   test-man-pages.sh EXPECTED PAGE...
set -u
expected=$1
shift
if [ $# -lt "$expected" ]; then
    echo "test-man-pages: $# of $expected pages built (help2man missing or BRIEF_MAN=OFF): skipped"
    exit 77
fi
if ! command -v groff >/dev/null 2>&1; then
    echo "test-man-pages: groff not installed (groff-base): skipped"
    exit 77
fi
export LC_ALL=C.UTF-8 MANWIDTH=80

status=0
check() {
    out=$("$@" 2>&1)
    rc=$?
    if [ $rc -ne 0 ] || [ -n "$out" ]; then
        echo "FAIL: $* (exit $rc)"
        [ -z "$out" ] || printf '%s\n' "$out"
        status=1
    fi
}
for page in "$@"; do
    if [ ! -s "$page" ]; then
        echo "FAIL: $page missing or empty"
        status=1
        continue
    fi
    check groff -ww -z -man "$page"
    check groff -ww -z -man -Tutf8 "$page"
    if command -v mandoc >/dev/null 2>&1; then
        check mandoc -Tlint -Wwarning "$page"
    fi
    if command -v man >/dev/null 2>&1; then
        # man -l renders it: a NAME line and the page's own title.
        title=$(sed -n 's/^\.TH \([^ ]*\) .*/\1/p' "$page" | head -n 1)
        text=$(man --warnings -l "$page" 2>&1 >/dev/null)
        [ -z "$text" ] || { echo "FAIL: man -l $page: $text"; status=1; }
        man -l "$page" 2>/dev/null | grep -q "^$title(" ||
            { echo "FAIL: man -l $page does not show $title"; status=1; }
    fi
    # help2man's fallback NAME means the summary was not found.
    if grep -q 'manual page for' "$page"; then
        echo "FAIL: $page has help2man's default NAME"
        status=1
    fi
done
[ $status -eq 0 ] && echo "test-man-pages: $# pages render without warnings"
exit $status
