-- The generation ledger: one row per request the api accepted, written by the api (admission,
-- idempotency) and by the workers (attempts, heartbeats, the end). It is operational state,
-- not a read model: it survives run-topic deletion and projection rebuilds.
CREATE TABLE generation_ledger (
    request_id        text PRIMARY KEY,
    org_id            text NOT NULL,
    user_id           text NOT NULL,
    step              text NOT NULL,
    -- accepted: the api reserved it; taken: a worker holds the command; running: an attempt
    -- is under way; finished: a terminal event is in the log (or the janitor ended it).
    state             text NOT NULL CHECK (state IN ('accepted', 'taken', 'running', 'finished')),
    attempt           integer NOT NULL DEFAULT 0,
    -- PlanRequested is in coach.events (the worker that first takes the command writes it).
    logged            boolean NOT NULL DEFAULT false,
    outcome           text,
    accepted_at       timestamptz NOT NULL DEFAULT now(),
    heartbeat_at      timestamptz NOT NULL DEFAULT now(),
    finished_at       timestamptz,
    topic_deleted_at  timestamptz
);
CREATE INDEX generation_ledger_open ON generation_ledger (org_id) WHERE state <> 'finished';
CREATE INDEX generation_ledger_stale ON generation_ledger (heartbeat_at) WHERE state <> 'finished';
CREATE INDEX generation_ledger_expiring ON generation_ledger (finished_at)
    WHERE state = 'finished' AND topic_deleted_at IS NULL;

-- Idempotency-Key: the same key with the same body within 24 h is the same generation.
CREATE TABLE idempotency_keys (
    user_id     text NOT NULL,
    key         text NOT NULL,
    body_hash   text NOT NULL,
    request_id  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
