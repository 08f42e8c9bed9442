#!/bin/sh
# SPDX-FileCopyrightText: 2026 Workdeck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, builds Workdeck with its tests and benchmarks and runs the whole suite
# with CTest; builds and checks the Debian package (scripts/package.sh); then the sanitizer subset
# (AddressSanitizer + UBSan over the parsers, models and the stream client) and a short libFuzzer
# run of every fuzz target.
# Extra arguments go to the first ctest run. WORKDECK_FUZZ_SECONDS sets the fuzzing time per
# target (default 45; 0 skips fuzzing); WORKDECK_SKIP_ASAN=1 skips the sanitizer subset.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
# The real OpenID Connect provider the sign-in test starts (pinned in its package-lock.json).
npm ci --prefix tests/auth/oidc-peer --no-audit --no-fund
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON
cmake --build build
ctest --test-dir build --output-on-failure --timeout 300 "$@"

echo "== Translations: up to date with the sources, nothing unfinished =="
sh scripts/check-translations.sh

echo "== Debian package: build, validate, install, run =="
sh scripts/package.sh build

if [ "${WORKDECK_SKIP_ASAN:-0}" != 1 ]; then
  echo "== AddressSanitizer + UBSan: parsers, models, stream client =="
  ASAN_TESTS="tst_workloadstatus tst_aiwbparser tst_jsonreader tst_logframeparser tst_ansiparser tst_csvwriter tst_chartdata
    tst_statuschange tst_apiclient tst_aiwbbackend tst_logtailservice tst_workloadcache tst_runaiparser tst_runaibackend
    tst_airmparser tst_airmbackend
    tst_workloadtablemodel tst_workloadpageproxymodel tst_loglinemodel tst_projectlistmodel"
  cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON -DWORKDECK_ENABLE_ASAN=ON >/dev/null
  # shellcheck disable=SC2086
  cmake --build build/asan --target $ASAN_TESTS
  pattern="^($(echo $ASAN_TESTS | tr ' ' '|'))\$"
  # Leak checking stays off: Qt's own caches (fontconfig, network threads) show as leaks at exit.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build/asan --output-on-failure --timeout 600 -R "$pattern"
fi

if [ "${WORKDECK_FUZZ_SECONDS:-45}" != 0 ]; then
  echo "== libFuzzer: ${WORKDECK_FUZZ_SECONDS:-45} s per target =="
  sh scripts/fuzz.sh "${WORKDECK_FUZZ_SECONDS:-45}"
fi
