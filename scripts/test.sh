#!/usr/bin/env bash
# The whole test run (README's test command, and .ci/run): installs dependencies,
# builds the release flavour and the web front end, starts a throwaway PostgreSQL 15
# on loopback, runs every GoogleTest suite against it, then builds the sanitizer
# (ASan+UBSan) flavour and runs the suites again (as below), then the browser tests in headless
# Chromium; the web unit tests (vitest) run right after the web build. Release tests
# run before the sanitizer build so a failure shows early. On failure the last line
# names the stage that failed. Each stage's wall time is printed as it ends (the CI run
# has a 90-minute limit on 2 cores; the cold builds are most of it).
#
# The sanitizer pass runs the suites on SQLite, and the store suites (the PostgreSQL
# backend's own code) on both databases: every other suite's PostgreSQL run is in the
# release pass. The application code above the store is the same on both backends; with
# every suite on both databases in both passes the CI run took 5101 s of its 5400.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JOBS=${JOBS:-$(nproc)}

STAGE=setup
PGDIR=""
T0=$SECONDS
TS=$SECONDS
# Ends the current stage (prints its wall time) and names the next.
stage() {
  echo "test: stage \"$STAGE\" took $((SECONDS - TS)) s (total $((SECONDS - T0)) s)" >&2
  STAGE=$1
  TS=$SECONDS
}
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
stage "release build"
bash scripts/build.sh release
if [ -f web/package.json ]; then
  stage "web build"
  bash scripts/build-web.sh
  stage "web unit tests (vitest)"
  echo "test: web unit tests (vitest)" >&2
  (cd web && npx vitest run --reporter=dot)
fi

stage "throwaway PostgreSQL"
PGDIR=$(mktemp -d /tmp/qf-pg.XXXXXX)
export QF_TEST_PG_URL=$(bash scripts/pg-throwaway.sh start "$PGDIR")
export QF_SHARED_DIR=${QF_SHARED_DIR:-$ROOT/../shared}
export QF_BINARY=$ROOT/build/qingfeng
echo "test: PostgreSQL at $QF_TEST_PG_URL" >&2

stage "release ctest"
ctest --test-dir build --output-on-failure -j"$JOBS" --timeout 900
echo "test: sanitizer build (ASan+UBSan)" >&2
stage "sanitizer build"
bash scripts/build.sh asan
san_env=(ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
         LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp QF_BINARY=$ROOT/build-asan/qingfeng)
stage "sanitizer ctest (SQLite)"
env -u QF_TEST_PG_URL "${san_env[@]}" \
  ctest --test-dir build-asan --output-on-failure -j"$JOBS" --timeout 1800 -LE slow
stage "sanitizer ctest (store suites, PostgreSQL)"
env "${san_env[@]}" ctest --test-dir build-asan --output-on-failure -j"$JOBS" --timeout 1800 -L store

if [ -f tests/e2e/package.json ]; then
  echo "test: browser (headless Chromium)" >&2
  stage "browser tests (Playwright)"
  bash tests/e2e/run.sh
fi
stage done
echo "test: all passed" >&2
