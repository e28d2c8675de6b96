"""The model's prompts: text files beside this module, versioned by the hash of their content.

Every event a model-backed generation writes names that version, so a replay or an
evaluation knows exactly which words produced an output. A prompts folder outside the
package (`COACH_OPENAI_PROMPTS_DIR`, or an evaluation's candidate) replaces the package's
files of the same names; the version hashes the files in use, so it stays exact.
"""

import functools
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

from openai.types.chat import ChatCompletionMessageParam

from agents.providers.model_week import response_format
from agents.providers.openai_client import JSON_MODE_HINT

FOLDER = "prompts"
SUFFIX = ".md"


class PromptFolderError(ValueError):
    """A prompts folder that cannot stand in for the package's prompts."""


@functools.cache
def prompt_files(folder: str | None = None) -> dict[str, str]:
    """Every prompt's text by name: the package's, with `folder`'s files in their place."""
    packaged = resources.files("agents.providers") / FOLDER
    files = {
        item.name.removesuffix(SUFFIX): item.read_text()
        for item in packaged.iterdir()
        if item.name.endswith(SUFFIX)
    }
    if folder is None:
        return files
    path = Path(folder)
    if not path.is_dir():
        raise PromptFolderError(f"prompts folder {folder} is not a directory")
    given = {item.name.removesuffix(SUFFIX): item for item in path.glob(f"*{SUFFIX}")}
    unknown = sorted(set(given) - set(files))
    if unknown:
        # A misspelt name would otherwise be ignored while the package's file is used.
        raise PromptFolderError(
            f"prompts folder {folder} has files no prompt uses: {', '.join(unknown)} "
            f"(known: {', '.join(sorted(files))})"
        )
    return {**files, **{name: item.read_text() for name, item in given.items()}}


def template(name: str, folder: str | None = None) -> str:
    return prompt_files(folder)[name]


@functools.cache
def prompt_version(folder: str | None = None) -> str:
    """`openai-` and the first 12 hex digits of the sha256 of every prompt file, by name, and
    of what else a model reads: the JSON schema its answers are asked in, and the hint a
    JSON-mode request adds."""
    digest = hashlib.sha256()
    for name, text in sorted(prompt_files(folder).items()):
        digest.update(f"{name}{SUFFIX}".encode() + b"\0" + text.encode() + b"\0")
    for name, text in structured_words().items():
        digest.update(name.encode() + b"\0" + text.encode() + b"\0")
    return f"openai-{digest.hexdigest()[:12]}"


def structured_words() -> dict[str, str]:
    """The words of a structured request beside the prompt files, by name."""
    return {
        "response_format": json.dumps(response_format(), sort_keys=True),
        "json_mode_hint": JSON_MODE_HINT,
    }


def render(name: str, folder: str | None = None, **values: Any) -> str:
    """A prompt file with its placeholders filled (the training rules are always available)."""
    rules = template("training_rules", folder)
    return template(name, folder).format(training_rules=rules, **values).strip()


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
