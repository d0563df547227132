#!/bin/sh
# Fails when a test executable links a Qt library its layer must not need (STYLE.md "The house"):
#   linking.sh <layer> <forbidden Qt modules, e.g. "Sql Gui Widgets Network"> <executable>...
# Every executable is checked with ldd, so that a library pulled in indirectly counts too.
set -u
layer=$1
forbidden=$2
shift 2
if [ $# -eq 0 ]; then
    echo "no $layer test executables to check"
    exit 1
fi
pattern=$(printf 'libQt6(%s)\\.so' "$(echo "$forbidden" | tr ' ' '|')")
status=0
for executable in "$@"; do
    if ! libraries=$(ldd "$executable"); then
        echo "$executable: ldd failed"
        status=1
        continue
    fi
    offending=$(echo "$libraries" | grep -E -o "$pattern" | sort -u | tr '\n' ' ')
    if [ -n "$offending" ]; then
        echo "$(basename "$executable"): a $layer test links $offending"
        status=1
    fi
done
[ $status -eq 0 ] && echo "$# $layer test executables link none of: $forbidden"
exit $status
