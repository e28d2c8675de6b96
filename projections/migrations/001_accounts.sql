-- Organisations, users, memberships and tokens: written by the admin CLI, read by the api.
CREATE TABLE organisations (
    org_id      text PRIMARY KEY,
    name        text NOT NULL,
    features    text[] NOT NULL DEFAULT '{}',
    principle   text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    user_id     text PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
    user_id     text NOT NULL REFERENCES users ON DELETE CASCADE,
    org_id      text NOT NULL REFERENCES organisations ON DELETE CASCADE,
    role        text NOT NULL CHECK (role IN ('coach', 'admin', 'athlete')),
    -- The coach's personal training principle in this organisation.
    principle   text,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, org_id)
);

CREATE TABLE tokens (
    -- sha256 of the token; the token itself is never stored.
    token_hash  text PRIMARY KEY,
    user_id     text NOT NULL REFERENCES users ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

CREATE TABLE library_workouts (
    workout_id  text PRIMARY KEY,
    org_id      text NOT NULL REFERENCES organisations ON DELETE CASCADE,
    sub_type    text NOT NULL,
    body        jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX library_workouts_org ON library_workouts (org_id);
