"""The openai provider: any OpenAI-compatible chat model writes drafts and structures plans."""

import concurrent.futures
from collections.abc import AsyncIterator, Collection, Sequence

from agents.planning import PlanParams, Preference, make_draft
from agents.providers.base import DraftChunk, PlanNotes, Provenance, StructuredWeek, off_loop
from agents.providers.openai_client import ModelClient
from agents.providers.openai_draft import write_model_draft
from agents.providers.openai_structure import structure_with_model
from agents.providers.prompt_files import prompt_version
from schemas.settings import Settings
from schemas.workout import LibraryWorkout


class OpenAIProvider:
    """Drafts streamed from the model; plans structured week by week (see openai_structure)."""

    name = "openai"

    def __init__(
        self, settings: Settings, executor: concurrent.futures.Executor | None = None
    ) -> None:
        self.model = settings.openai_model
        self.prompt_version = prompt_version(settings.openai_prompts_dir)
        self.settings = settings
        # The planner (each model draft's skeleton, ~10 ms of CPU) runs there: with hundreds
        # of streams starting together it would hold up every other stream on this loop.
        self.executor = executor
        self.client = ModelClient(settings)

    async def write_draft(self, params: PlanParams) -> AsyncIterator[DraftChunk]:
        reference = await off_loop(self.executor, make_draft, params)
        async for chunk in write_model_draft(self.client, params, reference):
            yield chunk

    def structure(
        self,
        params: PlanParams,
        draft: str,
        library: Sequence[LibraryWorkout],
        preference: Preference,
        kept: Collection[int] = (),
    ) -> AsyncIterator[StructuredWeek | PlanNotes]:
        return structure_with_model(
            self.client,
            params,
            draft,
            library,
            preference,
            self.settings.openai_week_concurrency,
            made_by=Provenance(self.name, self.model, self.prompt_version),
            kept=kept,
        )

    async def close(self) -> None:
        await self.client.close()
