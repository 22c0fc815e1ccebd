#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for `make test` (and the bench's data set): a server
# listening only on a Unix socket, with a database `needlepoint_test`. DIR (in the build
# folder) receives the connection URI in DIR/url; the cluster itself lives in a private
# directory under /tmp named in DIR/cluster, because PostgreSQL refuses to run as root and
# the `postgres` user (created by the Debian package) may not reach a build folder under,
# say, /root (mode 0700) — and a socket path must stay under 108 bytes.
#   tools/pg-test-cluster.sh start DIR    a fresh, empty cluster (replacing DIR's old one)
#   tools/pg-test-cluster.sh ensure DIR   DIR's cluster running, its data kept; else start
#   tools/pg-test-cluster.sh stop DIR     stop it and remove it
set -euo pipefail
action=${1:?start, ensure or stop}
dir=$(realpath -m "${2:?directory}")
# Clusters of different build directories must not share a port (it names the socket and
# the shared-memory key), so the port is derived from the directory.
port=${NP_PG_PORT:-$((20000 + $(printf '%s' "$dir" | cksum | cut -d' ' -f1) % 20000))}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$bindir/initdb" ]] || { echo "PostgreSQL server binaries not found (make test-deps)" >&2; exit 1; }

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cluster() { [[ -f "$dir/cluster" ]] && cat "$dir/cluster"; }

running() {
  local c
  c=$(cluster) && [[ -n $c ]] && as_owner "$bindir/pg_ctl" -D "$c/data" status >/dev/null 2>&1
}

launch() {  # starts the server of the cluster in $1
  as_owner "$bindir/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $1/sock -p $port -c max_connections=300 \
        -c shared_buffers=256MB -c fsync=on -c synchronous_commit=on" start >/dev/null \
    || { cat "$1/server.log" >&2; exit 1; }
}

stop() {
  local c
  if c=$(cluster) && [[ -n $c ]]; then
    if [[ -f "$c/data/postmaster.pid" ]]; then
      as_owner "$bindir/pg_ctl" -D "$c/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$c"
  fi
  rm -rf "$dir"
}

start() {
  stop
  mkdir -p "$dir"
  local c
  c=$(mktemp -d /tmp/np-pg.XXXXXX)
  echo "$c" >"$dir/cluster"
  mkdir -p "$c/sock"
  [[ $(id -u) -eq 0 ]] && chown -R postgres:postgres "$c"
  as_owner "$bindir/initdb" -D "$c/data" -U postgres --auth=trust --no-sync \
    --encoding=UTF8 --locale=C.UTF-8 >"$c/initdb.log" 2>&1 \
    || { cat "$c/initdb.log" >&2; exit 1; }
  launch "$c"
  as_owner "$bindir/psql" -h "$c/sock" -p "$port" -U postgres -d postgres -qAt \
    -c "CREATE DATABASE needlepoint_test" >/dev/null
  echo "postgresql:///needlepoint_test?host=$c/sock&port=$port&user=postgres" >"$dir/url"
  echo "PostgreSQL test cluster ready: $(cat "$dir/url")"
}

case "$action" in
  start) start ;;
  ensure)
    if running; then
      :
    elif c=$(cluster) && [[ -n $c && -d $c/data ]]; then
      launch "$c"
    else
      start >/dev/null
    fi
    ;;
  stop) stop ;;
  *)
    echo "usage: $0 start|ensure|stop DIR" >&2
    exit 2
    ;;
esac
