#!/usr/bin/env bash
# Checks the installed programs the way a user meets them, with nothing of the caller's environment (no
# display, no Qt platform, no session bus):
#   packaging/check-installed.sh ROOT VERSION
# ROOT is / after `apt-get install ./aep-dataflow-wizard_*.deb` (then the programs must also be the ones found
# on PATH, in /usr/bin), or the folder a .deb was extracted into (dpkg-deb -x, tests/packaging/test-package.sh).
# Checks: --version of both programs prints VERSION; --help prints the English help, and the French one with
# LANGUAGE=fr, LANG=fr_FR.UTF-8 and --lang fr (the translations the program carries, wherever it lies); the
# desktop entry, metainfo, icon and man pages are in place; aep-emulator --port 0 prints its port and answers
# a token request; the wizard's window starts (--demo, in a virtual X display, still up after 5 s) and its built-in
# emulator answers a token request.
# Prints one line per check; exits 1 when any fails.
set -uo pipefail
[ $# -eq 2 ] || { echo "usage: $0 ROOT VERSION" >&2; exit 2; }
root=${1%/} version=$2
bin=$root/usr/bin
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
for tool in curl jq xvfb-run; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (packaging/deps.sh lists it)"; exit 1; }
done

home=$(mktemp -d)
emulator_pid=
cleanup()
{
    [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null
    rm -rf "$home"
}
trap cleanup EXIT
# A user's environment with nothing of ours: no DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM, DBUS_SESSION_BUS_ADDRESS.
run() { env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@"; }

if [ -z "$root" ]; then
    for program in aep-dataflow-wizard aep-emulator; do
        found=$(run bash -c "command -v $program")
        [ "$found" = "/usr/bin/$program" ] && ok "$program is $found" || fail "$program on PATH is '$found'"
    done
fi
for f in share/applications/aep-dataflow-wizard.desktop share/icons/hicolor/scalable/apps/aep-dataflow-wizard.svg \
    share/man/man1/aep-dataflow-wizard.1.gz share/man/man1/aep-emulator.1.gz; do
    [ -s "$root/usr/$f" ] || fail "no /usr/$f"
done
compgen -G "$root/usr/share/metainfo/*.metainfo.xml" >/dev/null || fail "no /usr/share/metainfo/*.metainfo.xml"

wizard=$bin/aep-dataflow-wizard
out=$(run "$wizard" --version 2>&1)
[ "$out" = "aep-dataflow-wizard $version" ] && ok "$wizard --version: $out" || fail "$wizard --version printed: $out"
out=$(run "$bin/aep-emulator" --version 2>&1)
[ "$out" = "aep-emulator $version" ] && ok "$bin/aep-emulator --version: $out" \
    || fail "$bin/aep-emulator --version printed: $out"
out=$(run "$wizard" --help 2>&1)
grep -q -- "--apply" <<<"$out" && grep -q "Show this help and exit." <<<"$out" && ok "$wizard --help (English)" \
    || fail "$wizard --help without a display printed: $out"
for how in LANGUAGE=fr LANG=fr_FR.UTF-8 "--lang fr"; do
    case "$how" in
        --*) out=$(run "$wizard" $how --help 2>&1) ;;
        *) out=$(run env "$how" "$wizard" --help 2>&1) ;;
    esac
    grep -q "Afficher cette aide et quitter." <<<"$out" && ok "--help in French ($how)" \
        || fail "--help with $how is not French: $out"
done

# An emulator's answer to a token request: token_reply BASE_URL CLIENT_ID CLIENT_SECRET TIMEOUT_S; token_given REPLY.
token_reply()
{
    curl -sS --max-time "$4" -X POST "$1/ims/token/v3" -H 'Content-Type: application/x-www-form-urlencoded' \
        --data "grant_type=client_credentials&client_id=$2&client_secret=$3&scope=openid,AdobeID" 2>&1
}
token_given() { jq -e '(.access_token | length > 0) and .token_type == "bearer"' <<<"$1" >/dev/null; }

# aep-emulator --port 0 prints the port it listens on, then answers a token request.
coproc EMULATOR { exec env -i PATH=/usr/bin:/bin HOME="$home" "$bin/aep-emulator" --port 0 \
    --client-id check-id --client-secret check-secret 2>&1; }
emulator_pid=$EMULATOR_PID
line=
read -r -t 30 -u "${EMULATOR[0]}" line || true
port=${line#listening on }
if [[ "$port" =~ ^[0-9]+$ ]]; then
    reply=$(token_reply "http://127.0.0.1:$port" check-id check-secret 20)
    token_given "$reply" \
        && ok "aep-emulator --port 0: listening on $port, a token request answered" \
        || fail "aep-emulator on port $port answered the token request with: $reply"
else
    fail "aep-emulator --port 0 printed '$line', not 'listening on <port>'"
fi
kill "$emulator_pid" 2>/dev/null
wait "$emulator_pid" 2>/dev/null
emulator_pid=

# The window, on the X11 platform plugin a desktop uses: still running after 5 s (timeout's 124), not failed, and
# its built-in emulator (a module loaded once the window shows) answering a token request at the address it logs.
gui_log=$home/gui.log
run xvfb-run -a timeout 5 "$wizard" --demo >"$gui_log" 2>&1 &
gui_pid=$!
demo_url=
for _ in $(seq 40); do
    demo_url=$(grep -oE 'listens at "http://127\.0\.0\.1:[0-9]+"' "$gui_log" | grep -oE 'http://[^"]+')
    [ -n "$demo_url" ] && break
    sleep 0.1
done
if [ -n "$demo_url" ]; then
    reply=$(token_reply "$demo_url" demo-client-id demo-client-secret 3)
    token_given "$reply" \
        && ok "the wizard's built-in emulator answers at $demo_url (--demo)" \
        || fail "the wizard's built-in emulator at $demo_url answered the token request with: $reply"
else
    fail "$wizard --demo did not say where its built-in emulator listens: $(cat "$gui_log")"
fi
wait $gui_pid
status=$?
[ $status -eq 124 ] && ok "the wizard's window starts (--demo in Xvfb, still up after 5 s)" \
    || fail "$wizard --demo in Xvfb ended with status $status: $(cat "$gui_log")"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) of the installed programs failed"
    exit 1
fi
echo "the installed programs work"
