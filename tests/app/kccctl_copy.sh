#!/usr/bin/env bash
# kccctl copy and demo on PostgreSQL (issue 13 item 7): a desk's SQLite database moves onto the
# server in one verified transaction, and the same demo --seed gives the same export on both
# engines. Needs the test server of tests/storage/postgresql.cmake (its state directory is $1).
set -euo pipefail
kccctl=${1:?kccctl}
state=${2:?state directory}
uri=$(cat "$state/uri")
export PGPASSFILE="$state/pgpass"
admin="${uri%/postgres}"
copied=kccctl_copy_$$
seeded=kccctl_demo_$$
work=$(mktemp -d)
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/sleutel"; echo >> "$work/sleutel"
chmod 600 "$work/sleutel"
export KCC_PSEUDONIEM_SLEUTEL="$work/sleutel"
trap 'for d in $copied $seeded; do psql -q "$admin/postgres" -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1; done
      psql -q "$admin/postgres" -c "DROP ROLE IF EXISTS \"kopie tester\"" >/dev/null 2>&1; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
rows() { psql -q -X -t -A "$admin/$1" -c "$2"; }

# The desk's file: demo data, plus a text with every character COPY's text format escapes.
"$kccctl" --db "$work/desk.db" demo --partijen 1500 --seed 11 >/dev/null 2>&1 || fail "demo on SQLite"
python3 - "$work/desk.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE klantcontact SET inhoud = ? WHERE rowid = (SELECT min(rowid) FROM klantcontact)",
          ("tab\there\nnew line\r\nbackslash \\ and \\N, not null; é ü ĳ €",))
c.commit()
PY

psql -q "$admin/postgres" -c "CREATE DATABASE $copied" -c "CREATE DATABASE $seeded" >/dev/null
"$kccctl" --db "$work/desk.db" copy --to "$admin/$copied" > "$work/copy.out" 2>"$work/copy.err" \
  || fail "copy: $(cat "$work/copy.err")"
grep -q "copied to .* and verified" "$work/copy.out" || fail "copy report: $(cat "$work/copy.out")"
grep -qP '^partij\t1500$' "$work/copy.out" || fail "partij count in the report"
"$kccctl" --db "$admin/$copied" check | grep -q "no problems found" || fail "check on the copy"

# Every table holds the same rows: the exports of both engines are byte for byte the same.
"$kccctl" --db "$work/desk.db" export "$work/from-sqlite" >/dev/null
"$kccctl" --db "$admin/$copied" export "$work/from-copy" >/dev/null
diff -r "$work/from-sqlite" "$work/from-copy" >/dev/null || fail "the copy exports differently"
grep -q 'tab\\there\\nnew line\\r\\nbackslash \\\\ and \\\\N, not null' "$work/from-copy/klantcontacten.json" \
  || fail "the escaped text is not in the export"
[[ "$(rows "$copied" "SELECT count(*) FROM interne_taak_actor WHERE taak_status IS NULL")" == 0 ]] \
  || fail "queue copies of the task status lost"

# The identities continue after the copied rows: a new medewerker gets a fresh rowid.
printf 'kopie-wachtwoord-1\n' > "$work/password"
"$kccctl" --db "$admin/$copied" user add "Kopie Tester" --role medewerker --functie KCC-medewerker \
  --telefoon 0201234567 --password-file "$work/password" >/dev/null 2>"$work/user.err" || fail "user add after copy: $(cat "$work/user.err")"

# A second copy into the now filled database is refused and changes nothing.
before=$(rows "$copied" "SELECT count(*) FROM partij")
if "$kccctl" --db "$work/desk.db" copy --to "$admin/$copied" >/dev/null 2>"$work/again.err"; then fail "copy into a filled database"; fi
grep -q "already holds records" "$work/again.err" || fail "refusal message: $(cat "$work/again.err")"
[[ "$(rows "$copied" "SELECT count(*) FROM partij")" == "$before" ]] || fail "the refused copy changed the target"
# Only SQLite to PostgreSQL.
if "$kccctl" --db "$admin/$copied" copy --to "$admin/$seeded" >/dev/null 2>&1; then fail "copy from PostgreSQL"; fi

# demo --seed on PostgreSQL writes exactly what it writes on SQLite.
"$kccctl" --db "$work/seeded.db" demo --partijen 1500 --seed 11 >/dev/null 2>&1
"$kccctl" --db "$admin/$seeded" demo --partijen 1500 --seed 11 >/dev/null 2>"$work/demo.err" || fail "demo on PostgreSQL: $(cat "$work/demo.err")"
"$kccctl" --db "$work/seeded.db" export "$work/seeded-sqlite" >/dev/null
"$kccctl" --db "$admin/$seeded" export "$work/seeded-pg" >/dev/null
diff -r "$work/seeded-sqlite" "$work/seeded-pg" >/dev/null || fail "demo --seed differs between the engines"
if "$kccctl" --db "$admin/$seeded" demo --partijen 10 >/dev/null 2>&1; then fail "demo into a filled PostgreSQL database"; fi
echo "kccctl copy and demo on PostgreSQL: ok"
