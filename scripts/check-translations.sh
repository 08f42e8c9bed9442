#!/bin/sh
# SPDX-FileCopyrightText: 2026 Workdeck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation is behind the sources (run `cmake --build build --target
# update_translations`, then translate what is new) or has an unfinished entry.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=/usr/lib/qt6/bin/lupdate
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
status=0
# The same sources and options as translations/CMakeLists.txt.
find src ui -name '*.cpp' -o -name '*.h' -o -name '*.ui' | sort >"$TMP/sources.lst"
for ts in translations/workdeck_*.ts; do
  cp "$ts" "$TMP/$(basename "$ts")"
  "$LUPDATE" -silent -no-obsolete -locations none -no-ui-lines "@$TMP/sources.lst" -ts "$TMP/$(basename "$ts")"
  if ! cmp -s "$ts" "$TMP/$(basename "$ts")"; then
    echo "translations: $ts is behind the sources:"
    diff -u "$ts" "$TMP/$(basename "$ts")" | grep '^[-+] *<source>' | head -20
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$unfinished" != 0 ]; then
    echo "translations: $ts has $unfinished unfinished entries"
    status=1
  fi
done
[ $status = 0 ] && echo "translations: up to date and complete ($(grep -c '<message' translations/workdeck_de.ts) messages)"
exit $status
