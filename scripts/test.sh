#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (QTest suites, the OpenAPI
# validation of an export, the translation check) without a display.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${KCC_BUILD_DIR:-build}" --output-on-failure -j "${KCC_JOBS:-$(nproc)}"
