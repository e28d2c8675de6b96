-- Prompt evaluations, from the coach.evaluations topic: one row per run, one per scored
-- output (the baseline's and each candidate's, per case and repeat). Analysts join
-- eval_cases.request_id to generations.
CREATE TABLE eval_runs (
    evaluation_id  text PRIMARY KEY,
    started_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    -- running until EvaluationFinished; then complete or incomplete (budget, server).
    status         text NOT NULL,
    reason         text,
    set_name       text NOT NULL,
    set_hash       text NOT NULL,
    cases          integer NOT NULL,
    candidates     jsonb NOT NULL,
    options        jsonb NOT NULL,
    ranking        text[],
    gates          jsonb,
    summary        jsonb,
    exit_code      integer
);
CREATE INDEX eval_runs_started ON eval_runs (started_at DESC);

CREATE TABLE eval_cases (
    evaluation_id       text NOT NULL,
    case_id             text NOT NULL,
    candidate           text NOT NULL,
    repeat              integer NOT NULL,
    request_id          text NOT NULL,
    step                text NOT NULL,
    org_id              text NOT NULL,
    level               text NOT NULL,
    weeks               integer NOT NULL,
    status              text NOT NULL,          -- ok, failed, skipped
    error               text,
    provider            text,
    model               text,
    prompt_version      text,
    validator_errors    integer,
    validator_warnings  integer,
    edit_distance       double precision,
    sessions_added      integer,
    sessions_removed    integer,
    sessions_changed    integer,
    volume_change_km    double precision,
    accepted_as_is      boolean,
    days_dropped        integer,
    prompt_tokens       integer,
    completion_tokens   integer,
    cost                double precision,
    latency_s           double precision,
    -- Every score by name, the ones above included.
    scores              jsonb NOT NULL,
    scored_at           timestamptz NOT NULL,
    PRIMARY KEY (evaluation_id, case_id, candidate, repeat)
);
CREATE INDEX eval_cases_request ON eval_cases (request_id);
CREATE INDEX eval_cases_producer ON eval_cases (prompt_version, model);
