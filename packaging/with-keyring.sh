#!/usr/bin/env bash
# Runs a command with a real, unlocked Secret Service keyring (gnome-keyring) on the current
# D-Bus session bus. Meant to run inside `dbus-run-session`. The keyring lives in a throwaway
# data directory, so the tests never touch the user's own keyring.
set -euo pipefail

scratch="$(mktemp -d)"
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# A fresh daemon given a password on stdin creates the default "login" keyring unlocked.
eval "$(printf 'ci-keyring-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
export VTEX_DESK_REAL_KEYRING=1
exec "$@"
