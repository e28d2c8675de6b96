#!/usr/bin/env bash
# Local PostgreSQL from Debian's binaries, with the project's own data directory.
#
#   scripts/postgres.sh start    initdb if needed, start, set up roles and db "coach", wait until ready
#   scripts/postgres.sh stop     stop the cluster in our data directory
#   scripts/postgres.sh status   say whether it runs
#
# Every connection needs a password (scram-sha-256). Three roles, their passwords
# generated on first start into a .pgpass file (.data/pgpass, mode 600):
#   postgres   the cluster's superuser: this script only
#   coach      owns database "coach" and everything migrations create (no superuser)
#   coach_app  what the api, worker, projector and CLI connect as: reads and writes
#              the tables, creates nothing (the grants come with each migration)
# App URL: postgresql://coach_app@127.0.0.1:${COACH_PG_PORT:-15432}/coach
# Owner URL (coach-agent migrate): postgresql://coach@127.0.0.1:${COACH_PG_PORT:-15432}/coach
#
# A cluster made by an older version of this script (trust auth, "coach" a superuser)
# is upgraded in place by `start`, running or not: passwords set, roles reduced,
# pg_hba.conf rewritten and reloaded.
#
# Environment: COACH_PG_PORT (default 15432), COACH_PG_BIN (a dir holding initdb,
# default: newest /usr/lib/postgresql/*/bin), COACH_PG_START_TIMEOUT (default 60),
# COACH_PG_DATA (default .data/postgres), COACH_PG_PASSFILE (default .data/pgpass).
# It listens on 127.0.0.1 only. See docs/operations.md and docs/security.md.
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
if [[ -n "${COACH_PG_DATA:-}" ]]; then
  PGDATA="$(realpath -m -- "$COACH_PG_DATA")"
elif [[ ${#AS_PG[@]} -eq 0 ]] || (cd / && "${AS_PG[@]}" test -x "$ROOT/.data") 2>/dev/null; then
  PGDATA="$ROOT/.data/postgres"
else
  PGDATA="/tmp/coach-agent-$(printf '%s' "$ROOT" | sha1sum | cut -c1-12)/postgres"
fi
PASSFILE="$(realpath -m -- "${COACH_PG_PASSFILE:-$ROOT/.data/pgpass}")"
# Unix sockets live in the data directory unless its path is too long for one.
if (( ${#PGDATA} + 20 < 100 )); then SOCKDIR="$PGDATA"; else SOCKDIR="/tmp"; fi
LOGFILE="$PGDATA/postgres.log"
ROLES=(postgres coach coach_app)

# From / : the postgres user may not be allowed into the current directory.
pg() { (cd / && "${AS_PG[@]}" "$@"); }
ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 2 >/dev/null 2>&1; }
# Is the postmaster of OUR data directory alive?
ours_running() { [[ -f "$PGDATA/postmaster.pid" ]] && pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }
# As the superuser, over TCP, with the password from the pgpass file (a cluster made by
# an older version trusts it without one). Runs as the invoking user, who owns that file.
psql_admin() {
  PGPASSFILE="$PASSFILE" PGCONNECT_TIMEOUT=10 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$PORT" -U postgres "$@"
}

# The password of a role, from the pgpass file (empty when it has none).
password_of() {
  [[ -f "$PASSFILE" ]] || return 0
  awk -F: -v user="$1" '$1 == "127.0.0.1" && $4 == user { print $5; exit }' "$PASSFILE"
}

# A password for every role that has none yet; the file is only ever added to, so a
# cluster and its passwords stay together. Hex: nothing pgpass would need escaped.
ensure_passwords() {
  local role pw
  mkdir -p "$(dirname "$PASSFILE")"
  (umask 077 && touch "$PASSFILE")
  chmod 600 "$PASSFILE"
  for role in "${ROLES[@]}"; do
    [[ -n "$(password_of "$role")" ]] && continue
    pw="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    printf '127.0.0.1:*:*:%s:%s\nlocalhost:*:*:%s:%s\n' "$role" "$pw" "$role" "$pw" >>"$PASSFILE"
    say "generated a password for role $role into $PASSFILE"
  done
}

# The roles as they should be (scripts/postgres/roles.sql): passwords from the file, only
# postgres a superuser. The passwords go through stdin, never a command line.
ensure_roles_and_db() {
  {
    printf "SET password_encryption = 'scram-sha-256';\nALTER ROLE postgres PASSWORD '%s';\n" \
      "$(password_of postgres)"
    printf "\\\\set owner_pw '%s'\n\\\\set app_pw '%s'\n" "$(password_of coach)" "$(password_of coach_app)"
    cat "$ROOT/scripts/postgres/roles.sql"
  } | psql_admin -d postgres >/dev/null ||
    die "cannot set up the roles as postgres on 127.0.0.1:$PORT: does $PASSFILE belong to this cluster? (see docs/operations.md)"
  say "roles postgres, coach (owner) and coach_app (app) set from $PASSFILE"
}

HBA='# Written by scripts/postgres.sh: a password (SCRAM) for every connection, loopback only.
local   all   all                  scram-sha-256
host    all   all   127.0.0.1/32   scram-sha-256
host    all   all   ::1/128        scram-sha-256'

# pg_hba.conf as above; reloaded when it changed (an older cluster trusted everyone).
ensure_hba() {
  local hba="$PGDATA/pg_hba.conf"
  if [[ "$(cat "$hba" 2>/dev/null)" == "$HBA" ]]; then
    return 0
  fi
  printf '%s\n' "$HBA" >"$hba.new"
  chown --reference="$PGDATA" "$hba.new"
  chmod 600 "$hba.new"
  mv -f "$hba.new" "$hba"
  pg "$PG_BIN/pg_ctl" -D "$PGDATA" -s reload
  say "pg_hba.conf: scram-sha-256 for every connection (reloaded)"
}

# A fresh cluster: the superuser's password comes from the pgpass file.
init_cluster() {
  local pwfile
  say "initdb into $PGDATA ($("$PG_BIN/postgres" --version))"
  pwfile="$(mktemp)"
  password_of postgres >"$pwfile"
  [[ ${#AS_PG[@]} -eq 0 ]] || chown postgres: "$pwfile"
  pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=scram-sha-256 --pwfile="$pwfile" \
    -E UTF8 --no-locale >"$PGDATA.initdb.log" 2>&1 ||
    { rm -f "$pwfile"; cat "$PGDATA.initdb.log" >&2; die "initdb failed"; }
  rm -f "$pwfile" "$PGDATA.initdb.log"
}

# Roles, database and authentication as they should be, on a running cluster of ours.
settle() {
  ensure_passwords
  ensure_roles_and_db
  ensure_hba
}

cmd_start() {
  if ready; then
    if ours_running; then
      settle
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
  ensure_passwords
  [[ -f "$PGDATA/PG_VERSION" ]] || init_cluster
  say "starting on 127.0.0.1:$PORT (log $LOGFILE)"
  local launch_rt=$EPOCHREALTIME
  # Settings are given on every start, so COACH_PG_PORT may change between runs.
  pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$LOGFILE" -s -w -t "$START_TIMEOUT" \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$SOCKDIR -c max_connections=200 -c password_encryption=scram-sha-256" \
    start || { tail -n 20 "$LOGFILE" >&2 || true; die "pg_ctl start failed (see $LOGFILE)"; }
  local deadline=$((SECONDS + START_TIMEOUT))
  until ready; do
    (( SECONDS < deadline )) || die "not ready after ${START_TIMEOUT}s (see $LOGFILE)"
    sleep 0.2
  done
  local up
  up="$(since "$launch_rt")"
  settle
  say "ready: postgresql://coach_app@127.0.0.1:$PORT/coach, owner coach, passwords in $PASSFILE (server up after ${up}s; $(since "$t0")s including initdb/roles)"
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
      say "running: postgresql://coach_app@127.0.0.1:$PORT/coach (data $PGDATA, passwords $PASSFILE)"
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
