"""Pure decisions about attempts: what a worker does with a (re)delivered command."""

from collections.abc import Iterable
from dataclasses import dataclass

from schemas.events import Event, is_terminal


@dataclass(frozen=True)
class Decision:
    """`attempt` is the number to run under, or None when the request already finished."""

    attempt: int | None
    previous_attempt: int


def decide_attempt(history: Iterable[Event]) -> Decision:
    """A new attempt follows the highest seen; a finished request is not run again."""
    highest = 0
    for event in history:
        if is_terminal(event):
            return Decision(attempt=None, previous_attempt=event.attempt)
        highest = max(highest, event.attempt)
    return Decision(attempt=highest + 1, previous_attempt=highest)
