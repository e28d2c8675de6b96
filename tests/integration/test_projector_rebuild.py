"""`rebuild-projections` while the projector runs ends where a rebuild from zero ends."""

import asyncio

import pytest

from projections.app import rebuild
from schemas.settings import Settings
from tests.harness import eventually, projector
from tests.integration.projector_log import (
    burst,
    caught_up,
    coach_agent,
    publish,
    stored_total,
    tables,
)

pytestmark = pytest.mark.integration


async def rebuild_mid_stream(settings: Settings) -> None:
    """Rebuild as soon as the projector has applied more since the last look."""
    seen = await stored_total(settings)

    async def progressed() -> bool:
        return await stored_total(settings) != seen

    await eventually(progressed, 60, "the projector to apply more")
    await rebuild(settings)


async def test_projector_rebuild_while_running_equals_a_rebuild_from_zero(
    settings: Settings,
) -> None:
    events = burst(1200)
    async with projector(settings):
        await publish(settings, events[:300])
        await caught_up(settings)
        # Idle: no new event arrives after it, the projector still notices.
        stderr = await coach_agent(settings, "rebuild-projections")
        assert "read models emptied" in stderr
        await caught_up(settings)
        # Racing: rebuilds while events are written and applied.
        writer = asyncio.create_task(publish(settings, events[300:]))
        for _ in range(3):
            await rebuild_mid_stream(settings)
        await writer
        await caught_up(settings)
        running = await tables(settings)

    await rebuild(settings)
    async with projector(settings):
        await caught_up(settings)
    generations, workouts = await tables(settings)
    assert len(generations) > 60 and len(workouts) > 300
    assert running == (generations, workouts)
