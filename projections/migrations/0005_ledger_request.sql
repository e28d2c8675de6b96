-- The request itself in the ledger, so a generation the api accepted is readable
-- (GET /generations/{id} says "queued") before any worker or the projector saw it.
ALTER TABLE generation_ledger
    ADD COLUMN request             jsonb,
    ADD COLUMN training_principle  text,
    ADD COLUMN principle_source    text;
