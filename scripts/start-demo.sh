#!/usr/bin/env bash
# Installs what is missing, builds, and starts KCC Werkplek on its embedded default: a local
# SQLite demo database in the user's data directory, filled with demo data on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --gui
scripts/build.sh
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "No display found (DISPLAY is not set). Start this from a desktop session, or for a look" >&2
  echo "without one: apt-get install xvfb && xvfb-run -s '-screen 0 1600x1000x24' $0" >&2
  exit 1
fi
exec "${KCC_BUILD_DIR:-build}/app/kcc-werkplek" --demo "$@"
