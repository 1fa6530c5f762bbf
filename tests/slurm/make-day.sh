#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# A deterministic test day for `brief batch`: CLUSTERS lines of JSON Lines,
# one story cluster a line, made by recombining the bundled example
# articles (examples/day, examples/kerry-moscow): each cluster takes two to
# four articles, each article its paragraphs rotated and perhaps one
# dropped, all chosen by a fixed-seed Park-Miller generator (no awk rand(),
# whose sequence differs between awks).  Line BAD (1-based; 0 = none) is a
# cluster without articles, which `brief batch` answers with an error line.
#
#   make-day.sh REPO_ROOT CLUSTERS BAD > day.jsonl
set -eu
root=${1:?usage: make-day.sh REPO_ROOT CLUSTERS BAD}
clusters=${2:?usage: make-day.sh REPO_ROOT CLUSTERS BAD}
bad=${3:?usage: make-day.sh REPO_ROOT CLUSTERS BAD}

# The glob is sorted by the shell (LC_ALL=C: the same order everywhere).
LC_ALL=C
export LC_ALL
awk -v clusters="$clusters" -v bad="$bad" '
function rnd(n) { seed = (seed * 16807) % 2147483647; return seed % n }
function esc(s) {
    gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s)
    gsub(/\t/, "\\t", s); gsub(/\r/, "\\r", s)
    return s
}
FNR == 1 { if (a) flush(); a++; np[a] = 0; inhead = ($0 ~ /^Title: /); para = "" }
inhead {
    if ($0 == "") { inhead = 0; next }
    k = $0; sub(/:.*/, "", k); v = $0; sub(/^[^:]*: */, "", v)
    head[a, tolower(k)] = v
    next
}
function flush() { if (para != "") { np[a]++; p[a, np[a]] = esc(para); para = "" } }
$0 == "" { flush(); next }
{ para = (para == "") ? $0 : para " " $0 }
END {
    flush()
    n = a; seed = 20041116
    for (c = 1; c <= clusters; c++) {
        if (c == bad) { printf "{\"id\":\"day-%03d\",\"articles\":[]}\n", c; continue }
        k = 2 + rnd(3); first = 1 + rnd(n); step = 1 + rnd(n - 1)
        line = sprintf("{\"id\":\"day-%03d\",\"articles\":[", c)
        for (j = 0; j < k; j++) {
            i = 1 + (first - 1 + j * step) % n
            rot = rnd(np[i]); drop = (np[i] > 2) ? rnd(np[i] + 1) : -1
            text = ""
            for (q = 0; q < np[i]; q++) {
                m = 1 + (rot + q) % np[i]
                if (m == drop) continue
                text = (text == "") ? p[i, m] : text "\\n\\n" p[i, m]
            }
            art = ""
            split("title source date url", f, " ")
            for (x = 1; x <= 4; x++)
                if ((i, f[x]) in head) art = art sprintf("\"%s\":\"%s\",", f[x], esc(head[i, f[x]]))
            line = line (j ? "," : "") "{" art "\"text\":\"" text "\"}"
        }
        print line "]}"
    }
}
' "$root"/examples/day/*.txt "$root"/examples/kerry-moscow/*.txt
