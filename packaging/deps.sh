#!/usr/bin/env bash
# The one list of Debian (bookworm) packages the project needs to build, run and test, and the code that
# installs whichever are missing. Sourced by ./run, ./test, ./bench and ./package; fast (one dpkg-query) when
# all are present. Works whether none, some or all of the packages are installed; every way it can stop
# prints why on stderr and returns non-zero (it never ends the calling script silently).
#   packaging/deps.sh            check and install (the same as sourcing it and calling aep_ensure_deps)
#   packaging/deps.sh --list     print the package list, one per line

AEP_DEBIAN_PACKAGES=(
    # compiler, build system, format check
    build-essential cmake ninja-build pkg-config clang-format git
    # (git: the format check lists the repository's files with git ls-files)
    # the fuzz preset (./test, packaging/fuzz.sh): clang++-14 and its runtime libraries (libFuzzer, ASan, UBSan)
    clang-14 libclang-rt-14-dev
    # Qt 6 and QtKeychain (qt6-websockets-dev: Qt6HttpServer's CMake package needs it; qt6-l10n-tools:
    # lupdate/lrelease; qt6-svg-dev: Qt's SVG icon plugins, which draw the program's icon)
    qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools
    qt6-svg-dev qt6-translations-l10n libvalijson-dev
    # the Secret Service for the keychain tests (QtKeychain dlopen()s libsecret), a virtual display for ./run
    # without a screen, a font so that text is drawn at all
    dbus gnome-keyring libsecret-1-0 xvfb xauth fonts-dejavu-core
    # the scripts and tests: bash, curl and jq (the exported curl script, the emulator e2e tests)
    bash curl jq
    # ./package and its test: help2man (the man pages), dpkg-dev and file (cpack's dpkg-shlibdeps finds the
    # Depends from the programs' libraries), desktop-file-utils and appstream (validate the desktop entry and
    # the metainfo)
    help2man dpkg-dev file desktop-file-utils appstream
)

# Prints the packages of the list that are not installed, one per line. dpkg-query exits non-zero as soon
# as one package of the list was never installed: that is the normal case on a new machine, not an error.
aep_missing_deps()
{
    local status pkg
    status=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${AEP_DEBIAN_PACKAGES[@]}" 2>/dev/null || true)
    for pkg in "${AEP_DEBIAN_PACKAGES[@]}"; do
        grep -qE "^${pkg}(:[a-z0-9]+)? ii" <<<"$status" || printf '%s\n' "$pkg"
    done
}

aep_ensure_deps()
{
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "error: this is not a Debian system (no dpkg-query or apt-get). Install the equivalents of:" >&2
        echo "  ${AEP_DEBIAN_PACKAGES[*]}" >&2
        return 1
    fi
    local missing=()
    mapfile -t missing < <(aep_missing_deps)
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "error: ${#missing[@]} Debian package(s) are missing and installing them needs root, but this" >&2
            echo "is not root and sudo is not installed. As root, run:" >&2
            echo "  apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    echo "Installing ${#missing[@]} missing Debian package(s): ${missing[*]}" >&2
    if ! "${sudo[@]}" apt-get update -qq; then
        echo "error: 'apt-get update' failed (see above): check the network and /etc/apt/sources.list*." >&2
        return 1
    fi
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"; then
        echo "error: 'apt-get install' failed (see above) for: ${missing[*]}" >&2
        return 1
    fi
    mapfile -t missing < <(aep_missing_deps)
    if [ ${#missing[@]} -ne 0 ]; then
        echo "error: still not installed after apt-get: ${missing[*]}" >&2
        return 1
    fi
    echo "Installed the missing Debian packages." >&2
}

# Run as a program rather than sourced.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -uo pipefail
    case "${1:-}" in
        --list) printf '%s\n' "${AEP_DEBIAN_PACKAGES[@]}" ;;
        '') aep_ensure_deps ;;
        *) echo "usage: $0 [--list]" >&2; exit 2 ;;
    esac
fi
