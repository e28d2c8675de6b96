-- Read your writes. The worker records where a generation's terminal event is in the log
-- (coach.events) in the same update that finishes its ledger row, before the event goes
-- to the run topic where clients learn of it: a read of a generation the ledger calls
-- finished waits for the projector to pass that position.
ALTER TABLE generation_ledger
    ADD COLUMN log_partition integer,
    ADD COLUMN log_offset bigint,
    -- The terminal event is on the run topic as well. False between the two writes: a
    -- worker that takes the command again (the first one died there) writes it again.
    ADD COLUMN announced boolean NOT NULL DEFAULT true;

-- The projector's position, announced as it commits (NOTIFY is delivered at commit, so
-- a reader never hears of a position before the rows it covers are visible). One channel
-- per schema: several deployments (or tests) may share a database.
CREATE FUNCTION notify_projected() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(
        'coach_projected_' || left(md5(current_schema()), 16),
        NEW.projection || ' ' || NEW.partition || ' ' || NEW.next_offset
    );
    RETURN NULL;
END $$;

CREATE TRIGGER projection_offsets_notify
    AFTER INSERT OR UPDATE ON projection_offsets
    FOR EACH ROW EXECUTE FUNCTION notify_projected();
