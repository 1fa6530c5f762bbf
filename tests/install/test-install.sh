#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Install test: `cmake --install` of this build tree into a temporary DESTDIR
# with the prefix /usr/local, then, with LD_LIBRARY_PATH unset:
#  - the installed tree has the binaries, libraries, headers, brief.pc and
#    the CMake package (README "Install");
#  - the installed brief and brief-email-digest run;
#  - examples/consumer builds against that prefix with pkg-config (shared,
#    and static with --static) and with find_package(brief) (brief::brief,
#    brief::brief_static), and each build prints on examples/kerry-moscow
#    exactly what `brief summarize --format plain` prints.
#
# usage: test-install.sh CMAKE BUILD_DIR SOURCE_DIR CC LIBDIR BINDIR INCLUDEDIR
#                        STATIC(0|1) RPATH(0|1) SANITIZE_FLAGS
# With RPATH 0 (-DBRIEF_INSTALL_RPATH=OFF, as distributions build) the
# installed programs are run with LD_LIBRARY_PATH set to the DESTDIR libdir.
# Exit 77 (skipped) when a tool is missing.
set -u
cmake=$1 build=$2 src=$3 cc=$4 libdir=$5 bindir=$6 incdir=$7 static=$8 rpath=$9 san=${10-}

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }
ok() { echo "ok - $*"; }

for tool in "$cmake" "$cc" pkg-config readelf ldd cmp; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool not found"
done
case $libdir$bindir$incdir in
    /*) skip "absolute CMAKE_INSTALL_*DIR: the tree cannot be moved to a DESTDIR" ;;
esac
unset LD_LIBRARY_PATH PKG_CONFIG_SYSROOT_DIR PKG_CONFIG_LIBDIR CMAKE_PREFIX_PATH

tmp=$(mktemp -d) || fail "mktemp"
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest
prefix=$dest/usr/local
lib=$prefix/$libdir
example=$src/examples/kerry-moscow

DESTDIR=$dest "$cmake" --install "$build" --prefix /usr/local >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log" >&2; fail "cmake --install"; }

# The tree.
for f in "$bindir/brief" "$bindir/brief-email-digest" "$bindir/brief-fetch-feeds"; do
    [ -f "$prefix/$f" ] && [ -x "$prefix/$f" ] || fail "$f missing or not executable"
done
for f in "$libdir/libbrief.so.0" "$libdir/libbrief.so" "$incdir/brief/brief.h" \
    "$incdir/brief/brief-rouge.h" "$libdir/pkgconfig/brief.pc" \
    "$libdir/cmake/brief/briefConfig.cmake" "$libdir/cmake/brief/briefConfigVersion.cmake" \
    "$libdir/cmake/brief/briefTargets.cmake"; do
    [ -f "$prefix/$f" ] || fail "$f not installed"
done
if [ "$static" = 1 ]; then
    for f in "$libdir/libbrief.a" "$libdir/cmake/brief/briefStaticTargets.cmake"; do
        [ -f "$prefix/$f" ] || fail "$f not installed (BRIEF_STATIC is ON)"
    done
fi
[ -L "$lib/libbrief.so" ] && [ -L "$lib/libbrief.so.0" ] || fail "libbrief.so and .so.0 are not symlinks"
readelf -d "$lib/libbrief.so.0" | grep -q 'SONAME.*\[libbrief\.so\.0\]' || fail "soname is not libbrief.so.0"
grep -qx 'prefix=/usr/local' "$lib/pkgconfig/brief.pc" || fail "brief.pc does not say prefix=/usr/local"
ok "installed tree ($(find "$dest" -type f | wc -l) files)"

# loads_ours EXE: EXE loads the installed libbrief.so.0, no other.
loads_ours() {
    so=$(ldd "$1" | sed -n 's/^[[:space:]]*libbrief\.so\.0 => \(.*\) (0x.*/\1/p')
    [ -n "$so" ] && [ "$(readlink -f "$so")" = "$(readlink -f "$lib/libbrief.so.0")" ] ||
        fail "$1 does not load $lib/libbrief.so.0: $(ldd "$1" | grep libbrief)"
}

# The installed programs, found through their RPATH.
if [ "$rpath" = 0 ]; then
    export LD_LIBRARY_PATH="$lib"
    echo "# BRIEF_INSTALL_RPATH is OFF: LD_LIBRARY_PATH=$lib"
else
    readelf -d "$prefix/$bindir/brief" | grep -q "R[UN]*PATH.*\[\\\$ORIGIN/\.\./$libdir\]" ||
        fail "installed brief has no RPATH \$ORIGIN/../$libdir: $(readelf -d "$prefix/$bindir/brief" | grep PATH)"
fi
loads_ours "$prefix/$bindir/brief"
"$prefix/$bindir/brief" --version >"$tmp/version" 2>&1 || fail "installed brief --version: $(cat "$tmp/version")"
grep -q '^brief [0-9]' "$tmp/version" || fail "brief --version says: $(head -n 1 "$tmp/version")"
"$prefix/$bindir/brief" summarize --format plain "$example" >"$tmp/expected" || fail "installed brief summarize"
[ -s "$tmp/expected" ] || fail "installed brief summarize printed nothing"
"$build/brief" summarize --format plain "$example" | cmp -s - "$tmp/expected" ||
    fail "installed and built brief differ"
ok "installed brief runs${LD_LIBRARY_PATH:+ (LD_LIBRARY_PATH set)}: $(head -n 1 "$tmp/version")"

# brief-email-digest finds the brief installed beside it, not one on PATH.
PATH=/usr/bin:/bin "$prefix/$bindir/brief-email-digest" --dry-run --to reader@example.org \
    "$src/examples/day" >"$tmp/mail" 2>"$tmp/mail.err" ||
    fail "brief-email-digest --dry-run: $(cat "$tmp/mail.err")"
grep -q '^Subject: Daily briefing: ' "$tmp/mail" || fail "brief-email-digest: no Subject line"
"$prefix/$bindir/brief-email-digest" --help | grep -q '^brief-email-digest - ' ||
    fail "brief-email-digest --help does not name itself"
ok "brief-email-digest --dry-run and --help"
"$prefix/$bindir/brief-fetch-feeds" --help | grep -q '^brief-fetch-feeds - ' ||
    fail "brief-fetch-feeds --help does not name itself"
ok "brief-fetch-feeds --help"

# run NAME LINKAGE: the consumer prints brief's plain briefing; LINKAGE is
# "shared" (libbrief.so.0 from the DESTDIR) or "static" (no libbrief.so).
run() {
    exe=$1
    "$exe" "$example" >"$tmp/out" 2>"$tmp/err" || fail "$exe: $(cat "$tmp/err")"
    cmp -s "$tmp/out" "$tmp/expected" || { diff "$tmp/expected" "$tmp/out" >&2; fail "$exe: output differs"; }
    if [ "$2" = shared ]; then
        loads_ours "$exe"
    elif readelf -d "$exe" | grep -q 'NEEDED.*libbrief'; then
        fail "$exe needs libbrief.so though linked statically"
    fi
}

# pkg-config.  The .pc names the real prefix (/usr/local); a copy pointed
# at the DESTDIR stands in for it (PKG_CONFIG_SYSROOT_DIR and --define-prefix
# would move glib's paths too).
mkdir "$tmp/pc"
sed "s|^prefix=.*|prefix=$prefix|" "$lib/pkgconfig/brief.pc" >"$tmp/pc/brief.pc"
export PKG_CONFIG_PATH="$tmp/pc"
cflags=$(pkg-config --cflags brief) && libs=$(pkg-config --libs brief) || fail "pkg-config brief"
case " $cflags " in *" -I$prefix/$incdir "*) ;; *) fail "pkg-config --cflags: $cflags" ;; esac
# shellcheck disable=SC2086
"$cc" $san -Wall -Wextra -Wstrict-prototypes -Werror -o "$tmp/consumer-pc" \
    "$src/examples/consumer/consumer.c" $cflags $libs -Wl,-rpath,"$lib" ||
    fail "cc consumer.c \$(pkg-config --cflags --libs brief)"
run "$tmp/consumer-pc" shared
ok "consumer built with pkg-config: $cflags $libs"

if [ "$static" = 1 ]; then
    # --static adds Libs.private and Requires.private; -l:libbrief.a makes
    # the linker take the archive that sits beside libbrief.so.
    static_libs=""
    for word in $(pkg-config --static --libs brief); do
        [ "$word" = -lbrief ] && word=-l:libbrief.a
        static_libs="$static_libs $word"
    done
    # shellcheck disable=SC2086
    "$cc" $san -o "$tmp/consumer-pc-static" "$src/examples/consumer/consumer.c" $cflags $static_libs ||
        fail "cc consumer.c \$(pkg-config --static --libs brief)"
    run "$tmp/consumer-pc-static" static
    ok "consumer linked statically with pkg-config --static"
fi

# CMake: find_package(brief) through CMAKE_PREFIX_PATH.
cmake_consumer() {  # BUILD_DIR [-DCONSUMER_STATIC=ON]
    dir=$1
    shift
    "$cmake" -S "$src/examples/consumer" -B "$dir" -DCMAKE_PREFIX_PATH="$prefix" \
        -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="$san" -DCMAKE_EXE_LINKER_FLAGS="$san" \
        "$@" >"$dir.log" 2>&1 && "$cmake" --build "$dir" >>"$dir.log" 2>&1 ||
        { cat "$dir.log" >&2; fail "cmake consumer $*"; }
    grep -qx "brief_DIR:PATH=$lib/cmake/brief" "$dir/CMakeCache.txt" ||
        fail "find_package(brief) found $(grep '^brief_DIR' "$dir/CMakeCache.txt")"
}
cmake_consumer "$tmp/cmake"
run "$tmp/cmake/consumer" shared
ok "consumer built with find_package(brief) and brief::brief"
if [ "$static" = 1 ]; then
    cmake_consumer "$tmp/cmake-static" -DCONSUMER_STATIC=ON
    run "$tmp/cmake-static/consumer" static
    ok "consumer built with find_package(brief COMPONENTS static) and brief::brief_static"
fi
