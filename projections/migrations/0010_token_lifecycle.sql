-- Tokens with a lifecycle: an id to list and revoke them by (the token itself is never
-- needed again), and an expiry (COACH_TOKEN_TTL_DAYS when issued).
ALTER TABLE tokens
    ADD COLUMN token_id    text,
    ADD COLUMN expires_at  timestamptz;
-- Tokens issued before: an id each, and the default lifetime counted from their creation
-- (one older than that is expired from now on).
UPDATE tokens
SET token_id = 'tok_' || substr(md5(token_hash || random()::text || clock_timestamp()::text), 1, 16),
    expires_at = created_at + interval '90 days';
ALTER TABLE tokens
    ALTER COLUMN token_id SET NOT NULL,
    ALTER COLUMN expires_at SET NOT NULL;
CREATE UNIQUE INDEX tokens_id ON tokens (token_id);
CREATE INDEX tokens_user ON tokens (user_id, created_at);
