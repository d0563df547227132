#!/usr/bin/env bash
# kccctl on PostgreSQL (issue 13): init creates the schema with its roles and policies, user add
# creates the medewerker and their own login, and that login gets what the policies allow in psql.
# Needs the test server of tests/storage/postgresql.cmake (its state directory is $1).
set -euo pipefail
kccctl=${1:?kccctl}
state=${2:?state directory}
uri=$(cat "$state/uri")
export PGPASSFILE="$state/pgpass"
# The municipality's pseudonym key, the same file on every seat of a shared database.
export KCC_PSEUDONIEM_SLEUTEL
database=kccctl_pg_$$
admin="${uri%/postgres}"
work=$(mktemp -d)
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/sleutel"; echo >> "$work/sleutel"
chmod 600 "$work/sleutel"
KCC_PSEUDONIEM_SLEUTEL="$work/sleutel"
trap 'psql -q "$admin/postgres" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1;
      psql -q "$admin/postgres" -c "DROP ROLE IF EXISTS \"jan de vries\"" >/dev/null 2>&1; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

psql -q "$admin/postgres" -c "CREATE DATABASE $database" >/dev/null
"$kccctl" --db "$admin/$database" init | grep -q "is ready (schema version" || fail "init"

# A password in the address is refused, and so is a password on the command line.
if "$kccctl" --db "postgresql://postgres:geheim@127.0.0.1:1/$database" init 2>"$work/err"; then fail "password in URI"; fi
grep -q "contains a password" "$work/err" || fail "password in URI message: $(cat "$work/err")"

psql -q "$admin/$database" -c "INSERT INTO actor (uuid, naam, soort_actor, indicatie_actief, heeft_actor_identificatie)
  VALUES ('00000000-0000-4000-8000-00000000000a', 'Vergunningen', 'organisatorische_eenheid', 1, 0)" >/dev/null
printf 'jan-zijn-wachtwoord-1\n' > "$work/password"
"$kccctl" --db "$admin/$database" user add "Jan de Vries" --role medewerker --afdeling Vergunningen --functie KCC-medewerker \
  --telefoon 0201234567 --password-file "$work/password" | grep -q "with a PostgreSQL login" || fail "user add"

# Jan signs in with his own login: he reads what the werkplek shows and cannot delete or read hashes.
port=$(sed -E 's#.*:([0-9]+)/postgres#\1#' <<<"$uri")
printf '127.0.0.1:%s:*:jan de vries:jan-zijn-wachtwoord-1\n' "$port" > "$work/janpass"
chmod 600 "$work/janpass"
as_jan() { PGPASSFILE="$work/janpass" psql -q -X -t -A "host=127.0.0.1 port=$port user='jan de vries' dbname=$database" -c "$1"; }
[[ "$(as_jan 'SELECT kcc_actor() IS NOT NULL')" == "t" ]] || fail "jan's login does not map to his actor"
[[ "$(as_jan "SELECT count(*) FROM afdeling_lid")" == "1" ]] || fail "membership"
if as_jan "DELETE FROM klantcontact" 2>"$work/err"; then fail "jan may delete klantcontacten"; fi
grep -q "permission denied" "$work/err" || fail "delete message: $(cat "$work/err")"
if as_jan "SELECT wachtwoord_hash FROM account" 2>"$work/err"; then fail "jan reads password hashes"; fi
if PGPASSFILE=/dev/null psql -q -X -t -A -w "host=127.0.0.1 port=$port user='jan de vries' dbname=$database" \
  -c "SELECT 1" 2>/dev/null; then fail "signed in without a password"; fi
echo "kccctl on PostgreSQL: init, user add and the login's rights work"
