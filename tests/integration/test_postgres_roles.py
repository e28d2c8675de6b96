"""Postgres least privilege: the app's role reads and writes rows and nothing more, and
scripts/postgres.sh turns an older trust-auth cluster into a password-only one in place."""

import os
import subprocess
from pathlib import Path

import asyncpg
import pytest

from projections import database
from schemas.settings import Settings
from tests.conftest import ROOT
from tests.harness import connect
from tests.private_postgres import private_postgres

pytestmark = pytest.mark.integration

REFUSED = (asyncpg.InsufficientPrivilegeError,)


async def test_app_role_is_no_superuser_and_owns_nothing(settings: Settings) -> None:
    conn = await connect(settings)
    try:
        role = await conn.fetchrow(
            "SELECT rolname, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls "
            "FROM pg_roles WHERE rolname = current_user"
        )
        owned = await conn.fetchval(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
            "AND tableowner = current_user"
        )
    finally:
        await conn.close()
    assert role is not None
    assert role["rolname"] == database.user_of(settings.database_url.get_secret_value())
    assert role["rolname"] != database.user_of(settings.database_owner_url.get_secret_value())
    assert not any(role[flag] for flag in ("rolsuper", "rolcreatedb", "rolcreaterole"))
    assert not role["rolbypassrls"]
    assert owned == 0


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TABLE intruder (id int)",
        "CREATE TABLE public.intruder (id int)",
        "CREATE SCHEMA intruder",
        "CREATE FUNCTION intruder() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "ALTER TABLE generations ADD COLUMN intruder text",
        "DROP TABLE tokens",
        "CREATE INDEX intruder ON generations (org_id)",
        "CREATE VIEW intruder AS SELECT 1 AS one",
        "INSERT INTO schema_migrations (name) VALUES ('9999_intruder.sql')",
        "DELETE FROM schema_migrations",
        "COPY (SELECT 1) TO PROGRAM 'true'",
        "CREATE ROLE intruder",
    ],
)
async def test_app_role_cannot_change_the_schema(settings: Settings, statement: str) -> None:
    conn = await connect(settings)
    try:
        with pytest.raises(REFUSED):
            await conn.execute(statement)
    finally:
        await conn.close()


async def test_app_role_reads_and_writes_rows(settings: Settings) -> None:
    conn = await connect(settings)
    try:
        await conn.execute("INSERT INTO organisations (org_id, name) VALUES ('o', 'O')")
        await conn.execute("UPDATE organisations SET name = 'P' WHERE org_id = 'o'")
        assert await conn.fetchval("SELECT name FROM organisations") == "P"
        await conn.execute("DELETE FROM organisations")
        await conn.execute("TRUNCATE generation_workouts, generations")
        assert await conn.fetchval("SELECT count(*) FROM schema_migrations") > 0
    finally:
        await conn.close()


async def test_tables_the_owner_adds_later_are_the_apps_to_use(settings: Settings) -> None:
    owner = await database.connect(settings, as_owner=True)
    try:
        await owner.execute("CREATE TABLE added_later (id int PRIMARY KEY)")
    finally:
        await owner.close()
    conn = await connect(settings)
    try:
        await conn.execute("INSERT INTO added_later VALUES (1)")
        assert await conn.fetchval("SELECT id FROM added_later") == 1
        with pytest.raises(REFUSED):
            await conn.execute("DROP TABLE added_later")
    finally:
        await conn.close()


def postgres_sh(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(ROOT / "scripts" / "postgres.sh"), *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


async def try_connect(url: str, passfile: Path) -> asyncpg.Connection:
    return await asyncpg.connect(url, passfile=str(passfile))


@pytest.mark.slow
async def test_postgres_sh_upgrades_an_older_trust_cluster_in_place(tmp_path: Path) -> None:
    with private_postgres(superuser="postgres") as cluster:
        # What older versions of scripts/postgres.sh made: trust, and coach a superuser.
        old = await asyncpg.connect(cluster.url)
        await old.execute("CREATE ROLE coach LOGIN SUPERUSER PASSWORD 'coach'")
        await old.execute("CREATE DATABASE coach OWNER coach")
        await old.close()
        base = f"postgresql://%s@127.0.0.1:{cluster.port}/coach"
        # An empty password file: ~/.pgpass or PGPASSFILE must not help.
        no_passwords = tmp_path / "empty"
        no_passwords.touch(mode=0o600)
        coach = await try_connect(base % "coach", no_passwords)
        await coach.execute("CREATE TABLE kept (note text)")
        await coach.execute("INSERT INTO kept VALUES ('written before the upgrade')")
        await coach.close()

        passfile = tmp_path / "pgpass"
        env = {
            "COACH_PG_DATA": str(cluster.data),
            "COACH_PG_PORT": str(cluster.port),
            "COACH_PG_PASSFILE": str(passfile),
        }
        postgres_sh("start", env=env)  # while it runs, as on a developer's machine
        await assert_password_only(base, passfile, no_passwords)

        postgres_sh("stop", env=env)
        postgres_sh("start", env=env)  # and it starts again as it is now
        await assert_password_only(base, passfile, no_passwords)
        postgres_sh("stop", env=env)


async def assert_password_only(base: str, passfile: Path, no_passwords: Path) -> None:
    assert passfile.stat().st_mode & 0o077 == 0
    for role in ("postgres", "coach", "coach_app"):
        with pytest.raises(asyncpg.InvalidPasswordError):
            await (await try_connect(base % role, no_passwords)).close()
    owner = await try_connect(base % "coach", passfile)
    try:
        assert await owner.fetchval("SELECT note FROM kept") == "written before the upgrade"
        assert not await owner.fetchval("SELECT rolsuper FROM pg_roles WHERE rolname = 'coach'")
        await owner.execute("GRANT SELECT ON kept TO coach_app")
    finally:
        await owner.close()
    app = await try_connect(base % "coach_app", passfile)
    try:
        assert await app.fetchval("SELECT count(*) FROM kept") == 1
        with pytest.raises(REFUSED):
            await app.execute("CREATE TABLE public.intruder (id int)")
    finally:
        await app.close()
