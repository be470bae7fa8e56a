#!/usr/bin/env bash
# The one list of Debian (bookworm) packages the project needs to build, run and test, and the code that
# installs whichever are missing. Sourced by ./run and ./test; fast (one dpkg-query) when all are present.

AEP_DEBIAN_PACKAGES=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools
    libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-translations-l10n libvalijson-dev
    dbus gnome-keyring libsecret-1-0 xvfb xauth fonts-dejavu-core imagemagick hyperfine
    bash curl jq
)

aep_ensure_deps()
{
    local missing=()
    local status
    status=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${AEP_DEBIAN_PACKAGES[@]}" 2>/dev/null)
    local pkg
    for pkg in "${AEP_DEBIAN_PACKAGES[@]}"; do
        grep -qE "^${pkg} ii" <<<"$status" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Installing missing Debian packages: ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq || return 1
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        || return 1
}
