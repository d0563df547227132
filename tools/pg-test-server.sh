#!/usr/bin/env bash
# A private PostgreSQL 15 server for the test suite: loopback only, on a free port, in a
# temporary directory, with scram-sha-256 for TCP connections. ctest starts it as the fixture
# "postgres" and stops it at the end (tests/storage/postgresql.cmake).
#
#   tools/pg-test-server.sh start STATE_DIR   writes STATE_DIR/uri (the superuser's URI, no
#                                             password) and STATE_DIR/pgpass (for PGPASSFILE)
#   tools/pg-test-server.sh restart STATE_DIR  a fast restart on the same port (bench_load: the
#                                             server going away in the middle of a KCC morning)
#   tools/pg-test-server.sh stop STATE_DIR
set -euo pipefail
command=${1:?start or stop}
state=${2:?state directory}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$bindir/initdb" ]] || { echo "PostgreSQL's server is not installed (apt-get install postgresql)" >&2; exit 1; }

# initdb refuses to run as root: the server then runs as the postgres user.
as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
start)
  mkdir -p "$state"
  if [[ -f "$state/data" ]] && [[ -d "$(cat "$state/data")" ]]; then "$0" stop "$state" || true; fi
  data=$(mktemp -d /tmp/kcc-pgtest.XXXXXX)
  echo "$data" > "$state/data"
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" > "$data/pwfile"
  [[ $(id -u) -eq 0 ]] && chown -R postgres "$data"
  chmod 700 "$data"
  as_server_user "$bindir/initdb" -D "$data/cluster" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$data/pwfile" >"$state/initdb.log" 2>&1 \
    || { cat "$state/initdb.log" >&2; exit 1; }
  rm -f "$data/pwfile"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_server_user "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$data/server.log" >&2; exit 1; }
  printf 'postgresql://postgres@127.0.0.1:%s/postgres\n' "$port" > "$state/uri"
  printf '127.0.0.1:%s:*:postgres:%s\n' "$port" "$password" > "$state/pgpass"
  chmod 600 "$state/pgpass"
  echo "PostgreSQL test server on 127.0.0.1:$port ($data)"
  ;;
restart)
  data=$(cat "$state/data")
  as_server_user "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -m fast -w -t 60 restart >/dev/null
  ;;
stop)
  [[ -f "$state/data" ]] || exit 0
  data=$(cat "$state/data")
  if [[ -d "$data/cluster" ]]; then
    as_server_user "$bindir/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data" "$state/data" "$state/uri" "$state/pgpass"
  ;;
*) echo "usage: $0 start|restart|stop STATE_DIR" >&2; exit 2 ;;
esac
