"""The `coach-agent eval select|run` and `coach-agent replay` commands (wired by api/cli.py)."""

import argparse
import asyncio
import datetime as dt
import json
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from aiokafka.errors import KafkaError

from agents.evaluation.candidates import (
    Candidate,
    CandidateError,
    builtin_candidate,
    parse_candidate,
)
from agents.evaluation.gates import GateError, read_gates
from agents.evaluation.log_reader import LogUnavailable
from agents.evaluation.replay_set import SetError
from agents.evaluation.runner import RunOptions
from agents.evaluation.selection import Filters
from schemas.settings import Settings

EXIT_ERROR = 1
EXIT_INCOMPLETE = 2
CANDIDATE_HELP = (
    "NAME=model=M,base_url=URL[,prompts=FOLDER][,api_key_env=VAR], or builtin; repeatable"
)
Command = Callable[[argparse.Namespace, Settings], Coroutine[Any, Any, int]]


class EvalError(Exception):
    """A problem reported on one line: bad arguments, an unreadable set, no log."""


def add_eval_commands(commands: Any) -> None:
    group = commands.add_parser("eval", help="evaluate prompts and models on logged generations")
    sub = group.add_subparsers(title="eval commands", required=True)
    _add_select(sub)
    _add_run(sub)
    replay = commands.add_parser(
        "replay", help="run one logged request again under candidates and compare (JSON)"
    )
    replay.add_argument("request_id")
    replay.add_argument("--candidate", action="append", default=[], help=CANDIDATE_HELP)
    replay.set_defaults(func=_runs(_replay, EXIT_ERROR))


def _add_select(sub: Any) -> None:
    select = sub.add_parser("select", help="freeze logged generations into a replay set")
    select.add_argument("--out", required=True, type=Path, help="the set's folder")
    select.add_argument("--since", type=_time, help="requested at or after (ISO date or time)")
    select.add_argument("--until", type=_time, help="requested before (ISO date or time)")
    select.add_argument("--org", action="append", default=[], dest="orgs")
    select.add_argument("--step", choices=("draft", "plan"))
    select.add_argument("--provider", action="append", default=[], dest="providers")
    select.add_argument("--model", action="append", default=[], dest="models")
    select.add_argument("--prompt-version", action="append", default=[], dest="prompt_versions")
    select.add_argument("--outcome", choices=("succeeded", "failed"))
    select.add_argument(
        "--edited", action="store_true", help="only drafts the coach edited (and their plans)"
    )
    select.add_argument("--sample", type=int, metavar="N", help="N cases, stratified")
    select.add_argument("--seed", type=int, default=0)
    select.set_defaults(func=_runs(_select, EXIT_ERROR))


def _add_run(sub: Any) -> None:
    run = sub.add_parser("run", help="run a replay set under candidates; report; gate")
    run.add_argument("set", type=Path)
    run.add_argument("--candidate", action="append", default=[], help=CANDIDATE_HELP)
    run.add_argument("--no-control", action="store_true", help="leave out the builtin control")
    run.add_argument("--concurrency", type=int, default=4)
    run.add_argument("--max-tokens", type=int, help="token budget of live model calls")
    run.add_argument("--repeat", type=int, default=1, metavar="K")
    run.add_argument("--cache", type=Path, help="response cache folder (default SET/cache)")
    run.add_argument("--no-cache", action="store_true")
    run.add_argument("--rescore-only", action="store_true", help="no model calls: cache only")
    run.add_argument("--gates", type=Path, help="a TOML file of gates; sets the exit code")
    run.add_argument("--out", type=Path, help="report folder (default eval-runs/<id>)")
    run.add_argument("--no-log", action="store_true", help="write no evaluation events")
    run.set_defaults(func=_runs(_run, EXIT_INCOMPLETE))


def _time(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date or time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _runs(command: Command, failure: int) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return asyncio.run(command(args, Settings()))
        except (EvalError, CandidateError, GateError, SetError, LogUnavailable) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return failure
        except (KafkaError, OSError) as exc:
            print(f"error: cannot use Kafka or a file: {exc}", file=sys.stderr)
            return failure

    return run


async def _select(args: argparse.Namespace, settings: Settings) -> int:
    from agents.evaluation.freeze import freeze_set

    if args.sample is not None and args.sample < 1:
        raise EvalError("--sample must be at least 1")
    filters = Filters(
        since=args.since,
        until=args.until,
        orgs=tuple(args.orgs),
        step=args.step,
        providers=tuple(args.providers),
        models=tuple(args.models),
        prompt_versions=tuple(args.prompt_versions),
        outcome=args.outcome,
        edited=args.edited,
    )
    manifest = await freeze_set(settings, filters, args.sample, args.seed, args.out)
    counts = manifest["counts"]
    print(
        f"{counts['cases']} cases of {counts['generations_read']} generations written to "
        f"{args.out} ({manifest['hash']})",
        file=sys.stderr,
    )
    return 0


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    from agents.evaluation.evaluate import Evaluation, print_summary, run_evaluation, with_control

    if (
        args.concurrency < 1
        or args.repeat < 1
        or (args.max_tokens is not None and args.max_tokens < 1)
    ):
        raise EvalError("--concurrency, --repeat and --max-tokens must be at least 1")
    candidates = with_control(_candidates(args.candidate, settings), not args.no_control)
    cache = None if args.no_cache else (args.cache or args.set / "cache")
    evaluation = Evaluation(
        set_folder=args.set,
        candidates=candidates,
        options=RunOptions(
            args.concurrency, args.repeat, args.max_tokens, args.rescore_only, cache
        ),
        out_folder=args.out,
        gates=read_gates(args.gates) if args.gates else [],
        gates_file=str(args.gates) if args.gates else None,
        log=not args.no_log,
    )
    code, folder = await run_evaluation(evaluation, settings)
    print_summary(folder)
    return code


def _candidates(specs: list[str], settings: Settings) -> list[Candidate]:
    candidates = [parse_candidate(spec, settings) for spec in specs]
    names = [c.name for c in candidates]
    if len(set(names)) != len(names):
        raise EvalError(f"candidate names must differ: {', '.join(names)}")
    return candidates


async def _replay(args: argparse.Namespace, settings: Settings) -> int:
    from agents.evaluation.evaluate import prices_of
    from agents.evaluation.replay import replay
    from projections.replay import NotInLog, recorded_generation

    candidates = _candidates(args.candidate, settings) or [_configured(settings)]
    try:
        recorded = await recorded_generation(settings, args.request_id)
        comparison = await replay(recorded, candidates, settings, prices_of(settings))
    except (NotInLog, LookupError) as exc:
        raise EvalError(str(exc)) from None
    print(json.dumps(comparison, indent=2))
    return 0


def _configured(settings: Settings) -> Candidate:
    """The provider COACH_LLM_PROVIDER names, as a candidate."""
    if settings.llm_provider == "openai":
        return parse_candidate("openai=model=" + settings.openai_model, settings)
    return builtin_candidate()
