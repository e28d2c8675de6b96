"""Request rates per user and per organisation, and the pace of run-topic creation.

Token buckets counted in Postgres (`take_tokens`, migration 0007), so every api process
shares them: a bucket holds up to its burst, refills at its rate, and a request takes one
token from its user's bucket and its organisation's, or from neither.
"""

import asyncio
import math
from dataclasses import dataclass

import asyncpg

from schemas.settings import Settings

TOPICS_BUCKET = "run-topics"
# A topic-pool refill waits in steps of at most this long, so it notices a stop.
PACE_STEP_S = 5.0


@dataclass(frozen=True)
class Refusal:
    """A request a bucket refused: which one, and when it will hold a token again."""

    bucket: str
    wait_s: float

    @property
    def retry_after_s(self) -> int:
        return max(1, math.ceil(self.wait_s))

    @property
    def whose(self) -> str:
        return "your organisation's" if self.bucket.startswith("org:") else "your"


async def take_tokens(
    pool: asyncpg.Pool, buckets: list[tuple[str, float, float]], cost: float = 1.0
) -> Refusal | None:
    """Take `cost` tokens from each (bucket, burst, tokens a second), or none of them."""
    row = await pool.fetchrow(
        "SELECT wait_s, short FROM take_tokens($1::text[], $2::float8[], $3::float8[], $4)",
        [name for name, _, _ in buckets],
        [burst for _, burst, _ in buckets],
        [rate for _, _, rate in buckets],
        cost,
    )
    if row is None or row["wait_s"] <= 0:
        return None
    return Refusal(row["short"], float(row["wait_s"]))


@dataclass(frozen=True)
class PostgresRates:
    """The accept use case's rate limits."""

    pool: asyncpg.Pool
    settings: Settings

    async def take(self, user_id: str, org_id: str) -> Refusal | None:
        limits = self.settings
        return await take_tokens(
            self.pool,
            [
                (f"user:{user_id}", limits.user_rate_burst, limits.user_rate_per_min / 60),
                (f"org:{org_id}", limits.org_rate_burst, limits.org_rate_per_min / 60),
            ],
        )


def topic_pace(pool: asyncpg.Pool, settings: Settings) -> "TopicPace":
    """The pace of the topic pools' refills: a batch waits for as many tokens as topics."""
    burst = max(float(settings.topic_pool_batch), settings.topic_create_per_s)
    return TopicPace(pool, settings.topic_create_per_s, burst)


@dataclass(frozen=True)
class TopicPace:
    """Run-topic creations of all api processes together, at most `topic_create_per_s`."""

    pool: asyncpg.Pool
    per_s: float
    burst: float

    async def __call__(self, count: int) -> None:
        """Return once `count` creations are allowed."""
        while True:
            refused = await take_tokens(self.pool, [(TOPICS_BUCKET, self.burst, self.per_s)], count)
            if refused is None:
                return
            await asyncio.sleep(min(refused.wait_s, PACE_STEP_S))
