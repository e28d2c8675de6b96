"""The generation loop: coroutines run on its thread; cancelling and stopping wait for them."""

import asyncio
import threading

import pytest

from agents.generation_loop import GenerationLoop

WAIT_S = 10


async def _nothing() -> None:
    return None


async def waited(event: threading.Event) -> None:
    """Wait here, without holding this loop, until another thread sets `event`."""
    assert await asyncio.to_thread(event.wait, WAIT_S), "timed out"


async def test_generation_loop_runs_a_coroutine_on_its_own_thread() -> None:
    generations = GenerationLoop()
    generations.start()

    async def where() -> str:
        return threading.current_thread().name

    assert await generations.run(where()) == "generations"
    await generations.stop(_nothing)


async def test_generation_loop_raises_what_the_coroutine_raised() -> None:
    generations = GenerationLoop()
    generations.start()

    async def broken() -> None:
        raise ValueError("no plan")

    with pytest.raises(ValueError, match="no plan"):
        await generations.run(broken())
    await generations.stop(_nothing)


async def test_generation_loop_takes_work_before_it_starts() -> None:
    generations = GenerationLoop()

    async def answer() -> int:
        return 42

    waiting = asyncio.create_task(generations.run(answer()))
    await asyncio.sleep(0)
    assert not waiting.done()
    generations.start()
    assert await asyncio.wait_for(waiting, WAIT_S) == 42
    await generations.stop(_nothing)


async def test_generation_loop_cancelled_wait_ends_only_when_the_coroutine_has() -> None:
    generations = GenerationLoop()
    generations.start()
    running, unwinding, may_end = threading.Event(), threading.Event(), threading.Event()
    ended: list[str] = []

    async def generation() -> None:
        running.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            unwinding.set()
            await waited(may_end)  # work of its own while it unwinds (a ledger write, say)
            ended.append("unwound")
            raise

    waiting = asyncio.create_task(generations.run(generation()))
    await waited(running)
    waiting.cancel()
    await waited(unwinding)
    assert not waiting.done(), "the wait ended before the generation did"
    may_end.set()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(waiting, WAIT_S)
    assert ended == ["unwound"]
    await generations.stop(_nothing)


async def test_generation_loop_stop_ends_the_generations_before_closing() -> None:
    generations = GenerationLoop()
    generations.start()
    running = threading.Event()
    order: list[str] = []

    async def generation() -> None:
        running.set()
        try:
            await asyncio.Event().wait()
        finally:
            await asyncio.sleep(0)  # still on a live loop: it may write while it unwinds
            order.append("generation ended")

    async def close() -> None:
        order.append(f"closed on {threading.current_thread().name}")

    generations.spawn(generation())
    await waited(running)
    await asyncio.wait_for(generations.stop(close), WAIT_S)
    assert order == ["generation ended", "closed on generations"]
    assert not any(thread.name == "generations" for thread in threading.enumerate())


async def test_generation_loop_refuses_work_once_stopping() -> None:
    generations = GenerationLoop()
    generations.start()
    await generations.stop(_nothing)
    ran: list[str] = []

    async def late() -> None:
        ran.append("late")

    # A command that arrives while the worker stops is cancelled: never acknowledged.
    with pytest.raises(asyncio.CancelledError):
        await generations.run(late())
    generations.spawn(late())  # a notice is simply dropped
    assert ran == []
