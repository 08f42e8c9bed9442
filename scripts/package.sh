#!/bin/sh
# SPDX-FileCopyrightText: 2026 Workdeck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from the build directory (default: build) and checks it as a user's
# system would: desktop-file-validate, appstreamcli validate, lintian (no errors), then installs it
# with apt-get, runs the installed `workdeck --version` and removes it again.
set -eu
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
VERSION=$(sed -n 's/^project(Workdeck VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

desktop-file-validate packaging/linux/io.github.workdeck.Workdeck.desktop
appstreamcli validate --no-net --explain packaging/linux/io.github.workdeck.Workdeck.metainfo.xml

rm -f "$BUILD"/workdeck_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
DEB=$(ls "$BUILD"/workdeck_*.deb)
echo "package: $DEB"
dpkg-deb --info "$DEB" | sed -n 's/^ \(Depends\|Recommends\|Section\|Version\):/  \1:/p'
# Errors fail the check; warnings and notes are shown.
lintian --tag-display-limit 0 "$DEB" | tee "$BUILD/lintian.txt" || true
if grep -q '^E:' "$BUILD/lintian.txt"; then
  echo "package: lintian reports errors"
  exit 1
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
WAS_INSTALLED=$(dpkg-query -W -f='${Status}' workdeck 2>/dev/null | grep -c "install ok installed" || true)
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --no-install-recommends "./$DEB" >/dev/null
installed=$(/usr/bin/workdeck --version)
echo "installed: $installed"
if [ "$WAS_INSTALLED" = 0 ]; then
  $SUDO apt-get remove -y -qq workdeck >/dev/null
fi
case "$installed" in
  *"$VERSION"*) echo "package: ok ($VERSION)" ;;
  *) echo "package: the installed workdeck says \"$installed\", not $VERSION"; exit 1 ;;
esac
