"""The real projector process killed mid-burst: after a restart its tables equal a rebuild."""

import asyncio
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from projections.app import rebuild
from schemas.events import EventBase
from schemas.settings import Settings
from tests.harness import eventually, projector
from tests.integration.projector_log import (
    COACH_AGENT,
    burst,
    caught_up,
    create_log,
    publish,
    service_env,
    stored_total,
    tables,
)

pytestmark = pytest.mark.integration

CHUNK = 50


class Projectors:
    """Real `coach-agent serve-projector` processes, stopped at the end of the test."""

    def __init__(self, settings: Settings, logs: Path) -> None:
        self.settings = settings
        self.logs = logs
        self.started: list[subprocess.Popen[bytes]] = []

    def start(self) -> subprocess.Popen[bytes]:
        log = (self.logs / f"projector-{len(self.started)}.log").open("wb")
        process = subprocess.Popen(
            [str(COACH_AGENT), "serve-projector"],
            env=service_env(self.settings),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        self.started.append(process)
        return process

    def stop_all(self) -> None:
        for process in self.started:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(30)


@pytest.fixture
def projectors(settings: Settings, tmp_path: Path) -> Iterator[Projectors]:
    started = Projectors(settings, tmp_path)
    yield started
    started.stop_all()


async def applied_at_least(settings: Settings, count: int) -> int:
    async def enough() -> int | None:
        total = await stored_total(settings)
        return total if total >= count else None

    return await eventually(enough, 120, f"the projector to apply {count} events")


async def write_paced(settings: Settings, events: list[EventBase]) -> None:
    """Write the burst as a busy log fills: a chunk at a time, never all at once."""
    for start in range(0, len(events), CHUNK):
        await publish(settings, events[start : start + CHUNK])
        await asyncio.sleep(0.05)


async def test_projector_killed_mid_burst_ends_equal_to_a_rebuild(
    settings: Settings, projectors: Projectors
) -> None:
    events = burst(2000)
    await create_log(settings)
    first = projectors.start()
    await publish(settings, events[:CHUNK])
    await applied_at_least(settings, 1)
    writer = asyncio.create_task(write_paced(settings, events[CHUNK:]))
    try:
        applied = await applied_at_least(settings, 500)
        first.send_signal(signal.SIGKILL)
        assert first.wait(30) == -signal.SIGKILL
        assert applied < len(events), "killed after the burst, not in its middle"
    finally:
        await writer
    projectors.start()
    await caught_up(settings, 120)
    after_kill = await tables(settings)
    projectors.stop_all()

    await rebuild(settings)
    async with projector(settings):
        await caught_up(settings, 120)
    generations, workouts = await tables(settings)
    assert len(generations) > 100 and len(workouts) > 500
    assert after_kill == (generations, workouts)
