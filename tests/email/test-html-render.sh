#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
# The HTML briefing renders in a real browser and fetches nothing: headless
# Chromium draws `brief daily --format html examples/day` to a PNG, with all
# host names resolving to nothing and a network log, and
# tests/email/check_render.py checks the HTML (self-contained), the PNG (the
# page's size, not blank), the DOM (Chromium loaded this very page) and the
# network log (no request by the page).  A canary page with external
# resources first proves that the two request checks do see requests.
#
#   test-html-render.sh BRIEF REPO_ROOT
#
# Exit status: 0 passed, 1 failed, 77 skipped (no chromium or no python3:
# `sh .ci/install-deps.sh --extra`).
set -u

brief=${1:?usage: test-html-render.sh BRIEF REPO_ROOT}
root=${2:?usage: test-html-render.sh BRIEF REPO_ROOT}
check=$root/tests/email/check_render.py
width=1000 height=1400

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok - $*"; }

chromium=
for c in chromium chromium-browser; do
    command -v "$c" >/dev/null 2>&1 && { chromium=$(command -v "$c"); break; }
done
[ -n "$chromium" ] || skip "chromium is not installed"
py=$(command -v python3) || skip "python3 is not installed"
"$brief" daily --help >/dev/null 2>&1 || fail "$brief has no 'daily' command"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test-html-render.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# render NAME ACTION...: Chromium on file://$tmp/NAME.html, offline, with a
# fresh profile and home, bounded in time; its network log is NAME.netlog.
render() {
    name=$1; shift
    mkdir -p "$tmp/home-$name"
    HOME=$tmp/home-$name XDG_CONFIG_HOME=$tmp/home-$name XDG_CACHE_HOME=$tmp/home-$name \
    timeout -k 5 120 "$chromium" --headless --no-sandbox --disable-gpu \
        --disable-dev-shm-usage --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update \
        --disable-sync --disable-extensions --disable-default-apps \
        --no-proxy-server --host-resolver-rules='MAP * ~NOTFOUND' \
        --user-data-dir="$tmp/profile-$name" --log-net-log="$tmp/$name.netlog" \
        --hide-scrollbars --window-size="$width,$height" \
        "$@" "file://$tmp/$name.html" 2>"$tmp/$name.chromium.log"
}

# The canary: a page that would fetch a style sheet and an image.
cat > "$tmp/canary.html" <<'EOF'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Daily briefing: canary</title>
<link rel="stylesheet" href="http://canary.invalid/style.css"></head>
<body><p>Canary.</p><img src="https://canary.invalid/picture.png" alt=""></body></html>
EOF
render canary --screenshot="$tmp/canary.png" >/dev/null ||
    { tail -5 "$tmp/canary.chromium.log" >&2; fail "chromium failed on the canary page"; }
"$py" "$check" netlog "$tmp/canary.netlog" >/dev/null &&
    fail "the network log check misses the canary page's requests"
"$py" "$check" static "$tmp/canary.html" >/dev/null &&
    fail "the static check misses the canary page's external resources"
ok "the checks see the canary page's requests (http style sheet, https image)"

# The briefing.
"$brief" daily --format html -q -o "$tmp/daily.html" "$root/examples/day" ||
    fail "brief daily --format html failed"
title=$("$py" -c 'import re, sys; print(" ".join(re.search(r"<title>(.*?)</title>", open(sys.argv[1], encoding="utf-8").read(), re.S).group(1).split()))' "$tmp/daily.html") ||
    fail "the HTML briefing has no <title>"
"$py" "$check" static "$tmp/daily.html" || fail "the HTML briefing is not self-contained"
ok "static: no script, no external resource, UTF-8, title '$title'"

render daily --screenshot="$tmp/daily.png" >/dev/null ||
    { tail -5 "$tmp/daily.chromium.log" >&2; fail "chromium failed to render the briefing"; }
[ -s "$tmp/daily.png" ] || fail "chromium wrote no screenshot"
"$py" "$check" png "$tmp/daily.png" "$width" "$height" || fail "the screenshot is not a rendered page"
"$py" "$check" netlog "$tmp/daily.netlog" || fail "the briefing made network requests"
ok "rendered to a ${width}x${height} PNG ($(wc -c < "$tmp/daily.png") bytes) without a network request"

render daily --dump-dom > "$tmp/daily.dom" ||
    { tail -5 "$tmp/daily.chromium.log" >&2; fail "chromium --dump-dom failed"; }
"$py" "$check" dom "$tmp/daily.dom" "$title" || fail "Chromium did not load the briefing"
"$py" "$check" netlog "$tmp/daily.netlog" >/dev/null || fail "the briefing made network requests (DOM run)"
ok "Chromium's DOM of the page has the briefing's title"

if [ -n "${BRIEF_KEEP_SCREENSHOT:-}" ]; then
    cp "$tmp/daily.png" "$BRIEF_KEEP_SCREENSHOT" && echo "screenshot kept in $BRIEF_KEEP_SCREENSHOT"
fi
echo "PASS: HTML briefing renders offline"
