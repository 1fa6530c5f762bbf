#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Install the Debian 12 packages brief needs to build and test, but only those
# that are missing.  Uses sudo when not run as root.  Safe to run repeatedly.
#
#   .ci/install-deps.sh            build and test-suite dependencies (curl
#                                  and python3: the e2e-fetch test, which
#                                  is skipped without them)
#   .ci/install-deps.sh --extra    also the tools of the optional end-to-end
#                                  tests (tests/email: msmtp,
#                                  python3-aiosmtpd, chromium; completion
#                                  tests: zsh, bash-completion; memcheck:
#                                  valgrind; tests/slurm: slurm-wlm,
#                                  munge), best effort: one that
#                                  cannot be installed is reported
#                                  and its tests are skipped
#   .ci/install-deps.sh --slurm    only slurm-wlm and munge (what
#                                  tests/slurm/test-slurm.sh installs
#                                  when they are missing), best effort
#   .ci/install-deps.sh --debian   also what building and checking the
#                                  Debian packages needs (.ci/debian-package),
#                                  best effort
#
# When another apt or dpkg holds the package lock it waits, at most
# BRIEF_APT_LOCK_WAIT seconds (default 600), then fails with a clear message.
set -eu

extra=""
base=yes
case "${1-}" in
    "") ;;
    --extra) extra="msmtp python3-aiosmtpd chromium zsh bash-completion valgrind slurm-wlm munge" ;;
    --slurm) extra="slurm-wlm munge" base=no ;;
    --debian) extra="build-essential dpkg-dev debhelper lintian man-db" ;;
    *) echo "usage: install-deps.sh [--extra | --debian | --slurm]" >&2; exit 2 ;;
esac

packages="cmake gcc make pkg-config libglib2.0-dev libglib2.0-dev-bin libstemmer-dev libjson-glib-dev libxml2-dev help2man groff-base mandoc curl python3"
[ "$base" = yes ] || packages=""

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
extra_missing=""
for p in $extra; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        extra_missing="$extra_missing $p"
    fi
done

[ -z "$missing$extra_missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: missing packages:$missing$extra_missing (run as root or install sudo)" >&2
    exit 1
fi

# Another apt or dpkg (unattended upgrades, a second shell) may hold the
# package lock: wait for it, a bounded time, instead of failing at once.
lock_wait=${BRIEF_APT_LOCK_WAIT:-600}
err=$(mktemp)
trap 'rm -f "$err"' EXIT

apt_get() {
    start=$(date +%s)
    warned=""
    while :; do
        if $SUDO apt-get -o DPkg::Lock::Timeout=30 "$@" 2>"$err"; then
            cat "$err" >&2
            return 0
        fi
        if ! grep -qi 'lock' "$err"; then
            cat "$err" >&2
            return 1
        fi
        if [ $(($(date +%s) - start)) -ge "$lock_wait" ]; then
            cat "$err" >&2
            echo "install-deps: the apt/dpkg lock is still held after ${lock_wait}s (see above); try again when the other package manager is done" >&2
            return 1
        fi
        [ -n "$warned" ] ||
            echo "install-deps: another apt or dpkg process holds the package lock; waiting up to ${lock_wait}s" >&2
        warned=1
        sleep 10
    done
}

echo "install-deps: installing$missing$extra_missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt_get update -qq
if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    apt_get install -y -qq --no-install-recommends $missing >&2
fi
for p in $extra_missing; do
    apt_get install -y -qq --no-install-recommends "$p" >&2 ||
        echo "install-deps: could not install $p; the tests that need it will be skipped" >&2
done
