"""The door's lookups batched across requests answer as one query each would, on Postgres."""

import asyncio

import pytest

from api import admin, store
from api.lookups import DoorLookups
from projections.database import create_pool
from schemas.settings import Settings
from tests.harness import coaches, connect

pytestmark = pytest.mark.integration


async def tokens_of_every_kind(settings: Settings) -> tuple[list[str], list[str]]:
    """A club's live tokens, and tokens that no longer authenticate (revoked, expired,
    never issued)."""
    live = await coaches(settings, "club", 30)
    conn = await connect(settings)
    try:
        await admin.create_org(conn, "other", "Other", ["coach_agent"], "Other's principle")
        await admin.create_user(conn, "other-coach", "other", "admin", "Coach's principle")
        live.append(await admin.issue_token(conn, "other-coach"))
        revoked = await admin.issue_token(conn, "club-coach-0")
        await admin.revoke_token(conn, revoked)
        expired = await admin.issue_token(conn, "club-coach-1", ttl_days=0)
    finally:
        await conn.close()
    return live, [revoked, expired, "never-issued"]


async def test_tokens_asked_together_answer_as_each_alone(settings: Settings) -> None:
    live, dead = await tokens_of_every_kind(settings)
    pool = await create_pool(settings, min_size=1, max_size=4)
    try:
        door = DoorLookups(pool)
        asked = live + dead + live[:5]  # a token asked twice at once gets one answer
        together = await asyncio.gather(*(door.user_for_token(token) for token in asked))
        alone = [(await store.users_for_tokens(pool, [token])).get(token) for token in asked]
        assert together == alone
        assert together[: len(live)] == [f"club-coach-{n}" for n in range(30)] + ["other-coach"]
        assert together[len(live) : len(live) + len(dead)] == [None, None, None]
        assert door.users.queries < len(asked) / 4, door.users.queries
    finally:
        await pool.close()


async def test_access_asked_together_answers_as_each_alone(settings: Settings) -> None:
    await tokens_of_every_kind(settings)
    pool = await create_pool(settings, min_size=1, max_size=4)
    try:
        door = DoorLookups(pool)
        asked = [("club", f"club-coach-{n}") for n in range(30)]
        asked += [("other", "other-coach"), ("other", "club-coach-2"), ("nowhere", "other-coach")]
        together = await asyncio.gather(*(door.org_access(org, user) for org, user in asked))
        alone = [(await store.org_accesses(pool, [pair])).get(pair) for pair in asked]
        assert together == alone
        other = together[30]
        assert other is not None and other.role == "admin" and other.may_generate
        assert other.coach_principle == "Coach's principle"
        assert together[31] is not None and together[31].role is None  # not a member
        assert together[32] is None  # no such organisation
        assert door.access.queries < len(asked) / 4, door.access.queries
    finally:
        await pool.close()


async def test_a_revoked_token_is_refused_by_the_next_lookup(settings: Settings) -> None:
    """Nothing is kept between queries: revoking takes effect at the next request."""
    live, _ = await tokens_of_every_kind(settings)
    pool = await create_pool(settings, min_size=1, max_size=4)
    try:
        door = DoorLookups(pool)
        assert await door.user_for_token(live[3]) == "club-coach-3"
        conn = await connect(settings)
        try:
            await admin.revoke_token(conn, live[3])
        finally:
            await conn.close()
        assert await door.user_for_token(live[3]) is None
    finally:
        await pool.close()
