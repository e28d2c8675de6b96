"""Migration 0016 gives existing workout rows their typed columns from the JSON body."""

import json

import pytest

from projections import database
from projections.migrate import migration_files, quote_schema
from schemas.settings import Settings

pytestmark = pytest.mark.integration

WORKOUT = {
    "week": 2,
    "day": 3,
    "date": "2025-05-14",
    "name": "Tempo",
    "description": "Comfortably hard.",
    "phase": "build",
    "sub_type": "tempo",
    "duration": 2700,
    "distance": 8200,
    "segments": [],
}


async def test_backfill_fills_the_typed_columns_of_existing_workouts(settings: Settings) -> None:
    # As the owner: the test builds a schema of its own, as migrations do.
    conn = await database.connect(settings, as_owner=True, in_schema=False)
    schema = quote_schema(settings.database_schema + "_m")
    try:
        await conn.execute(f"CREATE SCHEMA {schema}; SET search_path TO {schema}")
        files = migration_files()
        before = [sql for name, sql in files if int(name.split("_")[0]) < 16]
        backfill = next(sql for name, sql in files if name.startswith("0016_"))
        for sql in before:
            await conn.execute(sql)
        await conn.execute(
            """INSERT INTO generations (request_id, org_id, user_id, step, status, request,
                   training_principle, principle_source, requested_at, provider, model,
                   prompt_version)
               VALUES ('r1', 'club', 'coach', 'plan', 'succeeded', '{}', 'p', 'org', now(),
                       'openai', 'm1', 'openai-abc')"""
        )
        library = {**WORKOUT, "day": 5, "date": None, "source": "library", "sub_type": "easy-run"}
        for index, body in enumerate((WORKOUT, library)):
            await conn.execute(
                "INSERT INTO generation_workouts (request_id, idx, attempt, week, day, body) "
                "VALUES ('r1', $1, 1, $2, $3, $4::jsonb)",
                index,
                body["week"],
                body["day"],
                json.dumps(body),
            )
        await conn.execute(backfill)
        rows = await conn.fetch(
            "SELECT date::text, sub_type, duration, distance, phase, source, provider, model, "
            "prompt_version FROM generation_workouts ORDER BY idx"
        )
        assert [tuple(row) for row in rows] == [
            ("2025-05-14", "tempo", 2700, 8200, "build", "ai", "openai", "m1", "openai-abc"),
            (None, "easy-run", 2700, 8200, "build", "library", "openai", "m1", "openai-abc"),
        ]
    finally:
        await conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        await conn.close()
