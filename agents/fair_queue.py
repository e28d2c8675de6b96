"""Which held command starts next: a queue per organisation, served in turn, within limits.

No I/O: the runner adds what Kafka delivered and asks what may start. An organisation
never runs more than `org_limit` commands at once, the worker never more than
`total_limit`; a free slot goes to the organisation with the fewest running that has a
command waiting and room under its limit (ties in turn), so one club's burst of 500
never delays another's single request by more than one start, whatever their order on
the partitions.
"""

import collections
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

Item = TypeVar("Item")


@dataclass
class FairQueue(Generic[Item]):
    org_limit: int
    total_limit: int
    _waiting: dict[str, collections.deque[Item]] = field(default_factory=dict)
    _running: collections.Counter[str] = field(default_factory=collections.Counter)
    # Organisations with something waiting, in the order their turns come.
    _turns: collections.deque[str] = field(default_factory=collections.deque)

    @property
    def running(self) -> int:
        return sum(self._running.values())

    @property
    def waiting(self) -> int:
        return sum(len(queue) for queue in self._waiting.values())

    def running_of(self, org: str) -> int:
        return self._running[org]

    def waiting_of(self, org: str) -> int:
        return len(self._waiting.get(org, ()))

    def add(self, org: str, item: Item) -> int:
        """Queue an item at the end of its organisation's line; its position (1 = next)."""
        queue = self._waiting.get(org)
        if queue is None:
            queue = self._waiting[org] = collections.deque()
            self._turns.append(org)
        queue.append(item)
        return len(queue)

    def take(self) -> tuple[str, Item] | None:
        """The next item allowed to start (now counted as running), or None.

        The organisation with the fewest commands running goes first (ties in turn), so
        a request of an organisation with nothing running starts at the next free slot.
        """
        if self.running >= self.total_limit:
            return None
        chosen = None
        for org in self._turns:
            running = self._running[org]
            if running < self.org_limit and (chosen is None or running < self._running[chosen]):
                chosen = org
        if chosen is None:
            return None
        queue = self._waiting[chosen]
        item = queue.popleft()
        self._turns.remove(chosen)
        if queue:
            self._turns.append(chosen)  # its next item waits for the others' turns
        else:
            del self._waiting[chosen]
        self._running[chosen] += 1
        return chosen, item

    def finished(self, org: str) -> None:
        """An item that was taken has ended: its slot is free."""
        self._running[org] -= 1
        if self._running[org] <= 0:
            del self._running[org]

    def remove(self, org: str, item: Item) -> bool:
        """Take a waiting item out of its line (its partition moved); True if it was there."""
        queue = self._waiting.get(org)
        if queue is None or item not in queue:
            return False
        queue.remove(item)
        if not queue:
            del self._waiting[org]
            self._turns.remove(org)
        return True

    def line(self, org: str) -> Iterator[tuple[int, Item]]:
        """The organisation's waiting items with their positions (1 = next)."""
        for index, item in enumerate(self._waiting.get(org, ())):
            yield index + 1, item

    def clear(self) -> None:
        self._waiting.clear()
        self._turns.clear()
