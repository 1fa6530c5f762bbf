#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# valgrind memcheck over the end-to-end command lines of tests/test-cli.c's
# golden table (every command and output format) and a few error paths: no
# invalid read or write, no use of uninitialised memory, no definite leak.
#
#   valgrind.sh BRIEF SRCDIR SANITIZED
#
# Exits 77 (skipped) without valgrind, and in the sanitizer build, whose
# shadow memory valgrind cannot run.  Each run's summary lines are printed;
# docs/reliability.md quotes them.
set -u

BRIEF=$1
SRC=$2
SANITIZED=$3

if [ "$SANITIZED" = 1 ]; then
    echo "valgrind.sh: sanitizer build, skipped"
    exit 77
fi
if ! command -v valgrind >/dev/null 2>&1; then
    echo "valgrind.sh: valgrind is missing (.ci/install-deps.sh --extra), skipped"
    exit 77
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/brief-valgrind.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT
cd "$SRC" || exit 1

failures=0
runs=0

# check CODE STDIN ARGS...: brief ARGS under memcheck exits CODE with no
# error reported.
check() {
    local code=$1 in=$2 status
    shift 2
    runs=$((runs + 1))
    valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
        --log-file="$WORK/log" "$BRIEF" "$@" <"$in" >/dev/null 2>"$WORK/err"
    status=$?
    printf '%-72s ' "brief $*"
    if [ "$status" != "$code" ] || ! grep -q 'ERROR SUMMARY: 0 errors' "$WORK/log"; then
        echo "FAIL (exit $status, expected $code)"
        sed 's/^/    /' "$WORK/log" "$WORK/err"
        failures=$((failures + 1))
        return
    fi
    # "definitely lost: 0 bytes in 0 blocks" (or "All heap blocks were
    # freed"), and the error count.
    grep -Eo 'definitely lost: [0-9,]+ bytes in [0-9,]+ blocks|All heap blocks were freed' \
        "$WORK/log" | head -n 1 | sed 's/$/, /' | tr -d '\n'
    grep -Eo 'ERROR SUMMARY: [0-9]+ errors' "$WORK/log"
}

K=examples/kerry-moscow
H=tests/data/cli/cluster.jsonl
N=/dev/null
printf 'Title: Harbour strike ends\nSource: Coast Herald\nDate: 2024-05-08\n\n%s\n' \
    'The strike at the northern harbour ended on Wednesday after a deal on pay. The first grain ship left the harbour in the evening.' \
    >"$WORK/stdin.txt"

check 0 $N summarize $K
check 0 $N summarize --format markdown $K
check 0 $N summarize -f json $K
check 0 $N summarize -f html $K
check 0 $N summarize --format plain --words 100 --fill $K
check 0 $N summarize --sentences 3 --date 2015-12-16 --threads 4 $K
check 0 $N summarize --words 60 -f json $H
check 0 $N summarize --idf tests/golden/harbour.idf --words 60 $H
check 0 $N summarize --method lead --words 60 $H
check 0 "$WORK/stdin.txt" summarize -
check 0 $N summarize -o "$WORK/out.txt" $K
check 0 $N daily examples/day
check 0 $N daily -f markdown examples/day
check 0 $N daily -f json examples/day
check 0 $N daily -f html examples/day
check 0 $N daily -f plain examples/day
check 0 $N daily --max-stories 2 --words 40 --date 2004-11-17 --title 'Morning news' examples/day
check 0 $N daily -f html tests/data/daily/day.jsonl
check 0 $N daily -f markdown tests/data/daily/tree
check 0 $N cluster tests/data/daily/day.jsonl tests/data/daily/tree
check 0 $N daily -f json --date 2024-05-10 --days 3 tests/data/daily/week.jsonl
check 0 $N daily -v -f html --date 2024-05-10 --days 1 tests/data/daily/week.jsonl
check 0 $N daily -f markdown --since 2024-05-09 tests/data/daily/week.jsonl
check 0 $N sentences $K/001_2991fbc95a7d52e4.txt
check 0 $N sentences --json $K/001_2991fbc95a7d52e4.txt
check 0 $N idf build -o "$WORK/harbour.idf" $H
check 0 $N idf merge tests/golden/harbour.idf tests/golden/harbour.idf
printf '{"id": 1, "articles": [%s], "options": {"words": 40}}\n' "$(grep -v '^[[:space:]]*$' $H | paste -sd, -)" >"$WORK/good.jsonl"
printf '%s\n' '{"id": 2, "articles": []}' '[1]' | cat "$WORK/good.jsonl" - >"$WORK/batch.jsonl"
check 7 "$WORK/batch.jsonl" batch --threads 3
check 7 $N batch -o "$WORK/batch.out" "$WORK/batch.jsonl" "$WORK/batch.jsonl"
check 0 $N idf build --batch -o "$WORK/batch.idf" "$WORK/good.jsonl"
check 0 $N eval --refs tests/data/rouge/refs --sys tests/data/rouge/sys --per-cluster
check 0 $N eval --json --refs tests/data/rouge/refs --sys tests/data/rouge/sys
# Error paths free what they made too.
check 4 $N summarize --max-input-bytes 65536 /dev/zero
check 4 $N summarize tests/data/cli/bad-utf8.txt
check 4 $N summarize tests/data/cli/malformed.jsonl
check 4 $N summarize --idf tests/data/cli/bad-language.idf $K
check 5 $N daily --min-articles 3 examples/day
check 5 $N daily --date 2004-11-12 examples/day
check 2 $N daily --since 2004-11-20 examples/day
check 2 $N summarize --words 0x10 $K
check 6 $N summarize -o examples/day $K

echo "$runs runs under valgrind memcheck, $failures failed"
[ "$failures" -eq 0 ]
