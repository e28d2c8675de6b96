"""The api's reads of Postgres: tokens, organisation access and generation read models."""

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import asyncpg

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


async def user_for_token(pool: asyncpg.Pool, token: str) -> str | None:
    return await pool.fetchval(
        "SELECT user_id FROM tokens WHERE token_hash = $1 AND revoked_at IS NULL",
        hash_token(token),
    )


async def org_access(pool: asyncpg.Pool, org_id: str, user_id: str) -> OrgAccess | None:
    """The organisation and the user's membership in it; None when the org does not exist."""
    row = await pool.fetchrow(
        """
        SELECT o.org_id, o.features, o.principle AS org_principle,
               m.role, m.principle AS coach_principle
        FROM organisations o
        LEFT JOIN memberships m ON m.org_id = o.org_id AND m.user_id = $2
        WHERE o.org_id = $1
        """,
        org_id,
        user_id,
    )
    if row is None:
        return None
    return OrgAccess(
        org_id=row["org_id"],
        features=tuple(row["features"]),
        org_principle=row["org_principle"],
        role=row["role"],
        coach_principle=row["coach_principle"],
    )


async def is_member(pool: asyncpg.Pool, org_id: str, user_id: str) -> bool:
    found = await pool.fetchval(
        "SELECT 1 FROM memberships WHERE org_id = $1 AND user_id = $2", org_id, user_id
    )
    return found is not None


async def library_workouts(pool: asyncpg.Pool, org_id: str) -> list[dict[str, Any]]:
    rows = await pool.fetch(
        "SELECT workout_id, body FROM library_workouts WHERE org_id = $1 ORDER BY workout_id",
        org_id,
    )
    return [{**_json(row["body"]), "id": row["workout_id"]} for row in rows]


async def generation(pool: asyncpg.Pool, request_id: str) -> dict[str, Any] | None:
    row = await pool.fetchrow("SELECT * FROM generations WHERE request_id = $1", request_id)
    if row is None:
        return None
    record = dict(row)
    for column in ("request", "weekly_info", "notes"):
        if record.get(column) is not None:
            record[column] = _json(record[column])
    workouts = await pool.fetch(
        "SELECT body FROM generation_workouts WHERE request_id = $1 ORDER BY idx", request_id
    )
    record["content"] = [_json(w["body"]) for w in workouts] if workouts else None
    return record


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value
