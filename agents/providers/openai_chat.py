"""The openai provider: drafts from any OpenAI-compatible chat model, checked by the core."""

import concurrent.futures
import contextlib
import re
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import cast

import openai
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletionMessageParam

from agents.planning import (
    DraftParseError,
    PlanParams,
    PlanResult,
    Preference,
    Violation,
    make_draft,
    make_plan,
    validate_plan,
)
from agents.providers.base import DraftChunk, ProviderError
from agents.providers.prompts import PROMPT_VERSION, draft_messages, repair_messages
from schemas.settings import Settings
from schemas.workout import LibraryWorkout

# Progress is reported at line ends once this many characters have arrived.
BATCH_CHARS = 200
STREAMING_CAP = 0.9
REPAIRING = 0.95
WEEK_LINE = re.compile(r"^\W*week\s*\d{1,2}\b", re.IGNORECASE | re.MULTILINE)
THINKING = re.compile(r"<think>.*?</think>", re.DOTALL)
FENCE = re.compile(r"^```[\w-]*\s*$", re.MULTILINE)
MAX_LISTED = 8


class OpenAIProvider:
    """Streams a draft from the model, repairs it once if unusable, structures it locally."""

    name = "openai"
    prompt_version = PROMPT_VERSION

    def __init__(
        self, settings: Settings, executor: concurrent.futures.Executor | None = None
    ) -> None:
        self.model = settings.openai_model
        self._settings = settings
        self.executor = executor

    async def write_draft(self, params: PlanParams) -> AsyncIterator[DraftChunk]:
        """Progress while the model writes (no text), then the checked draft as the last chunk.

        The text only goes out once it has been checked: a repair replaces the whole
        answer, and whatever the chunks carry is joined into the draft.
        """
        messages = draft_messages(params, make_draft(params))
        with translated_errors(self._settings):
            async with self._client() as client:
                parts: list[str] = []
                async for chunk in self._stream(client, messages, params, parts):
                    yield chunk
                answer = "".join(parts)
                draft = clean_draft(answer)
                problem = draft_problem(draft, params)
                if problem:
                    yield DraftChunk("", REPAIRING, "a corrected draft")
                    draft = await self._repair(client, messages, answer, problem, params)
        yield DraftChunk(draft, 1.0, "the checked draft")

    async def structure(
        self,
        params: PlanParams,
        draft: str,
        library: Sequence[LibraryWorkout],
        preference: str,
    ) -> PlanResult:
        """The approved draft through the deterministic parser; hard-rule errors fail."""
        result = make_plan(params, draft, library, cast(Preference, preference))
        errors = plan_errors(result, params)
        if errors:
            raise ProviderError(f"the approved draft breaks hard rules: {errors}")
        return result

    def _client(self) -> AsyncOpenAI:
        # Local servers (Ollama, llama.cpp) ignore the key, but the client insists on one.
        return AsyncOpenAI(
            base_url=self._settings.openai_base_url,
            api_key=self._settings.openai_api_key or "unused",
            timeout=self._settings.openai_timeout_s,
            max_retries=1,
        )

    async def _stream(
        self,
        client: AsyncOpenAI,
        messages: list[ChatCompletionMessageParam],
        params: PlanParams,
        parts: list[str],
    ) -> AsyncIterator[DraftChunk]:
        progress = DraftProgress(params.weeks)
        stream = await client.chat.completions.create(
            model=self.model, messages=messages, stream=True
        )
        async with stream:
            async for event in stream:
                delta = event.choices[0].delta.content if event.choices else None
                if not delta:
                    continue
                parts.append(delta)
                chunk = progress.feed(delta)
                if chunk is not None:
                    yield chunk

    async def _repair(
        self,
        client: AsyncOpenAI,
        messages: list[ChatCompletionMessageParam],
        answer: str,
        problem: str,
        params: PlanParams,
    ) -> str:
        completion = await client.chat.completions.create(
            model=self.model, messages=repair_messages(messages, answer, problem, params.weeks)
        )
        content = completion.choices[0].message.content if completion.choices else None
        draft = clean_draft(content or "")
        still = draft_problem(draft, params)
        if still:
            raise ProviderError(
                f"the model's draft could not be used, even after one correction: {still}"
            )
        return draft


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


def draft_problem(draft: str, params: PlanParams) -> str | None:
    """Why the draft cannot be used, in words the model can act on; None if it can."""
    try:
        result = make_plan(params, draft)
    except DraftParseError as exc:
        return str(exc)
    return plan_errors(result, params)


def plan_errors(result: PlanResult, params: PlanParams) -> str | None:
    errors = [v for v in validate_plan(result, params) if v.severity == "error"]
    if not errors:
        return None
    listed = "; ".join(describe(v) for v in errors[:MAX_LISTED])
    more = f" (and {len(errors) - MAX_LISTED} more)" if len(errors) > MAX_LISTED else ""
    return listed + more


def describe(violation: Violation) -> str:
    where = f"week {violation.week}: " if violation.week is not None else ""
    return f"{where}{violation.message} [{violation.rule}]"


@contextlib.contextmanager
def translated_errors(settings: Settings) -> Iterator[None]:
    """The openai client's errors as ProviderError, in words a coach can pass on."""
    server = settings.openai_base_url or "the OpenAI API"
    try:
        yield
    except openai.APITimeoutError as exc:
        raise ProviderError(
            f"the model server at {server} did not answer within {settings.openai_timeout_s:g} s"
        ) from exc
    except openai.APIConnectionError as exc:
        raise ProviderError(f"could not reach the model server at {server}") from exc
    except openai.APIStatusError as exc:
        raise ProviderError(
            f"the model server at {server} answered HTTP {exc.status_code}{status_detail(exc)}"
        ) from exc
    except openai.OpenAIError as exc:
        raise ProviderError(f"the model server at {server} failed: {exc}"[:300]) from exc


def status_detail(exc: openai.APIStatusError) -> str:
    body = exc.body
    message = body.get("message") if isinstance(body, dict) else None
    return f": {str(message)[:200]}" if message else ""
