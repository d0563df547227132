#!/usr/bin/env bash
# The Debian package of the desks (issue 13, item 10): cpack builds it from this build tree, and
# this checks what IT installs on 60 desks — its control fields and files, the desktop entry (with
# the tel: handler) and AppStream metainfo by their own validators — then installs it into a
# scratch root with dpkg, starts the programs from there, and removes it again, leaving nothing.
# Usage: package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
deb=$(ls "$work"/out/kcc-werkplek_*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Control fields: the plugins Qt loads are named, the libraries found by dpkg-shlibdeps too.
info=$(dpkg-deb -f "$deb" Package Version Architecture Depends)
echo "$info"
for dependency in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6widgets6 libqt6network6 libpq5 libsqlite3-0 libargon2-1; do
  grep -q "$dependency" <<<"$info" || fail "Depends lacks $dependency"
done

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for file in ./usr/bin/kcc-werkplek ./usr/bin/kccctl ./usr/bin/kcc-verwerkingen-doorsturen \
  ./usr/share/applications/nl.gemeente.KccWerkplek.desktop \
  ./usr/share/icons/hicolor/scalable/apps/nl.gemeente.KccWerkplek.svg \
  ./usr/share/metainfo/nl.gemeente.KccWerkplek.metainfo.xml \
  "./usr/share/doc/kcc-werkplek/examples/KCC"; do
  grep -qF "$file" <<<"$contents" || fail "the package lacks $file"
done
# Nothing of the build or the tests goes to the desks.
if grep -E 'tst_|bench_|\.a$|/include/' <<<"$contents"; then fail "the package holds build or test files"; fi

# Installed into a scratch root with dpkg itself, as on a desk.
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
# The scratch root has none of the libraries it depends on (--force-depends): those are the desk's.
dpkg --root="$root" --force-not-root --force-depends --force-script-chrootless --log=/dev/null -i "$deb" \
  >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg could not install the package"; }
dpkg --root="$root" -s kcc-werkplek | grep -q '^Status: install ok installed' || fail "dpkg does not list it installed"

desktop="$root/usr/share/applications/nl.gemeente.KccWerkplek.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate refuses the desktop entry"
grep -q '^MimeType=.*x-scheme-handler/tel;' "$desktop" || fail "the desktop entry does not handle tel: links"
grep -q '^Exec=kcc-werkplek %u$' "$desktop" || fail "the desktop entry does not hand the tel: link over"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/nl.gemeente.KccWerkplek.metainfo.xml" ||
  fail "appstreamcli refuses the metainfo"
grep -q '^\[database\]' "$root/usr/share/doc/kcc-werkplek/examples/KCC Werkplek.conf" ||
  fail "the example settings lack the database section"

# The installed programs start: kccctl makes and checks a database, the GUI answers --version.
db="$work/desk.db"
KCC_LANG=en "$root/usr/bin/kccctl" --db "$db" init >/dev/null || fail "the installed kccctl cannot init"
KCC_LANG=en "$root/usr/bin/kccctl" --db "$db" check >/dev/null || fail "the installed kccctl check fails"
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/kcc-werkplek" --version) || fail "the installed kcc-werkplek does not start"
grep -q "$(dpkg-deb -f "$deb" Version)" <<<"$version" || fail "kcc-werkplek --version says '$version'"

# Removed again: nothing of it stays behind.
dpkg --root="$root" --force-not-root --force-script-chrootless --log=/dev/null --purge kcc-werkplek >/dev/null ||
  fail "dpkg could not remove the package"
left=$(cd "$root" && find . -path ./var/lib/dpkg -prune -o -type f -print)
[[ -z "$left" ]] || fail "files left after purge: $left"
echo "package installs, starts and purges cleanly"
