"""Connections to Postgres: the app's role for the processes, the owner's for migrations.

Every process reads and writes as `database_url`'s role, which owns nothing and may
create nothing; only `coach-agent migrate` (and the test fixtures) connect as the owner.
Passwords come from the URL or a .pgpass file, never from a log line: the URLs are
secrets in the settings.
"""

import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import asyncpg

from schemas.settings import Settings

# The local stack's passwords, written by scripts/postgres.sh next to its data.
LOCAL_PASSFILE = Path(__file__).resolve().parent.parent / ".data" / "pgpass"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def quote_identifier(name: str, what: str = "schema") -> str:
    """A schema or role name as a quoted identifier: Postgres folds unquoted names to lower
    case. Only plain names are accepted, so nothing is ever spliced into SQL."""
    if not _IDENTIFIER.fullmatch(name):
        raise ValueError(f"invalid {what} name: {name!r}")
    return f'"{name}"'


def quote_schema(name: str) -> str:
    return quote_identifier(name, "schema")


def passfile(settings: Settings) -> str | None:
    """The .pgpass file to read passwords from; None leaves it to asyncpg (~/.pgpass)."""
    if settings.database_passfile:
        return settings.database_passfile
    if os.environ.get("PGPASSFILE"):
        return os.environ["PGPASSFILE"]
    return str(LOCAL_PASSFILE) if LOCAL_PASSFILE.is_file() else None


def user_of(url: str) -> str | None:
    """The user a Postgres URL names (None when it names none)."""
    user = urlsplit(url).username
    return unquote(user) if user else None


def app_role(settings: Settings) -> str | None:
    """The role migrations grant the tables to; None when the app and the owner are one
    role (a single-role deployment: nothing to grant)."""
    role = settings.database_app_role or user_of(settings.database_url.get_secret_value())
    owner = user_of(settings.database_owner_url.get_secret_value())
    return None if role is None or role == owner else role


async def connect(
    settings: Settings, *, as_owner: bool = False, in_schema: bool = True
) -> asyncpg.Connection:
    """One connection as the app's role (or the owner's), inside the configured schema."""
    url = settings.database_owner_url if as_owner else settings.database_url
    server_settings = {"search_path": quote_schema(settings.database_schema)} if in_schema else {}
    return await asyncpg.connect(
        url.get_secret_value(), passfile=passfile(settings), server_settings=server_settings
    )


async def keep_session(connection: asyncpg.Connection) -> None:
    """A pooled connection goes back as it is: no reset query after every use.

    asyncpg's default sends `RESET ALL; UNLISTEN *; CLOSE ALL; ...` each time a connection
    is released, a second round trip for every query. Nothing here changes a pooled
    connection's session (no SET, LISTEN, advisory locks or cursors outside a
    transaction); asyncpg still rolls back a transaction left open.
    """


async def create_pool(settings: Settings, **kwargs: object) -> asyncpg.Pool:
    """A pool of the app's role whose connections work inside the configured schema."""
    pool = await asyncpg.create_pool(
        settings.database_url.get_secret_value(),
        passfile=passfile(settings),
        server_settings={"search_path": quote_schema(settings.database_schema)},
        reset=keep_session,
        **kwargs,
    )
    assert pool is not None
    return pool
