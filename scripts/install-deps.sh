#!/usr/bin/env bash
# Installs what KCC Werkplek needs to build, run and test on Debian 12, and nothing when it is
# all there already. Needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config
  # LLVM's linker: links each test in a second instead of eight (CMakeLists.txt)
  lld
  # Qt 6.4 (Debian 12): Widgets, Sql (SQLite + PostgreSQL drivers), Network, Test, Charts, Linguist tools
  qt6-base-dev libqt6opengl6-dev libxkbcommon-dev libqt6sql6-sqlite libqt6sql6-psql
  # Qt Charts: the supervisor's figures (issue 5)
  qt6-charts-dev
  # the Open Klant token in the operating system's keyring (issue 14; sync/ only)
  qtkeychain-qt6-dev
  # SQLite's C API for the bulk demo load (the same library Qt's SQLite driver uses)
  libsqlite3-dev
  # password hashes: Argon2id (libargon2), and OpenSSL's PBKDF2 for hashes stored before it
  libargon2-dev libssl-dev
  # the shared PostgreSQL engine: libpq (SCRAM verifiers for new logins), and the server that the
  # test suite starts privately (tools/pg-test-server.sh)
  libpq-dev postgresql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  fonts-dejavu-core
  # the package test: dpkg-shlibdeps (dpkg-dev), the desktop entry and AppStream validators
  dpkg-dev desktop-file-utils appstream
  # the independent OpenAPI validator used by the tests
  python3 python3-jsonschema python3-yaml
  # the ISO code lists that tools/gen_isocodes.py turns into model/isocodes.cpp (checked by a test)
  iso-codes
)
if [[ "${1:-}" == "--gui" ]]; then
  # a real window needs an X server platform plugin's runtime pieces
  packages+=(libgl1 libegl1 libxcb-cursor0)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
# Prism, the validating mock of the Klantinteracties spec for the sync tests (npm ci by a ctest
# fixture). By command, not by package: a Node.js from elsewhere (nodesource) brings its own npm,
# and Debian's npm package would conflict with it.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}" >&2
run_as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Please run this as root (apt-get needs it): ${missing[*]}" >&2; exit 1; fi
}
export DEBIAN_FRONTEND=noninteractive
run_as_root apt-get update -qq
run_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
