#!/usr/bin/env bash
# `make run`: the whole stack in the foreground. Starts Kafka and Postgres (unless
# already running, or given by COACH_KAFKA_BOOTSTRAP / COACH_DATABASE_URL), the api,
# the agents worker and the projector; creates the demo organisation and coach and
# prints DEMO_TOKEN=<token>, revoking the demo coach's earlier tokens.
#
# Kafka is PLAINTEXT on loopback unless COACH_KAFKA_SECURITY_PROTOCOL=SASL_SSL (or
# SASL_PLAINTEXT): then scripts/kafka.sh starts its broker so, and each service logs in
# as its own SCRAM user (coach-api, coach-worker, coach-projector).
#
# Each service is supervised: when it exits it is started again after a backoff of
# 1 s, doubling up to 30 s, back to 1 s once it had run for a minute; every restart is
# logged here and in the service's log. The running pid of each service is in
# $COACH_LOG_DIR/<service>.pid. Ctrl-C (or TERM) stops everything this script started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"
BIN="$ROOT/.venv/bin"
LOGS="${COACH_LOG_DIR:-$ROOT/.data/logs}"
SERVICES=(api agents projector)
BACKOFF_MAX_S=30
STABLE_S=60     # a service that ran this long starts its backoff again from 1 s
STOP_GRACE_S=20 # how long a service may take to stop on TERM before it is killed
mkdir -p "$LOGS"

started_services=()
supervisors=()

cleanup() {
  trap - INT TERM EXIT
  echo "run.sh: stopping everything this script started"
  for pid in "${supervisors[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${supervisors[@]}"; do wait "$pid" 2>/dev/null || true; done
  for service in "${started_services[@]}"; do "scripts/$service.sh" stop || true; done
}
trap 'cleanup; exit 0' INT TERM
trap cleanup EXIT

start_service() {  # start a service unless it already answers; remember if we did
  local name=$1
  if "scripts/$name.sh" status >/dev/null 2>&1; then
    # `start` still brings a cluster of ours up to date (an older trust-auth Postgres).
    "scripts/$name.sh" start >/dev/null
    echo "run.sh: $name already running, reusing it"
  else
    "scripts/$name.sh" start
    started_services+=("$name")
  fi
}

# The Kafka user and password a service logs in with, when this script runs the broker
# with SASL (nothing otherwise: the environment says how to reach Kafka).
declare -A KAFKA_USER=([api]=coach-api [agents]=coach-worker [projector]=coach-projector)
KAFKA_SASL=""
kafka_env() {
  [[ -n "$KAFKA_SASL" ]] || return 0
  scripts/kafka.sh client-env "${KAFKA_USER[$1]}"
}

supervise() {  # run `coach-agent serve-<name>` and start it again whenever it exits
  local name=$1 delay=1 began status child="" sleeper="" kafka=()
  mapfile -t kafka < <(kafka_env "$name")
  local log="$LOGS/$name.log" pidfile="$LOGS/$name.pid"
  stop_child() {
    if [[ -n $sleeper ]]; then kill "$sleeper" 2>/dev/null || true; fi
    if [[ -n $child ]]; then
      kill -TERM "$child" 2>/dev/null || true
      for _ in $(seq 1 $((STOP_GRACE_S * 5))); do
        kill -0 "$child" 2>/dev/null || break
        sleep 0.2
      done
      kill -KILL "$child" 2>/dev/null || true
      wait "$child" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  }
  # TERM from cleanup below; INT from a Ctrl-C, which reaches the whole process group.
  trap 'trap "" INT TERM; stop_child; exit 0' INT TERM
  while true; do
    began=$SECONDS
    env "${kafka[@]}" "$BIN/coach-agent" "serve-$name" >>"$log" 2>&1 &
    child=$!
    echo "$child" >"$pidfile"
    echo "run.sh: $name started (pid $child, log $log)"
    status=0
    wait "$child" || status=$?
    child=""
    # Orphaned (run.sh itself was killed): start nothing again.
    kill -0 "$$" 2>/dev/null || { rm -f "$pidfile"; exit 0; }
    if ((SECONDS - began >= STABLE_S)); then delay=1; fi
    echo "run.sh: $name exited with status $status; restarting in ${delay}s" | tee -a "$log" >&2
    # In the background, so a TERM is handled at once, not after the sleep.
    sleep "$delay" &
    sleeper=$!
    wait "$sleeper" || true
    sleeper=""
    delay=$((delay * 2 > BACKOFF_MAX_S ? BACKOFF_MAX_S : delay * 2))
  done
}

if [[ -z "${COACH_KAFKA_BOOTSTRAP:-}" ]]; then
  start_service kafka
  export COACH_KAFKA_BOOTSTRAP="127.0.0.1:${COACH_KAFKA_PORT:-19092}"
  if [[ "${COACH_KAFKA_SECURITY_PROTOCOL:-PLAINTEXT}" != PLAINTEXT ]]; then
    KAFKA_SASL=1
    # This shell's own clients (none today) and the command line: the `coach` user.
    set -a
    eval "$(scripts/kafka.sh client-env coach)"
    set +a
  fi
fi
if [[ -z "${COACH_DATABASE_URL:-}" ]]; then
  start_service postgres
  # The processes connect as coach_app; `coach-agent migrate` below as the owner, coach.
  # Their passwords are in the .pgpass file scripts/postgres.sh wrote.
  export COACH_DATABASE_URL="postgresql://coach_app@127.0.0.1:${COACH_PG_PORT:-15432}/coach"
  export COACH_DATABASE_OWNER_URL="postgresql://coach@127.0.0.1:${COACH_PG_PORT:-15432}/coach"
  if [[ -n "${COACH_PG_PASSFILE:-}" ]]; then export COACH_DATABASE_PASSFILE="$COACH_PG_PASSFILE"; fi
fi
# Given one URL only: a single role that owns the tables and runs the app.
export COACH_DATABASE_OWNER_URL="${COACH_DATABASE_OWNER_URL:-$COACH_DATABASE_URL}"
export COACH_API_PORT="${COACH_API_PORT:-8000}"

"$BIN/coach-agent" migrate
for service in "${SERVICES[@]}"; do
  : >"$LOGS/$service.log"
  supervise "$service" &
  supervisors+=($!)
done

url="http://127.0.0.1:$COACH_API_PORT"
healthy() {  # 200 from /healthz once the api reaches Kafka and Postgres
  "$BIN/python" -c "import sys, urllib.request
try: urllib.request.urlopen(sys.argv[1], timeout=2)
except Exception: sys.exit(1)" "$url/healthz"
}
for _ in $(seq 1 120); do
  healthy && break
  sleep 0.5
done
healthy || { echo "run.sh: api not healthy after 60 s; see $LOGS/" >&2; exit 1; }

"$BIN/coach-agent" admin rotate-demo-token
cat <<EOT
run.sh: coach-agent is up at $url (Ctrl-C stops everything this script started)
  try: curl -N -X POST $url/api/v1/ai-coach/generate-draft/stream \\
         -H "Authorization: Bearer \$DEMO_TOKEN" -H 'Content-Type: application/json' \\
         -d '{"weeks": 12, "level": "intermediate", "org_id": "demo"}'
EOT
# The supervisors never end by themselves: this waits for Ctrl-C.
wait
