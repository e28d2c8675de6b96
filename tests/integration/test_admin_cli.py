"""The admin command line on the real Postgres: library workouts, mixed-case schemas."""

import json
import subprocess
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from projections import database
from projections.migrate import migrate
from schemas.settings import Settings
from tests.harness import api_server, connect, projector
from tests.integration.projector_log import (
    COACH_AGENT,
    caught_up,
    generation,
    publish,
    service_env,
)

pytestmark = pytest.mark.integration

WORKOUT = {
    "id": "easy-30",
    "name": "Easy 30",
    "sub_type": "easy-run",
    "duration": 1800,
    "distance": 4400,
    "segments": [{"type": "main", "duration": 1800, "intensity": {"zone": "z2"}}],
}


def cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(COACH_AGENT), *args],
        env=service_env(settings),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def ok(settings: Settings, *args: str) -> str:
    result = cli(settings, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


async def library(settings: Settings) -> dict[str, tuple[str, str]]:
    conn = await connect(settings)
    try:
        rows = await conn.fetch("SELECT workout_id, org_id, body FROM library_workouts")
    finally:
        await conn.close()
    return {row["workout_id"]: (row["org_id"], json.loads(row["body"])["name"]) for row in rows}


async def test_add_workout_refuses_an_id_of_another_organisation(
    settings: Settings, tmp_path: Path
) -> None:
    for org in ("north", "south"):
        ok(settings, "admin", "create-org", org, "--name", org.title())
    path = tmp_path / "workout.json"
    path.write_text(json.dumps(WORKOUT))
    assert ok(settings, "admin", "add-workout", "north", "--file", str(path)) == "easy-30"

    path.write_text(json.dumps({**WORKOUT, "name": "Stolen"}))
    refused = cli(settings, "admin", "add-workout", "south", "--file", str(path))
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        "error: library workout 'easy-30' belongs to another organisation; give it another id"
    ]
    assert await library(settings) == {"easy-30": ("north", "Easy 30")}

    path.write_text(json.dumps({**WORKOUT, "name": "Easy 30, renamed"}))
    assert ok(settings, "admin", "add-workout", "north", "--file", str(path)) == "easy-30"
    assert await library(settings) == {"easy-30": ("north", "Easy 30, renamed")}


@pytest.fixture
async def mixed_case(settings: Settings) -> AsyncIterator[Settings]:
    """The test's isolation under a schema name Postgres would fold if it were unquoted."""
    schema = f"Coach_Test_{uuid.uuid4().hex[:8]}"
    yield settings.model_copy(update={"database_schema": schema})
    conn = await database.connect(settings, as_owner=True, in_schema=False)
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()


async def test_mixed_case_schema_works_for_migrations_admin_projector_and_api(
    mixed_case: Settings,
) -> None:
    settings = mixed_case
    assert "migrations applied: 001_accounts.sql" in cli(settings, "migrate").stderr
    assert await migrate(settings) == []
    ok(settings, "admin", "create-org", "club", "--name", "Club", "--feature", "coach_agent")
    ok(settings, "admin", "create-user", "coach", "--org", "club", "--role", "coach")
    token = ok(settings, "admin", "issue-token", "coach")

    request_id = "0123456789abcdef0123456789abcdef"  # the api reads 32-hex ids only
    await publish(settings, generation(request_id))
    async with projector(settings):
        await caught_up(settings)
    async with (
        api_server(settings) as base,
        httpx.AsyncClient(base_url=base, timeout=30) as client,
    ):
        response = await client.get(
            f"/api/v1/ai-coach/generations/{request_id}",
            headers={"Authorization": f"Bearer {token}"},
        )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "succeeded"
