#!/usr/bin/env bash
# The programs and their modules (the demo emulator, the network module) carry no RPATH or RUNPATH: they link only system libraries, and an empty entry
# (CMake's padding of a build tree's run path) makes the dynamic loader look in the current directory first.
#   tests/packaging/test-no-runpath.sh FILE...
set -uo pipefail
status=0
for file in "$@"; do
    paths=$(readelf -d "$file" | grep -E '\((RPATH|RUNPATH)\)')
    if [ -n "$paths" ]; then
        echo "FAIL: $file has a run path: $paths"
        status=1
    else
        echo "ok: $file has no run path"
    fi
done
exit $status
