"""An api process's turns to accept: a few at once, organisations in turn, none lost."""

import asyncio

import pytest

from api.accept_turns import AcceptTurns


async def hold(turns: AcceptTurns, org: str, order: list[str], release: asyncio.Event) -> None:
    async with turns.turn(org):
        order.append(org)
        await release.wait()


async def settled() -> None:
    """Let every task that can run, run (each turn is granted within a few loop passes)."""
    for _ in range(10):
        await asyncio.sleep(0)


async def test_no_more_than_at_once_accept_together() -> None:
    turns, order, release = AcceptTurns(3), [], asyncio.Event()
    tasks = [asyncio.create_task(hold(turns, "club", order, release)) for _ in range(10)]
    await settled()
    assert len(order) == 3 and turns.accepting == 3 and turns.waiting == 7
    release.set()
    await asyncio.gather(*tasks)
    assert len(order) == 10 and turns.accepting == 0 and turns.waiting == 0


async def test_another_org_takes_the_next_turn_not_the_last() -> None:
    turns = AcceptTurns(2)
    order: list[str] = []
    gates = [asyncio.Event() for _ in range(101)]
    club = [asyncio.create_task(hold(turns, "club", order, gates[i])) for i in range(100)]
    await settled()
    other = asyncio.create_task(hold(turns, "other", order, gates[100]))
    await settled()
    assert order == ["club", "club"]
    gates[0].set()  # one club request ends: its turn goes to the other organisation
    await settled()
    assert order == ["club", "club", "other"]
    for gate in gates:
        gate.set()
    await asyncio.gather(*club, other)
    assert order.count("club") == 100


async def test_a_request_that_leaves_the_line_takes_no_turn_with_it() -> None:
    turns, order, release = AcceptTurns(1), [], asyncio.Event()
    first = asyncio.create_task(hold(turns, "club", order, release))
    await settled()
    leaving = [asyncio.create_task(hold(turns, "club", order, release)) for _ in range(5)]
    await settled()
    for task in leaving:
        task.cancel()
    await asyncio.gather(*leaving, return_exceptions=True)
    assert turns.waiting == 0
    release.set()
    await first
    # Every turn is back: the next requests start at once.
    await asyncio.wait_for(hold(turns, "other", order, release), 1)
    assert order == ["club", "other"] and turns.accepting == 0


async def test_a_turn_granted_as_its_request_leaves_passes_on() -> None:
    turns, order, release = AcceptTurns(1), [], asyncio.Event()
    first = asyncio.create_task(hold(turns, "club", order, asyncio.Event()))
    await settled()
    leaving = asyncio.create_task(hold(turns, "club", order, release))
    waiting = asyncio.create_task(hold(turns, "other", order, release))
    await settled()
    # The turn comes to `leaving` and, before it runs, its request is cancelled.
    first.cancel()
    leaving.cancel()
    await asyncio.gather(first, leaving, return_exceptions=True)
    await settled()
    assert order == ["club", "other"] and turns.accepting == 1
    release.set()
    await waiting
    assert turns.accepting == 0 and turns.waiting == 0


async def test_an_error_inside_a_turn_gives_it_back() -> None:
    turns = AcceptTurns(1)
    with pytest.raises(RuntimeError):
        async with turns.turn("club"):
            raise RuntimeError("the ledger said no")
    async with asyncio.timeout(1):
        async with turns.turn("club"):
            assert turns.accepting == 1
    assert turns.accepting == 0


async def test_a_request_that_leaves_just_after_its_turn_came_gives_it_back() -> None:
    turns, order, release = AcceptTurns(1), [], asyncio.Event()
    done_first = asyncio.Event()
    first = asyncio.create_task(hold(turns, "club", order, done_first))
    await settled()
    leaving = asyncio.create_task(hold(turns, "club", order, release))
    await settled()
    done_first.set()
    await asyncio.sleep(0)  # `first` ends, its turn goes to `leaving`, which has not run
    assert first.done() and not leaving.done()
    leaving.cancel()
    await asyncio.gather(leaving, return_exceptions=True)
    assert order == ["club"] and turns.accepting == 0
    release.set()
    await asyncio.wait_for(hold(turns, "other", order, release), 1)
    assert order == ["club", "other"]
