"""One OpenAI-compatible client per provider, the calls the steps make, and their errors.

Structured output asks for a JSON schema (`response_format` json_schema, which OpenAI,
Ollama, vLLM, llama.cpp's server and LM Studio accept); a server that refuses it (see
`refuses_format`) is asked again in JSON mode with the schema in the prompt, and in
`response_format` too while the server takes it there, and is asked so from then on.
The streamed draft goes through agents/providers/model_stream.py (plain aiohttp: the
SDK's per-request CPU counts with hundreds of drafts starting at once); the rest through
the SDK. Errors become ProviderError in words a coach can pass on: never the server's
address.
"""

import json
import logging
import os
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

import openai
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletionMessageParam

from agents import metrics
from agents.providers.base import ProviderError
from agents.providers.model_errors import api_key, translated_errors
from agents.providers.model_stream import ModelStreams
from schemas.events import TokenUsage
from schemas.settings import Settings

log = logging.getLogger(__name__)

JsonMode = Literal["json_schema", "json_object_schema", "json_object"]
# Best first: the schema enforced by the API, the schema in a JSON-mode request, JSON mode.
JSON_MODES: tuple[JsonMode, ...] = get_args(JsonMode)
# Words of a server error that is about the structured-output request.
FORMAT_WORDS = ("response_format", "json_schema", "schema")
# What a JSON-mode request adds to the conversation (part of the prompt version: it is words
# the model reads).
JSON_MODE_HINT = "Answer with one JSON object that follows this JSON schema: {schema}"


@dataclass
class Answer:
    """What one call returned: the text, what it cost, how long it took."""

    text: str = ""
    usage: TokenUsage = field(default_factory=TokenUsage)
    seconds: float = 0.0


class ModelClient:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.openai_model
        # Where the prompt files come from (None: the package's): see prompt_files.
        self.prompts_folder = settings.openai_prompts_dir
        self._client: AsyncOpenAI | None = None
        # What this server takes for structured output: only ever steps down JSON_MODES.
        self.json_mode: JsonMode = "json_schema"
        self.streams = ModelStreams(
            # Where the SDK would send it too: the setting, else OPENAI_BASE_URL, else OpenAI.
            settings.openai_base_url
            or os.environ.get("OPENAI_BASE_URL")
            or "https://api.openai.com/v1",
            api_key(settings),
            settings.openai_timeout_s,
        )

    @property
    def limits(self) -> dict[str, Any]:
        """What every request caps: its answer's tokens, when a cap is set."""
        cap = self.settings.openai_max_tokens
        return {"max_tokens": cap} if cap else {}

    @property
    def client(self) -> AsyncOpenAI:
        if self._client is None:
            # The SDK's aiohttp transport: 12-40% less CPU per streamed chunk than its
            # default one (scripts/bench_model_client.py), which counts with hundreds of
            # streams on one worker. Redirects are not followed: the key would go with them.
            self._client = AsyncOpenAI(
                base_url=self.settings.openai_base_url,
                api_key=api_key(self.settings),
                timeout=self.settings.openai_timeout_s,
                max_retries=1,
                http_client=openai.DefaultAioHttpClient(
                    timeout=self.settings.openai_timeout_s, follow_redirects=False
                ),
            )
        return self._client

    async def close(self) -> None:
        await self.streams.close()
        if self._client is not None:
            await self._client.close()
            self._client = None

    async def stream(
        self, messages: list[ChatCompletionMessageParam], answer: Answer
    ) -> AsyncIterator[str]:
        """The answer's text in pieces; `answer` holds the whole text and usage at the end."""
        started = time.perf_counter()
        body = {
            "model": self.model,
            "messages": messages,
            "stream": True,
            "stream_options": {"include_usage": True},
            **self.limits,
        }
        with translated_errors(self.settings, "draft", started):
            # The raw lines, parsed with json.loads: the SDK's typed chunk objects cost
            # ten times more CPU, which counts with hundreds of streams on one worker.
            async for line in self.streams.lines(body):
                delta = self._delta(line, answer)
                if delta:
                    answer.text += delta
                    yield delta
        answer.seconds = time.perf_counter() - started
        if not answer.usage.calls:
            answer.usage = TokenUsage(calls=1)  # the server reported no usage
        metrics.observe_model_call("draft", answer.seconds, answer.usage)

    @staticmethod
    def _delta(line: str, answer: Answer) -> str | None:
        """The text of one server-sent line of a streamed completion (usage goes to answer)."""
        if not line.startswith("data:"):
            return None
        data = line[5:].strip()
        if not data or data == "[DONE]":
            return None
        try:
            chunk = json.loads(data)
        except ValueError as exc:
            raise ProviderError("the model server's stream could not be read") from exc
        if not isinstance(chunk, dict):
            return None
        if chunk.get("usage"):
            answer.usage = usage_of_dict(chunk["usage"])
        if "error" in chunk:
            raise ProviderError("the model server reported an error mid-stream")
        choices = chunk.get("choices") or []
        delta = choices[0].get("delta") if choices and isinstance(choices[0], dict) else None
        content = delta.get("content") if isinstance(delta, dict) else None
        return content if isinstance(content, str) else None

    async def complete(self, messages: list[ChatCompletionMessageParam]) -> Answer:
        return await self._create(messages, {}, "draft")

    async def complete_json(
        self, messages: list[ChatCompletionMessageParam], response_format: dict[str, Any]
    ) -> Answer:
        """A JSON answer in the given schema, in the best mode the server takes."""
        while True:
            mode = self.json_mode
            asked, options = structured_request(mode, messages, response_format)
            try:
                return await self._create(asked, options, "structure")
            except ProviderError as exc:
                if mode == JSON_MODES[-1] or not refuses_format(exc):
                    raise
                self._step_down(mode)

    def _step_down(self, refused: JsonMode) -> None:
        """Ask in the next mode from now on (once: weeks asked at once are refused together)."""
        if self.json_mode != refused:
            return
        self.json_mode = JSON_MODES[JSON_MODES.index(refused) + 1]
        log.warning(
            "the model server refused response_format %s; asking in %s from now on",
            refused,
            self.json_mode,
        )

    async def _create(
        self, messages: list[ChatCompletionMessageParam], options: dict[str, Any], step: str
    ) -> Answer:
        started = time.perf_counter()
        with translated_errors(self.settings, step, started):
            completion = await self.client.chat.completions.create(
                model=self.model, messages=messages, **self.limits, **options
            )
        text = completion.choices[0].message.content if completion.choices else None
        usage = usage_of(completion.usage) if completion.usage else TokenUsage(calls=1)
        seconds = time.perf_counter() - started
        metrics.observe_model_call(step, seconds, usage)
        return Answer(text or "", usage, seconds)


def structured_request(
    mode: JsonMode, messages: list[ChatCompletionMessageParam], response_format: dict[str, Any]
) -> tuple[list[ChatCompletionMessageParam], dict[str, Any]]:
    """The messages and options asking for `response_format`'s schema in `mode`."""
    if mode == "json_schema":
        return messages, {"response_format": response_format}
    schema = response_format["json_schema"]["schema"]
    hint_text = JSON_MODE_HINT.format(schema=json.dumps(schema))
    hint: ChatCompletionMessageParam = {"role": "system", "content": hint_text}
    json_object: dict[str, Any] = {"type": "json_object"}
    if mode == "json_object_schema":
        # llama.cpp's server (and llama-cpp-python's) turns this schema into a grammar.
        json_object["schema"] = schema
    return [*messages, hint], {"response_format": json_object}


def refuses_format(exc: ProviderError) -> bool:
    """Whether the server refused the `response_format` asked, not the request as a whole.

    Servers say so differently: OpenAI-style ones with 400, pydantic-based ones with 422,
    llama-cpp-python's with a 500 whose body is a validation error naming the field.
    """
    cause = exc.__cause__
    if not isinstance(cause, openai.APIStatusError):
        return False
    if cause.status_code in (400, 422):
        return True
    said = f"{cause.message} {json.dumps(cause.body, default=str)}".lower()
    return cause.status_code == 500 and any(word in said for word in FORMAT_WORDS)


def usage_of_dict(reported: Any) -> TokenUsage:
    if not isinstance(reported, dict):
        return TokenUsage(calls=1)
    return TokenUsage(
        prompt_tokens=int(reported.get("prompt_tokens") or 0),
        completion_tokens=int(reported.get("completion_tokens") or 0),
        calls=1,
    )


def usage_of(reported: Any) -> TokenUsage:
    return TokenUsage(
        prompt_tokens=getattr(reported, "prompt_tokens", 0) or 0,
        completion_tokens=getattr(reported, "completion_tokens", 0) or 0,
        calls=1,
    )
