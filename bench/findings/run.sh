#!/usr/bin/env bash
# The in-application cross-check (findings module) against the command line, on the
# generator's data (bench/crosscheck, cached under bench/out/crosscheck/<tier>-clean):
#
#   bench/findings/run.sh [bureau|city|province]     (default: bureau)
#
# 1. `qingfeng crosscheck` on the tier's folder: command-line wall time.
# 2. A `qingfeng serve` on a fresh SQLite database (init + demo), [findings]
#    import_root = the cached data folder; jiwei starts a run from that server folder
#    (cadres from the folder's cadres.csv) and the script polls it until done: wall from
#    the POST to state done (engine + storing findings and data-quality rows, sealed).
# 3. Optionally (QF_FINDINGS_UPLOAD=1) the same data uploaded through HTTP in pieces of
#    [findings] chunk_mb, timed separately (upload, then run).
# Prints the command-line wall, the client-side wall (POST to a poll seeing done: includes
# the polling client's own process start-ups), the run's wall on the server clock
# (created → finished) and the ratio of that to the command line (issue 16 asks the in-app run to stay within 3x the
# command line). Environment: QF_BUILD (default build), QF_FINDINGS_UPLOAD=1.
# A benchmark, not a test: the machine must be otherwise idle for the figure to mean
# anything.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${QF_BUILD:-$root/build}
case "$build" in /*) ;; *) build=$root/$build ;; esac
qingfeng=$build/qingfeng
gen=$build/qf_crosscheck_gen
tier=${1:-bureau}
asof=2024-06-30
case "$tier" in bureau|city|province) ;; *) echo "unknown tier: $tier" >&2; exit 2 ;; esac
for b in "$qingfeng" "$gen"; do
  [ -x "$b" ] || { echo "missing $b — cmake --build $build --target qingfeng qf_crosscheck_gen" >&2; exit 2; }
done
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 2; }

cache=$root/bench/out/crosscheck
data=$cache/$tier-clean
if [ ! -f "$data/manifest.txt" ] || [ "$gen" -nt "$data/manifest.txt" ]; then
  echo "== $tier: generating data in $data" >&2
  rm -rf "$data"
  mkdir -p "$cache"
  "$gen" --tier "$tier" --variant clean --out "$data" >&2
fi

work=$(mktemp -d /tmp/qf-bench-findings.XXXXXX)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
[ "${QF_KEEP:-0}" = 1 ] && trap - EXIT

now() { date +%s.%N; }

echo "== $tier: qingfeng crosscheck (command line)" >&2
t0=$(now)
"$qingfeng" crosscheck --data "$data" --out "$work/cli" --as-of "$asof" >"$work/cli.log" 2>&1
t1=$(now)
cli=$(echo "$t1 - $t0" | bc -l)
cli_findings=$(($(wc -l < "$work/cli/findings.jsonl")))

cat > "$work/qingfeng.toml" <<TOML
[database]
url = "sqlite:$work/qingfeng.db"
backup_dir = "$work/backups"
[security]
secret_key_file = "$work/qingfeng.key"
argon2_opslimit = 1
argon2_memlimit = 8388608
login_rate_per_minute = 1000
[server]
max_body_bytes = 67108864
[findings]
work_dir = "$work/findings"
import_root = "$cache"
chunk_mb = 32
TOML
cd "$work"
"$qingfeng" --config "$work/qingfeng.toml" init >"$work/init.log" 2>&1
"$qingfeng" --config "$work/qingfeng.toml" demo >"$work/demo.log" 2>&1
"$qingfeng" --config "$work/qingfeng.toml" serve --port 0 --port-file "$work/port" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 150); do [ -s "$work/port" ] && break; sleep 0.2; done
base="http://127.0.0.1:$(tr -dc '0-9' < "$work/port")/api/v1"
jar=$work/cookies
csrf=$(curl -fsS -c "$jar" -H 'Content-Type: application/json' -d '{"username":"jiwei","password":"Qingfeng@2026"}' \
  "$base/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["csrf_token"])')
post() { curl -fsS -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' -d "$2" "$base$1"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['data']['$1'])"; }
wait_done() {
  while :; do
    state=$(curl -fsS -b "$jar" "$base/findings/runs/$1" | field state)
    case "$state" in done) return 0 ;; failed) curl -fsS -b "$jar" "$base/findings/runs/$1" >&2; return 1 ;; esac
    sleep 0.05
  done
}

echo "== $tier: in-application run from the server folder" >&2
t0=$(now)
id=$(post /findings/runs "{\"source\":\"directory\",\"directory\":\"$tier-clean\",\"cadres_from\":\"upload\",\"as_of\":\"$asof\"}" | field id)
wait_done "$id"
t1=$(now)
app=$(echo "$t1 - $t0" | bc -l)
app_findings=$(curl -fsS -b "$jar" "$base/findings/runs/$id" | field findings_count)
# The run's own time on the server clock (queued → done), free of the polling client.
read -r run_s engine_s < <(curl -fsS -b "$jar" "$base/findings/runs/$id" | python3 -c '
import json, sys
d = json.load(sys.stdin)["data"]
print((d["finished_at"] - d["created_at"]) / 1000, d["summary"]["engine_seconds"])')
echo "run on the server clock: $run_s s (engine $engine_s s)" >&2

printf '%-10s %10s %12s %10s %10s %10s %10s\n' tier cli_s app_wall_s app_run_s ratio cli_find app_find
printf '%-10s %10.3f %12.3f %10.3f %10.2f %10d %10d\n' "$tier" "$cli" "$app" "$run_s" "$(echo "$run_s / $cli" | bc -l)" \
  "$cli_findings" "$app_findings"
[ "$cli_findings" = "$app_findings" ] || { echo "findings differ between the command line and the application" >&2; exit 1; }

if [ "${QF_FINDINGS_UPLOAD:-0}" = 1 ]; then
  echo "== $tier: in-application run from uploaded files" >&2
  t0=$(now)
  id=$(post /findings/runs "{\"source\":\"upload\",\"cadres_from\":\"upload\",\"as_of\":\"$asof\"}" | field id)
  chunk=$((32 * 1024 * 1024))
  for name in cadres.csv relatives.csv declared_businesses.csv enterprises.csv enterprise_persons.csv contracts.csv \
              bids.csv properties.csv declared_properties.csv travels.csv declared_trips.csv side_job_approvals.csv; do
    f=$data/$name
    [ -f "$f" ] || continue
    size=$(stat -c %s "$f")
    off=0
    while :; do
      tail -c +$((off + 1)) "$f" | head -c "$chunk" > "$work/piece"
      curl -fsS -o /dev/null -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/octet-stream' \
        -X PUT --data-binary @"$work/piece" "$base/findings/runs/$id/files/$name?offset=$off"
      off=$((off + chunk))
      [ "$off" -lt "$size" ] || break
    done
  done
  t1=$(now)
  post "/findings/runs/$id/start" '{}' >/dev/null
  wait_done "$id"
  t2=$(now)
  printf 'upload %.3f s, run %.3f s\n' "$(echo "$t1 - $t0" | bc -l)" "$(echo "$t2 - $t1" | bc -l)"
fi
