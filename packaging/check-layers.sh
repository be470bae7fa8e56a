#!/usr/bin/env bash
# Fails when a source file includes a project header of a layer above its own. The layers, bottom first:
#   app/base      jobs, logging, translator: nothing of the project
#   app/secrets   the keychain and its in-memory fallback
#   app/platform  IMS sign-in, the HTTP client, Platform errors, addresses
#   app/model     the draft (the recipe as a value), its validation, the flow spec's rules
#   app/services  the typed Platform services: every endpoint path and media type, once
#   app/plan      the plan of a dataflow, its runner, journal and curl export
#   app/core      the wizard's state, models and decisions (no widgets)
#   app/cli       the headless command line
#   ui            the widgets: pages show and bind; they build no URL and parse no Platform reply
# The emulator never includes the client's code. Also fails when a file under ui/ contains a Platform
# endpoint path or parses JSON with QJsonDocument::fromJson (both belong to app/services). Also fails when app/ or
# ui/ turns TLS verification off (ignoreSslErrors, VerifyNone): certificate errors are fatal (issue 12, point 7).
# Also fails when app/ or ui/ includes a Qt Network or QtKeychain header: both are used only by network/, the
# module (aep-network.so) the wizard loads after its first page is painted, so that the program's start does not
# pay for loading them (app/base/NetworkModule.h is the only way in).
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A allowed=(
    [base]="base"
    [secrets]="base secrets"
    [platform]="base secrets platform"
    [model]="base platform model"
    [services]="base platform model services"
    [plan]="base secrets platform model services plan"
    [core]="base secrets platform model services plan core"
    [cli]="base secrets platform model services plan core cli"
)
layers="base secrets platform model services plan core cli"
status=0
for layer in $layers; do
    [ -d "app/$layer" ] || continue
    while IFS= read -r line; do
        file=${line%%:*}
        target=$(sed -E 's/.*#include "([a-z]+)\/.*/\1/' <<<"$line")
        case " ${allowed[$layer]} " in
            *" $target "*) ;;
            *) echo "layers: $file (app/$layer) includes app/$target: ${line#*:}" >&2; status=1 ;;
        esac
    done < <(grep -HnE '^#include "[a-z]+/' "app/$layer"/*.h "app/$layer"/*.cpp 2>/dev/null || true)
done
if grep -HnE '^#include "(base|secrets|platform|model|services|plan|core|cli)/' emulator/*.h emulator/*.cpp; then
    echo "layers: the emulator includes the client's code (above)" >&2
    status=1
fi
while IFS= read -r line; do
    echo "layers: $line" >&2
    echo "layers: ${line%%:*} builds a Platform path or parses a reply; that belongs to app/services" >&2
    status=1
done < <(grep -HnE '/data/foundation|"/ims/|QJsonDocument::fromJson|Platform::k(FlowService|SchemaRegistry|Catalog|Conversion|Sandboxes)' \
    ui/*.h ui/*.cpp || true)
while IFS= read -r line; do
    echo "layers: $line" >&2
    echo "layers: ${line%%:*} turns certificate checks off; a certificate error must stay fatal" >&2
    status=1
done < <(grep -rHnE 'ignoreSslErrors|QSslSocket::VerifyNone|QueryPeer' app ui --include='*.h' --include='*.cpp' || true)
while IFS= read -r line; do
    echo "layers: $line" >&2
    echo "layers: ${line%%:*} includes Qt Network or QtKeychain; only network/ may (app/base/NetworkModule.h)" >&2
    status=1
done < <(grep -rHnE '^#include <(QtNetwork|QNetwork|QSsl|QHostAddress|QHostInfo|QTcp|QUdp|QLocalSocket|QLocalServer|QAbstractSocket|qt6keychain|qtkeychain|keychain)' \
    app ui --include='*.h' --include='*.cpp' || true)
[ $status -eq 0 ] && echo "layers: every include goes down; ui/ speaks no REST"
exit $status
