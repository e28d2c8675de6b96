"""The api's side of the generation ledger: admission control and Idempotency-Key.

One transaction per request: read the key (same key + same body = the same
generation), count the organisation's generations in flight under a per-organisation
lock, then reserve the new request's row (and its key). A refused request is released.
"""

from dataclasses import dataclass

import asyncpg

from schemas.events import PlanRequested

KEY_WINDOW = "24 hours"


@dataclass(frozen=True)
class Reserved:
    """The request may go to Kafka."""


@dataclass(frozen=True)
class Existing:
    """The Idempotency-Key names an earlier request with the same body: follow that one."""

    request_id: str
    step: str


@dataclass(frozen=True)
class KeyReused:
    """The Idempotency-Key names an earlier request with another body."""


@dataclass(frozen=True)
class Limited:
    """The organisation already has `in_flight` generations running."""

    in_flight: int


Reservation = Reserved | Existing | KeyReused | Limited


@dataclass(frozen=True)
class Admission:
    limit: int
    stale_s: float


async def reserve(
    pool: asyncpg.Pool,
    requested: PlanRequested,
    admission: Admission,
    key: str | None,
    body_hash: str,
) -> Reservation:
    """Reserve a ledger row for the request unless a key, or the organisation's limit, says no."""
    async with pool.acquire() as conn:
        for _ in range(3):
            try:
                async with conn.transaction():
                    return await _reserve(conn, requested, admission, key, body_hash)
            except asyncpg.UniqueViolationError:
                continue  # a concurrent request with the same key won: read it again
    raise RuntimeError("could not reserve the request after three tries")


async def _reserve(
    conn: asyncpg.Connection,
    requested: PlanRequested,
    admission: Admission,
    key: str | None,
    body_hash: str,
) -> Reservation:
    if key is not None:
        earlier = await conn.fetchrow(
            f"""SELECT k.body_hash, k.request_id, l.step FROM idempotency_keys k
                JOIN generation_ledger l USING (request_id)
                WHERE k.user_id = $1 AND k.key = $2
                  AND k.created_at > now() - interval '{KEY_WINDOW}'""",
            requested.user_id,
            key,
        )
        if earlier is not None:
            if earlier["body_hash"] != body_hash:
                return KeyReused()
            return Existing(earlier["request_id"], earlier["step"])
    await conn.execute("SELECT pg_advisory_xact_lock(hashtext($1))", requested.org_id)
    in_flight = await conn.fetchval(
        """SELECT count(*) FROM generation_ledger
           WHERE org_id = $1 AND state <> 'finished'
             AND heartbeat_at > now() - make_interval(secs => $2)""",
        requested.org_id,
        admission.stale_s,
    )
    if in_flight >= admission.limit:
        return Limited(in_flight)
    await conn.execute(
        """INSERT INTO generation_ledger (request_id, org_id, user_id, step, state, accepted_at,
               request, training_principle, principle_source)
           VALUES ($1, $2, $3, $4, 'accepted', $5, $6::jsonb, $7, $8)""",
        requested.request_id,
        requested.org_id,
        requested.user_id,
        requested.step,
        requested.time,
        requested.request.model_dump_json(),
        requested.training_principle,
        requested.principle_source,
    )
    if key is not None:
        await conn.execute(
            f"""DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2
                AND created_at <= now() - interval '{KEY_WINDOW}'""",
            requested.user_id,
            key,
        )
        await conn.execute(
            """INSERT INTO idempotency_keys (user_id, key, body_hash, request_id)
               VALUES ($1, $2, $3, $4)""",
            requested.user_id,
            key,
            body_hash,
            requested.request_id,
        )
    return Reserved()


async def release(pool: asyncpg.Pool, request_id: str) -> None:
    """Forget a reservation whose request Kafka did not take (its key may be used again)."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("DELETE FROM idempotency_keys WHERE request_id = $1", request_id)
        await conn.execute("DELETE FROM generation_ledger WHERE request_id = $1", request_id)
