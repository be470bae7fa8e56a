#!/bin/sh
# Usage: with-keyring.sh CMD [ARGS...]
# Runs CMD inside a private D-Bus session with a throw-away, unlocked gnome-keyring, HOME and XDG_* pointed at
# a temporary folder, so tests reach a real Secret Service without touching the user's keyring or files.
# Exits with CMD's status (97 when the Secret Service did not start).
# How: dbus-run-session gives CMD a bus of its own; gnome-keyring-daemon, unlocked with a random password on
# stdin, is the Secret Service on that bus (QtKeychain reaches it through libsecret); the script waits until
# the daemon owns org.freedesktop.secrets before running CMD, and stops it afterwards. Nothing outlives the run.
set -eu
[ $# -gt 0 ] || { echo "usage: with-keyring.sh CMD [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || { echo "with-keyring: $tool not found (install dbus gnome-keyring)" >&2; exit 97; }
done

umask 077
tmp=$(mktemp -d "${TMPDIR:-/tmp}/with-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache"
mkdir -m 700 "$tmp/run" # must exist before dbus-run-session starts, or it cannot set up its service folder

# Never the caller's bus or keyring; a desktop hint could also steer QtKeychain to KWallet.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK XDG_CURRENT_DESKTOP DESKTOP_SESSION \
    KDE_SESSION_VERSION KDE_FULL_SESSION
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" \
    XDG_RUNTIME_DIR="$tmp/run"
# An empty password makes gnome-keyring ask through a GUI prompt, which fails headless (no login collection).
WITH_KEYRING_PASSWORD=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
export WITH_KEYRING_PASSWORD

rc=0
dbus-run-session -- sh -c '
  bus() { dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus "$@" 2>/dev/null; }
  printf %s "$WITH_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  unset WITH_KEYRING_PASSWORD
  # Wait for the name, so that D-Bus activation cannot start a second, locked daemon.
  i=0
  until bus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q "boolean true"; do
    i=$((i + 1)); [ $i -gt 100 ] && { echo "with-keyring: the secret service did not start" >&2; exit 97; }
    sleep 0.1
  done
  pid=$(bus org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk "/uint32/ {print \$2}")
  rc=0; "$@" || rc=$?
  # gnome-keyring-daemon can outlive the bus: stop it by the PID that owns the name, and wait until it has exited
  # so that the folder can be removed. It is not our child, so once dead it may linger as a zombie: that counts as
  # gone.
  alive() { state=$(sed -n "s/^State:[[:space:]]*\([A-Z]\).*/\1/p" "/proc/$1/status" 2>/dev/null) &&
            [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]; }
  if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
    i=0; while alive "$pid" && [ $i -lt 50 ]; do i=$((i + 1)); sleep 0.05; done
    alive "$pid" && kill -KILL "$pid" 2>/dev/null
  fi
  exit $rc' sh "$@" || rc=$?
exit $rc
