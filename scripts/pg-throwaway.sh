#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 cluster on loopback for the test suites.
#   scripts/pg-throwaway.sh start DIR   -> prints the connection URL on stdout
#   scripts/pg-throwaway.sh stop DIR
# The cluster lives in DIR (created, then removed on stop). initdb refuses to run as
# root, so when we are root the cluster is owned by the `postgres` system user.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?directory}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; chmod 700 "$dir"; fi
    port=${QF_PG_PORT:-$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')}
    as_owner "$PGBIN/initdb" -D "$dir/data" -U qingfeng --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || as_owner "$PGBIN/initdb" -D "$dir/data" -U qingfeng --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null
    echo "$port" >"$dir/port"
    as_owner "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U qingfeng qingfeng_test
    echo "postgresql://qingfeng@127.0.0.1:$port/qingfeng_test"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
