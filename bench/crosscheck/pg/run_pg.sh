#!/usr/bin/env bash
# PostgreSQL 15 peer of `qingfeng crosscheck`, for the benchmark only.
#   bench/crosscheck/pg/run_pg.sh DATA_DIR OUT_FILE AS_OF
# Starts a throwaway cluster (scripts/pg-throwaway.sh), loads DATA_DIR with COPY,
# normalises, indexes and runs R1–R10 (the .sql files beside this script), writes the
# findings as rule,key,cadre_id to OUT_FILE and prints "pg_seconds <wall>" — the time
# from the first COPY to the findings written; cluster start/stop is not counted.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
data=$(cd "${1:?data dir}" && pwd)
out=${2:?findings file}
asof=${3:?as-of date}
cluster=$(mktemp -d /tmp/qf-xc-pg.XXXXXX)
trap '"$root/scripts/pg-throwaway.sh" stop "$cluster" >/dev/null 2>&1 || true' EXIT
url=$("$root/scripts/pg-throwaway.sh" start "$cluster")
# A database user would tune the session for a one-off analytical run.
export PGOPTIONS="-c work_mem=512MB -c maintenance_work_mem=1GB -c max_parallel_workers_per_gather=2 -c client_min_messages=warning"
psql "$url" -q -v ON_ERROR_STOP=1 -f "$here/01_schema.sql" >/dev/null
chmod o+rx "$data" 2>/dev/null || true
tmp_out=$(mktemp /tmp/qf-xc-pg-out.XXXXXX)
chmod 666 "$tmp_out"
start=$(date +%s.%N)
for step in 02_load 03_normalise 04_rules; do
  t0=$(date +%s.%N)
  psql "$url" -q -v ON_ERROR_STOP=1 -v datadir="$data" -v asof="$asof" -v out="$tmp_out" -f "$here/$step.sql" >/dev/null
  t1=$(date +%s.%N)
  printf 'pg_%s_seconds %.2f\n' "$step" "$(echo "$t1 - $t0" | bc)"
done
end=$(date +%s.%N)
mv "$tmp_out" "$out"
printf 'pg_seconds %.2f\n' "$(echo "$end - $start" | bc)"
