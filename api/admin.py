"""Admin operations behind the CLI: organisations, users, tokens, library workouts.

Each is idempotent by id: running it again with the same id updates the record.
"""

import json
import secrets
from typing import Any

import asyncpg

from api.store import hash_token

ROLES = ("coach", "admin", "athlete")


class AdminError(Exception):
    """A clear, user-facing reason an admin command could not be carried out."""


async def create_org(
    conn: asyncpg.Connection,
    org_id: str,
    name: str,
    features: list[str],
    principle: str | None,
) -> None:
    await conn.execute(
        """INSERT INTO organisations (org_id, name, features, principle)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (org_id) DO UPDATE
           SET name = EXCLUDED.name, features = EXCLUDED.features,
               principle = EXCLUDED.principle, updated_at = now()""",
        org_id,
        name,
        sorted(set(features)),
        principle,
    )


async def create_user(
    conn: asyncpg.Connection, user_id: str, org_id: str, role: str, principle: str | None
) -> None:
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}")
    async with conn.transaction():
        if await conn.fetchval("SELECT 1 FROM organisations WHERE org_id = $1", org_id) is None:
            raise AdminError(f"organisation {org_id!r} does not exist; create it first")
        await conn.execute(
            "INSERT INTO users (user_id) VALUES ($1) ON CONFLICT DO NOTHING", user_id
        )
        await conn.execute(
            """INSERT INTO memberships (user_id, org_id, role, principle)
               VALUES ($1, $2, $3, $4)
               ON CONFLICT (user_id, org_id) DO UPDATE
               SET role = EXCLUDED.role, principle = EXCLUDED.principle, updated_at = now()""",
            user_id,
            org_id,
            role,
            principle,
        )


def new_token() -> str:
    """32 random bytes, URL-safe; never starting with "-", which a command line (such as
    `coach-agent admin revoke-token TOKEN`) would take for an option."""
    token = secrets.token_urlsafe(32)
    while token.startswith("-"):
        token = secrets.token_urlsafe(32)
    return token


async def issue_token(conn: asyncpg.Connection, user_id: str) -> str:
    """A new random token for the user; only its hash is stored."""
    if await conn.fetchval("SELECT 1 FROM users WHERE user_id = $1", user_id) is None:
        raise AdminError(f"user {user_id!r} does not exist; create it first")
    token = new_token()
    await conn.execute(
        "INSERT INTO tokens (token_hash, user_id) VALUES ($1, $2)", hash_token(token), user_id
    )
    return token


async def revoke_token(conn: asyncpg.Connection, token: str) -> None:
    status = await conn.execute(
        "UPDATE tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE token_hash = $1",
        hash_token(token),
    )
    if status == "UPDATE 0":
        raise AdminError("no such token")


async def add_workout(conn: asyncpg.Connection, org_id: str, workout: dict[str, Any]) -> str:
    """Store a library workout (already validated); its `id` makes the call idempotent.

    The same id in the same organisation updates the workout; an id another
    organisation owns is refused, and that workout stays where it is.
    """
    if await conn.fetchval("SELECT 1 FROM organisations WHERE org_id = $1", org_id) is None:
        raise AdminError(f"organisation {org_id!r} does not exist")
    workout_id = str(workout["id"])
    # One statement decides, so two concurrent adds of one id cannot both win.
    owner = await conn.fetchval(
        """INSERT INTO library_workouts (workout_id, org_id, sub_type, body)
           VALUES ($1, $2, $3, $4::jsonb)
           ON CONFLICT (workout_id) DO UPDATE
           SET sub_type = EXCLUDED.sub_type, body = EXCLUDED.body
           WHERE library_workouts.org_id = EXCLUDED.org_id
           RETURNING org_id""",
        workout_id,
        org_id,
        workout["sub_type"],
        json.dumps(workout),
    )
    if owner is None:
        raise AdminError(
            f"library workout {workout_id!r} belongs to another organisation; give it another id"
        )
    return workout_id
