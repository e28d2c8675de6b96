#!/usr/bin/env bash
# `make run`: the whole stack in the foreground. Starts Kafka and Postgres (unless
# already running, or given by COACH_KAFKA_BOOTSTRAP / COACH_DATABASE_URL), the api,
# the agents worker and the projector; creates the demo organisation and coach and
# prints DEMO_TOKEN=<token>. Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"
BIN="$ROOT/.venv/bin"
LOGS="${COACH_LOG_DIR:-$ROOT/.data/logs}"
mkdir -p "$LOGS"

started_services=()
pids=()

cleanup() {
  trap - INT TERM EXIT
  echo "run.sh: stopping everything this script started"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for service in "${started_services[@]}"; do "scripts/$service.sh" stop || true; done
}
trap 'cleanup; exit 0' INT TERM
trap cleanup EXIT

start_service() {  # start a service unless it already answers; remember if we did
  local name=$1
  if "scripts/$name.sh" status >/dev/null 2>&1; then
    echo "run.sh: $name already running, reusing it"
  else
    "scripts/$name.sh" start
    started_services+=("$name")
  fi
}

if [[ -z "${COACH_KAFKA_BOOTSTRAP:-}" ]]; then
  start_service kafka
  export COACH_KAFKA_BOOTSTRAP="127.0.0.1:${COACH_KAFKA_PORT:-19092}"
fi
if [[ -z "${COACH_DATABASE_URL:-}" ]]; then
  start_service postgres
  export COACH_DATABASE_URL="postgresql://coach@127.0.0.1:${COACH_PG_PORT:-15432}/coach"
fi
export COACH_API_PORT="${COACH_API_PORT:-8000}"

"$BIN/coach-agent" migrate
for service in api agents projector; do
  "$BIN/coach-agent" "serve-$service" >"$LOGS/$service.log" 2>&1 &
  pids+=($!)
  echo "run.sh: $service started (pid $!, log $LOGS/$service.log)"
done

url="http://127.0.0.1:$COACH_API_PORT"
healthy() {  # 200 from /healthz once the api reaches Kafka and Postgres
  "$BIN/python" -c "import sys, urllib.request
try: urllib.request.urlopen(sys.argv[1], timeout=2)
except Exception: sys.exit(1)" "$url/healthz"
}
for _ in $(seq 1 120); do
  healthy && break
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "run.sh: a service exited; see $LOGS/" >&2; exit 1; }
  done
  sleep 0.5
done
healthy || { echo "run.sh: api not healthy; see $LOGS/api.log" >&2; exit 1; }

"$BIN/coach-agent" admin demo
cat <<EOT
run.sh: coach-agent is up at $url (Ctrl-C stops everything this script started)
  try: curl -N -X POST $url/api/v1/ai-coach/generate-draft/stream \\
         -H "Authorization: Bearer \$DEMO_TOKEN" -H 'Content-Type: application/json' \\
         -d '{"weeks": 12, "level": "intermediate", "org_id": "demo"}'
EOT
wait -n "${pids[@]}" || true
echo "run.sh: a service exited; see $LOGS/" >&2
