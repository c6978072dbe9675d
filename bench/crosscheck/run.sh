#!/usr/bin/env bash
# Cross-check benchmark: qingfeng crosscheck against its PostgreSQL 15 peer and the
# generator's planted truth, on synthetic data of the contract's scale tiers.
#
#   bench/crosscheck/run.sh [bureau|city|province|all]     (default: bureau)
#
# Environment:
#   QF_BUILD=DIR        build directory holding qingfeng and qf_crosscheck_gen (default: build)
#   QF_XC_PG=0          skip the PostgreSQL peer (default: run it; for province only
#                       when QF_XC_PG_PROVINCE=1, as it takes the better part of an hour)
#   QF_XC_THREADS=N     --threads for the engine (default: its own choice)
#   QF_XC_REGEN=1       regenerate data even when cached under bench/out/crosscheck/
#
# Prints one table row per tier (rows, bytes, per-phase wall, total wall, GB/s parsed,
# peak RSS, findings per rule, PostgreSQL wall and the ratio) and the machine. Exits
# non-zero when findings differ from PostgreSQL or from the planted truth.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${QF_BUILD:-$root/build}
case "$build" in /*) ;; *) build=$root/$build ;; esac
qingfeng=$build/qingfeng
gen=$build/qf_crosscheck_gen
asof=2024-06-30
out=$root/bench/out/crosscheck
mkdir -p "$out"

for b in "$qingfeng" "$gen"; do
  [ -x "$b" ] || { echo "missing $b — build it: cmake --build $build --target qingfeng qf_crosscheck_gen" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: install the 'time' package (apt-get install time)" >&2; exit 2; }

tiers=${1:-bureau}
[ "$tiers" = all ] && tiers="bureau city province"

status=0
results=()
for tier in $tiers; do
  case "$tier" in bureau|city|province) ;; *) echo "unknown tier: $tier" >&2; exit 2 ;; esac
  data=$out/$tier-clean
  if [ "${QF_XC_REGEN:-0}" = 1 ] || [ ! -f "$data/manifest.txt" ] || [ "$gen" -nt "$data/manifest.txt" ]; then
    echo "== $tier: generating data in $data" >&2
    rm -rf "$data"
    "$gen" --tier "$tier" --variant clean --out "$data" >&2
  else
    echo "== $tier: using cached data in $data" >&2
  fi
  run=$out/$tier-run
  rm -rf "$run"
  mkdir -p "$run/engine"
  threads=()
  [ -n "${QF_XC_THREADS:-}" ] && threads=(--threads "$QF_XC_THREADS")
  echo "== $tier: qingfeng crosscheck" >&2
  sync
  /usr/bin/time -v -o "$run/engine.time" "$qingfeng" crosscheck --data "$data" --out "$run/engine" --as-of "$asof" --stats "${threads[@]}" \
    >"$run/engine.stdout" 2>"$run/engine.stats" || { echo "engine failed on $tier:" >&2; tail -5 "$run/engine.stats" >&2; status=1; continue; }
  pg=0
  if [ "${QF_XC_PG:-1}" != 0 ] && { [ "$tier" != province ] || [ "${QF_XC_PG_PROVINCE:-0}" = 1 ]; }; then
    echo "== $tier: PostgreSQL peer" >&2
    if "$here/pg/run_pg.sh" "$data" "$run/pg_findings.csv" "$asof" >"$run/pg.time" 2>"$run/pg.stderr"; then
      pg=1
    else
      echo "PostgreSQL peer failed on $tier:" >&2
      tail -5 "$run/pg.stderr" >&2
      status=1
    fi
  fi
  python3 "$here/report.py" row "$tier" "$data" "$run" "$pg" >"$run/row.txt" || status=1
  cat "$run/row.txt" >&2
  results+=("$run")
done

python3 "$here/report.py" table "${results[@]}"
exit $status
