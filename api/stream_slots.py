"""Open SSE streams per user and per api process: a cap on each, counted in this process."""

import collections
from dataclasses import dataclass, field

from api.problems import ApiError

# Streams end as their generations do: a stream refused for the cap may try this soon.
RETRY_AFTER_S = 10


@dataclass(eq=False)
class Slot:
    """One open stream; `release` may be called more than once (only the first counts)."""

    slots: "StreamSlots"
    user_id: str
    released: bool = False

    def release(self) -> None:
        if not self.released:
            self.released = True
            self.slots._free(self.user_id)


@dataclass
class StreamSlots:
    per_user: int
    per_process: int
    _open: collections.Counter[str] = field(default_factory=collections.Counter)
    _total: int = 0

    @property
    def open(self) -> int:
        return self._total

    def open_of(self, user_id: str) -> int:
        return self._open[user_id]

    def take(self, user_id: str) -> Slot | str:
        """A slot, or why there is none (the user's streams, or the process's, are at their
        cap)."""
        if self._open[user_id] >= self.per_user:
            return f"you have {self._open[user_id]} streams open (the limit is {self.per_user})"
        if self.open >= self.per_process:
            return "this server has as many streams open as it can hold"
        self._open[user_id] += 1
        self._total += 1
        return Slot(self, user_id)

    def _free(self, user_id: str) -> None:
        self._total -= 1
        self._open[user_id] -= 1
        if self._open[user_id] <= 0:
            del self._open[user_id]


def take_slot(streams: StreamSlots, user_id: str) -> Slot:
    """A stream slot for the user, or 429 in the contract's body."""
    slot = streams.take(user_id)
    if isinstance(slot, str):
        raise ApiError(
            429,
            "rate_limited",
            f"too many streams open: {slot}; close one, or try again shortly",
            headers={"Retry-After": str(RETRY_AFTER_S)},
        )
    return slot
