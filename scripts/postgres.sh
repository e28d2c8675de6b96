#!/usr/bin/env bash
# Local PostgreSQL from Debian's binaries, with the project's own data directory.
#
#   scripts/postgres.sh start    initdb if needed, start, create role+db "coach", wait until ready
#   scripts/postgres.sh stop     stop the cluster in our data directory
#   scripts/postgres.sh status   say whether it runs
#
# URL: postgresql://coach@127.0.0.1:${COACH_PG_PORT:-15432}/coach
# Environment: COACH_PG_PORT (default 15432), COACH_PG_BIN (a dir holding initdb,
# default: newest /usr/lib/postgresql/*/bin), COACH_PG_START_TIMEOUT (default 60).
#
# This is a local dev/test cluster: it listens on 127.0.0.1 only and trusts
# every local connection (no passwords). See docs/operations.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${COACH_PG_PORT:-15432}"
START_TIMEOUT="${COACH_PG_START_TIMEOUT:-60}"

say() { echo "postgres.sh: $*"; }
# Seconds since a $EPOCHREALTIME value, to 0.1 s.
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
die() { echo "postgres.sh: ERROR: $*" >&2; exit 1; }

find_bin() {
  if [[ -n "${COACH_PG_BIN:-}" ]]; then
    echo "$COACH_PG_BIN"
    return
  fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
  if [[ -n "$d" && -x "$d/initdb" ]]; then
    echo "$d"
  elif command -v initdb >/dev/null; then
    dirname "$(command -v initdb)"
  fi
}
PG_BIN="$(find_bin)"
[[ -n "$PG_BIN" && -x "$PG_BIN/initdb" ]] || die "PostgreSQL binaries not found (run scripts/install.sh)"

# Postgres refuses to run as root: as root we run it as the "postgres" user,
# which then has to reach the data directory. If it cannot traverse the
# checkout (e.g. a clone under /root), the data lives in /tmp instead.
if [[ "$(id -u)" == 0 ]]; then
  id postgres >/dev/null 2>&1 || die "running as root needs a 'postgres' system user (apt-get install postgresql creates it)"
  AS_PG=(runuser -u postgres --)
else
  AS_PG=()
fi

mkdir -p "$ROOT/.data"
if [[ ${#AS_PG[@]} -eq 0 ]] || (cd / && "${AS_PG[@]}" test -x "$ROOT/.data") 2>/dev/null; then
  PGDATA="$ROOT/.data/postgres"
else
  PGDATA="/tmp/coach-agent-$(printf '%s' "$ROOT" | sha1sum | cut -c1-12)/postgres"
fi
# Unix sockets live in the data directory unless its path is too long for one.
if (( ${#PGDATA} + 20 < 100 )); then SOCKDIR="$PGDATA"; else SOCKDIR="/tmp"; fi
LOGFILE="$PGDATA/postgres.log"

# From / : the postgres user may not be allowed into the current directory.
pg() { (cd / && "${AS_PG[@]}" "$@"); }
ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 2 >/dev/null 2>&1; }
# Is the postmaster of OUR data directory alive?
ours_running() { [[ -f "$PGDATA/postmaster.pid" ]] && pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }
psql_admin() { pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKDIR" -p "$PORT" -U postgres -d postgres "$@"; }

ensure_role_and_db() {
  if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'coach'")" != 1 ]]; then
    psql_admin -c "CREATE ROLE coach LOGIN SUPERUSER PASSWORD 'coach'"
    say "created role coach"
  fi
  if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = 'coach'")" != 1 ]]; then
    psql_admin -c "CREATE DATABASE coach OWNER coach"
    say "created database coach"
  fi
}

cmd_start() {
  if ready; then
    if ours_running; then
      ensure_role_and_db
      say "already running on 127.0.0.1:$PORT (data $PGDATA)"
    else
      say "something already answers on 127.0.0.1:$PORT; reusing it (not started by this script)"
    fi
    return 0
  fi
  local t0=$EPOCHREALTIME
  mkdir -p "$PGDATA"
  if [[ ${#AS_PG[@]} -gt 0 ]]; then
    chown postgres: "$PGDATA"
  fi
  chmod 700 "$PGDATA"
  if [[ ! -f "$PGDATA/PG_VERSION" ]]; then
    say "initdb into $PGDATA ($("$PG_BIN/postgres" --version))"
    pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --no-locale >"$PGDATA.initdb.log" 2>&1 ||
      { cat "$PGDATA.initdb.log" >&2; die "initdb failed"; }
    rm -f "$PGDATA.initdb.log"
  fi
  say "starting on 127.0.0.1:$PORT (log $LOGFILE)"
  local launch_rt=$EPOCHREALTIME
  # Settings are given on every start, so COACH_PG_PORT may change between runs.
  pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$LOGFILE" -s -w -t "$START_TIMEOUT" \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$SOCKDIR -c max_connections=200" \
    start || { tail -n 20 "$LOGFILE" >&2 || true; die "pg_ctl start failed (see $LOGFILE)"; }
  local deadline=$((SECONDS + START_TIMEOUT))
  until ready; do
    (( SECONDS < deadline )) || die "not ready after ${START_TIMEOUT}s (see $LOGFILE)"
    sleep 0.2
  done
  local up
  up="$(since "$launch_rt")"
  ensure_role_and_db
  say "ready: postgresql://coach@127.0.0.1:$PORT/coach (server up after ${up}s; $(since "$t0")s including initdb/role/db)"
}

cmd_stop() {
  if ! ours_running; then
    if ready; then
      say "not started by this script; leaving whatever answers on 127.0.0.1:$PORT alone"
    else
      say "not running"
    fi
    return 0
  fi
  local t0=$EPOCHREALTIME
  pg "$PG_BIN/pg_ctl" -D "$PGDATA" -s -w -t 60 -m fast stop
  say "stopped in $(since "$t0")s"
}

cmd_status() {
  if ours_running; then
    if ready; then
      say "running: postgresql://coach@127.0.0.1:$PORT/coach (data $PGDATA)"
      return 0
    fi
    say "our postmaster runs (data $PGDATA) but 127.0.0.1:$PORT does not answer (another port?)"
    return 3
  fi
  if ready; then
    say "127.0.0.1:$PORT answers, but not a cluster started by this script"
    return 0
  fi
  say "not running"
  return 3
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
