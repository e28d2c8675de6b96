"""An empty run-topic pool serves waiting claims in turn across organisations."""

import asyncio

import pytest

from api.topic_pool import PoolExhausted, RunTopicPool
from schemas import topics


class Paced:
    """The pool's create and pace callables: creation waits until the test allows it."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.allowed = asyncio.Semaphore(0)
        self.created = asyncio.Event()

    async def create(self, names: list[str]) -> None:
        self.calls.append(names)
        self.created.set()

    async def delete(self, names: list[str]) -> None:
        pass

    async def pace(self, count: int) -> None:
        await self.allowed.acquire()

    async def allow(self, batches: int = 1) -> None:
        """Let `batches` more creations through, and wait until they are made."""
        for _ in range(batches):
            made = len(self.calls)
            self.allowed.release()
            async with asyncio.timeout(5):
                while len(self.calls) == made:
                    self.created.clear()
                    await self.created.wait()
        await settle()


async def settle() -> None:
    """Let every task woken by the last change run."""
    for _ in range(10):
        await asyncio.sleep(0)


async def filled(size: int, batch: int) -> tuple[RunTopicPool, Paced]:
    paced = Paced()
    pool = RunTopicPool("t.", paced.create, paced.delete, size=size, batch=batch, pace=paced.pace)
    pool.start()
    await paced.allow(size // batch)
    assert pool.ready == size
    return pool, paced


@pytest.mark.asyncio
async def test_a_lone_request_of_another_organisation_is_next_after_a_burst() -> None:
    pool, paced = await filled(size=4, batch=4)
    answered: list[str] = []

    async def claim(org: str) -> str:
        request_id = await pool.claim(timeout=5, org=org)
        answered.append(org)
        return request_id

    try:
        burst = [asyncio.create_task(claim("club")) for _ in range(12)]
        await settle()
        assert answered == ["club"] * 4 and pool.waiting == 8
        lone = asyncio.create_task(claim("other"))
        await settle()
        # While claims wait, topics come one at a time (a batch of 4 / 8, at least 1).
        await paced.allow()
        assert [len(call) for call in paced.calls[1:]] == [1]
        await paced.allow()
        assert answered[4:] == ["club", "other"]
        await paced.allow(7)
        ids = await asyncio.gather(*burst, lone)
        assert len(set(ids)) == 13 and answered.count("club") == 12
    finally:
        await pool.stop()


@pytest.mark.asyncio
async def test_organisations_take_the_topics_in_turn() -> None:
    pool, paced = await filled(size=2, batch=2)
    answered: list[str] = []

    async def claim(org: str) -> None:
        await pool.claim(timeout=5, org=org)
        answered.append(org)

    try:
        for _ in range(2):
            await pool.claim(1, "a")
        tasks = [asyncio.create_task(claim(org)) for org in ["a"] * 3 + ["b"] * 3 + ["c"]]
        await settle()
        await paced.allow(7)
        await asyncio.gather(*tasks)
        assert answered == ["a", "b", "c", "a", "b", "a", "b"]
    finally:
        await pool.stop()


@pytest.mark.asyncio
async def test_a_claim_that_gives_up_leaves_the_line_and_loses_no_topic() -> None:
    pool, paced = await filled(size=1, batch=1)
    try:
        await pool.claim(1, "a")
        with pytest.raises(PoolExhausted):
            await pool.claim(timeout=0.05, org="a")
        cancelled = asyncio.create_task(pool.claim(timeout=5, org="b"))
        await settle()
        cancelled.cancel()
        await settle()
        assert pool.waiting == 0
        waiting = asyncio.create_task(pool.claim(timeout=5, org="c"))
        await settle()
        await paced.allow()
        assert [topics.run_topic(await waiting, "t.")] == paced.calls[-1]
        assert pool.ready == 0
        await paced.allow()
        assert pool.ready == 1
    finally:
        await pool.stop()


@pytest.mark.asyncio
async def test_a_topic_given_back_goes_to_a_waiting_claim() -> None:
    pool, _ = await filled(size=1, batch=1)
    try:
        first = await pool.claim(1, "a")
        waiting = asyncio.create_task(pool.claim(timeout=5, org="b"))
        await settle()
        pool.give_back(first)
        assert await waiting == first and pool.ready == 0
    finally:
        await pool.stop()
