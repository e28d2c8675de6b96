#!/usr/bin/env bash
# Run every test against a real Kafka and a real Postgres.
# Services come from COACH_KAFKA_BOOTSTRAP / COACH_DATABASE_URL when set;
# otherwise the local scripts start (or reuse) them. Extra args go to pytest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ -z "${COACH_KAFKA_BOOTSTRAP:-}" ]]; then
  scripts/kafka.sh start
  export COACH_KAFKA_BOOTSTRAP="127.0.0.1:${COACH_KAFKA_PORT:-19092}"
fi
if [[ -z "${COACH_DATABASE_URL:-}" ]]; then
  scripts/postgres.sh start
  export COACH_DATABASE_URL="postgresql://coach@127.0.0.1:${COACH_PG_PORT:-15432}/coach"
fi

exec .venv/bin/pytest -p no:cacheprovider "$@"
