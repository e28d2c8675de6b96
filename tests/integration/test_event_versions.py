"""The real projector reads every version of the log without loss: v1, today's, and a future one.

One plan generation is written three times: as today's writers write it, as a future
version would (a higher `schema_version`, fields this code does not know at the top level
and inside workouts, segments, intensities, weekly infos, notes and the request echo), and
as version 1 wrote it (no `schema_version`, no `provider` in the envelope, notes and
warnings as plain strings). All three must project to the same rows, with no dead letter.
"""

import json
from typing import Any

import pytest

from schemas.events import SCHEMA_VERSION, EventBase, PlanGenerated
from schemas.notes import Note
from schemas.settings import Settings
from tests.harness import connect, projector
from tests.integration.projector_log import caught_up, plan_generation, publish_raw

pytestmark = pytest.mark.integration

NOTES = [
    Note(kind="changed", message="Moved the long run to Sunday"),
    Note(kind="not_used", message="'swim 30 min' was not used: the plan has no swim days"),
    Note(kind="warning", message="Week 3 runs 20% more than week 2"),
]


def today(request_id: str) -> list[dict[str, Any]]:
    """A finished plan generation, as this version writes it, as JSON objects."""
    events: list[EventBase] = plan_generation(request_id, attempts=1)
    last = events[-1]
    assert isinstance(last, PlanGenerated)
    events[-1] = last.model_copy(update={"notes": NOTES})
    return [json.loads(event.model_dump_json()) for event in events]


def future(data: dict[str, Any]) -> dict[str, Any]:
    """The event as a later version might write it: more fields everywhere."""
    data = {**data, "schema_version": SCHEMA_VERSION + 1, "trace_id": "4bf92f3577b34da6"}
    if "request" in data:
        data["request"] = {**data["request"], "goal_race": "10K", "max_days_per_week": 5}
    if "workout" in data:
        workout = data["workout"]
        segments = [
            {**segment, "cadence": 180, "intensity": {**segment["intensity"], "power": "250W"}}
            for segment in workout["segments"]
        ]
        data["workout"] = {**workout, "heart_rate_cap": 160, "segments": segments}
    if "info" in data:
        data["info"] = {**data["info"], "elevation_m": 120}
    if "weekly_info" in data:
        data["weekly_info"] = {
            week: {**info, "elevation_m": 120} for week, info in data["weekly_info"].items()
        }
    if "notes" in data:
        data["notes"] = [{**note, "severity": "low"} for note in data["notes"]]
    return data


def version_1(data: dict[str, Any]) -> dict[str, Any]:
    """The event as version 1 wrote it."""
    data = {key: value for key, value in data.items() if key != "schema_version"}
    if data["type"] != "GenerationStarted":  # v1 named the provider there only
        data.pop("provider", None)
    if data["type"] == "PlanGenerated":
        notes = data.pop("notes")
        data["notes"] = [note["message"] for note in notes if note["kind"] != "warning"]
        data["warnings"] = [note["message"] for note in notes if note["kind"] == "warning"]
    return data


def records(events: list[dict[str, Any]]) -> list[tuple[bytes | None, bytes | None]]:
    return [(event["request_id"].encode(), json.dumps(event).encode()) for event in events]


async def read_model(settings: Settings, request_id: str) -> tuple[dict[str, Any], list[Any]]:
    conn = await connect(settings)
    try:
        row = await conn.fetchrow("SELECT * FROM generations WHERE request_id = $1", request_id)
        workouts = await conn.fetch(
            "SELECT idx, attempt, week, day, body FROM generation_workouts "
            "WHERE request_id = $1 ORDER BY idx",
            request_id,
        )
    finally:
        await conn.close()
    assert row is not None, f"no row for {request_id}"
    found = dict(row)
    del found["request_id"]
    return found, [tuple(workout) for workout in workouts]


async def test_projector_reads_version_1_today_and_future_events_alike(settings: Settings) -> None:
    written = today("now")
    assert all(event["schema_version"] == SCHEMA_VERSION for event in written)
    later = [future(event) for event in today("later")]
    old = [version_1(event) for event in today("old")]
    assert "schema_version" not in old[-1] and old[-1]["warnings"] == [NOTES[2].message]
    await publish_raw(settings, records(written) + records(later) + records(old))

    async with projector(settings):
        await caught_up(settings)

    now_row, now_workouts = await read_model(settings, "now")
    assert now_row["status"] == "succeeded"
    assert now_row["total_workouts"] == len(now_workouts) == 9
    assert json.loads(now_row["notes"]) == [note.model_dump(mode="json") for note in NOTES]
    assert await read_model(settings, "later") == (now_row, now_workouts)
    assert await read_model(settings, "old") == (now_row, now_workouts)
    conn = await connect(settings)
    try:
        assert await conn.fetchval("SELECT count(*) FROM dead_letters") == 0
    finally:
        await conn.close()
