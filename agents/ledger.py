"""The workers' side of the generation ledger: taking commands, attempts, heartbeats, the end.

The ledger (table `generation_ledger`, one row per accepted request) is what decides
attempts and "already finished": it survives run-topic deletion and projection
rebuilds, and its increments are atomic, so two workers that briefly hold the same
command (a rebalance) never run the same attempt number.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import asyncpg

from schemas.events import Step, as_step
from schemas.outcomes import AttemptOutcome


@dataclass(frozen=True)
class Taken:
    """A command a worker took: whether it already finished, and whether it is in the log."""

    finished: bool
    logged: bool
    attempt: int


@dataclass(frozen=True)
class Abandoned:
    """A request the janitor ended: nobody progressed it for too long."""

    request_id: str
    org_id: str
    step: Step
    attempt: int
    logged: bool


class Ledger(Protocol):
    async def start_attempt(self, request_id: str) -> Taken | None:
        """Take the command and number its next attempt in one step; None if the api never
        accepted it; `finished` (attempt unchanged) if it already ended."""
        ...

    async def mark_logged(self, request_id: str) -> None: ...

    async def finish(self, request_id: str, outcome: AttemptOutcome) -> None: ...

    async def heartbeat(self, request_ids: Sequence[str]) -> None: ...


class PostgresLedger:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def start_attempt(self, request_id: str) -> Taken | None:
        row = await self.pool.fetchrow(
            """UPDATE generation_ledger
               SET attempt = attempt + 1, state = 'running', heartbeat_at = now()
               WHERE request_id = $1 AND state <> 'finished'
               RETURNING logged, attempt""",
            request_id,
        )
        if row is not None:
            return Taken(False, row["logged"], row["attempt"])
        row = await self.pool.fetchrow(  # finished, or never accepted
            "SELECT logged, attempt FROM generation_ledger WHERE request_id = $1", request_id
        )
        return None if row is None else Taken(True, row["logged"], row["attempt"])

    async def mark_logged(self, request_id: str) -> None:
        await self.pool.execute(
            "UPDATE generation_ledger SET logged = true WHERE request_id = $1", request_id
        )

    async def finish(self, request_id: str, outcome: AttemptOutcome) -> None:
        await self.pool.execute(
            """UPDATE generation_ledger
               SET state = 'finished', outcome = $2, finished_at = now()
               WHERE request_id = $1 AND state <> 'finished'""",
            request_id,
            outcome,
        )

    async def heartbeat(self, request_ids: Sequence[str]) -> None:
        if request_ids:
            await self.pool.execute(
                """UPDATE generation_ledger SET heartbeat_at = now()
                   WHERE request_id = ANY($1::text[]) AND state <> 'finished'""",
                list(request_ids),
            )

    async def abandon_stale(self, stale_s: float, limit: int = 500) -> list[Abandoned]:
        """End requests whose heartbeat is older than `stale_s`: they count as a new attempt."""
        rows = await self.pool.fetch(
            """UPDATE generation_ledger
               SET state = 'finished', outcome = 'abandoned', finished_at = now(),
                   attempt = attempt + 1
               WHERE request_id IN (
                   SELECT request_id FROM generation_ledger
                   WHERE state <> 'finished'
                     AND heartbeat_at < now() - make_interval(secs => $1)
                   ORDER BY heartbeat_at LIMIT $2
                   FOR UPDATE SKIP LOCKED)
               RETURNING request_id, org_id, step, attempt, logged""",
            stale_s,
            limit,
        )
        return [
            Abandoned(r["request_id"], r["org_id"], as_step(r["step"]), r["attempt"], r["logged"])
            for r in rows
        ]

    async def expired_topics(self, finished_before: dt.datetime, limit: int = 1000) -> list[str]:
        """Requests finished before that time whose run topics are still there."""
        rows = await self.pool.fetch(
            """SELECT request_id FROM generation_ledger
               WHERE state = 'finished' AND topic_deleted_at IS NULL AND finished_at < $1
               ORDER BY finished_at LIMIT $2""",
            finished_before,
            limit,
        )
        return [row["request_id"] for row in rows]

    async def mark_topics_deleted(self, request_ids: Sequence[str]) -> None:
        await self.pool.execute(
            """UPDATE generation_ledger SET topic_deleted_at = now()
               WHERE request_id = ANY($1::text[])""",
            list(request_ids),
        )

    async def known(self, request_ids: Sequence[str]) -> set[str]:
        rows = await self.pool.fetch(
            "SELECT request_id FROM generation_ledger WHERE request_id = ANY($1::text[])",
            list(request_ids),
        )
        return {row["request_id"] for row in rows}

    async def expire_idempotency_keys(self, older_than: dt.datetime, limit: int = 5000) -> int:
        """Delete keys made before `older_than` (at most `limit`: a sweep stays short, the
        next one takes the rest); how many went."""
        status: str = await self.pool.execute(
            """DELETE FROM idempotency_keys WHERE ctid IN (
                   SELECT ctid FROM idempotency_keys WHERE created_at < $1 LIMIT $2)""",
            older_than,
            limit,
        )
        return int(status.split()[-1])
