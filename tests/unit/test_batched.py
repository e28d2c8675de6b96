"""Batched lookups: keys asked while a query is on its way go together in the next."""

import asyncio

import pytest

from api.batched import Batched


class Lookups:
    """A fetch that holds each query until the test lets it answer."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []
        self.release = asyncio.Event()
        self.fail: Exception | None = None

    async def fetch(self, keys: list[str]) -> dict[str, str]:
        self.asked.append(keys)
        await self.release.wait()
        if self.fail is not None:
            raise self.fail
        return {key: key.upper() for key in keys if key != "missing"}


async def settled() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_an_idle_lookup_goes_at_once_and_the_rest_wait_for_a_query_to_return() -> None:
    lookups = Lookups()
    batched = Batched(lookups.fetch, at_once=1)
    first = asyncio.ensure_future(batched.load("a"))
    await settled()
    assert lookups.asked == [["a"]]
    later = [asyncio.ensure_future(batched.load(key)) for key in ("b", "c", "b", "missing")]
    await settled()
    assert lookups.asked == [["a"]]  # held while the first query is on its way
    lookups.release.set()
    assert await first == "A"
    assert await asyncio.gather(*later) == ["B", "C", "B", None]
    assert lookups.asked == [["a"], ["b", "c", "missing"]]
    assert batched.queries == 2


async def test_queries_hold_at_most_most_keys_and_at_once_run_together() -> None:
    lookups = Lookups()
    batched = Batched(lookups.fetch, most=3, at_once=2)
    loads = [asyncio.ensure_future(batched.load(f"k{n}")) for n in range(10)]
    await settled()
    assert [len(keys) for keys in lookups.asked] == [1, 1]  # each went as it came
    lookups.release.set()
    assert await asyncio.gather(*loads) == [f"K{n}" for n in range(10)]
    assert all(len(keys) <= 3 for keys in lookups.asked)
    assert sorted(key for keys in lookups.asked for key in keys) == sorted(
        f"k{n}" for n in range(10)
    )


async def test_a_failed_query_fails_each_of_its_lookups_and_the_next_query_still_goes() -> None:
    lookups = Lookups()
    batched = Batched(lookups.fetch, at_once=1)
    lookups.fail = ConnectionRefusedError("postgres away")
    failing = [asyncio.ensure_future(batched.load(key)) for key in ("a", "b")]
    await settled()
    lookups.release.set()
    for load in failing:
        with pytest.raises(ConnectionRefusedError):
            await load
    lookups.fail = None
    assert await batched.load("c") == "C"


async def test_a_lookup_that_leaves_does_not_take_the_others_answers() -> None:
    lookups = Lookups()
    batched = Batched(lookups.fetch, at_once=1)
    first = asyncio.ensure_future(batched.load("a"))
    await settled()
    leaving = asyncio.ensure_future(batched.load("b"))
    staying = asyncio.ensure_future(batched.load("b"))
    await settled()
    leaving.cancel()
    lookups.release.set()
    assert await first == "A"
    assert await staying == "B"
    assert leaving.cancelled()
