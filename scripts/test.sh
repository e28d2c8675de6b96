#!/usr/bin/env bash
# Run every test against a real Kafka and a real Postgres.
# Services come from COACH_KAFKA_BOOTSTRAP / COACH_DATABASE_URL when set; otherwise the
# local scripts start them, or reuse them when they already run. At the end, this script
# stops what it started and leaves alone what it found running or was given; it says
# which. COACH_TEST_KEEP_SERVICES=1 keeps what it started (faster reruns; stop them with
# `make stop-services`). Extra args go to pytest; the exit code is pytest's, or 1 when an
# import contract is broken.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The import contracts (pyproject.toml) first, before any service starts: a room that imports
# a room above it, I/O in the planning core, or an import cycle fails the run.
.venv/bin/lint-imports --no-cache

started=()

finish() {
  trap - EXIT INT TERM
  if [[ ${#started[@]} -eq 0 ]]; then
    return
  fi
  if [[ "${COACH_TEST_KEEP_SERVICES:-}" == 1 ]]; then
    echo "test.sh: keeping ${started[*]} running (COACH_TEST_KEEP_SERVICES=1); stop with: make stop-services"
    return
  fi
  echo "test.sh: stopping what this run started: ${started[*]}"
  for service in "${started[@]}"; do scripts/"$service".sh stop || true; done
}
trap finish EXIT
trap 'finish; exit 130' INT TERM

# Start a service with its script unless something already answers (then leave it running;
# `start` still brings a cluster of ours up to date, e.g. an older trust-auth Postgres).
use_service() {
  local name=$1
  if scripts/"$name".sh status >/dev/null 2>&1; then
    scripts/"$name".sh start >/dev/null
    echo "test.sh: $name already running; it stays running"
  else
    scripts/"$name".sh start
    started+=("$name")
  fi
}

if [[ -z "${COACH_KAFKA_BOOTSTRAP:-}" ]]; then
  use_service kafka
  export COACH_KAFKA_BOOTSTRAP="127.0.0.1:${COACH_KAFKA_PORT:-19092}"
else
  echo "test.sh: Kafka given ($COACH_KAFKA_BOOTSTRAP); not started or stopped here"
fi
if [[ -z "${COACH_DATABASE_URL:-}" ]]; then
  use_service postgres
  # Tests run as the app role, coach_app, as the processes do; the fixtures migrate each
  # test's schema as the owner, coach. Passwords: the .pgpass file postgres.sh wrote.
  export COACH_DATABASE_URL="postgresql://coach_app@127.0.0.1:${COACH_PG_PORT:-15432}/coach"
  export COACH_DATABASE_OWNER_URL="postgresql://coach@127.0.0.1:${COACH_PG_PORT:-15432}/coach"
  if [[ -n "${COACH_PG_PASSFILE:-}" ]]; then export COACH_DATABASE_PASSFILE="$COACH_PG_PASSFILE"; fi
else
  echo "test.sh: Postgres given; not started or stopped here"
fi

status=0
.venv/bin/pytest -p no:cacheprovider "$@" || status=$?
exit "$status"
