#!/usr/bin/env bash
# Installs every Debian 12 package the build, the app and the tests need.
# Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev qt6-l10n-tools qt6-tools-dev-tools
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-wayland
  qtkeychain-qt6-dev
  libgl-dev libvulkan-dev
  xvfb xauth dbus dbus-x11 gnome-keyring
  openssl ca-certificates desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
