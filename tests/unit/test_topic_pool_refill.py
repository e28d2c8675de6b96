"""The run-topic pool refills a batch at a time, once a batch was claimed."""

import asyncio

import pytest

from api.topic_pool import RunTopicPool


class Created:
    """The pool's create callable: records each CreateTopics call's names."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.changed = asyncio.Event()

    async def create(self, names: list[str]) -> None:
        self.calls.append(names)
        self.changed.set()

    async def delete(self, names: list[str]) -> None:
        pass


async def settle(pool: RunTopicPool, created: Created, ready: int) -> None:
    async with asyncio.timeout(5):
        while pool.ready != ready:
            created.changed.clear()
            await created.changed.wait()


@pytest.mark.asyncio
async def test_pool_refills_in_batches_not_per_claim() -> None:
    created = Created()
    pool = RunTopicPool("t.", created.create, created.delete, size=8, batch=4)
    pool.start()
    try:
        await settle(pool, created, 8)
        assert [len(call) for call in created.calls] == [4, 4]
        for _ in range(3):
            await pool.claim(timeout=1)
        await asyncio.sleep(0)  # the refill task would run now if it were woken
        assert pool.ready == 5 and len(created.calls) == 2
        await pool.claim(timeout=1)
        await settle(pool, created, 8)
        assert [len(call) for call in created.calls] == [4, 4, 4]
    finally:
        await pool.stop()


async def test_pool_refills_no_faster_than_its_pace_allows() -> None:
    created = Created()
    allowed = asyncio.Event()
    asked: list[int] = []

    async def pace(count: int) -> None:
        asked.append(count)
        if len(asked) > 1:
            await allowed.wait()  # the rate is spent until the test says

    pool = RunTopicPool("t.", created.create, created.delete, size=8, batch=4, pace=pace)
    pool.start()
    try:
        async with asyncio.timeout(5):
            while len(asked) < 2:
                await asyncio.sleep(0)
        assert asked == [4, 4] and [len(call) for call in created.calls] == [4]
        allowed.set()
        await settle(pool, created, 8)
        assert [len(call) for call in created.calls] == [4, 4]
    finally:
        await pool.stop()
