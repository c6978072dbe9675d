#!/usr/bin/env bash
# The whole test run (README's test command, and .ci/run): installs dependencies,
# builds the release flavour and the web front end, starts a throwaway PostgreSQL 15
# on loopback, runs every GoogleTest suite against it, then builds the sanitizer
# (ASan+UBSan) flavour and runs the suites again, then the browser tests in headless
# Chromium. Release tests run before the sanitizer build so a failure shows early.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JOBS=${JOBS:-$(nproc)}

bash scripts/install-deps.sh
bash scripts/build.sh release
if [ -f web/package.json ]; then bash scripts/build-web.sh; fi

PGDIR=$(mktemp -d /tmp/qf-pg.XXXXXX)
cleanup() { bash scripts/pg-throwaway.sh stop "$PGDIR" || true; }
trap cleanup EXIT
trap "exit 130" INT TERM
export QF_TEST_PG_URL=$(bash scripts/pg-throwaway.sh start "$PGDIR")
export QF_SHARED_DIR=${QF_SHARED_DIR:-$ROOT/../shared}
export QF_BINARY=$ROOT/build/qingfeng
echo "test: PostgreSQL at $QF_TEST_PG_URL" >&2

echo "test: release build" >&2
ctest --test-dir build --output-on-failure -j"$JOBS" --timeout 900
echo "test: sanitizer build (ASan+UBSan)" >&2
bash scripts/build.sh asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  QF_BINARY=$ROOT/build-asan/qingfeng ctest --test-dir build-asan --output-on-failure -j"$JOBS" --timeout 1800 -LE slow

if [ -f tests/e2e/package.json ]; then
  echo "test: browser (headless Chromium)" >&2
  bash tests/e2e/run.sh
fi
echo "test: all passed" >&2
