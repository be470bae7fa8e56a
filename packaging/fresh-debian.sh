#!/usr/bin/env bash
# Runs a command of the project on a freshly made Debian 12 (bookworm, minbase) system, the way a new user's
# machine is: nothing installed beyond the base system, no build folder, a clean clone of the committed HEAD.
#   packaging/fresh-debian.sh                    # runs ./test in the fresh system
#   packaging/fresh-debian.sh ./run --help       # any command, run from the clone's root
#   packaging/fresh-debian.sh bash -c './test && ./run --help'
# Needs root (debootstrap, chroot, mount). The base system is made once with debootstrap (about 30 s) and kept
# as a tarball under ${AEP_FRESH_DEBIAN_CACHE:-/var/cache/aep-fresh-debian}; every call unpacks it anew, so each
# run starts clean. The apt mirror is read from this machine's own apt sources. If the folder beside the
# repository named `shared` exists (test data some tests read), a copy goes beside the clone, as CI has it.
#
# Exit status: the command's; 125 when the fresh system could not be made (not root, no debootstrap, no mirror
# reachable, a mount refused): a reason outside the project, said plainly on stderr.
set -euo pipefail

unavailable()
{
    echo "fresh-debian: cannot make the fresh system: $*" >&2
    exit 125
}

[ "$(id -u)" -eq 0 ] || unavailable "needs root (debootstrap, chroot and mount)"
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cache=${AEP_FRESH_DEBIAN_CACHE:-/var/cache/aep-fresh-debian}
base=$cache/bookworm-minbase.tar
mkdir -p "$cache" || unavailable "cannot create the cache folder $cache"

apt_mirror()
{
    local mirror
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    [ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    printf '%s\n' "$mirror"
}

if [ ! -s "$base" ]; then
    if ! command -v debootstrap >/dev/null; then
        echo "fresh-debian: installing debootstrap" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null 2>&1 \
                 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1; } \
            || unavailable "debootstrap is not installed and apt-get could not install it"
    fi
    mirror=$(apt_mirror)
    [ -n "$mirror" ] || unavailable "no Debian mirror found in /etc/apt/sources.list{,.d}"
    tmp=$(mktemp -d "$cache/debootstrap.XXXXXX")
    echo "fresh-debian: making the base system once (debootstrap --variant=minbase bookworm $mirror)" >&2
    if ! debootstrap --variant=minbase bookworm "$tmp" "$mirror" >"$cache/debootstrap.log" 2>&1; then
        rm -rf --one-file-system "$tmp"
        unavailable "debootstrap failed (mirror $mirror), see $cache/debootstrap.log"
    fi
    tar -C "$tmp" -cf "$base.part" . && mv "$base.part" "$base"
    rm -rf --one-file-system "$tmp"
fi

root=$(mktemp -d /tmp/aep-fresh-debian.XXXXXX)
# Ends every process still running inside the fresh system (a daemon a test left, or the command when stopped).
stop_inside()
{
    local p pids=()
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && pids+=("${p#/proc/}")
    done
    [ ${#pids[@]} -eq 0 ] && return 0
    kill "${pids[@]}" 2>/dev/null || true
    sleep 2
    kill -9 "${pids[@]}" 2>/dev/null || true
}
cleanup()
{
    local m
    stop_inside
    for m in dev/pts dev sys proc; do
        if mountpoint -q "$root/$m" 2>/dev/null; then
            umount -R "$root/$m" 2>/dev/null || umount -R -l "$root/$m" 2>/dev/null || true
        fi
    done
    if [ -n "${AEP_FRESH_DEBIAN_KEEP:-}" ]; then
        echo "fresh-debian: kept $root" >&2
        return
    fi
    # Never remove anything under a mount that is still there (it would be the host's /dev or /sys).
    if findmnt -rn -o TARGET | grep -q "^$root/"; then
        echo "fresh-debian: $root still has mounts; not removing it" >&2
        return
    fi
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

tar -C "$root" -xf "$base" || unavailable "cannot unpack $base"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# The same Debian suites as this machine (bookworm, its updates and security), as a real installation has.
if [ -s /etc/apt/sources.list.d/debian.sources ]; then
    cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/debian.sources"
    rm -f "$root/etc/apt/sources.list"
fi
mount -t proc proc "$root/proc" || unavailable "cannot mount /proc in the fresh system"
mount --rbind /sys "$root/sys" || unavailable "cannot mount /sys in the fresh system"
mount --make-rslave "$root/sys" 2>/dev/null || true
mount --rbind /dev "$root/dev" || unavailable "cannot mount /dev in the fresh system"
mount --make-rslave "$root/dev" 2>/dev/null || true

in_root()
{
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb CI=true "$@"
}
# A mirror that does not answer is a reason outside the project: find it out before the command runs.
in_root apt-get update -qq >"$root/tmp/apt-update.log" 2>&1 \
    || { cat "$root/tmp/apt-update.log" >&2; unavailable "apt-get update fails in the fresh system (mirror)"; }

git clone -q "$repo" "$root/project"
shared=$(dirname "$repo")/shared
[ -d "$shared" ] && cp -a "$shared" "$root/shared"
[ $# -gt 0 ] || set -- ./test
cmd=$(printf '%q ' "$@")
echo "fresh-debian: running in a fresh Debian 12 system, clone of $(git -C "$repo" rev-parse --short HEAD): $*" >&2
status=0
# In the background, so that a signal reaches the trap at once instead of after the command.
in_root bash -c "cd /project && $cmd" &
wait $! || status=$?
exit $status
