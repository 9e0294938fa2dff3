#!/usr/bin/env bash
# Installs what is missing, builds the dev and asan presets and runs every test with CTest:
# once as built for development, once under AddressSanitizer and UBSan, where a use after free,
# a leak or undefined behaviour fails the test it happens in.
# Tests run on the offscreen platform inside a private D-Bus session with an unlocked keyring,
# so keychain tests never touch the user's own; the GUI suite also runs once under Xvfb (xcb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh dev
bash scripts/build.sh asan
status=0
for preset in dev asan; do
  echo "== Tests: $preset preset"
  dbus-run-session -- bash scripts/with-keyring.sh \
    ctest --preset "$preset" -j "$(nproc)" "$@" || status=$?
done
exit "$status"
