"""The small interface every generation provider implements."""

import asyncio
import concurrent.futures
import functools
from collections.abc import AsyncIterator, Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from agents.planning import PlanParams, PlanResult, Preference
from schemas.events import TokenUsage, WeekAnswer
from schemas.notes import Note
from schemas.workout import LibraryWorkout, WeekInfo, Workout

T = TypeVar("T")


async def off_loop(
    executor: concurrent.futures.Executor | None, function: Callable[..., T], *args: object
) -> T:
    """`function(*args)` (CPU-bound planning) in the executor when there is one, else here."""
    if executor is None:
        return function(*args)
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, functools.partial(function, *args))


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
    """A piece of the draft and how far it has come; the last one carries the audit."""

    text: str
    fraction_done: float
    label: str
    usage: TokenUsage | None = None
    raw_answer: str | None = None


@dataclass(frozen=True)
class Provenance:
    """What produced an output: a provider, its model and its prompt version."""

    provider: str
    model: str
    prompt_version: str


@dataclass(frozen=True)
class StructuredWeek:
    """One week of a structured plan, ready to be emitted, with what produced it.

    `made_by` None: the provider's own. `answers`: every model answer for the week, in
    order; `fallback`: none could be used and the week is the reader's reading, for the
    `violations` given.
    """

    number: int
    workouts: list[Workout]
    info: WeekInfo
    notes: list[Note] = field(default_factory=list)
    made_by: Provenance | None = None
    answers: list[WeekAnswer] = field(default_factory=list)
    fallback: bool = False
    violations: list[str] = field(default_factory=list)

    @property
    def usage(self) -> TokenUsage | None:
        """What the week's model calls cost together (None: no call was made)."""
        spent = [answer.usage for answer in self.answers if answer.usage]
        return sum(spent, TokenUsage()) if spent else None

    @property
    def raw_answer(self) -> str | None:
        """The week's first answer (the field WeekCompleted had before `answers`)."""
        return self.answers[0].raw if self.answers else None


@dataclass(frozen=True)
class PlanNotes:
    """What concerns the plan as a whole, once every week is done: notes and the total cost."""

    notes: list[Note] = field(default_factory=list)
    usage: TokenUsage | None = None


class Provider(Protocol):
    name: str
    model: str
    prompt_version: str

    def write_draft(self, params: PlanParams) -> AsyncIterator[DraftChunk]:
        """The draft text in pieces, each with how far the draft has come (0..1)."""
        ...

    def structure(
        self,
        params: PlanParams,
        draft: str,
        library: Sequence[LibraryWorkout],
        preference: Preference,
        kept: Collection[int] = (),
    ) -> AsyncIterator[StructuredWeek | PlanNotes]:
        """The approved draft's weeks in week order as each is ready, then the plan's notes.

        `kept`: the draft's line numbers the coach kept from the planner's draft (read with
        confidence, never asked about). Raises DraftReadError when the draft is unusable.
        """
        ...


async def collect_plan(items: AsyncIterator[StructuredWeek | PlanNotes]) -> PlanResult:
    """A provider's weeks gathered into one structured plan (for replay and the offline CLI)."""
    content: list[Workout] = []
    weekly: dict[str, WeekInfo] = {}
    notes: list[Note] = []
    async for item in items:
        if isinstance(item, StructuredWeek):
            content.extend(item.workouts)
            weekly[str(item.number)] = item.info
        notes.extend(item.notes)
    return PlanResult(content=content, weekly_info=weekly, notes=notes)
