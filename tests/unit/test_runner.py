"""The command runner: fair starts across organisations, places in line, acks in order."""

import asyncio
from dataclasses import dataclass

from agents.runner import CommandRunner
from schemas.events import PlanRequested, encode_event
from tests.unit.events_factory import requested


@dataclass
class Delivery:
    offset: int
    acked: bool = False

    def ack(self) -> bool:
        self.acked = True
        return True


class Work:
    """A handler whose commands run until the test lets each of them end."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.release: dict[str, asyncio.Event] = {}

    async def __call__(self, command: PlanRequested) -> None:
        self.started.append(command.request_id)
        gate = self.release.setdefault(command.request_id, asyncio.Event())
        await gate.wait()

    async def end(self, request_id: str) -> None:
        self.release.setdefault(request_id, asyncio.Event()).set()
        for _ in range(3):
            await asyncio.sleep(0)


def command(request_id: str, org: str) -> bytes:
    return encode_event(requested(request_id=request_id).model_copy(update={"org_id": org}))


async def settle() -> None:
    for _ in range(3):
        await asyncio.sleep(0)


async def test_a_burst_waits_in_line_while_another_org_starts_at_once() -> None:
    work, told = Work(), []
    runner = CommandRunner(
        work, concurrency=10, org_limit=2, announce=lambda r, p, n: told.append((r.request_id, p))
    )
    deliveries = [Delivery(n) for n in range(6)]
    for n in range(5):
        runner.submit("p0", n, command(f"club-{n}", "club"), deliveries[n])
    runner.submit("p0", 5, command("other-0", "other"), deliveries[5])
    await settle()
    assert work.started == ["club-0", "club-1", "other-0"]
    assert told == [("club-2", 1), ("club-3", 2), ("club-4", 3)]
    assert runner.queued == 3
    assert sorted(runner.held) == [*(f"club-{n}" for n in range(5)), "other-0"]
    # The other organisation's command ends first: its ack waits for the ones before it.
    await work.end("other-0")
    assert not deliveries[5].acked
    await work.end("club-0")
    assert deliveries[0].acked and not deliveries[1].acked
    assert work.started[-1] == "club-2"
    # A place is told again once it halved: club-3 (2 -> 1) now, club-4 (3 -> 2) not yet.
    assert told[3:] == [("club-3", 1)]
    await work.end("club-1")
    assert told[4:] == [("club-4", 1)]
    for n in range(1, 5):
        await work.end(f"club-{n}")
    assert all(d.acked for d in deliveries)
    await runner.stop()


async def test_a_held_command_of_a_moved_partition_is_dropped_unacknowledged() -> None:
    work = Work()
    runner = CommandRunner(work, concurrency=1, org_limit=1)
    first, second = Delivery(0), Delivery(1)
    runner.submit("p0", 0, command("a", "club"), first)
    runner.submit("p1", 0, command("b", "club"), second)
    await settle()
    runner.on_revoked(["p1"])
    runner.on_assigned(["p0"])
    assert runner.held == ["a"]
    await work.end("a")
    assert first.acked and not second.acked and work.started == ["a"]
    await runner.stop()


async def test_a_redelivered_command_joins_the_one_held() -> None:
    work = Work()
    runner = CommandRunner(work, concurrency=5, org_limit=5)
    first, again = Delivery(0), Delivery(1)
    runner.submit("p0", 0, command("a", "club"), first)
    runner.submit("p0", 1, command("a", "club"), again)
    await settle()
    assert work.started == ["a"]
    await work.end("a")
    assert first.acked and again.acked
    await runner.stop()
