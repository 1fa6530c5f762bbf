#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The bad-input catalogue (tests/bad/cases.txt, docs/reliability.md): runs
# each case's brief command line and checks its exit code, that standard
# error is exactly one line matching the case's pattern, that nothing went
# to standard output, and that the case's directory holds the same files
# afterwards (no output file, no temporary file left).
#
#   run.sh BRIEF SRCDIR SANITIZED [NAME...]   run the cases (or those named)
#   run.sh --table CASES                      print the table of the cases
#   run.sh --check-table CASES DOC            check DOC holds that table
#
# Each case runs under `timeout` (BRIEF_BAD_TIMEOUT seconds, default 20)
# and, unless SANITIZED is 1 (AddressSanitizer reserves terabytes of address
# space), under `ulimit -v` (BRIEF_BAD_MEMORY KiB, default 524288), so a
# hang or an unbounded read fails the case instead of the machine.
#
# A case is a block of `key: value` lines, blocks separated by blank lines,
# `#` lines are comments:
#
#   name:    the case's name (first line of the block)
#   what:    what it tries, for the table
#   setup:   shell run in the case's empty directory @TMP@ first (repeatable)
#   run:     brief's arguments, in shell syntax, run from SRCDIR
#   stdin:   a file for standard input (default: empty)
#   pipe:    a shell command whose output is standard input instead
#   exit:    the expected exit code
#   error:   an extended regular expression the whole stderr line matches;
#            absent: stderr must be empty
#   lines:   how many stderr lines (default 1 with error:, 0 without), the
#            last one matching error:
#   stdout:  `none` (default) or `text`: not empty, valid UTF-8, and no
#            control character but tab and newline (C0, DEL, C1)
#   output:  a file (relative to @TMP@) the run may create
#   check:   shell run in @TMP@ afterwards; must succeed (repeatable: each
#            line must)
#   when:    `nonroot`: skipped when run as root
#
# Placeholders, in run:, setup:, check:, stdin:, pipe:, become quoted shell
# variables ("${P_TMP}"), so names with any byte work; never put one inside
# quotes.  @TMP@ the case's directory, @SRC@ the source tree, @ZERO@
# /dev/zero, @BIG_LINE@ a 19 MB line without punctuation, @ESC@ @BEL@ @NL@
# @TAB@ those characters; in check: also @OUT@ and @ERR@, files holding the
# run's standard output and error, and @BRIEF@, the brief under test, to run
# it again on the case's files (in other formats, say).  Big inputs are made
# at run time, never committed.
set -u

table() {
    echo "| case | what | exit | standard error (regular expression) |"
    echo "|---|---|---|---|"
    awk '
        function flush() {
            if (name != "") {
                gsub(/\|/, "\\|", err); gsub(/\|/, "\\|", what)
                printf "| `%s` | %s | %s | %s |\n", name, what, code, err == "" ? "(none)" : "`" err "`"
            }
            name = ""; what = ""; code = ""; err = ""
        }
        /^#/ { next }
        /^$/ { flush(); next }
        /^name: / { name = substr($0, 7) }
        /^what: / { what = substr($0, 7) }
        /^exit: / { code = substr($0, 7) }
        /^error: / { err = substr($0, 8) }
        END { flush() }' "$1"
}

if [ "${1-}" = "--table" ]; then
    table "$2"
    exit 0
fi
# --check-table CASES DOC: the table between DOC's `<!-- cases -->` and
# `<!-- /cases -->` lines is the table of CASES.
if [ "${1-}" = "--check-table" ]; then
    if ! diff -u <(sed -n '/^<!-- cases -->$/,/^<!-- \/cases -->$/p' "$3" | sed '1d;$d') \
        <(table "$2"); then
        echo "the table in $3 is not that of $2: run tests/bad/run.sh --table $2" >&2
        exit 1
    fi
    exit 0
fi
if [ $# -lt 3 ]; then
    echo "usage: run.sh BRIEF SRCDIR SANITIZED [NAME...] | run.sh --table CASES" >&2
    exit 2
fi

BRIEF=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
P_SRC=$(cd "$2" && pwd)
SANITIZED=$3
shift 3
ONLY=" $* "
CASES="$P_SRC/tests/bad/cases.txt"
TIME_LIMIT=${BRIEF_BAD_TIMEOUT:-20}
MEMORY_LIMIT=${BRIEF_BAD_MEMORY:-524288}

for tool in timeout iconv awk; do
    command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: $tool is missing" >&2; exit 77; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/brief-bad.XXXXXX") || exit 1
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT

P_ZERO=/dev/zero
P_ESC=$(printf '\033')
P_BEL=$(printf '\007')
P_TAB=$(printf '\t')
P_NL='
'
P_BIG_LINE="$WORK/big-line.txt"
# 19 MB of words on one line: below max-input-bytes, no sentence end.
yes 'harbour strike' | head -c 19000000 | tr '\n' ' ' >"$P_BIG_LINE"
P_BRIEF=$BRIEF
export P_SRC P_ZERO P_ESC P_BEL P_TAB P_NL P_BIG_LINE P_BRIEF

# @NAME@ -> "${P_NAME}"
expand() {
    printf '%s' "$1" | sed -e 's/@\([A-Z_]*\)@/"${P_\1}"/g'
}

# A listing of a directory tree, names shown byte for byte.
listing() {
    (cd "$1" && find . -print0 2>/dev/null | LC_ALL=C sort -z | od -An -c)
}

failures=0
ran=0
skipped=0

fail() {
    echo "FAIL $name: $*"
    failures=$((failures + 1))
    case_failed=1
}

# The case read into the variables below; run and checked.
run_case() {
    case "$ONLY" in
        "  ") ;;
        *" $name "*) ;;
        *) return ;;
    esac
    if [ "$when" = nonroot ] && [ "$(id -u)" -eq 0 ]; then
        echo "SKIP $name (needs a user other than root)"
        skipped=$((skipped + 1))
        return
    fi
    ran=$((ran + 1))
    case_failed=0
    P_TMP="$WORK/case-$ran"
    export P_TMP
    mkdir "$P_TMP"
    if [ -n "$setup" ] && ! (cd "$P_TMP" && set -f && eval "$(expand "$setup")"); then
        fail "setup failed"
        return
    fi
    before=$(listing "$P_TMP")

    set -f
    eval "set -- $(expand "$run")"
    set +f
    local in=/dev/null
    [ -n "$stdin" ] && in=$(eval "printf '%s' $(expand "$stdin")")
    local start end limit=""
    [ "$SANITIZED" != 1 ] && limit="ulimit -v $MEMORY_LIMIT;"
    start=$(date +%s.%N)
    if [ -n "$pipe" ]; then
        (cd "$P_TMP" && eval "$(expand "$pipe")") 2>/dev/null |
            (cd "$P_SRC" && eval "$limit" && exec timeout -k 5 "$TIME_LIMIT" "$BRIEF" "$@") \
                >"$WORK/out" 2>"$WORK/err"
        status=${PIPESTATUS[1]}
    else
        (cd "$P_SRC" && eval "$limit" && exec timeout -k 5 "$TIME_LIMIT" "$BRIEF" "$@") \
            <"$in" >"$WORK/out" 2>"$WORK/err"
        status=$?
    fi
    end=$(date +%s.%N)

    [ "$status" = 124 ] || [ "$status" = 137 ] && fail "timed out after ${TIME_LIMIT}s"
    [ "$status" = "$code" ] || fail "exit $status, expected $code"
    local want_lines=0
    [ -n "$err" ] && want_lines=1
    [ -n "$lines" ] && want_lines=$lines
    local got_lines
    got_lines=$(wc -l <"$WORK/err")
    if [ "$got_lines" != "$want_lines" ] || { [ -s "$WORK/err" ] && [ "$(tail -c 1 "$WORK/err" | od -An -c | tr -d ' ')" != '\n' ]; }; then
        fail "$got_lines lines on standard error, expected $want_lines"
    elif [ -n "$err" ] && ! tail -n 1 "$WORK/err" | LC_ALL=C grep -Eqx -e "$err"; then
        fail "standard error does not match the pattern"
    fi
    case "$stdout" in
        none | "")
            [ -s "$WORK/out" ] && fail "standard output is not empty" ;;
        text)
            if [ ! -s "$WORK/out" ]; then
                fail "standard output is empty"
            elif ! iconv -f UTF-8 -t UTF-8 <"$WORK/out" >/dev/null 2>&1; then
                fail "standard output is not valid UTF-8"
            elif tr -d '\t\n' <"$WORK/out" | LC_ALL=C grep -q '[[:cntrl:]]' ||
                LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$WORK/out"; then
                fail "standard output holds a control character"
            fi ;;
        *) fail "unknown stdout: $stdout" ;;
    esac
    if [ -n "$output" ]; then
        [ -e "$P_TMP/$output" ] || fail "$output was not written"
        rm -f "$P_TMP/$output"
    fi
    [ "$(listing "$P_TMP")" = "$before" ] || fail "files were left in or taken from @TMP@: $(ls -A "$P_TMP" | od -c | head -3)"
    # Each check: line on its own, so that every one of them must succeed
    # (as one script, only the last one's status counted).
    local one
    while IFS= read -r one; do
        [ -n "$one" ] || continue
        if ! (cd "$P_TMP" && P_OUT="$WORK/out" P_ERR="$WORK/err" &&
            eval "$(expand "$one")") </dev/null; then
            fail "check failed: $one"
        fi
    done <<<"$check"
    if [ "$case_failed" = 1 ]; then
        echo "  command: brief $(printf '%q ' "$@")"
        echo "  standard error:"
        head -c 2000 "$WORK/err" | cat -v | sed 's/^/    /'
    else
        printf 'ok   %-40s %5.2fs\n' "$name" "$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')"
    fi
    chmod -R u+rwx "$P_TMP" 2>/dev/null
    rm -rf "$P_TMP"
}

reset() {
    name="" what="" setup="" run="" stdin="" pipe="" code="" err="" lines="" stdout=""
    output="" check="" when=""
}

append() { # append VAR VALUE: repeated keys become lines of one script
    if [ -n "${!1}" ]; then
        printf -v "$1" '%s\n%s' "${!1}" "$2"
    else
        printf -v "$1" '%s' "$2"
    fi
}

reset
lineno=0
while IFS= read -r line || [ -n "$line" ]; do
    lineno=$((lineno + 1))
    case "$line" in
        "#"*) continue ;;
        "")
            [ -n "$name" ] && run_case
            reset
            continue ;;
    esac
    key=${line%%: *}
    value=${line#*: }
    case "$key" in
        name | what | run | stdin | pipe | lines | stdout | output | when) printf -v "$key" '%s' "$value" ;;
        exit) code=$value ;;
        error) err=$value ;;
        setup | check) append "$key" "$value" ;;
        *) echo "cases.txt:$lineno: unknown key '$key'" >&2; exit 2 ;;
    esac
done <"$CASES"
[ -n "$name" ] && run_case

echo "$ran cases run, $skipped skipped, $failures failed"
[ "$failures" -eq 0 ] || exit 1
[ "$ran" -gt 0 ] || exit 77
exit 0
