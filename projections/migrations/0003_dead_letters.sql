-- Records a projection could not decode or apply, kept byte for byte (bytea keeps even
-- NUL, which text and jsonb refuse), so one bad event never stops a projection.
-- Its next offset is stored as usual; a rebuild clears a projection's dead letters and
-- records again whatever is still poison.
CREATE TABLE dead_letters (
    projection     text NOT NULL,
    topic          text NOT NULL,
    partition      integer NOT NULL,
    record_offset  bigint NOT NULL,
    key            bytea,
    value          bytea,
    error          text NOT NULL,
    -- From the event when it could be decoded, else from the record's key.
    request_id     text,
    attempt        integer,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (projection, topic, partition, record_offset)
);
CREATE INDEX dead_letters_request ON dead_letters (request_id);

-- The attempt of which an event went to dead_letters: that attempt's output is
-- incomplete, so the row stays failed until a newer attempt starts (never, when it is
-- attempt 0: the request itself).
ALTER TABLE generations ADD COLUMN dead_letter_attempt integer;
