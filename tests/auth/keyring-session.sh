#!/bin/sh
# SPDX-FileCopyrightText: 2026 Workdeck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a real Secret Service: gnome-keyring, unlocked with a throw-away password
# in a fresh HOME. Usage: dbus-run-session -- sh keyring-session.sh CMD [ARGS...]
set -e
HOME=$(mktemp -d)
export HOME
eval "$(printf '%s' workdeck-ci-throwaway | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
status=0
"$@" || status=$?
rm -rf "$HOME"
exit $status
