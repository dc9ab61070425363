#!/usr/bin/env bash
# The robustness measurements of issue 10's closing note, reproducible: `bash bench/hardening.sh [RUNS]`
# (after `npm run build`; RUNS=0 skips the fuzz run). Prints
#  1. the seeded fuzz run (tests/fuzz/cli.test.ts with CSAT_FUZZ_RUNS=RUNS, default 3000): cases and
#     passes by mutation category;
#  2. peak RSS (/usr/bin/time -v) and wall time of hostile inputs that used to exhaust memory or
#     hang: /dev/zero as the data, as --study and as --from-moments; a 50 MB cell (refused at
#     the 1 MiB default, and read with --max-cell-bytes raised); 1,000,000 columns; a 10 MB header.
# Scratch files go to $TMPDIR/csat-hardening, never into the checkout.
set -u
cd "$(dirname "$0")/.."
RUNS=${1:-3000}
CSAT="node $PWD/bin/csat.js"
TMP=${TMPDIR:-/tmp}/csat-hardening
mkdir -p "$TMP"

if [ "$RUNS" != 0 ]; then
  echo "## fuzz: $RUNS cases (seed ${CSAT_FUZZ_SEED:-20261203})"
  CSAT_FUZZ_RUNS=$RUNS npx vitest run tests/fuzz/cli.test.ts 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -E '^[a-zA-Z0-9]+: [0-9]+/[0-9]+ passed|Tests |seed [0-9]+, case'
fi

python3 - "$TMP" <<'PY'
import sys
d = sys.argv[1]
with open(f'{d}/cell50.csv', 'w') as f: f.write('a,b\n1,' + 'x' * 50_000_000 + '\n2,3\n')
with open(f'{d}/wide.csv', 'w') as f:
    n = 1_000_000
    f.write(','.join(f'c{j}' for j in range(n)) + '\n' + ','.join('1' for _ in range(n)) + '\n')
with open(f'{d}/head10.csv', 'w') as f: f.write('h' * 10_000_000 + ',b\n1,2\n')
PY

measure() {
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$TMP/time.txt"
  local code=$?
  local rss wall
  rss=$(grep 'Maximum resident' "$TMP/time.txt" | awk '{print $NF}')
  wall=$(grep 'Elapsed (wall' "$TMP/time.txt" | awk '{print $NF}')
  printf '| %s | %s | %d MB | %s |\n' "$label" "$code" $((rss / 1024)) "$wall"
}

echo
echo '## peak RSS'
echo '| input | exit | peak RSS | wall |'
echo '|---|---|---|---|'
measure 'describe /dev/zero' $CSAT describe /dev/zero
measure 'describe /dev/urandom' $CSAT describe /dev/urandom
measure 'analyze --study /dev/zero' $CSAT analyze --study /dev/zero
measure 'describe --from-moments /dev/zero' $CSAT describe --from-moments /dev/zero
measure 'describe, 50 MB cell' $CSAT describe "$TMP/cell50.csv"
measure 'describe, 50 MB cell, --max-cell-bytes 1e8 --lenient' $CSAT describe "$TMP/cell50.csv" --max-cell-bytes 100000000 --lenient
measure 'reliability *, 1,000,000 columns' $CSAT reliability "$TMP/wide.csv" --items '*'
measure 'analyze, 10 MB header' $CSAT analyze "$TMP/head10.csv"
uptime
