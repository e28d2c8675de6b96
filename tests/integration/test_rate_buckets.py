"""The token buckets in Postgres (migration 0007): refill, all or none, refusals counted."""

import asyncio
import time

import pytest

from api.rate_limits import TopicPace, take_tokens
from projections.database import create_pool
from schemas.settings import Settings

pytestmark = pytest.mark.integration


async def test_buckets_refill_at_their_rate_and_a_request_takes_from_all_or_none(
    settings: Settings,
) -> None:
    pool = await create_pool(settings)
    try:
        user, org = ("user:u", 2.0, 1.0), ("org:o", 3.0, 0.001)
        assert await take_tokens(pool, [user, org]) is None
        assert await take_tokens(pool, [user, org]) is None
        refused = await take_tokens(pool, [user, org])
        assert refused is not None and refused.bucket == "user:u"
        assert 0 < refused.wait_s <= 1.0 and refused.retry_after_s == 1
        # The organisation lost no token to the refused request.
        await asyncio.sleep(refused.wait_s)
        assert await take_tokens(pool, [user, org]) is None
        await asyncio.sleep(1.0)
        refused = await take_tokens(pool, [user, org])
        assert refused is not None and refused.bucket == "org:o"
        assert refused.wait_s > 100  # 0.001 a second
        counted = await pool.fetch("SELECT bucket, refused FROM rate_buckets ORDER BY bucket")
        assert [(r["bucket"], r["refused"]) for r in counted] == [("org:o", 1), ("user:u", 1)]
    finally:
        await pool.close()


async def test_topic_creations_wait_for_their_pace(settings: Settings) -> None:
    pool = await create_pool(settings)
    try:
        pace = TopicPace(pool, per_s=20.0, burst=8.0)
        began = time.monotonic()
        await pace(8)
        first = time.monotonic() - began
        await pace(8)
        # The burst was spent: eight more take 8 / 20 s of refill.
        assert time.monotonic() - began - first >= 0.35
    finally:
        await pool.close()
