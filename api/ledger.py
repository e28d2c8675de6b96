"""The api's side of the generation ledger: admission control and Idempotency-Key.

A request's key is read first (same key + same body = the same generation); then its
row is inserted if the organisation has room, in one statement; then its key is
claimed. A request Kafka refuses is released again.
"""

import time
from dataclasses import dataclass, field

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


@dataclass
class RecentlyLimited:
    """Organisations answered 429 in the last `window_s` seconds (in this api process)."""

    window_s: float = 5.0
    most: int = 10_000
    _until: dict[str, float] = field(default_factory=dict)

    def add(self, org_id: str) -> None:
        now = time.monotonic()
        if len(self._until) >= self.most:
            self._until = {org: t for org, t in self._until.items() if t > now}
        self._until[org_id] = now + self.window_s

    def __contains__(self, org_id: object) -> bool:
        until = self._until.get(org_id) if isinstance(org_id, str) else None
        return until is not None and until > time.monotonic()


async def reserve(
    pool: asyncpg.Pool,
    requested: PlanRequested,
    admission: Admission,
    key: str | None,
    body_hash: str,
) -> Reservation:
    """Reserve a ledger row for the request unless a key, or the organisation's limit, says no.

    The limit is checked in the statement that inserts the row, without a lock: requests
    of one organisation never wait for each other, and a burst can overshoot the limit
    by at most the requests that arrive in the same instant.
    """
    if key is not None:
        earlier = await _earlier(pool, requested.user_id, key, body_hash)
        if earlier is not None:
            return earlier
    inserted = await pool.fetchval(
        """INSERT INTO generation_ledger (request_id, org_id, user_id, step, state, accepted_at,
               request, training_principle, principle_source)
           SELECT $1, $2, $3, $4, 'accepted', $5, $6::jsonb, $7, $8
           WHERE (SELECT count(*) FROM generation_ledger
                  WHERE org_id = $2 AND state <> 'finished'
                    AND heartbeat_at > now() - make_interval(secs => $9)) < $10
           RETURNING 1""",
        requested.request_id,
        requested.org_id,
        requested.user_id,
        requested.step,
        requested.time,
        requested.request.model_dump_json(),
        requested.training_principle,
        requested.principle_source,
        admission.stale_s,
        admission.limit,
    )
    if inserted is None:
        return Limited(await in_flight(pool, requested.org_id, admission.stale_s))
    if key is not None:
        taken = await _claim_key(pool, requested, key, body_hash)
        if taken is not None:
            await release(pool, requested.request_id)
            return taken
    return Reserved()


async def in_flight(pool: asyncpg.Pool, org_id: str, stale_s: float) -> int:
    count: int = await pool.fetchval(
        """SELECT count(*) FROM generation_ledger
           WHERE org_id = $1 AND state <> 'finished'
             AND heartbeat_at > now() - make_interval(secs => $2)""",
        org_id,
        stale_s,
    )
    return count


async def _earlier(
    pool: asyncpg.Pool, user_id: str, key: str, body_hash: str
) -> Existing | KeyReused | None:
    earlier = await pool.fetchrow(
        f"""SELECT k.body_hash, k.request_id, l.step FROM idempotency_keys k
            JOIN generation_ledger l USING (request_id)
            WHERE k.user_id = $1 AND k.key = $2
              AND k.created_at > now() - interval '{KEY_WINDOW}'""",
        user_id,
        key,
    )
    if earlier is None:
        return None
    if earlier["body_hash"] != body_hash:
        return KeyReused()
    return Existing(earlier["request_id"], earlier["step"])


async def _claim_key(
    pool: asyncpg.Pool, requested: PlanRequested, key: str, body_hash: str
) -> Existing | KeyReused | None:
    """Record the key for this request; if a concurrent request won it, that request."""
    for _ in range(3):
        async with pool.acquire() as conn, conn.transaction():
            await conn.execute(
                f"""DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2
                    AND created_at <= now() - interval '{KEY_WINDOW}'""",
                requested.user_id,
                key,
            )
            claimed = await conn.fetchval(
                """INSERT INTO idempotency_keys (user_id, key, body_hash, request_id)
                   VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1""",
                requested.user_id,
                key,
                body_hash,
                requested.request_id,
            )
        if claimed is not None:
            return None
        winner = await _earlier(pool, requested.user_id, key, body_hash)
        if winner is not None:
            return winner
        # The winner was refused (503) and let the key go meanwhile: try again.
    return KeyReused()


async def release(pool: asyncpg.Pool, request_id: str) -> None:
    """Forget a reservation whose request Kafka did not take (its key may be used again)."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("DELETE FROM idempotency_keys WHERE request_id = $1", request_id)
        await conn.execute("DELETE FROM generation_ledger WHERE request_id = $1", request_id)
