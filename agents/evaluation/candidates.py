"""Candidates: what an evaluation runs the cases under (a provider, model, server, prompts).

    --candidate NAME=model=M,base_url=URL[,prompts=FOLDER][,api_key_env=VAR]
    --candidate builtin

`builtin` (the deterministic planner) is always available and is added as a control;
the recorded outputs are always the baseline, under the name `baseline`.
"""

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pydantic import SecretStr

from agents.evaluation.cases import BASELINE
from agents.planning import PROMPT_VERSION
from agents.providers.prompt_files import PromptFolderError, prompt_version
from schemas.evaluations import CandidateInfo
from schemas.settings import Settings

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
KEYS = ("provider", "model", "base_url", "prompts", "api_key_env")
BUILTIN = "builtin"


class CandidateError(ValueError):
    """A --candidate that cannot be run."""


@dataclass(frozen=True)
class Candidate:
    name: str
    provider: str
    model: str
    prompt_version: str
    base_url: str | None = None
    prompts_folder: str | None = None
    # A secret: out of the dataclass's repr, sent only to the candidate's server.
    api_key: SecretStr | None = field(default=None, repr=False)
    control: bool = False

    @property
    def calls_model(self) -> bool:
        return self.provider == "openai"

    def info(self) -> CandidateInfo:
        return CandidateInfo(
            name=self.name,
            provider=self.provider,
            model=self.model,
            prompt_version=self.prompt_version,
            base_url=_without_credentials(self.base_url),
            prompts_folder=self.prompts_folder,
            control=self.control,
        )

    def settings(self, settings: Settings, base_url: str) -> Settings:
        """The settings of an openai provider for this candidate, talking to `base_url`."""
        return settings.model_copy(
            update={
                "llm_provider": "openai",
                "openai_base_url": base_url,
                "openai_model": self.model,
                "openai_api_key": self.api_key or SecretStr("unused"),
                "openai_prompts_dir": self.prompts_folder,
            }
        )


def builtin_candidate(name: str = BUILTIN, control: bool = False) -> Candidate:
    return Candidate(name, "builtin", "builtin-planner", PROMPT_VERSION, control=control)


def parse_candidate(spec: str, settings: Settings) -> Candidate:
    name, _, rest = spec.partition("=")
    name = name.strip()
    if not NAME.match(name) or name == BASELINE:
        raise CandidateError(
            f"candidate name {name!r}: letters, digits, '_', '.', '-' (and not {BASELINE!r})"
        )
    if rest.strip() == BUILTIN or (not rest.strip() and name == BUILTIN):
        return builtin_candidate(name)
    options = _options(spec, rest)
    provider = options.get("provider", "openai")
    if provider == BUILTIN:
        return builtin_candidate(name)
    if provider != "openai":
        raise CandidateError(f"candidate {name}: provider must be builtin or openai")
    base_url = options.get("base_url") or settings.openai_base_url
    if not base_url:
        raise CandidateError(f"candidate {name}: base_url=URL is needed (or COACH_OPENAI_BASE_URL)")
    prompts = options.get("prompts")
    if prompts is not None:
        prompts = str(Path(prompts).resolve())
    try:
        version = prompt_version(prompts)
    except PromptFolderError as exc:
        raise CandidateError(f"candidate {name}: {exc}") from None
    key_variable = options.get("api_key_env")
    return Candidate(
        name=name,
        provider="openai",
        model=options.get("model") or settings.openai_model,
        prompt_version=version,
        base_url=base_url.rstrip("/"),
        prompts_folder=prompts,
        api_key=_key(os.environ.get(key_variable)) if key_variable else settings.openai_api_key,
    )


def _key(value: str | None) -> SecretStr | None:
    return SecretStr(value) if value else None


def _options(spec: str, rest: str) -> dict[str, str]:
    options = {}
    for part in filter(None, (item.strip() for item in rest.split(","))):
        key, equals, value = part.partition("=")
        if not equals or key not in KEYS:
            raise CandidateError(
                f"--candidate {spec!r}: expected NAME=key=value,... with keys {', '.join(KEYS)}"
            )
        options[key] = value.strip()
    return options


def _without_credentials(url: str | None) -> str | None:
    if url is None:
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
