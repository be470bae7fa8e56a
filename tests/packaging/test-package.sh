#!/usr/bin/env bash
# The Debian package and the tarball, made by cpack from the release build (never from the sanitized build
# under test, whose programs would depend on libasan): the control fields (version, section, maintainer,
# description, Depends from shlibdeps plus libsecret-1-0, Recommends), the files, the desktop entry
# (desktop-file-validate) and the AppStream metainfo (appstreamcli validate --no-net), the man pages; then the
# programs from the .deb extracted into a temporary root (packaging/check-installed.sh: --version, --help without
# a display in English and French, aep-emulator answering a token request, the window starting), and the
# tarball's wizard from where it is unpacked.
#   test-package.sh RELEASE_BUILD_DIR VERSION APPSTREAM_ID SOURCE_DIR
# The release build must be there (./test and ./package build it first). This test only brings it up to date
# with the sources (nothing to do after ./test) and fails, saying what to run, when it is missing or not built.
set -uo pipefail
build=$1 version=$2 appstream_id=$3 src=$4
programs=(aep-dataflow-wizard aep-emulator)

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
stop() { echo "FAIL: $*"; exit 1; }

release_hint="build it with ./package, or: cmake --preset release && cmake --build --preset release --target \
aep-dataflow-wizard aep-emulator aep-manpages (./test does this before ctest)"
[ -f "$build/CPackConfig.cmake" ] || stop "no release build in $build (no CPackConfig.cmake): $release_hint"
[ -x "$build/aep-dataflow-wizard" ] && [ -x "$build/emulator/aep-emulator" ] \
    || stop "the release build in $build has no programs (never built): $release_hint"
for tool in cpack dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli curl jq xvfb-run; do
    command -v "$tool" >/dev/null || stop "$tool is not installed (packaging/deps.sh lists it): run packaging/deps.sh"
done
# Programs older than the sources would make a package of something else than what is under test.
if ! update=$(cmake --build "$build" --target aep-dataflow-wizard aep-emulator aep-manpages 2>&1); then
    echo "$update"
    stop "the release build in $build could not be brought up to date (above)"
fi
grep -q "no work to do" <<<"$update" && ok "the release build is up to date" \
    || ok "the release build was brought up to date: $(grep -c 'Building CXX' <<<"$update") files compiled"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. cpack, into a folder of this test's own (the release build's own packages stay as they are).
if ! cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    stop "cpack failed"
fi
arch=$(dpkg --print-architecture)
deb=$work/out/aep-dataflow-wizard_${version}_${arch}.deb
tgz=$(ls "$work"/out/aep-dataflow-wizard-"$version"-*.tar.gz 2>/dev/null | head -1)
[ -f "$deb" ] || { ls -l "$work/out"; stop "no $(basename "$deb") made by cpack"; }
[ -n "$tgz" ] || { ls -l "$work/out"; stop "no aep-dataflow-wizard-$version-*.tar.gz made by cpack"; }
ok "cpack made $(basename "$deb") and $(basename "$tgz")"

# 2. The control fields.
field() { dpkg-deb -f "$deb" "$1"; }
expect_field() # NAME VALUE
{
    local value
    value=$(field "$1")
    [ "$value" = "$2" ] && ok "$1: $value" || fail "$1 is '$value', expected '$2'"
}
expect_field Package aep-dataflow-wizard
expect_field Version "$version"
expect_field Architecture "$arch"
expect_field Section net
expect_field Priority optional
expect_field Recommends "qt6-translations-l10n, gnome-keyring | kwalletmanager"
expect_field Homepage "https://github.com/dataflow-wizard/aep-dataflow-wizard"
maintainer=$(field Maintainer)
[[ "$maintainer" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] && ok "Maintainer: $maintainer" \
    || fail "Maintainer is '$maintainer', expected 'Name <address>'"
description=$(field Description)
summary=$(head -1 <<<"$description")
[ -n "$summary" ] && [ "$(wc -l <<<"$description")" -ge 3 ] && grep -q "Adobe Experience Platform" <<<"$description" \
    && ok "Description: $summary (+$(($(wc -l <<<"$description") - 1)) lines)" \
    || fail "Description should be a summary line and a long English description, is: $description"
depends=$(field Depends)
depends_names=$(sed 's/ ([^)]*)//g; s/, */\n/g' <<<"$depends")
before=$failures
# libsecret-1-0 and libqt6svg6: given by hand (loaded by name at run time); the others can only come from
# dpkg-shlibdeps reading the programs, with the versions it finds.
for pkg in libsecret-1-0 libqt6svg6 libc6 libstdc++6 libqt6core6 libqt6network6 libqt6widgets6 libqt6keychain1 \
    libqt6httpserver6; do
    grep -qxF "$pkg" <<<"$depends_names" || fail "Depends has no $pkg: $depends"
done
grep -qF "libqt6core6 (>= " <<<"$depends" || fail "Depends has no versioned libqt6core6 (shlibdeps not run?): $depends"
grep -q "libasan" <<<"$depends" && fail "Depends names libasan: the package was made from a sanitized build"
[ $failures -eq $before ] && ok "Depends: $depends"

# 3. The files, in the package and in the tarball.
deb_files=$(dpkg-deb -c "$deb" | awk '{print $6}')
expected=(./usr/bin/aep-dataflow-wizard ./usr/bin/aep-emulator ./usr/lib/aep-dataflow-wizard/aep-demo-emulator.so
    ./usr/lib/aep-dataflow-wizard/aep-network.so
    ./usr/share/applications/aep-dataflow-wizard.desktop
    "./usr/share/metainfo/$appstream_id.metainfo.xml" ./usr/share/icons/hicolor/scalable/apps/aep-dataflow-wizard.svg
    ./usr/share/man/man1/aep-dataflow-wizard.1.gz ./usr/share/man/man1/aep-emulator.1.gz
    ./usr/share/doc/aep-dataflow-wizard/copyright)
for f in "${expected[@]}"; do
    grep -qx -- "$f" <<<"$deb_files" || fail "the .deb has no $f"
done
tgz_files=$(tar -tzf "$tgz")
for f in "${expected[@]}"; do
    grep -q -- "^[^/]*/${f#./usr/}$" <<<"$tgz_files" || fail "the tarball has no ${f#./usr/}"
done
ok "files: ${#expected[@]} expected ones in both"

root=$work/root
dpkg-deb -x "$deb" "$root" || stop "dpkg-deb -x failed"
"$(dirname "$0")/test-no-runpath.sh" "$root/usr/bin/aep-dataflow-wizard" "$root/usr/bin/aep-emulator" \
    "$root/usr/lib/aep-dataflow-wizard/aep-demo-emulator.so" "$root/usr/lib/aep-dataflow-wizard/aep-network.so" \
    || fail "a packaged program has a run path"

# 4. Desktop entry, metainfo, icon, man pages.
desktop=$root/usr/share/applications/aep-dataflow-wizard.desktop
if out=$(desktop-file-validate "$desktop" 2>&1) && ! grep -qiE "error|warning" <<<"$out"; then
    ok "desktop-file-validate${out:+: $out}"
else
    fail "desktop-file-validate: $out"
fi
for key in 'Name\[fr\]' 'Comment\[fr\]'; do
    grep -qE "^$key=.+" "$desktop" || fail "the desktop entry has no ${key//\\/}"
done
metainfo=$root/usr/share/metainfo/$appstream_id.metainfo.xml
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then ok "appstreamcli validate --no-net: $out"; else
    fail "appstreamcli validate --no-net: $out"
fi
grep -q "<p xml:lang=\"fr\">" "$metainfo" || fail "the metainfo has no French description"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo's release is not $version"
shots=$(grep -o '<image[^>]*>[^<]*</image>' "$metainfo" | sed 's/<[^>]*>//g')
[ -n "$shots" ] || fail "the metainfo has no screenshot"
for url in $shots; do
    [[ "$url" == https://* ]] || fail "screenshot $url is not https"
    [ -f "$src/docs/${url##*/docs/}" ] || fail "screenshot $url is not a picture of docs/"
done
ok "metainfo: French description, release $version, $(wc -w <<<"$shots") screenshots of docs/"
grep -q "<svg" "$root/usr/share/icons/hicolor/scalable/apps/aep-dataflow-wizard.svg" || fail "the icon is not SVG"
for program in "${programs[@]}"; do
    page=$(gzip -dc "$root/usr/share/man/man1/$program.1.gz")
    grep -qE "^\.TH ${program^^} \"?1\"? " <<<"$page" && grep -q '^\.SH DESCRIPTION' <<<"$page" \
        && grep -q -- '\\-\\-version' <<<"$page" && ok "man page $program.1" \
        || fail "the man page $program.1 is not a help2man page of $program: $(head -5 <<<"$page")"
done
grep -q -- 'apply' <(gzip -dc "$root/usr/share/man/man1/aep-dataflow-wizard.1.gz") \
    || fail "the man page aep-dataflow-wizard.1 does not mention --apply"

# 5. The programs, from the extracted root, as on an installed system.
"$src/packaging/check-installed.sh" "$root" "$version" || fail "packaging/check-installed.sh $root $version"
run() { env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 "$@"; }

# The tarball's programs run from where it is unpacked too.
mkdir -p "$work/tgz" && tar -xzf "$tgz" -C "$work/tgz"
out=$(run "$work"/tgz/*/bin/aep-dataflow-wizard --version 2>&1)
[ "$out" = "aep-dataflow-wizard $version" ] && ok "tarball --version: $out" || fail "tarball --version printed: $out"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "the package is complete"
