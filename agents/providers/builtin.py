"""The built-in provider: the deterministic planning core, no network."""

import concurrent.futures
from collections.abc import AsyncIterator, Collection, Sequence

from agents.planning import (
    PROMPT_VERSION,
    PlanParams,
    PlanResult,
    Preference,
    draft_outline,
    make_plan,
)
from agents.providers.base import DraftChunk, PlanNotes, Provenance, StructuredWeek, off_loop
from schemas.workout import LibraryWorkout

# What a week read and structured by the planning core says produced it, whatever the provider.
BUILTIN = Provenance(provider="builtin", model="builtin-planner", prompt_version=PROMPT_VERSION)


class BuiltinProvider:
    name = BUILTIN.provider
    model = BUILTIN.model
    prompt_version = BUILTIN.prompt_version

    def __init__(self, executor: concurrent.futures.Executor | None = None) -> None:
        # Planning is CPU-bound: on a worker it runs in other processes, so the event
        # loop keeps serving every other generation meanwhile.
        self.executor = executor

    async def write_draft(self, params: PlanParams) -> AsyncIterator[DraftChunk]:
        sections = await off_loop(self.executor, draft_outline, params)
        for index, section in enumerate(sections):
            label = "header" if index == 0 else f"week {index} of {len(sections) - 1}"
            yield DraftChunk(section, (index + 1) / len(sections), label)

    async def structure(
        self,
        params: PlanParams,
        draft: str,
        library: Sequence[LibraryWorkout],
        preference: Preference,
        kept: Collection[int] = (),
    ) -> AsyncIterator[StructuredWeek | PlanNotes]:
        result = await off_loop(
            self.executor, make_plan, params, draft, list(library), preference, frozenset(kept)
        )
        for week in weeks_of(result):
            yield week
        yield PlanNotes([note for note in result.notes if note.week is None])


def weeks_of(result: PlanResult) -> list[StructuredWeek]:
    """A whole structured plan cut into its weeks, each with the notes about it."""
    return [
        StructuredWeek(
            number=int(number),
            workouts=[w for w in result.content if w.week == int(number)],
            info=info,
            notes=[note for note in result.notes if note.week == int(number)],
        )
        for number, info in sorted(result.weekly_info.items(), key=lambda item: int(item[0]))
    ]
