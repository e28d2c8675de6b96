"""The built-in provider: the deterministic planning core, no network."""

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import Literal, cast

from agents.planning import PROMPT_VERSION, PlanParams, PlanResult, draft_outline, make_plan
from agents.providers.base import DraftChunk
from schemas.workout import LibraryWorkout

Preference = Literal["ai_generate", "prefer_existing", "strict_existing"]


class BuiltinProvider:
    name = "builtin"
    model = "builtin-planner"
    prompt_version = PROMPT_VERSION

    async def write_draft(self, params: PlanParams) -> AsyncIterator[DraftChunk]:
        sections = draft_outline(params)
        for index, section in enumerate(sections):
            label = "header" if index == 0 else f"week {index} of {len(sections) - 1}"
            yield DraftChunk(section, (index + 1) / len(sections), label)
            # Let the worker serve other requests between sections.
            await asyncio.sleep(0)

    async def structure(
        self,
        params: PlanParams,
        draft: str,
        library: Sequence[LibraryWorkout],
        preference: str,
    ) -> PlanResult:
        return make_plan(params, draft, library, cast(Preference, preference))
