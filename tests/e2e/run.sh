#!/usr/bin/env bash
# Browser tests (Playwright, Debian's Chromium, no browser download) against a real
# `qingfeng serve` on a fresh SQLite database in a temporary directory:
#   npm ci here; write a qingfeng.toml with server.test_mode = true and
#   server.web_root = <repo>/web/dist; `qingfeng init`, `qingfeng demo`;
#   `qingfeng serve --port 0 --port-file …`; run the specs; always stop the server.
# Environment: QF_BINARY (default <repo>/build/qingfeng), QF_E2E_KEEP=1 keeps the temp dir.
# Screenshots land in tests/e2e/screenshots/ (git-ignored).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
QF_BINARY=${QF_BINARY:-$REPO/build/qingfeng}
case "$QF_BINARY" in /*) ;; *) QF_BINARY=$REPO/$QF_BINARY ;; esac
CHROMIUM=${QF_CHROMIUM:-/usr/bin/chromium}

fail() { echo "e2e: $*" >&2; exit 1; }
[ -x "$QF_BINARY" ] || fail "qingfeng binary not found at $QF_BINARY (set QF_BINARY) / 找不到 qingfeng 可执行文件"
[ -f "$REPO/web/dist/index.html" ] || fail "web/dist is missing: run scripts/build-web.sh first / 缺少前端构建产物"
[ -x "$CHROMIUM" ] || fail "Chromium not found at $CHROMIUM / 找不到 Chromium"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)

WORK=$(mktemp -d /tmp/qf-e2e.XXXXXX)
SERVER_PID=""
cleanup() {
  local rc=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$rc" -ne 0 ] && [ -f "$WORK/server.log" ]; then
    echo "e2e: last lines of the server log:" >&2
    tail -n 40 "$WORK/server.log" >&2 || true
  fi
  # Failures and flaky specs again, last, in a few lines each: a log cut to its tail
  # still names them.
  if [ -f "$WORK/report.json" ]; then
    node "$HERE/summary.mjs" "$WORK/report.json" >&2 || true
  fi
  if [ "${QF_E2E_KEEP:-0}" = 1 ]; then echo "e2e: kept $WORK" >&2; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT

LOCKOUT_FAILURES=5
cat > "$WORK/qingfeng.toml" <<TOML
[server]
address = "127.0.0.1"
port = 0
test_mode = true
web_root = "$REPO/web/dist"

[database]
url = "sqlite:$WORK/qingfeng.db"
backup_dir = "$WORK/backups"

[security]
lockout_failures = $LOCKOUT_FAILURES
lockout_minutes = 15
login_rate_per_minute = 1000
argon2_opslimit = 1
argon2_memlimit = 8388608

[log]
level = "info"

# Petitions and reports: the public listener serves the public report page alone.
[public]
enabled = true
address = "127.0.0.1"
port = 0
web_root = "$REPO/web/dist-public"
TOML

cd "$WORK"
"$QF_BINARY" --config "$WORK/qingfeng.toml" init > "$WORK/init.log" 2>&1 || { cat "$WORK/init.log" >&2; fail "qingfeng init failed"; }
"$QF_BINARY" --config "$WORK/qingfeng.toml" demo > "$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; fail "qingfeng demo failed"; }

PUBLIC_ARGS=()
if "$QF_BINARY" serve --help 2>/dev/null | grep -q -- '--public-port-file'; then
  PUBLIC_ARGS=(--public-port-file "$WORK/public-port")
fi
"$QF_BINARY" --config "$WORK/qingfeng.toml" serve --port 0 --port-file "$WORK/port" "${PUBLIC_ARGS[@]}" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 150); do
  [ -s "$WORK/port" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "qingfeng serve exited early"
  sleep 0.2
done
[ -s "$WORK/port" ] || fail "qingfeng serve did not write its port file"
PORT=$(tr -dc '0-9' < "$WORK/port")
export QF_BASE_URL="http://127.0.0.1:$PORT"
export QF_LOCKOUT_FAILURES=$LOCKOUT_FAILURES
export QF_CHROMIUM=$CHROMIUM
export QF_E2E_WORK=$WORK
for _ in $(seq 1 50); do
  curl -fsS "$QF_BASE_URL/api/v1/health" > /dev/null 2>&1 && break
  sleep 0.2
done
echo "e2e: server at $QF_BASE_URL" >&2
# The public report listener (specs 2x- use QF_PUBLIC_URL; they are skipped without it).
if [ "${#PUBLIC_ARGS[@]}" -gt 0 ]; then
  for _ in $(seq 1 50); do [ -s "$WORK/public-port" ] && break; sleep 0.2; done
  [ -s "$WORK/public-port" ] || fail "qingfeng serve did not write its public port file"
  export QF_PUBLIC_URL="http://127.0.0.1:$(tr -dc '0-9' < "$WORK/public-port")"
  [ -f "$REPO/web/dist-public/index.html" ] || fail "web/dist-public is missing: run scripts/build-web.sh first / 缺少公开举报页构建产物"
  echo "e2e: public listener at $QF_PUBLIC_URL" >&2
fi

cd "$HERE"
export QF_E2E_JSON=$WORK/report.json
npx playwright test "$@"
