"""The offline `coach-agent draft` and `coach-agent plan` commands: the planner, no services."""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import get_args

from pydantic import ValidationError

from agents.planning import DraftReadError, Level, PlanParams, PlanResult, Preference
from agents.providers import close_provider, provider_for
from agents.providers.base import Provider, ProviderError, collect_plan
from schemas.settings import Settings

LEVELS: tuple[Level, ...] = get_args(Level)
PREFERENCES: tuple[Preference, ...] = get_args(Preference)
PROVIDERS = ("builtin", "openai")
PROMPT_LIMIT = 4_000
PRINCIPLE_LIMIT = 10_000
DRAFT_LIMIT = 100_000
USAGE_ERROR = 2


class UsageError(Exception):
    """A bad argument: reported on one line, exit code 2."""


def add_offline_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register `draft` and `plan` on a parent parser's subcommands."""
    draft = subparsers.add_parser(
        "draft", help="print a plan draft (no Kafka or Postgres; builtin or a model)"
    )
    _add_plan_arguments(draft)
    draft.set_defaults(func=_guarded(run_draft))
    plan = subparsers.add_parser("plan", help="print the structured plan of a draft as JSON")
    _add_plan_arguments(plan)
    plan.add_argument(
        "--draft-file", required=True, metavar="F", help="the (edited) draft text; '-' reads stdin"
    )
    plan.add_argument(
        "--preference",
        default="ai_generate",
        metavar="|".join(PREFERENCES),
        help="workout preference; offline there is no library, so strict_existing skips every day",
    )
    plan.set_defaults(func=_guarded(run_plan))


def _add_plan_arguments(parser: argparse.ArgumentParser) -> None:
    # Values are checked by the handlers so that every mistake gets the same one-line error.
    parser.add_argument("--weeks", required=True, metavar="1-52")
    parser.add_argument("--level", required=True, metavar="|".join(LEVELS))
    parser.add_argument("--prompt", default=None, metavar="TEXT")
    parser.add_argument("--principle", default=None, metavar="TEXT")
    parser.add_argument("--start-date", default=None, metavar="YYYY-MM-DD")
    parser.add_argument(
        "--provider",
        default=None,
        metavar="builtin|openai",
        help="default: COACH_LLM_PROVIDER; openai uses COACH_OPENAI_BASE_URL, _API_KEY, _MODEL",
    )


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except UsageError as problem:
            print(f"coach-agent: error: {problem}", file=sys.stderr)
            return USAGE_ERROR
        except ProviderError as problem:
            print(f"coach-agent: error: the model failed: {problem}", file=sys.stderr)
            return 1

    return run


def params_from(args: argparse.Namespace) -> PlanParams:
    weeks_text = str(args.weeks).strip()
    if not weeks_text.isdigit() or not 1 <= int(weeks_text) <= 52:
        raise UsageError(f"--weeks must be a whole number from 1 to 52, not {args.weeks!r}")
    if args.level not in LEVELS:
        raise UsageError(f"--level must be one of {', '.join(LEVELS)}, not {args.level!r}")
    _check_length("--prompt", args.prompt, PROMPT_LIMIT)
    _check_length("--principle", args.principle, PRINCIPLE_LIMIT)
    start = None
    if args.start_date is not None:
        try:
            start = datetime.date.fromisoformat(args.start_date)
        except ValueError:
            raise UsageError(
                f"--start-date must be a date YYYY-MM-DD, not {args.start_date!r}"
            ) from None
    principle = args.principle if args.principle and args.principle.strip() else None
    try:
        return PlanParams(
            weeks=int(weeks_text),
            level=args.level,
            additional_prompt=args.prompt,
            training_principle=principle,
            start_date=start,
        )
    except ValidationError as problem:
        raise UsageError(str(problem.errors()[0]["msg"])) from None


def _check_length(flag: str, value: str | None, limit: int) -> None:
    if value is not None and len(value) > limit:
        raise UsageError(f"{flag} is longer than {limit} characters")


def provider_from(args: argparse.Namespace) -> Provider:
    """The provider the flag (or COACH_LLM_PROVIDER) names, configured from the environment."""
    settings = Settings()
    name = args.provider or settings.llm_provider
    if name not in PROVIDERS:
        raise UsageError(f"--provider must be one of {', '.join(PROVIDERS)}, not {name!r}")
    if name == "openai" and not settings.openai_base_url:
        raise UsageError("the openai provider needs COACH_OPENAI_BASE_URL (and a key and model)")
    return provider_for(settings.model_copy(update={"llm_provider": name}))


def run_draft(args: argparse.Namespace) -> int:
    params = params_from(args)
    provider = provider_from(args)

    async def draft() -> str:
        try:
            return "".join([chunk.text async for chunk in provider.write_draft(params)])
        finally:
            await close_provider(provider)

    print(asyncio.run(draft()), end="")
    return 0


def run_plan(args: argparse.Namespace) -> int:
    params = params_from(args)
    if args.preference not in PREFERENCES:
        raise UsageError(
            f"--preference must be one of {', '.join(PREFERENCES)}, not {args.preference!r}"
        )
    text = _read_draft(args.draft_file)
    provider = provider_from(args)

    async def plan() -> PlanResult:
        try:
            return await collect_plan(provider.structure(params, text, (), args.preference))
        finally:
            await close_provider(provider)

    try:
        result = asyncio.run(plan())
    except DraftReadError as problem:
        raise UsageError(f"the draft cannot be used: {problem}") from None
    body = {
        "content": [w.model_dump(mode="json") for w in result.content],
        "weekly_info": {k: v.model_dump(mode="json") for k, v in result.weekly_info.items()},
        "notes": [n.model_dump(mode="json") for n in result.notes],
    }
    print(json.dumps(body, indent=2, ensure_ascii=False))
    return 0


def _read_draft(name: str) -> str:
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise UsageError(f"cannot read --draft-file {name}: {problem}") from None
    if len(text.strip()) < 10 or len(text) > DRAFT_LIMIT:
        raise UsageError(f"--draft-file must hold 10 to {DRAFT_LIMIT} characters of draft text")
    return text
