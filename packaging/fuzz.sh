#!/usr/bin/env bash
# The longer fuzz run: builds the fuzz preset (clang, libFuzzer, ASan + UBSan) and runs each fuzz target (or those
# named) for MINUTES minutes, one after the other, at low priority:
#   packaging/fuzz.sh              # every target, 10 minutes each
#   packaging/fuzz.sh 30 fuzz_recipe fuzz_error_body
# Each target starts from its seed corpus (tests/fuzz/corpus/<name>/, only read) and from what earlier runs found
# (build/fuzz/fuzz/<target>/corpus); findings go to build/fuzz/fuzz/<target>/findings/ (crash-*, leak-*, timeout-*,
# oom-*), the log to build/fuzz/fuzz/<target>/log. Reproduce one with: build/fuzz/tests/fuzz/<target> <finding>.
# Exit status: 0 when no target found anything, 1 when one did (its report and reproducer are printed).
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/deps.sh
aep_ensure_deps

minutes=${1:-10}
[[ $minutes =~ ^[0-9]+$ ]] && [ "$minutes" -gt 0 ] || { echo "usage: $0 [minutes] [fuzz_target...]" >&2; exit 2; }
shift $(($# > 0 ? 1 : 0))

[ -f build/fuzz/CMakeCache.txt ] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
# build/fuzz/fuzzers.txt: "<target> <executable> <seed corpus>" per line (tests/fuzz/CMakeLists.txt).
declare -A executable seeds
all=()
while read -r name exe corpus; do
    [ -n "$name" ] || continue
    all+=("$name")
    executable[$name]=$exe
    seeds[$name]=$corpus
done <build/fuzz/fuzzers.txt
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

status=0
for target in "${targets[@]}"; do
    [ -n "${executable[$target]:-}" ] || { echo "no fuzz target $target (there are: ${all[*]})" >&2; exit 2; }
    echo "== $target for $minutes minute(s)"
    nice -n 10 tests/fuzz/run-fuzzer.sh "${executable[$target]}" "${seeds[$target]}" "build/fuzz/fuzz/$target" \
        $((minutes * 60)) || status=1
done
exit $status
