"""The api's reads of Postgres: tokens, organisation access and generation read models."""

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import asyncpg

from schemas.log_position import LogPosition

COACH_ROLES = frozenset({"coach", "admin"})
FEATURE = "coach_agent"

# What Postgres being away looks like to the api (the app answers 503 for these): refused
# or dropped connections, a server shutting down or starting up, no connection in time.
UNREACHABLE: tuple[type[Exception], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.exceptions.TooManyConnectionsError,
)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class OrgAccess:
    org_id: str
    features: tuple[str, ...]
    org_principle: str | None
    role: str | None
    coach_principle: str | None

    @property
    def may_generate(self) -> bool:
        return self.role in COACH_ROLES and FEATURE in self.features


# A token authenticates while it is neither revoked nor expired.
LIVE = "t.revoked_at IS NULL AND t.expires_at > now()"
LIVE_TOKEN = f"t.token_hash = $1 AND {LIVE}"


async def users_for_tokens(pool: asyncpg.Pool, tokens: list[str]) -> dict[str, str]:
    """The user of each live token, in one query for many tokens (the door batches them:
    `api/lookups.py`); a token revoked, expired or never issued is missing."""
    by_hash = {hash_token(token): token for token in tokens}
    rows = await pool.fetch(
        f"SELECT t.token_hash, t.user_id FROM tokens t WHERE t.token_hash = ANY($1) AND {LIVE}",
        list(by_hash),
    )
    return {by_hash[row["token_hash"]]: str(row["user_id"]) for row in rows}


async def token_live(pool: asyncpg.Pool, token: str) -> bool:
    """Whether the token still authenticates (an open stream asks again now and then)."""
    return await pool.fetchval(f"SELECT 1 FROM tokens t WHERE {LIVE_TOKEN}", hash_token(token)) == 1


async def org_accesses(
    pool: asyncpg.Pool, asked: list[tuple[str, str]]
) -> dict[tuple[str, str], OrgAccess]:
    """The organisation and the user's membership in it (role None for a non-member), in
    one query for many (organisation, user) pairs (batched by `api/lookups.py`); a pair
    whose organisation does not exist is missing."""
    rows = await pool.fetch(
        """
        SELECT q.user_id AS asked_user, o.org_id, o.features, o.principle AS org_principle,
               m.role, m.principle AS coach_principle
        FROM unnest($1::text[], $2::text[]) AS q(org_id, user_id)
        JOIN organisations o ON o.org_id = q.org_id
        LEFT JOIN memberships m ON m.org_id = o.org_id AND m.user_id = q.user_id
        """,
        [org_id for org_id, _ in asked],
        [user_id for _, user_id in asked],
    )
    return {(row["org_id"], row["asked_user"]): _access(row) for row in rows}


def _access(row: asyncpg.Record) -> OrgAccess:
    return OrgAccess(
        org_id=row["org_id"],
        features=tuple(row["features"]),
        org_principle=row["org_principle"],
        role=row["role"],
        coach_principle=row["coach_principle"],
    )


async def library_workouts(pool: asyncpg.Pool, org_id: str) -> list[dict[str, Any]]:
    rows = await pool.fetch(
        "SELECT workout_id, body FROM library_workouts WHERE org_id = $1 ORDER BY workout_id",
        org_id,
    )
    return [{**_json(row["body"]), "id": row["workout_id"]} for row in rows]


async def generation(pool: asyncpg.Pool, request_id: str) -> dict[str, Any] | None:
    """The generation's read model; for one accepted but not projected yet, what the ledger
    knows of it (status queued or running)."""
    row = await pool.fetchrow("SELECT * FROM generations WHERE request_id = $1", request_id)
    if row is None:
        return await _accepted(pool, request_id)
    record = dict(row)
    for column in ("request", "weekly_info", "notes"):
        if record.get(column) is not None:
            record[column] = _json(record[column])
    workouts = await pool.fetch(
        "SELECT body FROM generation_workouts WHERE request_id = $1 ORDER BY idx", request_id
    )
    record["content"] = [_json(w["body"]) for w in workouts] if workouts else None
    return record


LEDGER_STATUS = {"accepted": "queued", "taken": "queued", "running": "running"}
FINISHED_STATUSES = frozenset({"succeeded", "failed"})


async def ledger_end(pool: asyncpg.Pool, request_id: str) -> LogPosition | None:
    """Where a finished request's terminal event is in the log (None: not finished, or
    finished before positions were recorded)."""
    row = await pool.fetchrow(
        """SELECT log_partition, log_offset FROM generation_ledger
           WHERE request_id = $1 AND state = 'finished'""",
        request_id,
    )
    if row is None or row["log_partition"] is None or row["log_offset"] is None:
        return None
    return LogPosition(partition=row["log_partition"], offset=row["log_offset"])


@dataclass(frozen=True)
class GenerationKind:
    """Whose a generation is, what it is, and how far it came (read model, else ledger)."""

    org_id: str
    step: str
    status: str  # queued, running, succeeded or failed


async def generation_kind(pool: asyncpg.Pool, request_id: str) -> GenerationKind | None:
    row = await pool.fetchrow(
        "SELECT org_id, step, status FROM generations WHERE request_id = $1", request_id
    )
    if row is None:  # accepted, not projected yet: the ledger knows it
        row = await pool.fetchrow(
            """SELECT org_id, step,
                      CASE WHEN outcome IN ('failed', 'abandoned') THEN 'failed'
                           WHEN state = 'finished' THEN 'succeeded'
                           ELSE 'running' END AS status
               FROM generation_ledger WHERE request_id = $1 AND request IS NOT NULL""",
            request_id,
        )
    return None if row is None else GenerationKind(row["org_id"], row["step"], row["status"])


async def _accepted(pool: asyncpg.Pool, request_id: str) -> dict[str, Any] | None:
    row = await pool.fetchrow(
        """SELECT request_id, org_id, user_id, step, state, attempt, request,
                  training_principle, principle_source, accepted_at
           FROM generation_ledger WHERE request_id = $1 AND request IS NOT NULL""",
        request_id,
    )
    if row is None:
        return None
    # Finished, but not projected yet: `api.reads` waits for the projector (a request
    # finished before log positions were recorded reads as running until it is projected).
    status = LEDGER_STATUS.get(row["state"], "running")
    return {
        "request_id": row["request_id"],
        "org_id": row["org_id"],
        "user_id": row["user_id"],
        "step": row["step"],
        "status": status,
        "attempt": row["attempt"],
        "request": _json(row["request"]),
        "training_principle": row["training_principle"],
        "principle_source": row["principle_source"],
        "requested_at": row["accepted_at"],
        **dict.fromkeys(
            (
                "draft",
                "total_workouts",
                "weekly_info",
                "notes",
                "error",
                "error_code",
                "provider",
                "prompt_version",
                "model",
                "started_at",
                "finished_at",
                "content",
            ),
        ),
    }


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value
