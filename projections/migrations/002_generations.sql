-- Read models built from coach.events, and each projection's position in the log.
CREATE TABLE generations (
    request_id          text PRIMARY KEY,
    org_id              text NOT NULL,
    user_id             text NOT NULL,
    step                text NOT NULL,
    status              text NOT NULL,          -- queued, running, succeeded, failed
    attempt             integer NOT NULL DEFAULT 0,
    request             jsonb NOT NULL,
    training_principle  text NOT NULL,
    principle_source    text NOT NULL,
    draft               text,
    total_workouts      integer,
    weekly_info         jsonb,
    notes               jsonb,
    error               text,
    error_code          text,
    provider            text,
    prompt_version      text,
    model               text,
    requested_at        timestamptz NOT NULL,
    started_at          timestamptz,
    finished_at         timestamptz
);
CREATE INDEX generations_org ON generations (org_id, requested_at DESC);

CREATE TABLE generation_workouts (
    request_id  text NOT NULL REFERENCES generations ON DELETE CASCADE,
    idx         integer NOT NULL,
    attempt     integer NOT NULL,
    week        integer NOT NULL,
    day         integer NOT NULL,
    body        jsonb NOT NULL,
    PRIMARY KEY (request_id, idx)
);

CREATE TABLE projection_offsets (
    projection   text NOT NULL,
    topic        text NOT NULL,
    partition    integer NOT NULL,
    next_offset  bigint NOT NULL,
    PRIMARY KEY (projection, topic, partition)
);
