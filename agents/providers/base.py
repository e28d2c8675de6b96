"""The small interface every generation provider implements."""

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from agents.planning import PlanParams, PlanResult
from schemas.events import TokenUsage
from schemas.workout import LibraryWorkout


class ProviderError(Exception):
    """The provider could not produce a valid output; the message is shown to the coach.

    What the model was paid for and what it answered travel with it, for the audit log.
    """

    def __init__(
        self, message: str, usage: TokenUsage | None = None, raw_answer: str | None = None
    ) -> None:
        super().__init__(message)
        self.usage = usage
        self.raw_answer = raw_answer


@dataclass(frozen=True)
class DraftChunk:
    text: str
    fraction_done: float
    label: str


class Provider(Protocol):
    name: str
    model: str
    prompt_version: str

    def write_draft(self, params: PlanParams) -> AsyncIterator[DraftChunk]:
        """The draft text in pieces, each with how far the draft has come (0..1)."""
        ...

    async def structure(
        self,
        params: PlanParams,
        draft: str,
        library: Sequence[LibraryWorkout],
        preference: str,
    ) -> PlanResult:
        """The structured plan for an approved draft; DraftParseError if it is unusable."""
        ...
