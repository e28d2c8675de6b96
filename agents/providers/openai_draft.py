"""Drafts from a model: streamed with progress, accepted once they cover every week.

A model's draft need not be perfect text: the structure step reads it later (with the
model's help where needed). Here it only has to hold weeks 1 to N; otherwise the model
is told what is missing and asked once more.
"""

import re
from collections.abc import AsyncIterator

from agents.planning import DraftReadError, PlanParams, week_count
from agents.providers.base import DraftChunk, ProviderError
from agents.providers.openai_client import Answer, ModelClient
from agents.providers.prompt_files import conversation, render, with_repair

# Progress is reported at line ends once this many characters have arrived.
BATCH_CHARS = 200
STREAMING_CAP = 0.9
REPAIRING = 0.95
WEEK_LINE = re.compile(r"^\W*week\s*\d{1,2}\b", re.IGNORECASE | re.MULTILINE)
THINKING = re.compile(r"<think>.*?</think>", re.DOTALL)
FENCE = re.compile(r"^```[\w-]*[ \t]*$", re.MULTILINE)


async def write_model_draft(
    client: ModelClient, params: PlanParams, reference: str
) -> AsyncIterator[DraftChunk]:
    """Progress while the model writes (no text), then the accepted draft as the last chunk.

    `reference` is the built-in planner's draft for the same request: the model's skeleton.
    """
    messages = conversation(
        render("draft_system", client.prompts_folder),
        render(
            "draft_request",
            client.prompts_folder,
            weeks=params.weeks,
            level=params.level,
            principle=params.training_principle or "none given; use sound periodisation",
            instructions=params.additional_prompt or "none",
            start=params.start_date.isoformat() if params.start_date else "not given",
            reference=reference.strip(),
        ),
    )
    first = Answer()
    progress = DraftProgress(params.weeks)
    async for delta in client.stream(messages, first):
        chunk = progress.feed(delta)
        if chunk is not None:
            yield chunk
    usage = first.usage
    draft = clean_draft(first.text)
    problem = coverage_problem(draft, params.weeks)
    if problem:
        yield DraftChunk("", REPAIRING, "a corrected draft")
        repair = render("draft_repair", client.prompts_folder, problem=problem, weeks=params.weeks)
        second = await client.complete(with_repair(messages, first.text, repair))
        usage = usage + second.usage
        draft = clean_draft(second.text)
        still = coverage_problem(draft, params.weeks)
        if still:
            raise ProviderError(
                f"the model's draft could not be used, even after one correction: {still}",
                usage=usage,
                raw_answer=first.text,
            )
    yield DraftChunk(draft, 1.0, "the checked draft", usage=usage, raw_answer=first.text)


class DraftProgress:
    """Turns streamed deltas into a few progress chunks, by week headers seen."""

    def __init__(self, weeks: int) -> None:
        self.weeks = weeks
        self.pending = ""
        self.weeks_seen = 0

    def feed(self, delta: str) -> DraftChunk | None:
        self.pending += delta
        if len(self.pending) < BATCH_CHARS or "\n" not in self.pending:
            return None
        complete, _, self.pending = self.pending.rpartition("\n")
        self.weeks_seen += len(WEEK_LINE.findall(complete))
        if self.weeks_seen == 0:
            return DraftChunk("", 0.02, "the header")
        done = STREAMING_CAP * (self.weeks_seen - 0.5) / self.weeks
        label = f"up to week {self.weeks_seen} of {self.weeks}"
        return DraftChunk("", min(STREAMING_CAP, done), label)


def clean_draft(answer: str) -> str:
    """The draft without a reasoning model's thinking or a Markdown code fence around it."""
    text = THINKING.sub("", answer)
    return FENCE.sub("", text).strip() + "\n"


def coverage_problem(draft: str, weeks: int) -> str | None:
    """Why the draft does not cover weeks 1 to `weeks`, in words the model can act on.

    Only the week headers are read (~0.2 ms for 12 weeks): cheap enough for the event loop.
    """
    try:
        count = week_count(draft)
    except DraftReadError as exc:
        return str(exc)
    if count != weeks:
        return f"it has {count} weeks but the plan has {weeks}"
    return None
