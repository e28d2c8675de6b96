"""Every score of one output for one case: validity, rules, load, adherence, edits, cost.

A draft is scored through the plan the built-in structurer makes of it (the same reading a
coach's edit gets); a plan is scored as it is. A failed output scores failed, and a failed
draft needs every approved session written (normalised edit distance 1).
"""

from collections import Counter
from typing import Any

from agents.evaluation.cases import Output, ReplayCase
from agents.evaluation.scoring.adherence import header_adherence, plan_coverage
from agents.evaluation.scoring.edits import edit_distance
from agents.evaluation.scoring.load import load_figures
from agents.evaluation.scoring.provenance import provenance_scores
from agents.evaluation.scoring.sessions import DraftSessions, draft_sessions
from agents.planning import DraftParseError, PlanParams, PlanResult, make_plan, validate_plan
from schemas.events import TokenUsage

Scores = dict[str, Any]
Prices = dict[str, tuple[float, float]]  # model -> (prompt, completion) per 1k tokens


def score_output(case: ReplayCase, output: Output, prices: Prices) -> Scores:
    """The scores of an output that was produced (a skipped one has none)."""
    scores: Scores = {**usage_scores(output, prices), "latency_s": output.latency_s}
    params = case.params()
    sessions = draft_sessions(output.draft) if output.draft is not None else None
    result = _structured(case, output, params) if output.status == "ok" else None
    scores["failed"] = int(result is None)
    scores["schema_valid"] = int(result is not None)
    if result is not None:
        scores.update(validator_scores(result, params))
        scores.update(load_figures(result))
    if case.step == "draft":
        scores.update(_draft_scores(case, sessions if result is not None else None))
    elif result is not None:
        refined = draft_sessions(str(case.requested.get("refined_draft") or ""))
        scores.update(plan_coverage(refined, result.content, result.notes))
        scores.update(provenance_scores(output.weeks))
    return scores


def _structured(case: ReplayCase, output: Output, params: PlanParams) -> PlanResult | None:
    if case.step == "plan":
        return output.plan_result()
    try:
        return make_plan(params, output.draft or "")
    except DraftParseError:
        return None


def _draft_scores(case: ReplayCase, sessions: DraftSessions | None) -> Scores:
    scores: Scores = header_adherence(sessions or DraftSessions())
    if case.approved_draft is None:
        return scores
    distance = edit_distance(sessions or DraftSessions(), draft_sessions(case.approved_draft))
    return {
        **scores,
        "edit_distance": distance.normalised,
        "sessions_added": distance.sessions_added,
        "sessions_removed": distance.sessions_removed,
        "sessions_changed": distance.sessions_changed,
        "volume_change_km": distance.volume_change_km,
        "volume_change_by_week_km": {
            str(week): km for week, km in distance.volume_change_by_week_km.items()
        },
        "accepted_as_is": int(distance.accepted_as_is),
    }


def validator_scores(result: PlanResult, params: PlanParams) -> Scores:
    violations = validate_plan(result, params)
    errors = Counter(v.rule for v in violations if v.severity == "error")
    warnings = Counter(v.rule for v in violations if v.severity != "error")
    return {
        "validator_errors": sum(errors.values()),
        "validator_warnings": sum(warnings.values()),
        "errors_by_rule": dict(sorted(errors.items())),
        "warnings_by_rule": dict(sorted(warnings.items())),
        "workouts": len(result.content),
    }


def usage_scores(output: Output, prices: Prices) -> Scores:
    usage: TokenUsage = output.usage
    return {
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "tokens": usage.prompt_tokens + usage.completion_tokens,
        "calls": usage.calls,
        "cost": cost_of(output.model, usage, prices),
    }


def cost_of(model: str | None, usage: TokenUsage, prices: Prices) -> float | None:
    """What the tokens cost at the model's price per 1k; None for a model with no price."""
    if not usage.prompt_tokens and not usage.completion_tokens:
        return 0.0
    price = prices.get(model or "")
    if price is None:
        return None
    prompt, completion = price
    return round(
        usage.prompt_tokens / 1000 * prompt + usage.completion_tokens / 1000 * completion, 6
    )
