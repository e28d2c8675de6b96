"""Admin operations behind the CLI: organisations, users, tokens, library workouts.

Each is idempotent by id: running it again with the same id updates the record. Tokens
are listed and revoked by their id: the token itself is shown once, when issued.
"""

import datetime as dt
import json
import secrets
from dataclasses import dataclass
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


DEFAULT_TTL_DAYS = 90


@dataclass(frozen=True)
class IssuedToken:
    """A token as issued: the secret (shown this once), its id and when it expires."""

    token: str
    token_id: str
    expires_at: dt.datetime


@dataclass(frozen=True)
class TokenInfo:
    """What `list-tokens` shows of a token: never the token itself."""

    token_id: str
    created_at: dt.datetime
    expires_at: dt.datetime
    revoked_at: dt.datetime | None

    def status(self, now: dt.datetime) -> str:
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if self.expires_at <= now else "live"


def new_token_id() -> str:
    return f"tok_{secrets.token_hex(8)}"


async def issue(
    conn: asyncpg.Connection, user_id: str, ttl_days: int = DEFAULT_TTL_DAYS
) -> IssuedToken:
    """A new random token for the user, valid `ttl_days`; only its hash is stored."""
    if await conn.fetchval("SELECT 1 FROM users WHERE user_id = $1", user_id) is None:
        raise AdminError(f"user {user_id!r} does not exist; create it first")
    token, token_id = new_token(), new_token_id()
    expires_at = await conn.fetchval(
        """INSERT INTO tokens (token_hash, token_id, user_id, expires_at)
           VALUES ($1, $2, $3, now() + make_interval(days => $4))
           RETURNING expires_at""",
        hash_token(token),
        token_id,
        user_id,
        ttl_days,
    )
    return IssuedToken(token, token_id, expires_at)


async def issue_token(
    conn: asyncpg.Connection, user_id: str, ttl_days: int = DEFAULT_TTL_DAYS
) -> str:
    """`issue`, the token alone."""
    return (await issue(conn, user_id, ttl_days)).token


async def list_tokens(conn: asyncpg.Connection, user_id: str) -> list[TokenInfo]:
    """Every token of the user, oldest first, live or not."""
    if await conn.fetchval("SELECT 1 FROM users WHERE user_id = $1", user_id) is None:
        raise AdminError(f"user {user_id!r} does not exist")
    rows = await conn.fetch(
        """SELECT token_id, created_at, expires_at, revoked_at FROM tokens
           WHERE user_id = $1 ORDER BY created_at, token_id""",
        user_id,
    )
    return [TokenInfo(**dict(row)) for row in rows]


async def revoke_token_id(conn: asyncpg.Connection, token_id: str) -> None:
    """Revoke a token by its id (revoking one twice keeps the first time)."""
    status = await conn.execute(
        "UPDATE tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE token_id = $1",
        token_id,
    )
    if status == "UPDATE 0":
        raise AdminError(f"no token {token_id!r}")


async def revoke_token(conn: asyncpg.Connection, token: str) -> None:
    """Revoke a token given as itself. Deprecated: it puts the token on a command line."""
    status = await conn.execute(
        "UPDATE tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE token_hash = $1",
        hash_token(token),
    )
    if status == "UPDATE 0":
        raise AdminError("no such token")


DEMO_ORG, DEMO_COACH = "demo", "demo-coach"


async def rotate_demo_token(conn: asyncpg.Connection, ttl_days: int) -> IssuedToken:
    """The demo organisation and coach (made if missing) and a new token for the coach;
    every earlier token of the coach is revoked, so one demo token is live at a time."""
    async with conn.transaction():
        if await conn.fetchval("SELECT 1 FROM organisations WHERE org_id = $1", DEMO_ORG) is None:
            await create_org(conn, DEMO_ORG, "Demo Running Club", ["coach_agent"], None)
        await create_user(conn, DEMO_COACH, DEMO_ORG, "coach", None)
        await conn.execute(
            "UPDATE tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL",
            DEMO_COACH,
        )
        return await issue(conn, DEMO_COACH, ttl_days)


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
