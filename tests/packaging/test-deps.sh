#!/usr/bin/env bash
# Tests packaging/deps.sh against stubbed dpkg-query, apt-get, id and sudo on a PATH that holds nothing else
# of the system's package tools: nothing installed, some installed, all installed, apt-get update or install
# failing, not root without sudo, not root with sudo, and sourced by a `set -euo pipefail` script the way
# ./test and ./run do it. Prints one line per case and exits non-zero when any case fails.
set -uo pipefail
deps=$(cd "$(dirname "$0")/../.." && pwd)/packaging/deps.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The stubs. State lives in $STUB_DIR: `installed` (one package per line), `apt.log` (every apt-get call).
bin=$work/bin
mkdir -p "$bin"
for tool in bash grep env cat sed sort mktemp rm; do
    ln -s "$(command -v "$tool")" "$bin/$tool"
done
cat >"$bin/dpkg-query" <<'EOF'
#!/bin/bash
# Like dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' PKG...: a package never seen makes it exit 1.
shift 2
status=0
for pkg in "$@"; do
    if grep -qx "$pkg" "$STUB_DIR/installed" 2>/dev/null; then
        echo "$pkg ii "
    elif grep -qx "$pkg" "$STUB_DIR/known" 2>/dev/null; then
        echo "$pkg un "
    else
        echo "dpkg-query: no packages found matching $pkg" >&2
        status=1
    fi
done
exit $status
EOF
cat >"$bin/apt-get" <<'EOF'
#!/bin/bash
echo "apt-get $*" >>"$STUB_DIR/apt.log"
[ "${STUB_UID:-0}" = 0 ] || [ -n "${STUB_VIA_SUDO:-}" ] || { echo "E: permission denied" >&2; exit 100; }
case "$1" in
    update) [ -z "${STUB_FAIL_UPDATE:-}" ] || { echo "E: mirror unreachable" >&2; exit 100; } ;;
    install)
        [ -z "${STUB_FAIL_INSTALL:-}" ] || { echo "E: Unable to locate package" >&2; exit 100; }
        for arg in "$@"; do
            case "$arg" in -*|install) ;; *) echo "$arg" >>"$STUB_DIR/installed" ;; esac
        done ;;
esac
EOF
cat >"$bin/id" <<'EOF'
#!/bin/bash
[ "$1" = -u ] && echo "${STUB_UID:-0}"
EOF
cat >"$work/sudo" <<'EOF'
#!/bin/bash
echo "sudo $1" >>"$STUB_DIR/apt.log"
STUB_VIA_SUDO=1 exec "$@"
EOF
chmod +x "$bin"/* "$work/sudo"

mapfile -t all < <(bash "$deps" --list)
[ ${#all[@]} -gt 5 ] || { echo "FAIL: deps.sh --list printed ${#all[@]} packages"; exit 1; }

failures=0
case_dir=
# run_case NAME: a fresh stub state. execute [VAR=value...]: sources deps.sh in a strict script with the stubs
# (as ./test does) and sets rc, out and apt. check EXPR MESSAGE: reports MESSAGE when EXPR is false.
run_case()
{
    case_name=$1
    shift
    case_dir=$work/$case_name
    mkdir -p "$case_dir"
    : >"$case_dir/installed"
    : >"$case_dir/apt.log"
}
execute()
{
    local path=$bin
    [ -n "${with_sudo:-}" ] && { mkdir -p "$case_dir/sudo-bin"; cp "$work/sudo" "$case_dir/sudo-bin/"; path=$bin:$case_dir/sudo-bin; }
    out=$(env -i PATH="$path" STUB_DIR="$case_dir" "$@" bash -c \
        'set -euo pipefail; . "$1"; aep_ensure_deps; echo "CALLER GOES ON"' _ "$deps" 2>&1)
    rc=$?
    apt=$(cat "$case_dir/apt.log")
}
check()
{
    if eval "$1"; then :; else
        echo "FAIL [$case_name]: $2"
        echo "  exit status $rc; output:"
        sed 's/^/    | /' <<<"$out"
        echo "  apt calls:"
        sed 's/^/    | /' <<<"$apt"
        failures=$((failures + 1))
    fi
}
done_case() { echo "case $case_name: checked"; }

# 1. A new machine: none of the packages was ever installed (dpkg-query exits 1).
run_case nothing-installed
execute STUB_UID=0
check '[ $rc -eq 0 ]' "should succeed"
check 'grep -q "CALLER GOES ON" <<<"$out"' "the calling script should go on"
check 'grep -q "Installing ${#all[@]} missing Debian package(s)" <<<"$out"' "should say what it installs"
check 'grep -q "^apt-get update" <<<"$apt"' "should run apt-get update"
check '[ "$(grep -c "^apt-get install" <<<"$apt")" -eq 1 ]' "should run apt-get install once"
check '(for p in "${all[@]}"; do grep -q "^apt-get install.* $p\( \|$\)" <<<"$apt" || exit 1; done)' \
    "apt-get install should get every package"
done_case

# 2. Some installed, some known but removed ("un"), the rest never seen.
run_case some-installed
printf '%s\n' "${all[@]:0:3}" >"$case_dir/installed"
printf '%s\n' "${all[3]}" >"$case_dir/known"
execute STUB_UID=0
check '[ $rc -eq 0 ]' "should succeed"
check 'grep -q "Installing $((${#all[@]} - 3)) missing" <<<"$out"' "should count only the missing ones"
check '(for p in "${all[@]:0:3}"; do ! grep -q "^apt-get install.* $p\( \|$\)" <<<"$apt" || exit 1; done)' \
    "installed packages should not be installed again"
check 'grep -q "^apt-get install.* ${all[3]}\( \|$\)" <<<"$apt"' "a removed package should be installed"
done_case

# 3. Everything installed: silent, no apt-get at all.
run_case all-installed
printf '%s\n' "${all[@]}" >"$case_dir/installed"
execute STUB_UID=1000
check '[ $rc -eq 0 ]' "should succeed"
check '[ "$out" = "CALLER GOES ON" ]' "should print nothing"
check '[ -z "$apt" ]' "should not call apt-get"
done_case

# 4. apt-get install fails.
run_case apt-install-fails
execute STUB_UID=0 STUB_FAIL_INSTALL=1
check '[ $rc -ne 0 ]' "should fail"
check '! grep -q "CALLER GOES ON" <<<"$out"' "the calling script should stop"
check 'grep -q "apt-get install. failed" <<<"$out"' "should say that apt-get install failed"
done_case

# 5. apt-get update fails (no mirror).
run_case apt-update-fails
execute STUB_UID=0 STUB_FAIL_UPDATE=1
check '[ $rc -ne 0 ]' "should fail"
check 'grep -q "apt-get update. failed" <<<"$out"' "should say that apt-get update failed"
check '! grep -q "^apt-get install" <<<"$apt"' "should not try to install"
done_case

# 6. Not root and no sudo.
run_case not-root-no-sudo
execute STUB_UID=1000
check '[ $rc -ne 0 ]' "should fail"
check 'grep -q "needs root" <<<"$out" && grep -q "sudo is not installed" <<<"$out"' "should say why"
check 'grep -q "apt-get install --no-install-recommends ${all[0]}" <<<"$out"' "should give the command to run"
check '[ -z "$apt" ]' "should not call apt-get"
done_case

# 7. Not root with sudo: apt-get goes through sudo.
run_case not-root-with-sudo
with_sudo=1 execute STUB_UID=1000
check '[ $rc -eq 0 ]' "should succeed"
check 'grep -q "^sudo apt-get" <<<"$apt"' "should use sudo"
done_case

# 8. Not a Debian system at all.
run_case no-dpkg
mkdir -p "$case_dir/bare"
for tool in bash grep env; do ln -s "$(command -v "$tool")" "$case_dir/bare/$tool"; done
out=$(env -i PATH="$case_dir/bare" bash -c 'set -euo pipefail; . "$1"; aep_ensure_deps; echo "CALLER GOES ON"' _ \
    "$deps" 2>&1)
rc=$?
apt=
check '[ $rc -ne 0 ] && grep -q "not a Debian system" <<<"$out"' "should say it is not Debian"
done_case

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all deps.sh cases passed"
