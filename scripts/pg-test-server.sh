#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and the benchmark.
#
#   eval "$(scripts/pg-test-server.sh start)"   # sets IWMO_PG_DIR (a new temporary folder) and IWMO_PG_URL
#   scripts/pg-test-server.sh stop "$IWMO_PG_DIR" # stops the server and removes the folder
#
# The server listens on 127.0.0.1 on a free port (and on a socket in the folder); the URL names a
# database `iwmo_test` and is also written to $IWMO_PG_DIR/url.
#
# Finds initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin; when they are missing and this runs as
# root on Debian, installs the `postgresql` package. As root the server runs as the `postgres` user
# (PostgreSQL refuses to run as root). Trust authentication, loopback and a socket in DIR only.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
usage() {
  echo "usage: $0 start | $0 stop DIR" >&2
  exit 2
}
[[ "$cmd" == start || ( "$cmd" == stop && -n "$dir" ) ]] || usage

find_bin() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$found" && -x "$found/pg_ctl" ]]; then
    echo "$found"
  fi
}

as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    bin="$(find_bin)"
    if [[ -z "$bin" ]]; then
      if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "PostgreSQL not found: installing Debian's postgresql package" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        bin="$(find_bin)"
      fi
      if [[ -z "$bin" ]]; then
        echo "PostgreSQL (initdb, pg_ctl) not found; install it (Debian: apt-get install postgresql)" >&2
        exit 1
      fi
    fi
    # In /tmp (not $TMPDIR): the postgres user must be able to reach the folder.
    dir="$(mktemp -d /tmp/iwmo-pg.XXXXXX)"
    if [[ "$(id -u)" == 0 ]]; then
      id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" --shell /bin/sh postgres
      chown postgres "$dir"
    fi
    chmod 700 "$dir"
    port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
      as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200" start >/dev/null || {
      cat "$dir/server.log" >&2
      exit 1
    }
    "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -c 'CREATE DATABASE iwmo_test' >/dev/null 2>&1 ||
      as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres iwmo_test
    echo "$bin" >"$dir/bin"
    url="postgres://postgres@127.0.0.1:$port/iwmo_test"
    echo "$url" >"$dir/url"
    printf 'IWMO_PG_DIR=%q; IWMO_PG_URL=%q; export IWMO_PG_DIR IWMO_PG_URL\n' "$dir" "$url"
    ;;
  stop)
    [[ -f "$dir/url" ]] || { echo "$dir: not a folder made by $0 start" >&2; exit 2; }
    if [[ -f "$dir/bin" && -d "$dir/data" ]]; then
      as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    usage
    ;;
esac
