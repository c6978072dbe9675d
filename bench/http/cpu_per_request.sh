#!/usr/bin/env bash
# Server CPU per request: starts `qingfeng serve` on a fresh SQLite database with the
# demo bureau, signs in, runs wrk against one endpoint and divides the server's
# utime+stime (from /proc/<pid>/stat) by the requests wrk completed. Robust on a shared
# machine, unlike requests/s. Optionally records a perf profile of the server.
#
#   bench/http/cpu_per_request.sh [--path "/api/v1/org/people?page=1"] [--duration 10s]
#                                 [--connections 50] [--perf out.data] [--binary path]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="${QF_BINARY:-$ROOT/build/qingfeng}"
TARGET_PATH="/api/v1/org/people?page=1"
DURATION=10s
CONNS=50
PERF_OUT=""
USER_NAME=renshi
PASSWORD='Qingfeng@2026'
while [[ $# -gt 0 ]]; do
  case "$1" in
    --path) TARGET_PATH="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNS="$2"; shift 2 ;;
    --perf) PERF_OUT="$2"; shift 2 ;;
    --binary) BIN="$2"; shift 2 ;;
    --user) USER_NAME="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "未知参数 / unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ -x "$BIN" ]] || { echo "找不到 qingfeng 程序 / qingfeng binary not found: $BIN" >&2; exit 2; }

WORK="$(mktemp -d /tmp/qf-bench-cpu.XXXXXX)"
SERVER_PID=""
PERF_PID=""
cleanup() {
  if [[ -n "$PERF_PID" ]]; then kill -INT "$PERF_PID" 2>/dev/null || true; wait "$PERF_PID" 2>/dev/null || true; fi
  if [[ -n "$SERVER_PID" ]]; then kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

cfg="$WORK/qingfeng.toml"
url="sqlite:$WORK/qingfeng.db"
printf '[log]\nlevel = "warn"\n' > "$cfg"
"$BIN" --config "$cfg" --database "$url" migrate >/dev/null
"$BIN" --config "$cfg" --database "$url" demo >"$WORK/demo.txt" 2>&1 || { cat "$WORK/demo.txt" >&2; exit 1; }
"$BIN" --config "$cfg" --database "$url" serve --port 0 --port-file "$WORK/port" >"$WORK/serve.out" 2>"$WORK/serve.log" &
SERVER_PID=$!
for _ in $(seq 1 300); do [[ -s "$WORK/port" ]] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$WORK/port")"
cookie="$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" "$base/api/v1/auth/login" |
    tr -d '\r' | awk -F': ' 'tolower($1)=="set-cookie" {split($2,a,";"); print a[1]}' | grep '^qf_session=' | head -1)"
[[ -n "$cookie" ]] || { echo "登录失败 / login failed" >&2; exit 1; }
printf 'wrk.headers["Cookie"] = os.getenv("QF_BENCH_COOKIE")\n' > "$WORK/session.lua"
QF_BENCH_COOKIE="$cookie" wrk -t2 -c"$CONNS" -d2s -s "$WORK/session.lua" "$base$TARGET_PATH" >/dev/null

ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
hz="$(getconf CLK_TCK)"
if [[ -n "$PERF_OUT" ]]; then
  perf record -q --call-graph dwarf -F 499 -p "$SERVER_PID" -o "$PERF_OUT" >/dev/null 2>&1 &
  PERF_PID=$!
  sleep 1
fi
t0="$(ticks)"
out="$(QF_BENCH_COOKIE="$cookie" wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s "$WORK/session.lua" "$base$TARGET_PATH")"
t1="$(ticks)"
if [[ -n "$PERF_PID" ]]; then kill -INT "$PERF_PID"; wait "$PERF_PID" || true; PERF_PID=""; fi
reqs="$(awk '/requests in/ {print $1}' <<<"$out")"
non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")"
rps="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")"
us="$(awk -v a="$t0" -v b="$t1" -v hz="$hz" -v n="$reqs" 'BEGIN {printf "%.0f", (b - a) / hz * 1e6 / n}')"
echo "GET $TARGET_PATH c=$CONNS: $reqs requests ($rps/s), non-2xx ${non2xx:-0}, server CPU $us µs/request; load $(cut -d' ' -f1-3 /proc/loadavg)"
