#!/usr/bin/env bash
# Runs a command with a throw-away HOME and an unlocked gnome-keyring on the current session bus.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache
export XDG_RUNTIME_DIR=$home/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
printf 'portraitpro-tests' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
"$@"
