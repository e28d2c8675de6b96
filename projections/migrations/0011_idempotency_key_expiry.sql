-- Idempotency keys are answered for 24 hours; the janitor deletes older ones by this index.
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
