#!/usr/bin/env zsh
# SPDX-License-Identifier: BSD-3-Clause
# The zsh completion of brief: an interactive zsh in a pseudo-terminal
# (zsh/zpty) loads _brief, completes typical command lines, and prints the
# matches, which a wrapper around compadd reports.  Exit 77 when zsh/zpty
# is missing.
#
#   test-completion.zsh BRIEF COMPLETION_DIR
brief=$1
fdir=$2
zmodload zsh/zpty 2>/dev/null || { print "test-completion.zsh: no zsh/zpty: skipped"; exit 77 }
work=$(mktemp -d)
trap 'rm -rf $work' EXIT
mkdir $work/articles $work/archive
touch $work/article.txt $work/another.jsonl

# The shell under test: no startup files, the completion system with
# _brief, TAB completes, and every match added is printed as "M:match"
# on a line of its own;
# "@@" ends the output of one completion.
cat >$work/init.zsh <<INIT
PS1='' PROMPT='' RPROMPT=''
fpath=($fdir \$fpath)
autoload -Uz compinit && compinit -u -D
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
unsetopt autolist listambiguous beep
compadd() {
  # Calls that only fill arrays or test matches are not additions.
  if (( \${@[(I)-O]} || \${@[(I)-A]} || \${@[(I)-D]} )); then
    builtin compadd "\$@"
    return
  fi
  local -a _hits
  builtin compadd -A _hits "\$@"
  (( \$#_hits )) && print -rl -- '' \${_hits/#/M:}
  # Add them too: _files tries other patterns when nothing was added.
  builtin compadd "\$@"
}
# (comppostfuncs is emptied after each completion: set it every time.)
_report() { print '@@' }
_test_complete() { comppostfuncs=(_report); zle complete-word }
zle -N _test_complete
bindkey '^I' _test_complete
cd $work
print READY
INIT

zpty z zsh -f -i
zpty -w z "source $work/init.zsh"
line=""
for i in {1..50}; do
  zpty -r -t z line 2>/dev/null || { sleep 0.1; continue }
  [[ $line == READY* ]] && break
done
[[ $line == READY* ]] || { print "FAIL: the zsh under test did not start"; exit 1 }

fails=0 checks=0
# complete "LINE": its sorted matches, space-separated, in $REPLY.  (Not
# in a subshell: the pty is read by this shell.)
complete_line() {
  local buf="" chunk
  zpty -w -n z "$1"$'\t'
  for i in {1..500}; do
    if zpty -r -t z chunk 2>/dev/null; then
      buf+=$chunk
      [[ $buf == *@@* ]] && break
    else
      sleep 0.01
    fi
  done
  zpty -w -n z $'\C-u'
  local -a hits
  hits=(${(M)${(f)${buf//$'\r'/}}:#M:*})
  REPLY=${(j: :)${(ou)hits#M:}}
}
expect() {
  local want=$1 got
  (( checks++ ))
  complete_line $2
  got=$REPLY
  [[ $got == $want ]] || { print -r "FAIL: '$2<TAB>' gives '$got', expected '$want'"; (( fails++ )) }
}
expect_has() {
  local got w
  (( checks++ ))
  complete_line $2
  got=" $REPLY "
  for w in ${=1}; do
    [[ $got == *" $w "* ]] || { print -r "FAIL: '$2<TAB>' gives '$got', which lacks '$w'"; (( fails++ )); return }
  done
}

b=$brief
expect "summarize" "$b su"
expect "batch cluster daily eval extract idf sentences summarize" "$b "
expect "--format" "$b summarize --fo"
expect "html json markdown plain text" "$b summarize --format "
expect "json text urls" "$b extract --format "
expect "html json markdown plain text" "$b summarize -f "
expect "json" "$b summarize --format=j"
expect "lead textrank" "$b summarize --method "
expect "log raw" "$b summarize --term-frequency "
expect "--language" "$b daily --lang"
expect "english" "$b summarize --language eng"
expect "build merge" "$b idf "
expect "--output" "$b idf build --out"
expect_has "--max-stories --min-articles --title" "$b daily --"
expect_has "article.txt articles" "$b summarize art"
expect "archive articles" "$b eval --refs ar"
zpty -d z
print "test-completion.zsh: $checks checks, $fails failed"
(( fails == 0 ))
