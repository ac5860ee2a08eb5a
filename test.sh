#!/usr/bin/env bash
# Runs every test project of the solution and prints one summary line: "N passed, N failed, N skipped".
# Usage: ./test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
dotnet build Osprey.slnx -c Release -nologo -v quiet 2>&1 | tee "$log" | grep -E 'error|warn' | grep -v '^\s*0 ' || true
if ! grep -q 'Build succeeded' "$log"; then
  echo "build failed"
  tail -n 40 "$log"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Osprey.slnx -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one "Passed!/Failed! - Failed: a, Passed: b, Skipped: c" line per test project.
summary=$(grep -E '^(Passed|Failed)!' "$log" | awk -F'[:,]' '
  { for (i = 1; i <= NF; i++) {
      if ($i ~ /Failed$/)  { f += $(i+1) }
      if ($i ~ /Passed$/)  { p += $(i+1) }
      if ($i ~ /Skipped$/) { s += $(i+1) } } }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s }')
rm -f "$log"
echo "${summary:-0 passed, 0 failed, 0 skipped}"
exit "$status"
