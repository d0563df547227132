#!/bin/sh
# Usage: export_openapi.sh KCCCTL VALIDATOR SPEC WORKDIR
# demo data -> export -> OpenAPI validation -> import into an empty database -> export -> diff.
set -eu
kccctl=$1
validator=$2
spec=$3
work=$4

rm -rf "$work"
mkdir -p "$work"

echo "== demo data"
"$kccctl" --db "$work/demo.sqlite" demo --partijen 300 --klantcontacten 600 --seed 7
echo "== export"
"$kccctl" --db "$work/demo.sqlite" export "$work/out"
echo "== validate against $spec"
/usr/bin/python3 "$validator" "$spec" "$work/out"
echo "== import into an empty database"
"$kccctl" --db "$work/b.sqlite" import "$work/out"
echo "== export again"
"$kccctl" --db "$work/b.sqlite" export "$work/out2"
echo "== compare"
diff -r "$work/out" "$work/out2"
echo "export_openapi: identical after export -> import -> export"
