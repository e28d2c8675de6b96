"""Applies the SQL migrations in order, once each, inside the configured schema."""

import re
from importlib import resources

import asyncpg

_LOCK_ID = 0x636F616368  # "coach": serialises concurrent migrators


def quote_schema(name: str) -> str:
    """The schema as a quoted identifier: Postgres folds unquoted names to lower case."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"invalid schema name: {name!r}")
    return f'"{name}"'


def migration_files() -> list[tuple[str, str]]:
    """Every migration in the order of its number (001 before 002 before 0003)."""
    folder = resources.files("projections") / "migrations"
    names = sorted(
        (item.name for item in folder.iterdir() if item.name.endswith(".sql")),
        key=lambda name: (int(name.split("_", 1)[0]), name),
    )
    return [(name, (folder / name).read_text()) for name in names]


async def migrate(database_url: str, schema: str = "public") -> list[str]:
    """Create the schema if needed and apply pending migrations; return their names."""
    conn = await asyncpg.connect(database_url)
    try:
        quoted = quote_schema(schema)
        await conn.execute(f"SELECT pg_advisory_lock({_LOCK_ID})")
        try:
            await conn.execute(f"CREATE SCHEMA IF NOT EXISTS {quoted}")
            await conn.execute(f"SET search_path TO {quoted}")
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            done = {row["name"] for row in await conn.fetch("SELECT name FROM schema_migrations")}
            applied = []
            for name, sql in migration_files():
                if name in done:
                    continue
                async with conn.transaction():
                    await conn.execute(sql)
                    await conn.execute("INSERT INTO schema_migrations (name) VALUES ($1)", name)
                applied.append(name)
            return applied
        finally:
            await conn.execute(f"SELECT pg_advisory_unlock({_LOCK_ID})")
    finally:
        await conn.close()


async def keep_session(connection: asyncpg.Connection) -> None:
    """A pooled connection goes back as it is: no reset query after every use.

    asyncpg's default sends `RESET ALL; UNLISTEN *; CLOSE ALL; ...` each time a connection
    is released, a second round trip for every query. Nothing here changes a pooled
    connection's session (no SET, LISTEN, advisory locks or cursors outside a
    transaction); asyncpg still rolls back a transaction left open.
    """


async def create_pool(database_url: str, schema: str, **kwargs: object) -> asyncpg.Pool:
    """A pool whose connections work inside `schema`."""
    pool = await asyncpg.create_pool(
        database_url,
        server_settings={"search_path": quote_schema(schema)},
        reset=keep_session,
        **kwargs,
    )
    assert pool is not None
    return pool
