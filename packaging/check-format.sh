#!/usr/bin/env bash
# Fails when a C++ file of the repository is not formatted with the repository's .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v git >/dev/null || { echo "check-format: git is needed to list the files" >&2; exit 1; }
mapfile -t files < <(git ls-files -co --exclude-standard -- "*.cpp" "*.h")
[ ${#files[@]} -eq 0 ] && exit 0
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/aep-format.$$; then
    grep -E '^[^ ].*: (error|warning):' /tmp/aep-format.$$ | cut -d: -f1 | sort -u | sed 's/^/not clang-formatted: /' >&2
    rm -f /tmp/aep-format.$$
    echo "Run: clang-format -i <file>" >&2
    exit 1
fi
rm -f /tmp/aep-format.$$
