#!/usr/bin/env bash
# Peak RSS and wall time of `kccctl import` for dumps of several sizes, side by side, so that the
# growth of memory with the dump shows (README "Benchmarks"). Usage:
#   bench/import_memory.sh [PARTIJEN...]        (default: 50000 200000)
# Needs a built kccctl (scripts/build.sh) and GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
kccctl=${KCCCTL:-build/app/kccctl}
work=$(mktemp -d "${TMPDIR:-/tmp}/kcc-import-memory.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '%-10s %10s %12s %10s %14s\n' partijen "dump MiB" "import s" "peak MiB" "peak / dump"
for partijen in "${@:-50000 200000}"; do
    for n in $partijen; do
        "$kccctl" --db "$work/src-$n.sqlite" demo --partijen "$n" >/dev/null 2>&1
        mkdir -m 700 "$work/dump-$n"
        "$kccctl" --db "$work/src-$n.sqlite" export "$work/dump-$n" >/dev/null
        dump_kib=$(du -sk "$work/dump-$n" | cut -f1)
        /usr/bin/time -o "$work/time-$n" -f "%e %M" "$kccctl" --db "$work/dst-$n.sqlite" import "$work/dump-$n" >/dev/null
        read -r seconds peak_kib <"$work/time-$n"
        awk -v n="$n" -v d="$dump_kib" -v s="$seconds" -v p="$peak_kib" \
            'BEGIN { printf "%-10s %10.0f %12.1f %10.0f %14.2f\n", n, d / 1024, s, p / 1024, p / d }'
        rm -rf "$work/src-$n.sqlite"* "$work/dst-$n.sqlite"* "$work/dump-$n"
    done
done
