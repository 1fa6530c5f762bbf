# SPDX-License-Identifier: BSD-3-Clause
# bash completion for brief(1).
#
# Commands, options and their metavars are read from the program itself
# ('brief --help', 'brief COMMAND --help-all') when completing, so they
# follow the library's table of tunables.  Works with and without the
# bash-completion package (its _filedir is used when present, else
# compgen -f).

# The options of a command as lines "NAME LONG METAVAR" (METAVAR "-" for
# none), from its help; cached per program and command.
declare -gA _brief_option_cache=()
_brief_options() {
    local key="$*"
    if [[ -z ${_brief_option_cache[$key]+set} ]]; then
        local help
        if (($# > 1)); then
            help=$("$@" --help-all 2>/dev/null)
        else
            help=$("$1" --help 2>/dev/null)
        fi
        _brief_option_cache[$key]=$(awk '
            /^ +-/ {
                spec = $0
                sub(/^ +/, "", spec)
                sub(/  .*/, "", spec)
                meta = "-"
                if (spec ~ /=/) { meta = spec; sub(/.*=/, "", meta); sub(/=.*/, "", spec) }
                n = split(spec, names, /, */)
                long = names[n]
                for (i = 1; i <= n; i++) print names[i], long, meta
            }' <<<"$help")
    fi
    printf '%s\n' "${_brief_option_cache[$key]}"
}

# Files (or with -d directories) matching $cur into COMPREPLY.
_brief_files() {
    if declare -F _filedir >/dev/null; then
        _filedir "$@"
    else
        compopt -o filenames 2>/dev/null
        local IFS=$'\n'
        if [[ ${1-} == -d ]]; then
            COMPREPLY+=($(compgen -d -- "$cur"))
        else
            COMPREPLY+=($(compgen -f -- "$cur"))
        fi
    fi
}

# The value of option $1 (its long name) of metavar $2.
_brief_values() {
    local values=""
    case $1 in
    --format)
        if [[ ${words[1]} == extract ]]; then
            values="text json urls"
        else
            values="text markdown json html plain"
        fi
        ;;
    --input-format) values="auto text jsonl html feed" ;;
    --method) values="textrank lead" ;;
    --idf-documents) values="sentences articles" ;;
    --term-frequency) values="log raw" ;;
    --coverage-bigrams) values="words terms" ;;
    --language) values=$("$brief" --list-languages 2>/dev/null) ;;
    *)
        case $2 in
        FILE) _brief_files ;;
        DIR) _brief_files -d ;;
        esac
        return
        ;;
    esac
    COMPREPLY+=($(compgen -W "$values" -- "$cur"))
}

_brief() {
    COMPREPLY=()
    local cword=$COMP_CWORD
    local -a words=("${COMP_WORDS[@]}")
    local cur=${words[cword]} opt="" prefix=""
    local brief=${words[0]}
    [[ $brief == */* && -x $brief ]] || brief=brief

    # An option's value: "--opt value", "--opt=value" (bash splits at '='
    # when COMP_WORDBREAKS has it, as by default), "--opt=va" (when not).
    if [[ $cur == = ]]; then
        opt=${words[cword - 1]} cur=""
    elif ((cword >= 2)) && [[ ${words[cword - 1]} == = ]]; then
        opt=${words[cword - 2]}
    elif [[ $cur == --*=* ]]; then
        opt=${cur%%=*} prefix=${cur%%=*}= cur=${cur#*=}
    elif ((cword >= 1)) && [[ ${words[cword - 1]} == -* ]]; then
        opt=${words[cword - 1]}
    fi

    # brief's own options and its commands.
    if ((cword == 1)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$(_brief_options "$brief" | awk '{ print $1 }')" -- "$cur"))
        else
            local commands
            commands=$("$brief" --help 2>/dev/null |
                awk '/^Commands:/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }')
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi
    local -a cmd=("${words[1]}")
    if [[ ${words[1]} == idf ]]; then
        if ((cword == 2)); then
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "build merge" -- "$cur"))
            fi
            return
        fi
        cmd+=("${words[2]}")
    fi

    local options
    options=$(_brief_options "$brief" "${cmd[@]}")
    if [[ -n $opt ]]; then
        local line
        line=$(awk -v o="$opt" '$1 == o { print $2, $3; exit }' <<<"$options")
        if [[ -n $line && ${line#* } != - ]]; then
            _brief_values "${line% *}" "${line#* }"
            if [[ -n $prefix ]]; then
                local i
                for i in "${!COMPREPLY[@]}"; do COMPREPLY[i]=$prefix${COMPREPLY[i]}; done
            fi
            return
        fi
        [[ -n $prefix || $cur == = || ${words[cword - 1]} == = ]] && return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(awk '{ print $1 }' <<<"$options")" -- "$cur"))
        return
    fi
    _brief_files
}

complete -F _brief brief
