#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
# The bash completion of brief: COMPREPLY for typical command lines, once
# without the bash-completion package (compgen -f for files) and once with
# it when it is installed (its _filedir).
#
#   test-completion.sh BRIEF COMPLETION_SCRIPT
set -u
brief=$1
script=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/articles" "$work/archive"
touch "$work/article.txt" "$work/another.jsonl"
cd "$work" || exit 1

fails=0
checks=0
# complete WORD... : COMPREPLY, sorted, one line, for the line "WORD..."
# with the cursor at the end of the last word (an empty last word: after a
# space).  Words are split at '=' as bash does by default.
complete_line() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _brief
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
# expect "WANT" WORD... : the completions are exactly WANT.
expect() {
    local want=$1 got
    shift
    checks=$((checks + 1))
    got=$(complete_line "$@")
    if [ "$got" != "$want" ]; then
        echo "FAIL ($mode): '$*<TAB>' gives '$got', expected '$want'"
        fails=$((fails + 1))
    fi
}
# expect_has "WANT..." WORD... : the completions include each of WANT.
expect_has() {
    local want=$1 got w
    shift
    checks=$((checks + 1))
    got=" $(complete_line "$@") "
    for w in $want; do
        if [[ $got != *" $w "* ]]; then
            echo "FAIL ($mode): '$*<TAB>' gives '$got', which lacks '$w'"
            fails=$((fails + 1))
            return
        fi
    done
}

run_checks() {
    # shellcheck source=/dev/null
    source "$script"
    expect "summarize" "$brief" su
    expect "batch cluster daily eval extract idf sentences summarize" "$brief" ""
    expect "--list-languages" "$brief" --li
    expect "--format" "$brief" summarize --fo
    expect "html json markdown plain text" "$brief" summarize --format ""
    expect "html json markdown plain text" "$brief" summarize -f ""
    expect "json" "$brief" summarize --format = j
    expect "--format=json" "$brief" summarize --format=j
    expect "auto feed html jsonl text" "$brief" daily --input-format ""
    expect "json text urls" "$brief" extract --format ""
    expect "lead textrank" "$brief" summarize --method ""
    expect "articles sentences" "$brief" summarize --idf-documents ""
    expect "log raw" "$brief" summarize --term-frequency ""
    expect "terms words" "$brief" daily --coverage-bigrams ""
    expect "--language" "$brief" daily --lang
    expect "english" "$brief" summarize --language eng
    expect "german" "$brief" cluster -l ger
    expect "build merge" "$brief" idf ""
    expect "--output" "$brief" idf build --out
    expect "--help-all --help-tuning" "$brief" daily --help-
    expect "--threads --threshold" "$brief" daily --thr
    expect "" "$brief" summarize --words ""
    expect "--story-days --story-threshold" "$brief" cluster --story
    expect_has "--max-stories --min-articles --title --lambda" "$brief" daily --
    # Files and directories: paths, FILE and DIR options.
    expect_has "article.txt articles another.jsonl archive" "$brief" summarize a
    expect_has "article.txt" "$brief" summarize --stopwords art
    expect "archive articles" "$brief" eval --refs ar
    expect_has "article.txt" "$brief" sentences -j art
    expect_has "another.jsonl" "$brief" idf merge an
}

mode="without bash-completion"
run_checks
if [ -r /usr/share/bash-completion/bash_completion ]; then
    mode="with bash-completion"
    # shellcheck source=/dev/null
    source /usr/share/bash-completion/bash_completion
    declare -F _filedir >/dev/null || { echo "FAIL: bash-completion has no _filedir"; exit 1; }
    run_checks
else
    echo "test-completion: bash-completion not installed, checked without it only"
fi
echo "test-completion: $checks checks, $fails failed"
[ $fails -eq 0 ]
