#!/usr/bin/env bash
# Runs legit's parse benchmark and the reference tools (nupunkt, eyecite) in one run, side by side.
# Needs: pip install nupunkt eyecite. Takes a few minutes the first time (release builds).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release -q --product legit
dump=$(mktemp)
"$(swift build -c release --show-bin-path)/legit" dump --json > "$dump"
echo "== reference tools (Python, same text)"
python3 Benchmarks/compare/reference_tools.py "$dump" 50
echo "== legit (release, in process)"
cd Benchmarks
swift package --disable-sandbox benchmark --filter "Parse.*" --no-progress
rm -f "$dump"
