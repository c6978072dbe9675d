#!/usr/bin/env bash
# The whole test run (README's test command, and .ci/run): installs dependencies,
# builds the release flavour and the web front end, starts a throwaway PostgreSQL 15
# on loopback, runs every GoogleTest suite against it, then builds the sanitizer
# (ASan+UBSan) flavour and runs the suites again, then the browser tests in headless
# Chromium; the web unit tests (vitest) run right after the web build. Release tests
# run before the sanitizer build so a failure shows early. On failure the last line
# names the stage that failed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JOBS=${JOBS:-$(nproc)}

STAGE=setup
PGDIR=""
cleanup() {
  local rc=$?
  if [ -n "$PGDIR" ]; then bash scripts/pg-throwaway.sh stop "$PGDIR" || true; fi
  # Named last, so a log cut to its tail still says where it failed.
  if [ "$rc" -ne 0 ]; then echo "test: FAILED in stage: $STAGE (exit $rc)" >&2; fi
  exit "$rc"
}
trap cleanup EXIT
trap "exit 130" INT TERM

bash scripts/install-deps.sh
STAGE="release build"
bash scripts/build.sh release
if [ -f web/package.json ]; then
  STAGE="web build"
  bash scripts/build-web.sh
  STAGE="web unit tests (vitest)"
  echo "test: web unit tests (vitest)" >&2
  (cd web && npx vitest run --reporter=dot)
fi

STAGE="throwaway PostgreSQL"
PGDIR=$(mktemp -d /tmp/qf-pg.XXXXXX)
export QF_TEST_PG_URL=$(bash scripts/pg-throwaway.sh start "$PGDIR")
export QF_SHARED_DIR=${QF_SHARED_DIR:-$ROOT/../shared}
export QF_BINARY=$ROOT/build/qingfeng
echo "test: PostgreSQL at $QF_TEST_PG_URL" >&2

echo "test: release build" >&2
STAGE="release ctest"
ctest --test-dir build --output-on-failure -j"$JOBS" --timeout 900
echo "test: sanitizer build (ASan+UBSan)" >&2
STAGE="sanitizer build"
bash scripts/build.sh asan
STAGE="sanitizer ctest"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp \
  QF_BINARY=$ROOT/build-asan/qingfeng ctest --test-dir build-asan --output-on-failure -j"$JOBS" --timeout 1800 -LE slow

if [ -f tests/e2e/package.json ]; then
  echo "test: browser (headless Chromium)" >&2
  STAGE="browser tests (Playwright)"
  bash tests/e2e/run.sh
fi
echo "test: all passed" >&2
