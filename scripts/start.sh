#!/usr/bin/env bash
# Installs what is missing, builds the release preset and starts Portrait PRO desktop.
# With no options it runs against the built-in sandbox: nothing is sent to Videograph.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh release portraitpro portraitpro-sandbox
exec ./build/release/app/portraitpro "$@"
