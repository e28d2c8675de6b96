"""The worker's fair queue: organisations in turn, each within its limit, nothing skipped."""

from hypothesis import given
from hypothesis import strategies as st

from agents.fair_queue import FairQueue


def drain(queue: FairQueue[str]) -> list[str]:
    started = []
    while (taken := queue.take()) is not None:
        started.append(taken[1])
    return started


def test_a_single_request_of_another_org_starts_next_despite_a_burst() -> None:
    queue: FairQueue[str] = FairQueue(org_limit=100, total_limit=2)
    for n in range(500):
        queue.add("club", f"club-{n}")
    assert drain(queue) == ["club-0", "club-1"]  # the worker is full
    assert queue.add("other", "other-0") == 1
    queue.finished("club")
    # The club had its turn: the other organisation's request starts now.
    assert drain(queue) == ["other-0"]
    queue.finished("club")
    assert drain(queue) == ["club-2"]


def test_an_org_at_its_limit_waits_while_others_start() -> None:
    queue: FairQueue[str] = FairQueue(org_limit=2, total_limit=10)
    for n in range(5):
        queue.add("club", f"club-{n}")
    queue.add("other", "other-0")
    assert drain(queue) == ["club-0", "other-0", "club-1"]
    assert queue.running_of("club") == 2 and queue.waiting == 3
    queue.finished("club")
    assert drain(queue) == ["club-2"]


def test_positions_count_from_the_head_of_each_line() -> None:
    queue: FairQueue[str] = FairQueue(org_limit=1, total_limit=1)
    assert [queue.add("club", f"c{n}") for n in range(3)] == [1, 2, 3]
    assert queue.add("other", "o0") == 1
    queue.take()
    assert list(queue.line("club")) == [(1, "c1"), (2, "c2")]
    assert queue.remove("club", "c1") and not queue.remove("club", "c1")
    assert list(queue.line("club")) == [(1, "c2")]


@given(
    st.lists(st.tuples(st.sampled_from("abcd"), st.booleans()), max_size=200),
    st.integers(1, 4),
    st.integers(1, 8),
)
def test_every_item_starts_once_in_its_org_order_within_the_limits(
    steps: list[tuple[str, bool]], org_limit: int, total_limit: int
) -> None:
    queue: FairQueue[str] = FairQueue(org_limit=org_limit, total_limit=total_limit)
    added: dict[str, list[str]] = {}
    started: dict[str, list[str]] = {}
    running: list[str] = []
    for number, (org, finish_one) in enumerate(steps):
        item = f"{org}{number}"
        queue.add(org, item)
        added.setdefault(org, []).append(item)
        if finish_one and running:
            queue.finished(running.pop(0))
        while (taken := queue.take()) is not None:
            started.setdefault(taken[0], []).append(taken[1])
            running.append(taken[0])
            assert queue.running <= total_limit
            assert queue.running_of(taken[0]) <= org_limit
    while running:
        queue.finished(running.pop(0))
        while (taken := queue.take()) is not None:
            started.setdefault(taken[0], []).append(taken[1])
            running.append(taken[0])
    assert started == added
    assert queue.waiting == 0 and queue.running == 0
