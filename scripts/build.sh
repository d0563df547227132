#!/usr/bin/env bash
# Configures and builds everything (application, kccctl, tests, benchmarks) into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${KCC_BUILD_DIR:-build}
jobs=${KCC_JOBS:-$(nproc)}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${KCC_BUILD_TYPE:-RelWithDebInfo} -DKCC_TRANSLATION_CHECK=ON >/dev/null
cmake --build "$build_dir" -j "$jobs"
