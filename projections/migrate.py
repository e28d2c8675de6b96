"""Applies the SQL migrations in order, once each, as the owner role, inside the schema.

After every run the app's role gets read and write on every table the migrations made
(and nothing else: no DDL), so what a migration creates is usable by the processes at
once. The processes never migrate: they check at start that nothing is pending.
"""

from importlib import resources

import asyncpg

from projections.database import app_role, connect, quote_identifier, quote_schema
from schemas.settings import Settings

_LOCK_ID = 0x636F616368  # "coach": serialises concurrent migrators
# What the app may do with a table: read and write rows (TRUNCATE: a projection rebuild).
APP_TABLE_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, TRUNCATE"


class NotMigrated(Exception):
    """The schema lacks migrations this code needs; the message says what to run."""


def migration_files() -> list[tuple[str, str]]:
    """Every migration in the order of its number (001 before 002 before 0003)."""
    folder = resources.files("projections") / "migrations"
    names = sorted(
        (item.name for item in folder.iterdir() if item.name.endswith(".sql")),
        key=lambda name: (int(name.split("_", 1)[0]), name),
    )
    return [(name, (folder / name).read_text()) for name in names]


async def migrate(settings: Settings) -> list[str]:
    """Create the schema if needed, apply pending migrations as the owner, grant the app
    role its privileges; return the names of the migrations applied."""
    conn = await connect(settings, as_owner=True, in_schema=False)
    try:
        quoted = quote_schema(settings.database_schema)
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
            role = app_role(settings)
            if role is not None:
                await grant_app_role(conn, quoted, role)
            return applied
        finally:
            await conn.execute(f"SELECT pg_advisory_unlock({_LOCK_ID})")
    finally:
        await conn.close()


async def grant_app_role(conn: asyncpg.Connection, schema: str, role: str) -> None:
    """Rows of every table to `role`, now and for tables the owner creates later; the
    migrations' own record read-only. Idempotent: runs after every migrate."""
    if await conn.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", role) is None:
        raise NotMigrated(
            f"the app role {role!r} does not exist: create it (docs/operations.md) or set "
            "COACH_DATABASE_APP_ROLE"
        )
    grantee = quote_identifier(role, "role")
    async with conn.transaction():
        await conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {grantee}")
        await conn.execute(
            f"GRANT {APP_TABLE_PRIVILEGES} ON ALL TABLES IN SCHEMA {schema} TO {grantee}"
        )
        await conn.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {grantee}")
        await conn.execute(
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {schema}.schema_migrations FROM {grantee}"
        )
        await conn.execute(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
            f"GRANT {APP_TABLE_PRIVILEGES} ON TABLES TO {grantee}"
        )
        await conn.execute(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
            f"GRANT USAGE, SELECT ON SEQUENCES TO {grantee}"
        )


async def pending_migrations(conn: asyncpg.Connection) -> list[str]:
    """The migrations this code has that the connection's schema lacks."""
    try:
        rows = await conn.fetch("SELECT name FROM schema_migrations")
    except asyncpg.UndefinedTableError:
        rows = []
    done = {row["name"] for row in rows}
    return [name for name, _ in migration_files() if name not in done]


async def require_migrated(settings: Settings) -> None:
    """Raise NotMigrated unless every migration is applied (checked as the app role)."""
    conn = await connect(settings)
    try:
        pending = await pending_migrations(conn)
    finally:
        await conn.close()
    if pending:
        raise NotMigrated(
            f"schema {settings.database_schema!r} lacks {len(pending)} migration(s) "
            f"({', '.join(pending)}): run `coach-agent migrate` (it connects as the owner, "
            "COACH_DATABASE_OWNER_URL)"
        )
