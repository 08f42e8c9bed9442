#!/bin/sh
# SPDX-FileCopyrightText: 2026 Workdeck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything Workdeck needs to build, run and test on Debian 12 (idempotent).
set -eu
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

# trayer: a system tray under Xvfb, for the benchmark of Workdeck idle in the tray.
PACKAGES="cmake ninja-build g++ pkg-config libpcre2-dev clang libclang-rt-14-dev bc
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev
  qtkeychain-qt6-dev libsecret-1-0
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n linguist-qt6
  qt6-qpa-plugins libqt6svg6 libgl-dev
  xvfb xauth dbus gnome-keyring imagemagick openssl nodejs trayer tzdata fonts-dejavu-core
  qt6-image-formats-plugins desktop-file-utils appstream lintian libsimdjson-dev"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

# npm for the sign-in test's OpenID Connect provider (tests/auth/oidc-peer). Node from other
# sources (NodeSource) already brings npm, and Debian's npm package would conflict with it.
if ! command -v npm >/dev/null 2>&1; then
  $SUDO apt-get install -y -qq --no-install-recommends npm
fi
