-- Typed columns beside each workout's JSON body, so analysts filter and group without
-- unpacking JSON: when, what kind, how long and far, which phase, where it came from, and
-- what produced it (per week: a week built without a model call says builtin). Backfilled
-- from the body and the generation; the projection writes them from now on.
ALTER TABLE generation_workouts
    ADD COLUMN date            date,
    ADD COLUMN sub_type        text,
    ADD COLUMN duration        integer,
    ADD COLUMN distance        integer,
    ADD COLUMN phase           text,
    ADD COLUMN source          text,
    ADD COLUMN provider        text,
    ADD COLUMN model           text,
    ADD COLUMN prompt_version  text;

UPDATE generation_workouts AS w
SET date = (w.body ->> 'date')::date,
    sub_type = w.body ->> 'sub_type',
    duration = (w.body ->> 'duration')::integer,
    distance = (w.body ->> 'distance')::integer,
    phase = w.body ->> 'phase',
    source = COALESCE(w.body ->> 'source', 'ai'),
    provider = g.provider,
    model = g.model,
    prompt_version = g.prompt_version
FROM generations AS g
WHERE g.request_id = w.request_id;

CREATE INDEX generation_workouts_kind ON generation_workouts (sub_type, phase);
CREATE INDEX generation_workouts_date ON generation_workouts (date) WHERE date IS NOT NULL;
CREATE INDEX generation_workouts_producer ON generation_workouts (prompt_version, model);
CREATE INDEX generations_producer ON generations (step, prompt_version, model);
CREATE INDEX generations_requested ON generations (requested_at);
