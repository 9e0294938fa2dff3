#!/usr/bin/env bash
# Installs what is missing, builds the dev preset and runs every test with CTest.
# Tests run on the offscreen platform inside a private D-Bus session with an unlocked keyring,
# so keychain tests never touch the user's own; the GUI suite also runs once under Xvfb (xcb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh dev
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- bash scripts/with-keyring.sh \
  ctest --preset dev -j "$(nproc)" "$@"
