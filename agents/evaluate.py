"""Prompt evaluation: run a recorded request again under the configured provider and compare.

The recorded output comes from the log (never from a model); only the new run calls
the provider, so comparing two prompts or models costs one generation.
"""

from typing import Any

from agents.planning import PlanParams, PlanResult, make_plan, validate_plan
from agents.providers.base import Provider, collect_plan
from agents.steps import plan_params
from projections.replay import RecordedGeneration


def summarise(result: PlanResult, params: PlanParams) -> dict[str, Any]:
    """What a prompt engineer compares: size, weekly volume and rule violations."""
    violations = validate_plan(result, params)
    weeks = sorted(result.weekly_info, key=int)
    return {
        "total_workouts": len(result.content),
        "weekly_distance_km": [
            round(result.weekly_info[w].total_distance / 1000, 1) for w in weeks
        ],
        "errors": sum(v.severity == "error" for v in violations),
        "warnings": sum(v.severity == "warning" for v in violations),
    }


def recorded_result(recorded: RecordedGeneration, params: PlanParams) -> PlanResult | None:
    """The recorded output as a structured plan (a draft is parsed, not regenerated)."""
    if recorded.draft is not None:
        return make_plan(params, recorded.draft.draft)
    if recorded.plan is not None:
        return PlanResult(
            content=recorded.workouts, weekly_info=recorded.plan.weekly_info, notes=[]
        )
    return None


async def replay(recorded: RecordedGeneration, provider: Provider) -> dict[str, Any]:
    """Compare the recorded output with a new run of the same request under `provider`."""
    requested = recorded.requested
    params = plan_params(requested)
    before = recorded_result(recorded, params)
    if requested.step == "draft":
        chunks = [chunk.text async for chunk in provider.write_draft(params)]
        draft = "".join(chunks)
        after = make_plan(params, draft)
        same = recorded.draft is not None and recorded.draft.draft == draft
    else:
        after = await collect_plan(
            provider.structure(
                params,
                requested.refined_draft or "",
                requested.library,
                requested.request.workout_preference,
            )
        )
        same = before is not None and before.content == after.content
    source = recorded.final()[0] if recorded.final() else requested
    return {
        "request_id": requested.request_id,
        "step": requested.step,
        "recorded": {
            "prompt_version": source.prompt_version,
            "model": source.model,
            "attempt": recorded.last_attempt,
            "failed": recorded.failure.error if recorded.failure else None,
            **(summarise(before, params) if before else {}),
        },
        "replayed": {
            "prompt_version": provider.prompt_version,
            "model": provider.model,
            **summarise(after, params),
        },
        "identical": same,
    }
