#!/usr/bin/env bash
# csat against R on the same generated files (bench/generate.mjs): each analysis in R
# (bench/vs-r.R: reading and computing timed separately, median of --repeat runs, peak RSS of the
# Rscript process from /usr/bin/time -v), then the built csat CLI end to end (bench/cli.mjs), then
# one table with the ratios. Skips cleanly when Rscript is missing.
#
#   npx tsc -p . && bash bench/vs-r.sh [--rows 1000000] [--repeat 3] [--only reliability,factor] [--r-only]
#
# Rows of the table: csat's median wall time (node startup, reading, parsing, computing and JSON
# output to /dev/null) against R's median read (data.table::fread) + median compute (R's startup
# and library loading left out, which favours R). ratio = R total / csat; above 1 means csat is
# faster. Extra rows time reading alone with read.csv and readr::read_csv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
rows=1000000
repeat=3
only=""
r_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --r-only) r_only=1; shift ;;
    *) echo "vs-r.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

if ! command -v Rscript >/dev/null 2>&1; then
  echo "vs-r.sh: Rscript not found; skipping the comparison with R (install r-base and r-cran-psych to run it)"
  exit 0
fi
if ! Rscript -e 'quit(status = !requireNamespace("psych", quietly = TRUE))' >/dev/null 2>&1; then
  echo "vs-r.sh: the R package psych is not installed; skipping the comparison with R"
  exit 0
fi
reader=fread
if ! Rscript -e 'quit(status = !requireNamespace("data.table", quietly = TRUE))' >/dev/null 2>&1; then
  reader=read.csv
  echo "vs-r.sh: data.table is not installed; R reads with read.csv"
fi

paths="$(node "$here/generate.mjs" --rows "$rows" | tail -1)"
survey="$(node -e 'console.log(JSON.parse(process.argv[1]).survey)' "$paths")"
regress="$(node -e 'console.log(JSON.parse(process.argv[1]).regress)' "$paths")"
out="$(mktemp -d "${TMPDIR:-/tmp}/csat-vs-r.XXXXXX")"
trap 'rm -rf "$out"' EXIT

wanted() { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]] || [[ "$1" == read-* && ",$only," == *",read,"* ]]; }

# name  analysis  file  reader
jobs=(
  "describe describe $survey $reader"
  "reliability reliability $survey $reader"
  "reliability-lean reliability-lean $survey $reader"
  "corr corr $survey $reader"
  "kmo kmo $survey $reader"
  "factor factor $survey $reader"
  "regress regress $regress $reader"
  "read-read.csv read $survey read.csv"
  "read-readr read $survey readr"
)
echo "R: $(Rscript -e 'cat(R.version.string)'), reader $reader, median of $repeat"
for job in "${jobs[@]}"; do
  set -- $job
  name="$1"; analysis="$2"; file="$3"; rd="$4"
  base="${name%-lean}"
  wanted "$name" || wanted "$base" || continue
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$out/$name.time" Rscript "$here/vs-r.R" "$analysis" "$file" "$repeat" "$rd" > "$out/$name.out" 2> "$out/$name.err" || { echo "R $name failed:"; tail -5 "$out/$name.err"; continue; }
    rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/$name.time")"
  else
    Rscript "$here/vs-r.R" "$analysis" "$file" "$repeat" "$rd" > "$out/$name.out" 2> "$out/$name.err" || { echo "R $name failed:"; tail -5 "$out/$name.err"; continue; }
    rss=""
  fi
  head -1 "$out/$name.out"
  tail -1 "$out/$name.out" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);j.name=process.argv[1];j.peakRssKiB=process.argv[2]?Number(process.argv[2]):null;console.log(JSON.stringify(j))})' "$name" "$rss" >> "$out/r.jsonl"
done
[ -s "$out/r.jsonl" ] || { echo "vs-r.sh: no R figures"; exit 1; }
[ "$r_only" = 1 ] && { cat "$out/r.jsonl"; exit 0; }

if [ ! -f "$root/dist/cli.js" ]; then
  echo "vs-r.sh: dist/ is missing; build first (npx tsc -p .) for the csat side"
  exit 1
fi
echo
csat_only="$(tr ',' '\n' <<< "${only:-describe,reliability,corr,kmo,factor,regress}" | sed 's/-lean$//' | grep -v '^read$' | sort -u | paste -sd, -)"
node "$here/cli.mjs" --rows "$rows" --repeat "$repeat" --no-profile ${csat_only:+--only "$csat_only"} | tee "$out/csat.out"
tail -1 "$out/csat.out" > "$out/csat.json"

echo
node - "$out/r.jsonl" "$out/csat.json" <<'EOF'
const fs = require('node:fs');
const [rFile, cFile] = process.argv.slice(2);
const r = fs.readFileSync(rFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const c = JSON.parse(fs.readFileSync(cFile, 'utf8'));
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const csat = new Map(c.scenarios.map((s) => [s.scenario, s]));
const f = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));
console.log(`| analysis | csat wall s | csat peak MiB | R read s | R compute s | R total s | R peak MiB | R / csat |`);
console.log(`|---|---:|---:|---:|---:|---:|---:|---:|`);
for (const j of r) {
  const read = med(j.read);
  const comp = j.compute.length ? med(j.compute) : 0;
  const total = read + comp;
  const scen = j.analysis === 'read' ? null : csat.get(j.analysis.replace(/-lean$/, ''));
  const label = j.analysis === 'read' ? `read only (${j.reader})` : `${j.name}${j.reader === 'fread' ? '' : ` (${j.reader})`}`;
  const rss = j.peakRssKiB ? j.peakRssKiB / 1024 : null;
  const ratio0 = scen ? `${(total / scen.wallSeconds).toFixed(1)}x` : '-';
  const ratio = ratio0 + (scen && scen.cli === false ? ' (csat: analysis in process, no CLI yet)' : '');
  console.log(`| ${label} | ${scen ? f(scen.wallSeconds) : '-'} | ${scen ? f(scen.peakRssMiB, 0) : '-'} | ${f(read)} | ${j.analysis === 'read' ? '-' : f(comp)} | ${f(total)} | ${f(rss, 0)} | ${ratio} |`);
}
EOF
