#!/usr/bin/env bash
# HTTP benchmark of the staff application: `qingfeng serve` on SQLite (and on a
# throwaway PostgreSQL 15), the demo bureau (`qingfeng demo`), one signed-in session,
# and wrk loading a login-protected list endpoint at 50 and 500 keep-alive connections.
# Prints requests/s, p50/p99 latency and errors per run, and the machine.
#
#   bench/http/run.sh [--db sqlite|postgres|both] [--duration 20s] [--connections "50 500"]
#                     [--path "/api/v1/org/people?page=1"]… [--user renshi]
#                     [--server-toml 'worker_threads = 2']   (lines added under [server])
#                     [--archive 100000]   (qf_clue_archive grows the demo to N clues, 5,000 people)
#
# --path may be given several times: each path is loaded in turn on the same server.
# "{clue}" in a path stands for the first clue of the user's register (GET /clues).
#
# Targets (docs/benchmarks.md): ≥5,000 requests/s and p99 ≤50 ms at 500 connections on
# SQLite, no errors. Figures are printed, never asserted.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="${QF_BINARY:-$ROOT/build/qingfeng}"
DB=sqlite
DURATION=20s
CONNECTIONS="50 500"
TARGET_PATHS=()
ARCHIVE=0
USER_NAME=renshi
PASSWORD='Qingfeng@2026'
WRK_THREADS=2
SERVER_TOML=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --path) TARGET_PATHS+=("$2"); shift 2 ;;
    --archive) ARCHIVE="$2"; shift 2 ;;
    --user) USER_NAME="$2"; shift 2 ;;
    --binary) BIN="$2"; shift 2 ;;
    --server-toml) SERVER_TOML="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "未知参数 / unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ ${#TARGET_PATHS[@]} -gt 0 ]] || TARGET_PATHS=("/api/v1/org/people?page=1")
ARCHIVE_BIN="$(dirname "$BIN")/bench/http/qf_clue_archive"
if [[ "$ARCHIVE" != 0 && ! -x "$ARCHIVE_BIN" ]]; then
  echo "找不到归档生成程序 / archive generator not found: $ARCHIVE_BIN (cmake --build build --target qf_clue_archive)" >&2; exit 2
fi
[[ -x "$BIN" ]] || { echo "找不到 qingfeng 程序 / qingfeng binary not found: $BIN (build first or set QF_BINARY)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "需要 wrk / wrk is required" >&2; exit 2; }

WORK="$(mktemp -d /tmp/qf-bench-http.XXXXXX)"
SERVER_PID=""
PG_DIR=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [[ -n "$PG_DIR" ]]; then bash "$ROOT/scripts/pg-throwaway.sh" stop "$PG_DIR" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== 机器 / Machine =="
lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core|Socket)' | sed 's/  */ /g'
free -h | awk '/^Mem:/ {print "RAM: " $2}'
echo "Server: $("$BIN" version | head -1), ${SERVER_TOML:-defaults (io_threads=1, worker_threads=0: auto, one per core with SQLite)}; wrk -t$WRK_THREADS on the same machine"
echo

cat > "$WORK/session.lua" <<'LUA'
local cookie = os.getenv("QF_BENCH_COOKIE")
wrk.headers["Cookie"] = cookie
LUA

run_one() {  # $1 = label, $2 = database URL
  local label="$1" url="$2"
  local cfg="$WORK/qingfeng.toml"
  printf '[log]\nlevel = "warn"\n' > "$cfg"
  [[ -z "$SERVER_TOML" ]] || printf '[server]\n%s\n' "$SERVER_TOML" >> "$cfg"
  "$BIN" --config "$cfg" --database "$url" migrate >/dev/null
  "$BIN" --config "$cfg" --database "$url" demo >"$WORK/demo-$label.txt" 2>&1 || { cat "$WORK/demo-$label.txt" >&2; exit 1; }
  if [[ "$ARCHIVE" != 0 ]]; then
    "$ARCHIVE_BIN" --database "$url" --clues "$ARCHIVE" --people 5000 | sed "s/^/$label /" >&2
  fi
  rm -f "$WORK/port"
  "$BIN" --config "$cfg" --database "$url" serve --port 0 --port-file "$WORK/port" \
    >"$WORK/serve-$label.out" 2>"$WORK/serve-$label.log" &
  SERVER_PID=$!
  for _ in $(seq 1 300); do [[ -s "$WORK/port" ]] && break; sleep 0.1; done
  local port; port="$(cat "$WORK/port")"
  local base="http://127.0.0.1:$port"
  local cookie
  cookie="$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"username\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" "$base/api/v1/auth/login" |
      tr -d '\r' | awk -F': ' 'tolower($1)=="set-cookie" {split($2,a,";"); print a[1]}' | grep '^qf_session=' | head -1)"
  [[ -n "$cookie" ]] || { echo "登录失败 / login failed for $USER_NAME" >&2; exit 1; }
  local first_clue=""
  for raw in "${TARGET_PATHS[@]}"; do
    local path="$raw"
    if [[ "$path" == *"{clue}"* ]]; then
      [[ -n "$first_clue" ]] || first_clue="$(curl -s -H "Cookie: $cookie" "$base/api/v1/clues?page=1&page_size=1" |
                                              python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')"
      path="${path//\{clue\}/$first_clue}"
    fi
    local check; check="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")"
    [[ "$check" == 200 ]] || { echo "$path answered $check" >&2; exit 1; }
    # Warm-up.
    QF_BENCH_COOKIE="$cookie" wrk -t"$WRK_THREADS" -c50 -d3s -s "$WORK/session.lua" "$base$path" >/dev/null
    for c in $CONNECTIONS; do
      local out
      out="$(QF_BENCH_COOKIE="$cookie" wrk -t"$WRK_THREADS" -c"$c" -d"$DURATION" --timeout 10s --latency \
             -s "$WORK/session.lua" "$base$path")"
      local rps p50 p99 non2xx sock
      rps="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")"
      p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
      p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
      non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")"
      sock="$(awk '/Socket errors:/ {sub(/^.*Socket errors: /,""); print}' <<<"$out")"
      printf '| %-8s | %-40s | %5s | %8s | %8s | %8s | %s |\n' "$label" "${path#/api/v1}" "$c" "$rps" "$p50" "$p99" \
        "non-2xx ${non2xx:-0}${sock:+; socket: $sock}"
    done
  done
  kill -TERM "$SERVER_PID"; wait "$SERVER_PID" || true; SERVER_PID=""
}

ARCHIVE_NOTE=""
[[ "$ARCHIVE" == 0 ]] || ARCHIVE_NOTE=", demo grown to an archive of $ARCHIVE clues and 5,000 people"
echo "GET as $USER_NAME, $DURATION per run$ARCHIVE_NOTE"
echo
echo "| database | path                                     | conns | req/s    | p50      | p99      | errors |"
echo "|----------|------------------------------------------|-------|----------|----------|----------|--------|"
if [[ "$DB" == sqlite || "$DB" == both ]]; then
  run_one sqlite "sqlite:$WORK/qingfeng.db"
fi
if [[ "$DB" == postgres || "$DB" == both ]]; then
  PG_DIR="$(mktemp -u /tmp/qf-bench-pg.XXXXXX)"  # not inside $WORK: the postgres user must reach it
  pg_url="$(bash "$ROOT/scripts/pg-throwaway.sh" start "$PG_DIR" | tail -1)"
  run_one postgres "$pg_url"
fi
