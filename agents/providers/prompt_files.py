"""The model's prompts: text files beside this module, versioned by the hash of their content.

Every event a model-backed generation writes names that version, so a replay or an
evaluation knows exactly which words produced an output.
"""

import functools
import hashlib
from importlib import resources
from typing import Any

from openai.types.chat import ChatCompletionMessageParam

FOLDER = "prompts"


@functools.cache
def template(name: str) -> str:
    return (resources.files("agents.providers") / FOLDER / f"{name}.md").read_text()


@functools.cache
def prompt_version() -> str:
    """`openai-` and the first 12 hex digits of the sha256 of every prompt file, by name."""
    digest = hashlib.sha256()
    folder = resources.files("agents.providers") / FOLDER
    for item in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if item.name.endswith(".md"):
            digest.update(item.name.encode() + b"\0" + item.read_bytes() + b"\0")
    return f"openai-{digest.hexdigest()[:12]}"


def render(name: str, **values: Any) -> str:
    """A prompt file with its placeholders filled (the training rules are always available)."""
    return template(name).format(training_rules=template("training_rules"), **values).strip()


def conversation(system: str, user: str) -> list[ChatCompletionMessageParam]:
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def with_repair(
    messages: list[ChatCompletionMessageParam], answer: str, repair: str
) -> list[ChatCompletionMessageParam]:
    """The conversation so far, the unusable answer, and what was wrong with it."""
    return [
        *messages,
        {"role": "assistant", "content": answer},
        {"role": "user", "content": repair},
    ]
