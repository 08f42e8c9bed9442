#!/bin/sh
# SPDX-FileCopyrightText: 2026 Workdeck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, builds Workdeck with its tests and runs the whole suite with CTest.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
# The real OpenID Connect provider the sign-in test starts (pinned in its package-lock.json).
npm ci --prefix tests/auth/oidc-peer --no-audit --no-fund
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON
cmake --build build
ctest --test-dir build --output-on-failure --timeout 300 "$@"
