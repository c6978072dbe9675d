#!/usr/bin/env bash
# Configures and builds one flavour: `release` into build/, `asan` (ASan+UBSan, no
# benchmarks) into build-asan/. Targets after the flavour build only those (`make run`
# builds the `qingfeng` executable alone, not the tests and benchmarks); none = all.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-$(nproc)}
case "${1:-release}" in
  release) dir=build; flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  # -O1 -g1: sanitizer reports keep file:line, and the build is far cheaper than -O2 -g.
  asan) dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
        "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" -DQF_SANITIZE=ON -DQF_BUILD_BENCH=OFF) ;;
  *) echo "usage: $0 release|asan [TARGET…]" >&2; exit 2 ;;
esac
shift || true
targets=()
for t in "$@"; do targets+=(--target "$t"); done
gen=()
if command -v ninja >/dev/null; then gen=(-G Ninja); fi
if [ ! -f "$dir/CMakeCache.txt" ]; then
  cmake -S . -B "$dir" "${gen[@]}" "${flags[@]}" >/dev/null
fi
cmake --build "$dir" -j"$JOBS" "${targets[@]}"
