#!/usr/bin/env bash
# Runs one libFuzzer target for a while, from its seed corpus, never writing into the repository:
#   run-fuzzer.sh <fuzzer> <seed corpus folder> <work folder> <seconds> [more libFuzzer options...]
# New inputs go to <work>/corpus (kept between runs, so each run starts where the last ended), findings (crash-*,
# leak-*, timeout-*, oom-*) to <work>/findings/, the log to <work>/log. Exit status 0 when nothing was found; else
# non-zero, with the log's report and the command that reproduces each finding.
set -uo pipefail
[ $# -ge 4 ] || { echo "usage: $0 <fuzzer> <seed corpus> <work folder> <seconds> [libFuzzer options...]" >&2; exit 2; }
fuzzer=$1 seeds=$2 work=$3 seconds=$4
shift 4
mkdir -p "$work/corpus" "$work/findings" || exit 2
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LANG=C.UTF-8 LC_ALL=C.UTF-8

touch "$work/.started"
# The first corpus folder is the one libFuzzer writes to; the seeds are only read.
"$fuzzer" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/findings/" "$@" "$work/corpus" "$seeds" >"$work/log" 2>&1
rc=$?
name=$(basename "$fuzzer")
stats=$(grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb):' "$work/log" \
    | sed -E 's/^stat::([a-z_]+): +/\1 /' | paste -sd ' ')
cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$work/log" | tail -n 1)
if [ $rc -eq 0 ]; then
    echo "$name: no finding in ${seconds} s ($cov; $stats)"
    exit 0
fi
echo "$name: FINDING (exit status $rc) — the report:"
grep -vE '^#[0-9]+\s+(NEW|REDUCE|pulse|INITED|RELOAD)' "$work/log" | tail -n 60
found=0
while IFS= read -r artifact; do
    found=$((found + 1))
    echo "reproducer: $artifact"
    echo "  reproduce: $fuzzer $artifact"
done < <(find "$work/findings" -type f -newer "$work/.started")
[ $found -gt 0 ] || echo "(no reproducer written; the whole log: $work/log)"
exit 1
