#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# The ABI of libbrief.so is the public headers, no more and no less: the
# dynamic symbols it defines (nm -D --defined-only) are exactly the
# functions declared BRIEF_API in include/brief/*.h, all named brief_*.
#
# usage: test-symbols.sh LIBBRIEF_SO INCLUDE_DIR
# Exit 77 (skipped) when nm is missing.
set -u
so=$1 inc=$2

fail() { echo "FAIL: $*" >&2; exit 1; }
command -v nm >/dev/null 2>&1 || { echo "SKIP: nm not found" >&2; exit 77; }

tmp=$(mktemp -d) || fail "mktemp"
trap 'rm -rf "$tmp"' EXIT

# Symbol versions (name@@VERSION) would be kept out of the name; a version
# node itself is an absolute (A) symbol and is listed as such.
nm -D --defined-only "$so" >"$tmp/nm" || fail "nm -D $so"
awk '{ name = $NF; sub(/@.*/, "", name); print name }' "$tmp/nm" | sort -u >"$tmp/exported"
awk '$(NF-1) != "T" { print }' "$tmp/nm" >"$tmp/not-text"

# A declaration starts a line with BRIEF_API; its name is the last
# identifier before the opening parenthesis.  Every top-level declaration of
# a brief_ function must carry BRIEF_API (or it would not be exported).
grep -h '^[A-Za-z].*[^A-Za-z0-9_]brief_[a-z0-9_]*(' "$inc"/brief/*.h | grep -v '^BRIEF_API ' >"$tmp/unmarked"
[ -s "$tmp/unmarked" ] && fail "declared without BRIEF_API: $(cat "$tmp/unmarked")"
grep -h '^BRIEF_API ' "$inc"/brief/*.h | sed 's/(.*//' | grep -o '[A-Za-z_][A-Za-z0-9_]*$' |
    sort -u >"$tmp/declared"

n_exported=$(wc -l <"$tmp/exported")
n_declared=$(wc -l <"$tmp/declared")
[ "$n_declared" -gt 0 ] || fail "no BRIEF_API declaration found in $inc/brief"

status=0
comm -23 "$tmp/exported" "$tmp/declared" >"$tmp/extra"
comm -13 "$tmp/exported" "$tmp/declared" >"$tmp/missing"
if [ -s "$tmp/extra" ]; then
    echo "exported by $so but not declared BRIEF_API:" >&2
    sed 's/^/  /' "$tmp/extra" >&2
    status=1
fi
if [ -s "$tmp/missing" ]; then
    echo "declared BRIEF_API but not exported by $so:" >&2
    sed 's/^/  /' "$tmp/missing" >&2
    status=1
fi
if [ -s "$tmp/not-text" ]; then
    echo "exported symbols that are not functions:" >&2
    sed 's/^/  /' "$tmp/not-text" >&2
    status=1
fi
if grep -qv '^brief_' "$tmp/exported"; then
    echo "exported symbols not named brief_*:" >&2
    grep -v '^brief_' "$tmp/exported" | sed 's/^/  /' >&2
    status=1
fi
[ "$status" -eq 0 ] || exit 1
echo "ok - $n_exported exported symbols = $n_declared BRIEF_API declarations, all brief_* functions"
