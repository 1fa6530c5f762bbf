#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
# End-to-end test of the Slurm recipe of docs/scale.md on a private one-node
# cluster: munged, slurmctld and slurmd started by this script on 127.0.0.1,
# everything (configuration, key, sockets, state, spool, logs, the day and
# the outputs) in one temporary directory, the daemons stopped on any exit.
#
#  1. A deterministic day (make-day.sh: CLUSTERS JSON lines, one of them a
#     cluster without articles) is split into SHARDS shards with
#     `split -n l/SHARDS -d -a 3` (whole lines, order kept).
#  2. A job array counts each shard into an IDF model (`brief idf build`), a
#     dependent job adds them up (`brief idf merge`), and a dependent job
#     array runs `brief batch --idf merged.idf` on each shard; the last is
#     submitted with `sbatch --wait`.
#  3. The shards' outputs, joined in order, must be byte-identical to one
#     `brief batch` over the whole day, and the merged model to one
#     `brief idf build` over the whole day; the output has one line per
#     input line and the error line of the bad cluster in its place.
#
#   test-slurm.sh BRIEF REPO_ROOT
#
# Environment: BRIEF_SLURM_SHARDS (4), BRIEF_SLURM_CLUSTERS (48),
# BRIEF_SLURM_BAD (the line of the cluster without articles, 1-based, default
# CLUSTERS / 3 + 1; 0 = none), BRIEF_SLURM_INSTALL=0 to never install
# packages, BRIEF_SLURM_KEEP=1 to keep the temporary directory.
#
# When slurmctld, slurmd, sbatch or munged is missing and the script runs as
# root with apt-get, it installs slurm-wlm and munge (.ci/install-deps.sh
# --slurm).  Exit status: 0 passed, 1 failed, 77 skipped (not root, Slurm or
# munge not installable, or the daemons do not come up; the reason is
# printed).
set -euo pipefail

usage="usage: test-slurm.sh BRIEF REPO_ROOT"
brief=${1:?$usage}
root=${2:?$usage}
shards=${BRIEF_SLURM_SHARDS:-4}
clusters=${BRIEF_SLURM_CLUSTERS:-48}
bad=${BRIEF_SLURM_BAD:-$((clusters / 3 + 1))}
export PATH="$PATH:/usr/sbin:/sbin"
export LC_ALL=C

tmp=
waiter=    # sbatch --wait, while it runs
pids=()    # the daemons this script started, in start order
names=()

say() { echo "# $*"; }
ok() { echo "ok - $*"; }
logs() {
    [ -n "$tmp" ] || return 0
    local f
    for f in "$tmp"/log/*; do
        [ -s "$f" ] || continue
        echo "--- last lines of ${f#"$tmp"/}" >&2
        tail -n 15 "$f" >&2
    done
}
skip() { echo "SKIP: $*"; exit 77; }
skip_logs() { logs; skip "$@"; }
fail() { echo "FAIL: $*" >&2; logs; exit 1; }

stop_daemons() {
    local i pid
    if [ -n "$waiter" ]; then
        kill -TERM "$waiter" 2>/dev/null || true
        wait "$waiter" 2>/dev/null || true
    fi
    # Jobs still queued or running (an interrupted run) are cancelled first;
    # every job of this private controller is ours.
    if [ ${#pids[@]} -ge 3 ] && kill -0 "${pids[1]}" 2>/dev/null; then
        scancel --quiet --full --user=root >/dev/null 2>&1 || true
    fi
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        pid=${pids[i]}
        kill -0 "$pid" 2>/dev/null || continue
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "# ${names[i]} (pid $pid) did not stop on TERM; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
        wait "$pid" 2>/dev/null || true
    done
    pids=()
    names=()
}
cleanup() {
    local rc=$?
    stop_daemons
    if [ -n "$tmp" ]; then
        if [ "${BRIEF_SLURM_KEEP:-0}" = 1 ]; then
            echo "# kept $tmp" >&2
        else
            rm -rf "$tmp"
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# --- what is needed -------------------------------------------------------
case $brief in /*) ;; *) brief=$PWD/$brief ;; esac
[ -x "$brief" ] || fail "$brief is not an executable"
"$brief" batch --help >/dev/null 2>&1 || skip "$brief has no 'batch' command"
[ "$(uname -s)" = Linux ] || skip "Slurm recipe tested on Linux only"
[ "$(id -u)" -eq 0 ] || skip "slurmd must run as root to run jobs (run the test as root)"

tools="munged munge slurmctld slurmd sbatch sinfo squeue scancel"
missing_tools() {
    local t m=""
    for t in $tools; do command -v "$t" >/dev/null 2>&1 || m="$m $t"; done
    echo "$m"
}
missing=$(missing_tools)
if [ -n "$missing" ]; then
    [ "${BRIEF_SLURM_INSTALL:-1}" != 0 ] || skip "not installed:$missing (BRIEF_SLURM_INSTALL=0)"
    command -v apt-get >/dev/null 2>&1 || skip "not installed:$missing, and no apt-get to install slurm-wlm and munge"
    say "installing slurm-wlm and munge (missing:$missing)"
    ilog=$(mktemp)
    BRIEF_APT_LOCK_WAIT=${BRIEF_APT_LOCK_WAIT:-120} sh "$root/.ci/install-deps.sh" --slurm >"$ilog" 2>&1 || true
    missing=$(missing_tools)
    if [ -n "$missing" ]; then
        sed 's/^/  apt: /' "$ilog" | tail -n 5
        rm -f "$ilog"
        skip "slurm-wlm and munge could not be installed (still missing:$missing)"
    fi
    rm -f "$ilog"
fi
for t in split cmp timeout; do
    command -v "$t" >/dev/null 2>&1 || skip "$t not found"
done

# --- the private cluster --------------------------------------------------
# The directory must be searchable by all: munged refuses a socket whose
# directory path others cannot traverse.  The key sits in a 0700 directory.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/test-slurm.XXXXXX")
chmod 755 "$tmp"
mkdir -m 700 "$tmp/key"
mkdir -m 755 "$tmp/run" "$tmp/log" "$tmp/state" "$tmp/spool" "$tmp/work"
dd if=/dev/urandom of="$tmp/key/munge.key" bs=128 count=1 status=none
chmod 400 "$tmp/key/munge.key"

# Two free TCP ports on 127.0.0.1 (nothing answers a connect).
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() {
    local p
    for _ in $(seq 50); do
        p=$((20000 + RANDOM % 40000))
        [ "$p" != "${1-}" ] && port_free "$p" && port_free $((p + 1)) && { echo "$p"; return 0; }
    done
    return 1
}
ctld_port=$(pick_port) || skip "no free TCP port on 127.0.0.1"
slurmd_port=$(pick_port "$ctld_port") || skip "no free TCP port on 127.0.0.1"
cpus=$(nproc)

# No cgroups, no accounting, no MPI: plugins that work in a container.
# MinJobAge (how long a finished job stays known) bounds the polling interval
# of sbatch --wait: with the default 300 s it sleeps up to 32 s between
# polls, with 10 s at most 8 s (the whole recipe: 42 s -> 18 s here).
cat >"$tmp/slurm.conf" <<EOF
ClusterName=brieftest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$tmp/run/munge.sock
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/run/slurmctld.pid
SlurmdPidFile=$tmp/run/slurmd.pid
SlurmctldLogFile=$tmp/log/slurmctld.log
SlurmdLogFile=$tmp/log/slurmd.log
PlugStackConfig=$tmp/plugstack.conf
ProctrackType=proctrack/pgid
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
SwitchType=switch/none
ReturnToService=2
MinJobAge=10
MailProg=/bin/true
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=1000 State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=30 State=UP
EOF
: >"$tmp/plugstack.conf"
export SLURM_CONF=$tmp/slurm.conf

# start NAME COMMAND...: a daemon in the foreground, as a child of this
# script, so that exactly it is stopped at the end.  `timeout` (which passes
# TERM on to it) ends it even if this script is killed before its trap runs,
# as CTest does on a timeout.
start() {
    local name=$1
    shift
    timeout --kill-after=10 600 "$@" >"$tmp/log/$name.out" 2>&1 &
    pids+=($!)
    names+=("$name")
}
# wait_for SECONDS WHAT COMMAND...: poll COMMAND until it succeeds.
wait_for() {
    local secs=$1 what=$2 i
    shift 2
    for ((i = 0; i < secs * 5; i++)); do
        "$@" >/dev/null 2>&1 && return 0
        for j in "${!pids[@]}"; do
            kill -0 "${pids[j]}" 2>/dev/null || skip_logs "${names[j]} exited while waiting for $what"
        done
        sleep 0.2
    done
    skip_logs "$what: not ready within ${secs}s"
}
node_idle() { [ "$(sinfo -h -N -n localhost -o %t 2>/dev/null)" = idle ]; }

t0=$(now)
start munged munged --foreground --socket="$tmp/run/munge.sock" \
    --key-file="$tmp/key/munge.key" --pid-file="$tmp/run/munged.pid" \
    --seed-file="$tmp/key/munged.seed" --log-file="$tmp/log/munged.log"
wait_for 20 "munged" munge --socket="$tmp/run/munge.sock" --no-input
start slurmctld slurmctld -D -f "$SLURM_CONF"
start slurmd slurmd -D -f "$SLURM_CONF" -N localhost
wait_for 60 "node localhost idle in sinfo" node_idle
ok "munged, slurmctld and slurmd up on 127.0.0.1:$ctld_port/$slurmd_port, $cpus CPUs ($(since "$t0")s; $(slurmctld -V))"

# --- the day and the recipe -----------------------------------------------
work=$tmp/work
cd "$work"
sh "$root/tests/slurm/make-day.sh" "$root" "$clusters" "$bad" >day.jsonl
lines=$(wc -l <day.jsonl)
[ "$lines" -eq "$clusters" ] || fail "make-day.sh wrote $lines lines, not $clusters"

# The job scripts of docs/scale.md; BRIEF reaches the jobs through sbatch's
# default --export=ALL.
cat >idf-build.sbatch <<'EOF'
#!/bin/sh
#SBATCH --job-name=brief-idf
#SBATCH --cpus-per-task=1
#SBATCH --output=log/%x-%A_%a.out
# Exit 7: the model is written; malformed lines were left out (warnings).
i=$(printf %03d "$SLURM_ARRAY_TASK_ID")
rc=0
"${BRIEF:-brief}" idf build --batch -o "idf.$i" "shard.$i" || rc=$?
[ "$rc" -eq 7 ] && rc=0
exit "$rc"
EOF
cat >idf-merge.sbatch <<'EOF'
#!/bin/sh
#SBATCH --job-name=brief-idf-merge
#SBATCH --output=log/%x-%j.out
exec "${BRIEF:-brief}" idf merge -o merged.idf idf.[0-9][0-9][0-9]
EOF
cat >batch.sbatch <<'EOF'
#!/bin/sh
#SBATCH --job-name=brief-batch
#SBATCH --cpus-per-task=1
#SBATCH --output=log/%x-%A_%a.out
# Exit 7: the output is complete, but some clusters are error lines.
i=$(printf %03d "$SLURM_ARRAY_TASK_ID")
rc=0
"${BRIEF:-brief}" batch --threads "${SLURM_CPUS_PER_TASK:-1}" --idf merged.idf \
    -o "out.$i" "shard.$i" || rc=$?
if [ "$rc" -eq 7 ]; then
    echo "shard.$i: some clusters failed; their error lines are in out.$i" >&2
    rc=0
fi
exit "$rc"
EOF
mkdir log
export BRIEF=$brief

t1=$(now)
split -n "l/$shards" -d -a 3 day.jsonl shard.
last=$((shards - 1))
idf_job=$(sbatch --parsable --array="0-$last" idf-build.sbatch) || fail "sbatch idf-build.sbatch"
merge_job=$(sbatch --parsable --dependency="afterok:$idf_job" --kill-on-invalid-dep=yes \
    idf-merge.sbatch) || fail "sbatch idf-merge.sbatch"
# In the background, so that a signal to this script is acted on at once.
rc=0
timeout 300 sbatch --wait --parsable --dependency="afterok:$merge_job" --kill-on-invalid-dep=yes \
    --array="0-$last" batch.sbatch >batch.jobid &
waiter=$!
wait "$waiter" || rc=$?
waiter=
# sbatch --wait exits 0 when the array was cancelled because a dependency
# failed, so every shard's output must also be there (-o writes it at the
# end, atomically).
lost=""
for ((i = 0; i < shards; i++)); do
    [ -f "$(printf out.%03d "$i")" ] || lost="$lost $i"
done
if [ "$rc" -ne 0 ] || [ -n "$lost" ]; then
    for f in log/*; do echo "--- job output $f" >&2; cat "$f" >&2; done
    [ -f merged.idf ] || echo "--- no merged.idf: the IDF array or the merge job failed" >&2
    fail "sbatch --wait batch.sbatch exited $rc${lost:+; no output from shard(s)$lost}"
fi
cat out.[0-9][0-9][0-9] >joined.out
slurm_time=$(since "$t1")
ok "$shards shards: idf array $idf_job, merge job $merge_job, batch array $(cat batch.jobid) (${slurm_time}s from split to join)"

# --- the same day in one process --------------------------------------------
# In a directory of its own, with the model under the same name: a
# briefing's JSON echoes the --idf path as it was given.
mkdir single
t2=$(now)
# Exit 7 with a bad line in the day: it is left out, the model written.
rc=0
"$brief" idf build --batch -o single/merged.idf day.jsonl 2>single/idf.err || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 7 ] || fail "brief idf build over the whole day exited $rc"
rc=0
(cd single && "$brief" batch --idf merged.idf -o ../whole.out ../day.jsonl) 2>batch.err || rc=$?
want=7
[ "$bad" -ge 1 ] && [ "$bad" -le "$clusters" ] || want=0
[ "$rc" -eq "$want" ] || fail "brief batch over the whole day exited $rc, not $want: $(cat batch.err)"
single_time=$(since "$t2")

cmp merged.idf single/merged.idf || fail "merged IDF model differs from the one built over the whole day"
ok "merged IDF model = one built over the whole day ($(wc -l <merged.idf) lines, $(wc -c <merged.idf) bytes)"
if ! cmp joined.out whole.out; then
    # The first lines that differ, shortened around the first differing byte.
    awk 'NR == FNR { w[FNR] = $0; next }
         $0 != w[FNR] && shown++ < 3 {
             for (i = 1; substr($0, i, 1) == substr(w[FNR], i, 1); i++) ;
             from = i > 60 ? i - 60 : 1
             printf "line %d, byte %d:\n  whole:  ...%s\n  joined: ...%s\n", FNR, i,
                 substr(w[FNR], from, 160), substr($0, from, 160)
         }' whole.out joined.out >&2
    fail "joined shard outputs differ from one brief batch over the whole day"
fi
out_lines=$(wc -l <whole.out)
[ "$out_lines" -eq "$lines" ] || fail "$out_lines output lines for $lines input lines"
awk -v bad="$bad" '
    (NR == bad) != ($0 ~ /^\{"id":"day-[0-9]+","error":/) { exit 1 }
    NR != bad && $0 !~ /^\{"id":"day-[0-9]+","briefing":/ { exit 1 }' whole.out ||
    fail "output line $bad is not the only error line, or a line is neither briefing nor error"
ok "joined output = one brief batch over the whole day: $lines lines, $(wc -c <whole.out) bytes, $([ "$want" = 7 ] && echo "error line at $bad" || echo "no error line") (single run ${single_time}s)"
