#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Install the Debian 12 packages brief needs to build and test, but only those
# that are missing.  Uses sudo when not run as root.  Safe to run repeatedly.
#
#   .ci/install-deps.sh            build and unit-test dependencies
#   .ci/install-deps.sh --extra    also the tools of the optional end-to-end
#                                  tests (tests/email: msmtp, python3,
#                                  python3-aiosmtpd, chromium), best effort:
#                                  one that cannot be installed is reported
#                                  and its tests are skipped
set -eu

extra=""
case "${1-}" in
    "") ;;
    --extra) extra="msmtp python3 python3-aiosmtpd chromium" ;;
    *) echo "usage: install-deps.sh [--extra]" >&2; exit 2 ;;
esac

packages="cmake gcc make pkg-config libglib2.0-dev libglib2.0-dev-bin libstemmer-dev libjson-glib-dev"

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

echo "install-deps: installing$missing$extra_missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing >&2
fi
for p in $extra_missing; do
    $SUDO apt-get install -y -qq --no-install-recommends "$p" >&2 ||
        echo "install-deps: could not install $p; the tests that need it will be skipped" >&2
done
