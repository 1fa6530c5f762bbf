#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# The shape of the house, checked on every build:
#  1. no call cycle between the library's files (A calls a function that B
#     defines, B calls one that A defines, directly or around a loop), read
#     from the object files with nm;
#  2. no include cycle between src/ headers;
#  3. no function of src/ longer than MAX_LINES lines (the body between the
#     "{" and "}" that clang-format puts on lines of their own);
#  4. the CLI includes no private header.
#
#   tests/structure.sh SRC_DIR OBJECT...
set -eu
export LC_ALL=C

MAX_LINES=100
src=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# 1. Calls: an edge "user definer" for every symbol a file uses and another
#    defines.  tsort reports a loop in its input.
# "nm -A" starts each line with the file: "dir/config.c.o:0000 T brief_config_new".
symbols() {
  awk '{ i = index($0, ":"); f = substr($0, 1, i - 1); n = split(substr($0, i + 1), a, " ")
         sub(/.*\//, "", f); sub(/\.c\.o$/, "", f); print a[n], f }'
}
nm -A -g --defined-only "$@" | symbols >"$work/defined"
nm -A -g --undefined-only "$@" | symbols >"$work/used"
sort -k1,1 "$work/defined" >"$work/defined.s"
sort -k1,1 "$work/used" >"$work/used.s"
join "$work/used.s" "$work/defined.s" | awk '$2 != $3 { print $2, $3 }' | sort -u >"$work/calls"
if ! tsort "$work/calls" >/dev/null 2>"$work/tsort"; then
  echo "structure: call cycle between files:" >&2
  cat "$work/tsort" >&2
  status=1
fi

# 2. Includes between the library's own headers and sources.
for f in "$src"/*.c "$src"/*.h; do
  sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f" | while read -r h; do
    echo "$(basename "$f") $h"
  done
done | awk '$1 != $2' >"$work/includes"
if ! tsort "$work/includes" >/dev/null 2>"$work/tsort"; then
  echo "structure: include cycle:" >&2
  cat "$work/tsort" >&2
  status=1
fi

# 3. Long functions.
for f in "$src"/*.c "$src"/cli/*.c; do
  awk -v file="$f" -v max="$MAX_LINES" '
    /^{$/ { start = NR; name = prev }
    /^}$/ && start { if (NR - start + 1 > max) printf "%s:%d: %s is %d lines (at most %d)\n", file, start, name, NR - start + 1, max; start = 0 }
    { if ($0 ~ /\(/) prev = $0 }' "$f"
done >"$work/long"
if [ -s "$work/long" ]; then
  echo "structure: functions too long:" >&2
  cat "$work/long" >&2
  status=1
fi

# 4. The CLI stands on the public headers alone.
if grep -n '#include "[^"]*-private.h"' "$src"/cli/*.c "$src"/cli/*.h >"$work/cli" 2>/dev/null; then
  echo "structure: the CLI includes private headers:" >&2
  cat "$work/cli" >&2
  status=1
fi

[ $status -eq 0 ] && echo "structure: $(wc -l <"$work/calls") calls between files, no cycle; no function over $MAX_LINES lines"
exit $status
