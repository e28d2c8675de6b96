# coach-agent: `make run` starts the whole stack, `make test` runs every test (and stops
# the Kafka and Postgres it started).
# Both install what is missing first (scripts/install.sh is idempotent).
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-real-model install services stop-services lint unit bench bench-load schema analytics clean-data

run: install
	scripts/run.sh

test: install
	scripts/test.sh

install:
	@scripts/install.sh

# The model path against a real model server: llama-cpp-python's, serving Gemma 3 270M,
# both installed on first use into .data/real-model/ (a build of ~10 minutes, then cached).
# Starts Kafka and Postgres as `make test` does; the server itself is started and stopped
# by the tests (tests/real_model/).
test-real-model:
	@scripts/install.sh --real-model
	COACH_REAL_MODEL_DIR="$${COACH_REAL_MODEL_DIR:-$(CURDIR)/.data/real-model}" \
		scripts/test.sh tests/real_model -m real_model

services:
	scripts/kafka.sh start
	scripts/postgres.sh start

stop-services:
	-scripts/kafka.sh stop
	-scripts/postgres.sh stop

unit:
	$(BIN)/pytest -q tests/unit

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# make bench AGAINST=HEAD~1 times that commit side by side (a temporary git worktree).
bench:
	$(BIN)/python scripts/bench_planning.py $(if $(AGAINST),--against $(AGAINST))

# Needs the local Kafka and Postgres (make services); starts its own stacks on them.
bench-load:
	$(BIN)/python scripts/bench_load.py

schema:
	$(BIN)/coach-agent events-schema > docs/events.schema.json
	$(BIN)/python -m api.openapi_file > docs/openapi.json

# The example analytics consumer: reads coach.events from the start, prints its report.
analytics:
	$(BIN)/python -m examples.analytics --until-idle 5

clean-data: stop-services
	rm -rf .data
