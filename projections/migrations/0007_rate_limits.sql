-- Token buckets: the request rates of each user and each organisation, and the run-topic
-- creations of all api processes together, counted here so that every api process
-- shares them. A bucket holds up to its capacity, refills at its rate, starts full.
CREATE TABLE rate_buckets (
    bucket      text PRIMARY KEY,
    tokens      double precision NOT NULL,
    updated_at  timestamptz NOT NULL,
    -- Requests this bucket refused (answered 429).
    refused     bigint NOT NULL DEFAULT 0
);

-- Take `cost` tokens from every bucket named, or from none. Returns the seconds until all
-- of them hold enough (0 when taken) and the first bucket that is short. The buckets are
-- locked in the order given (callers name them in one order: user, then organisation).
CREATE FUNCTION take_tokens(
    buckets text[], capacities double precision[], rates double precision[],
    cost double precision, OUT wait_s double precision, OUT short text
) LANGUAGE plpgsql AS $$
DECLARE
    i integer;
    at timestamptz := clock_timestamp();
    levels double precision[] := '{}';
    level double precision;
BEGIN
    wait_s := 0;
    FOR i IN 1 .. cardinality(buckets) LOOP
        INSERT INTO rate_buckets (bucket, tokens, updated_at)
        VALUES (buckets[i], capacities[i], at) ON CONFLICT (bucket) DO NOTHING;
        SELECT least(capacities[i],
                     tokens + greatest(0, extract(epoch FROM at - updated_at)) * rates[i])
          INTO level FROM rate_buckets WHERE bucket = buckets[i] FOR UPDATE;
        levels := levels || level;
        IF level < cost THEN
            IF short IS NULL THEN
                short := buckets[i];
            END IF;
            wait_s := greatest(wait_s, (cost - level) / rates[i]);
            UPDATE rate_buckets SET refused = refused + 1 WHERE bucket = buckets[i];
        END IF;
    END LOOP;
    IF wait_s > 0 THEN
        RETURN;
    END IF;
    FOR i IN 1 .. cardinality(buckets) LOOP
        UPDATE rate_buckets SET tokens = levels[i] - cost, updated_at = at
        WHERE bucket = buckets[i];
    END LOOP;
END $$;
