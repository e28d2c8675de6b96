"""The projector on real Kafka and Postgres: one row per request, restarts and rebuilds."""

import pytest

from projections.app import rebuild
from schemas.events import GenerationProgress
from schemas.settings import Settings
from tests.harness import connect, eventually, projector
from tests.integration.projector_log import WHEN, generation, publish

pytestmark = pytest.mark.integration


async def snapshot(settings: Settings) -> tuple[list[tuple[object, ...]], int]:
    conn = await connect(settings)
    try:
        rows = await conn.fetch(
            "SELECT request_id, status, attempt, draft, requested_at, started_at, finished_at "
            "FROM generations ORDER BY request_id"
        )
        offsets = await conn.fetchval(
            "SELECT coalesce(sum(next_offset), 0) FROM projection_offsets"
        )
        return [tuple(row) for row in rows], int(offsets)
    finally:
        await conn.close()


async def wait_for_rows(settings: Settings, count: int) -> list[tuple[object, ...]]:
    async def done() -> list[tuple[object, ...]] | None:
        rows, _ = await snapshot(settings)
        finished = [row for row in rows if row[1] == "succeeded"]
        return rows if len(finished) == count else None

    return await eventually(done, 30, f"{count} finished rows")


async def test_projector_restart_replays_nothing_twice(settings: Settings) -> None:
    await publish(settings, generation("a") + generation("b"))
    async with projector(settings):
        first = await wait_for_rows(settings, 2)
    _, offsets_before = await snapshot(settings)
    assert offsets_before == 6

    await publish(settings, generation("c"))
    async with projector(settings):
        rows = await wait_for_rows(settings, 3)
    assert rows[:2] == first
    assert [row[0] for row in rows] == ["a", "b", "c"]
    _, offsets_after = await snapshot(settings)
    assert offsets_after == 9


async def test_projection_keeps_only_the_latest_attempt(settings: Settings) -> None:
    progress = GenerationProgress(
        request_id="r",
        org_id="club",
        time=WHEN,
        attempt=1,
        seq=1,
        status="s",
        message="m",
        progress=10,
    )
    await publish(settings, [*generation("r", attempts=2), progress])
    async with projector(settings):
        rows = await wait_for_rows(settings, 1)
    assert rows[0][1:4] == ("succeeded", 2, "draft of r")


async def test_rebuild_from_the_log_gives_identical_tables(settings: Settings) -> None:
    await publish(settings, generation("x") + generation("y", attempts=3))
    async with projector(settings):
        before = await wait_for_rows(settings, 2)
    await rebuild(settings)
    assert (await snapshot(settings))[0] == []
    async with projector(settings):
        after = await wait_for_rows(settings, 2)
    assert after == before
