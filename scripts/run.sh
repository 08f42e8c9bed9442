#!/bin/sh
# SPDX-FileCopyrightText: 2026 Workdeck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, builds Workdeck and starts it on the sandbox cluster.
# Without a display it runs under Xvfb, saves build/screenshot.png and exits after a few seconds.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target workdeck
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/bin/workdeck --demo "$@"
fi
echo "No display: running under Xvfb for a few seconds; the picture goes to build/screenshot.png"
xvfb-run -a -s "-screen 0 1280x800x24" ./build/bin/workdeck --demo --quit-after 5000 --screenshot build/screenshot.png "$@"
echo "Saved build/screenshot.png"
