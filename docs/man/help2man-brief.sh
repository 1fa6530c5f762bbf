#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Make the manual page of brief, of one of its commands, or of a script
# with GNU-style --help (brief-email-digest), with help2man from the
# program's own --help-all and --version.  The options, their defaults and
# their ranges come from the library's table of tunables through
# --help-all; nothing here or in the *.h2m files repeats them.
#
#   help2man-brief.sh HELP2MAN BRIEF INCLUDE OUTPUT [COMMAND]
#   help2man-brief.sh HELP2MAN BRIEF INCLUDE OUTPUT --script SCRIPT NAME
#
# help2man expects GNU help ("Usage: prog ..." on one line, "Options:");
# GLib prints "Usage:" on a line of its own, then groups ("Help Options:",
# "Summarizer tuning ...:", "Application Options:").  So help2man runs this
# script again as the program (--h2m-help, --h2m-version) and the script
# reshapes the help: usage line, description, "Options:" (the application
# options, then each other group as a subsection, the help options last),
# "Exit status" as a section of its own.  A command with subcommands
# ("idf") gets one page: every subcommand's usage, description and options.
# Then a few touches help2man cannot do: "brief summarize" in bold in the
# synopsis, no colon after subsection titles, an ISO date (mandoc).
set -eu

# GLib translates its headings; help2man reads the English ones.
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LANG LC_MESSAGES

# GLib help text on stdin -> its parts, each after a line "@@usage",
# "@@summary", "@@desc", "@@app", "@@groups", "@@help".  The usage line of
# GLib is "  brief CMD [OPTION…] ARGS - summary".
glib_parts() {
    awk '
        BEGIN { RS = ""; FS = "\n" }
        $1 == "Usage:" {
            line = $2
            sub(/^ +/, "", line)
            summary = line
            sub(/ - .*/, "", line)
            gsub(/…/, "...", line)
            usage = line
            sub(/^.* - /, "", summary)
            next
        }
        NF > 1 && $1 ~ /:$/ && $2 ~ /^  +-/ {
            body = $2
            for (i = 3; i <= NF; i++) body = body "\n" $i
            if ($1 == "Help Options:") help = body
            else if ($1 == "Application Options:") app = body
            else groups = groups "\n\n" $1 "\n" body
            next
        }
        { desc = desc (desc == "" ? "" : "\n\n") $0 }
        END {
            print "@@usage"; print usage
            print "@@summary"; print summary
            print "@@desc"; if (desc != "") print desc
            print "@@app"; if (app != "") print app
            print "@@groups"; if (groups != "") print substr(groups, 3)
            print "@@help"; if (help != "") print help
        }'
}

# One part of glib_parts' output on stdin.
part() {
    awk -v want="@@$1" '/^@@/ { on = ($0 == want); next } on'
}

# The subcommands listed under "Commands:" in a GNU-style help on stdin.
subcommands() {
    awk '/^Commands:/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }'
}

# "Exit status:" and its lines -> "*Exit status*" (a help2man section) and
# one "  CODE  meaning" line per code, whether the codes come one per line
# ("  0  sent") or run on in one sentence ("0 success, 1 internal error").
exit_section() {
    awk '
        /^Exit status:/ { on = 1; sub(/^Exit status: */, ""); if ($0 == "") next }
        on && /^$/ { on = 0 }
        on { text = text " " $0; next }
        { print }
        END {
            if (text == "") exit
            print ""
            print "*Exit status*"
            gsub(/^ +/, "", text)
            while (match(text, /^[0-9]+ +/)) {
                code = substr(text, 1, RLENGTH)
                sub(/ +$/, "", code)
                text = substr(text, RLENGTH + 1)
                if (match(text, /(,| ) *[0-9]+ +[a-z]/)) {
                    meaning = substr(text, 1, RSTART - 1)
                    text = substr(text, RSTART + 1)
                    sub(/^ +/, "", text)
                } else {
                    meaning = text
                    text = ""
                }
                sub(/[ .,]+$/, "", meaning)
                printf "  %-4s%s\n", code, meaning
            }
        }'
}

h2m_help() {
    brief=$1
    shift
    if [ $# -eq 0 ]; then
        # brief's own help is GNU-style already; its second line is the NAME.
        "$brief" --help | sed 2d | exit_section
        return
    fi
    if [ "$1" = --script ]; then
        # A script whose --help is its header comment: "NAME - summary",
        # "Usage:" and indented forms, paragraphs, "Options:", "Exit
        # status:".  The description goes before the options.
        "$2" --help | sed -e '/^SPDX-License-Identifier/d' -e "s/${2##*/}/$3/g" | awk '
            BEGIN { RS = ""; FS = "\n" }
            NR == 1 && NF == 1 && / - / { next }
            $1 == "Usage:" {
                for (i = 2; i <= NF; i++) {
                    line = $i
                    sub(/^ +/, "", line)
                    usage = usage (i == 2 ? "Usage: " : "\n  or:  ") line
                }
                next
            }
            $1 ~ /^(Options|Exit status):$/ { tail = tail "\n" $0 "\n"; next }
            { desc = desc $0 "\n\n" }
            END { printf "%s\n\n%s%s", usage, desc, tail }' | exit_section
        return
    fi
    if "$brief" "$@" --help | grep -q '^Commands:'; then
        subs=$("$brief" "$@" --help | subcommands)
    else
        subs=""
    fi
    if [ -z "$subs" ]; then
        parts=$("$brief" "$@" --help-all | glib_parts)
        echo "Usage: $(echo "$parts" | part usage)"
        echo
        desc=$(echo "$parts" | part desc)
        [ -z "$desc" ] || printf '%s\n\n' "$desc"
        echo "Options:"
        echo "$parts" | part app
        groups=$(echo "$parts" | part groups)
        [ -z "$groups" ] || printf '\n%s\n' "$groups"
        printf '\nHelp options:\n'
        echo "$parts" | part help
        return
    fi
    # One page for all subcommands.
    or="Usage:"
    for s in $subs; do
        echo "$or $("$brief" "$@" "$s" --help-all | glib_parts | part usage)"
        or="  or: "
    done
    echo
    for s in $subs; do
        parts=$("$brief" "$@" "$s" --help-all | glib_parts)
        echo "$s: $(echo "$parts" | part summary)."
        echo "$parts" | part desc
        echo
    done
    echo "Options:"
    first=1
    for s in $subs; do
        [ $first -eq 1 ] || echo
        first=0
        parts=$("$brief" "$@" "$s" --help-all | glib_parts)
        echo "brief $* $s:"
        echo "$parts" | part app
        echo "$parts" | part help
    done
}

case "${1-}" in
--h2m-help)
    shift
    h2m_help "$@"
    exit 0
    ;;
--h2m-version)
    # "brief-summarize (brief) 0.1.0": help2man's program (the page's
    # title) and package.  help2man runs the lines after the first into one
    # paragraph; a blank line after each sentence keeps them apart.
    brief=$2
    shift 2
    case ${1-} in
    "") name=brief ;;
    --script) name="$3 (brief)" ;;
    *) name="brief-$(echo "$*" | tr ' ' '-') (brief)" ;;
    esac
    "$brief" --version | awk -v name="$name" '
        NR == 1 { sub(/^brief /, name " ") }
        NR > 2 && last ~ /\.$/ { print "" }
        { print; last = $0 }'
    exit 0
    ;;
esac

if [ $# -lt 4 ]; then
    echo "usage: help2man-brief.sh HELP2MAN BRIEF INCLUDE OUTPUT [COMMAND | --script SCRIPT NAME]" >&2
    exit 2
fi
help2man=$1 brief=$2 include=$3 output=$4
shift 4
self=$0
case $self in /*) ;; *) self=$PWD/$self ;; esac

# The NAME line: brief's own summary, the command's line in 'brief --help',
# or the "NAME - summary" line of a script's help.
case ${1-} in
"") name=$("$brief" --help | sed -n '2{s/\.$//;p}' | awk '{ print tolower(substr($0, 1, 1)) substr($0, 2) }') ;;
--script) name=$("$2" --help | sed -n '/ - /{s/^[^ ]* - //;s/\.$//;p;q}') ;;
*) name=$("$brief" --help | awk -v c="$1" '
       /^Commands:/ { on = 1; next }
       on && $1 == c { $1 = ""; sub(/^ +/, ""); print; exit }') ;;
esac
if [ -z "$name" ]; then
    echo "help2man-brief.sh: no summary of '${*:-brief}' found in --help" >&2
    exit 1
fi

# SOURCE_DATE_EPOCH (reproducible builds) sets the date, as help2man does.
if [ -n "${SOURCE_DATE_EPOCH-}" ]; then
    date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
else
    date=$(date -u +%Y-%m-%d)
fi

"$help2man" --no-info --section=1 --name="$name" --include="$include" \
    --help-option="--h2m-help $brief $*" --version-option="--h2m-version $brief $*" \
    --output="$output.tmp" "$self"

# .B brief / \fI\,summarize \/\fR[...] -> .B "brief summarize" / [...];
# .SS "Help options:" -> .SS "Help options"; the commands of brief(1) in
# bold; no .br right after .PP (help2man's before "This is free software");
# the date as YYYY-MM-DD.
awk -v date="$date" '
    NR == 1 || /^\.TH / { if (/^\.TH /) sub(/"1" "[^"]*"/, "\"1\" \"" date "\"") }
    /^\.SS ".*:"$/ { sub(/:"$/, "\"") }
    /^\.SS / { commands = ($0 == ".SS \"Commands\"") }
    /^\.SH / { commands = 0 }
    synopsis_b {
        synopsis_b = 0
        if (match($0, /^\\fI\\,[a-z][a-z ]*\\\/\\fR/)) {
            words = substr($0, 6, RLENGTH - 11)
            sub(/ +$/, "", words)
            print ".B \"brief " words "\""
            rest = substr($0, RLENGTH + 1)
            if (rest != "") print rest
            next
        }
        print ".B brief"
    }
    /^\.B brief$/ { synopsis_b = 1; next }
    tag { tag = 0; if (commands) $0 = "\\fB" $0 "\\fR" }
    /^\.TP$/ { tag = 1 }
    $0 == ".br" && last == ".PP" { next }
    { print; last = $0 }' "$output.tmp" >"$output.tmp2"
rm -f "$output.tmp"
mv "$output.tmp2" "$output"
