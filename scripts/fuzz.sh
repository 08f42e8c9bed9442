#!/bin/sh
# SPDX-FileCopyrightText: 2026 Workdeck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 60),
# seeded from the reference payloads in tests/data. Prints executions and coverage per target;
# exits non-zero on a finding (the crashing input is left in build-fuzz/findings/).
set -eu
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-60}"
BUILD=build-fuzz
sh scripts/deps.sh >/dev/null
command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (apt-get install clang libclang-rt-14-dev)"; exit 1; }
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DWORKDECK_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
TARGETS="$(sed -n 's/^workdeck_add_fuzzer(\(fuzz_[a-z_]*\))$/\1/p' fuzz/CMakeLists.txt)"
# shellcheck disable=SC2086
cmake --build "$BUILD" --target $TARGETS
mkdir -p "$BUILD/findings"
status=0
printf '%-24s %12s %10s %8s %s\n' target executions exec/s cov result
for target in $TARGETS; do
  name="${target#fuzz_}"
  corpus="$BUILD/corpus/$name"
  mkdir -p "$corpus"
  case "$name" in
    aiwbparser) seeds=tests/data/aiwb ;;
    runaiparser) seeds=tests/data/runai ;;
    airmparser) seeds=tests/data/airm ;;
    *) seeds="fuzz/seeds/$name" ;;
  esac
  log="$BUILD/$target.log"
  # shellcheck disable=SC2046
  if ASAN_OPTIONS=detect_leaks=1 "$BUILD/fuzz/$target" -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=4096 \
      -timeout=10 -artifact_prefix="$BUILD/findings/$target-" -print_final_stats=1 \
      "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) >"$log" 2>&1; then
    result=ok
  else
    result="FINDING (see $log)"
    status=1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  printf '%-24s %12s %10s %8s %s\n' "$target" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$result"
done
exit $status
