#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for `make test`: initdb in DIR, a server listening only on
# a Unix socket in DIR/sock, and a database `needlepoint_test`. Writes the connection URI to
# DIR/url. PostgreSQL refuses to run as root, so as root the cluster belongs to the
# `postgres` user (created by the Debian package).
#   tools/pg-test-cluster.sh start DIR
#   tools/pg-test-cluster.sh stop DIR
set -euo pipefail
action=${1:?start or stop}
dir=$(realpath -m "${2:?directory}")
# Clusters of different build directories must not share a port (it names the socket and
# the shared-memory key), so the port is derived from the directory.
port=${NP_PG_PORT:-$((20000 + $(printf '%s' "$dir" | cksum | cut -d' ' -f1) % 20000))}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$bindir/initdb" ]] || { echo "PostgreSQL server binaries not found (make test-deps)" >&2; exit 1; }

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$action" in
  start)
    stop
    mkdir -p "$dir/sock"
    [[ $(id -u) -eq 0 ]] && chown -R postgres:postgres "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $dir/sock -p $port -c max_connections=300 \
          -c shared_buffers=256MB -c fsync=on -c synchronous_commit=on" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/psql" -h "$dir/sock" -p "$port" -U postgres -d postgres -qAt \
      -c "CREATE DATABASE needlepoint_test" >/dev/null
    echo "postgresql:///needlepoint_test?host=$dir/sock&port=$port&user=postgres" >"$dir/url"
    echo "PostgreSQL test cluster ready: $(cat "$dir/url")"
    ;;
  stop)
    stop
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
