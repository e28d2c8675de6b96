"""Runs every candidate over every case (and repeat), scores each output as it comes.

Jobs go case by case, so a run stopped by its token budget leaves whole cases compared
for every candidate. A job the model proxy refused (budget spent, not in the cache under
--rescore-only, server unreachable) is `skipped`, never scored as a failure of the
candidate, and makes the run incomplete.
"""

import asyncio
import concurrent.futures
import logging
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from agents.evaluation.candidates import Candidate
from agents.evaluation.cases import Output, ReplayCase, baseline_output, week_record
from agents.evaluation.model_proxy import Budget, JobCalls, ModelProxy, ResponseCache
from agents.evaluation.scoring.score import Prices, Scores, score_output
from agents.planning import DraftParseError
from agents.providers import BuiltinProvider, ProviderError, close_provider
from agents.providers.base import PlanNotes, Provider, StructuredWeek, collect_plan
from agents.providers.openai_chat import OpenAIProvider
from schemas.events import TokenUsage
from schemas.settings import Settings

log = logging.getLogger(__name__)

Scored = Callable[[ReplayCase, Output, Scores | None], Awaitable[None]]


@dataclass(frozen=True)
class RunOptions:
    concurrency: int = 4
    repeat: int = 1
    max_tokens: int | None = None
    rescore_only: bool = False
    cache_folder: Path | None = None


@dataclass
class RunOutcome:
    outputs: list[Output] = field(default_factory=list)
    scores: dict[tuple[str, str, int], Scores] = field(default_factory=dict)
    skipped: Counter[str] = field(default_factory=Counter)
    tokens_spent: int = 0
    model_calls: int = 0

    @property
    def complete(self) -> bool:
        return not self.skipped

    def reason(self, budget: int | None) -> str | None:
        if self.complete:
            return None
        parts = []
        if self.skipped["budget"]:
            parts.append(f"the token budget ({budget}) was spent: {self.skipped['budget']} jobs")
        if self.skipped["unreachable"]:
            parts.append(f"model server unreachable: {self.skipped['unreachable']} jobs")
        if self.skipped["not cached"]:
            parts.append(f"not in the response cache: {self.skipped['not cached']} jobs")
        return "; ".join(parts) + " not run"


async def run_cases(
    cases: list[ReplayCase],
    candidates: list[Candidate],
    options: RunOptions,
    settings: Settings,
    prices: Prices,
    scored: Scored,
) -> RunOutcome:
    outcome = RunOutcome()
    budget = Budget(options.max_tokens)
    proxy = ModelProxy(
        ResponseCache(options.cache_folder) if options.cache_folder else None,
        budget,
        options.rescore_only,
        settings.openai_timeout_s,
    )
    await proxy.start()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=2)
    try:
        for case in cases:
            await _keep(outcome, case, baseline_output(case), prices, scored)
        jobs = [
            (case, candidate, repeat)
            for case in cases
            for candidate in candidates
            for repeat in range(options.repeat if candidate.calls_model else 1)
        ]

        async def one(case: ReplayCase, candidate: Candidate, repeat: int) -> None:
            output = (
                _skipped(case, candidate, repeat, "budget")
                if budget.exhausted
                else await produce(case, candidate, repeat, settings, proxy, executor)
            )
            await _keep(outcome, case, output, prices, scored)

        await _each(jobs, one, options.concurrency)
    finally:
        executor.shutdown(wait=False)
        await proxy.close()
    outcome.tokens_spent = budget.spent
    outcome.model_calls = proxy.upstream_calls
    return outcome


Job = tuple[ReplayCase, Candidate, int]


async def _each(
    jobs: list[Job], run: Callable[[ReplayCase, Candidate, int], Awaitable[None]], at_once: int
) -> None:
    """Every job, `at_once` at a time, in order of start; a bar with an ETA on a terminal
    (nothing in a CI log)."""
    limit = asyncio.Semaphore(max(1, at_once))
    with tqdm(total=len(jobs), unit="job", disable=not sys.stderr.isatty()) as bar:

        async def one(job: Job) -> None:
            async with limit:
                await run(*job)
                bar.update(1)

        await asyncio.gather(*(one(job) for job in jobs))


async def _keep(
    outcome: RunOutcome, case: ReplayCase, output: Output, prices: Prices, scored: Scored
) -> None:
    outcome.outputs.append(output)
    scores: Scores | None = None
    if output.status == "skipped":
        outcome.skipped[output.error or "skipped"] += 1
    else:
        scores = await asyncio.to_thread(score_output, case, output, prices)
        outcome.scores[(output.candidate, case.case_id, output.repeat)] = scores
    await scored(case, output, scores)


def _skipped(case: ReplayCase, candidate: Candidate, repeat: int, why: str) -> Output:
    return Output(
        case_id=case.case_id,
        candidate=candidate.name,
        repeat=repeat,
        status="skipped",
        error=why,
        provider=candidate.provider,
        model=candidate.model,
        prompt_version=candidate.prompt_version,
    )


async def produce(
    case: ReplayCase,
    candidate: Candidate,
    repeat: int,
    settings: Settings,
    proxy: ModelProxy,
    executor: concurrent.futures.Executor | None = None,
) -> Output:
    """One candidate's output for one case (a new generation, never written to the log)."""
    provider, calls = _provider(candidate, repeat, settings, proxy, executor)
    fields: dict[str, object] = {}
    started = time.perf_counter()
    try:
        fields = await _generate(case, provider)
        status, error = "ok", None
    except (ProviderError, DraftParseError) as exc:
        status, error = "failed", str(exc)
    except Exception as exc:  # one broken case must not end the evaluation
        log.exception("case %s under %s failed unexpectedly", case.case_id, candidate.name)
        status, error = "failed", f"{type(exc).__name__}: {exc}"
    finally:
        await close_provider(provider)
    seconds = time.perf_counter() - started
    if calls is not None and calls.refused is not None:
        return _skipped(case, candidate, repeat, calls.refused)
    cached = calls.cached if calls is not None else 0
    return Output(
        case_id=case.case_id,
        candidate=candidate.name,
        repeat=repeat,
        status=status,  # type: ignore[arg-type]
        error=error,
        usage=calls.usage if calls is not None else TokenUsage(),
        latency_s=None if cached else round(seconds, 3),
        cached_calls=cached,
        provider=candidate.provider,
        model=candidate.model,
        prompt_version=candidate.prompt_version,
        **fields,  # type: ignore[arg-type]
    )


def _provider(
    candidate: Candidate,
    repeat: int,
    settings: Settings,
    proxy: ModelProxy,
    executor: concurrent.futures.Executor | None,
) -> tuple[Provider, JobCalls | None]:
    """The candidate's provider for one job; a model's talks to the proxy under the job's path."""
    if not candidate.calls_model:
        return BuiltinProvider(executor), None
    assert candidate.base_url is not None
    url, calls = proxy.job_url(candidate.base_url, repeat)
    return OpenAIProvider(candidate.settings(settings, url)), calls


async def _generate(case: ReplayCase, provider: Provider) -> dict[str, object]:
    requested = case.plan_requested()
    params = case.params()
    if case.step == "draft":
        chunks = [chunk.text async for chunk in provider.write_draft(params)]
        return {"draft": "".join(chunks)}
    structured = provider.structure(
        params,
        requested.refined_draft or "",
        requested.library,
        requested.request.workout_preference,
    )
    weeks: list[dict[str, object]] = []

    async def recorded() -> AsyncIterator[StructuredWeek | PlanNotes]:
        async for item in structured:
            if isinstance(item, StructuredWeek):
                weeks.append(_week_record(item, provider.name))
            yield item

    result = await collect_plan(recorded())
    return {
        "workouts": result.content,
        "weekly_info": result.weekly_info,
        "notes": [note.model_dump(mode="json") for note in result.notes],
        "weeks": weeks,
    }


def _week_record(week: StructuredWeek, provider: str) -> dict[str, object]:
    """What produced the week: its own provenance (a week the reader read alone, or one that
    fell back, says builtin), else the provider's."""
    return week_record(
        week.number,
        week.made_by.provider if week.made_by else provider,
        week.usage.calls if week.usage else 0,
        week.fallback,
        week.answers,
    )
