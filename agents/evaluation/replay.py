"""`coach-agent replay ID`: one logged generation under one or more candidates, compared.

The one-case shortcut of `eval run`: the same case, candidates, runner and scorers; no
set, no report files, no events; the comparison is printed as JSON.
"""

from typing import Any

from agents.evaluation.candidates import Candidate
from agents.evaluation.cases import BASELINE, Output, ReplayCase
from agents.evaluation.log_fold import fold_cases
from agents.evaluation.runner import RunOptions, run_cases
from agents.evaluation.scoring.score import Prices, Scores
from projections.replay import RecordedGeneration
from schemas.settings import Settings

SHOWN = (
    "failed",
    "workouts",
    "validator_errors",
    "validator_warnings",
    "edit_distance",
    "tokens",
    "cost",
    "latency_s",
)


def case_of(recorded: RecordedGeneration) -> ReplayCase:
    """A recorded generation as a replay case (its last attempt's output is the baseline)."""
    events = [recorded.requested, *recorded.events]
    cases = fold_cases([event.model_dump(mode="json") for event in events])
    if not cases:
        raise LookupError(f"generation {recorded.requested.request_id} has not finished")
    return cases[0]


async def replay(
    recorded: RecordedGeneration, candidates: list[Candidate], settings: Settings, prices: Prices
) -> dict[str, Any]:
    case = case_of(recorded)
    kept: dict[str, tuple[Output, Scores | None]] = {}

    async def scored(_: ReplayCase, output: Output, scores: Scores | None) -> None:
        kept[output.candidate] = (output, scores)

    await run_cases([case], candidates, RunOptions(concurrency=1), settings, prices, scored)
    base_output, base_scores = kept[BASELINE]
    replayed = {c.name: _side(*kept[c.name]) for c in candidates}
    first = candidates[0].name
    return {
        "request_id": case.request_id,
        "step": case.step,
        "recorded": {"attempt": recorded.last_attempt, **_side(base_output, base_scores)},
        "replayed": replayed[first],
        "candidates": replayed,
        "identical": _same(base_output, kept[first][0]),
    }


def _side(output: Output, scores: Scores | None) -> dict[str, Any]:
    scores = scores or {}
    return {
        "candidate": output.candidate,
        "status": output.status,
        "error": output.error,
        "provider": output.provider,
        "model": output.model,
        "prompt_version": output.prompt_version,
        "weekly_distance_km": scores.get("weekly_volume_km"),
        **{name: scores.get(name) for name in SHOWN},
    }


def _same(one: Output, other: Output) -> bool:
    if one.status != "ok" or other.status != "ok":
        return False
    if one.draft is not None or other.draft is not None:
        return one.draft == other.draft
    return one.workouts == other.workouts
