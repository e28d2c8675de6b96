"""Shared builders for the planning tests."""

from __future__ import annotations

import datetime

from agents.planning import (
    PlanParams,
    PlanResult,
    build_plan,
    planned,
    structure_plan,
    validate_plan,
)
from agents.planning.core.plan import Plan


def params(
    weeks: int = 12,
    level: str = "intermediate",
    prompt: str | None = None,
    principle: str | None = None,
    start: datetime.date | None = None,
) -> PlanParams:
    return PlanParams(
        weeks=weeks,
        level=level,
        additional_prompt=prompt,  # type: ignore[arg-type]
        training_principle=principle,
        start_date=start,
    )


def plan_for(
    weeks: int = 12,
    level: str = "intermediate",
    prompt: str | None = None,
    principle: str | None = None,
    start: datetime.date | None = None,
) -> Plan:
    return build_plan(params(weeks, level, prompt, principle, start))


def result_for(
    weeks: int = 12,
    level: str = "intermediate",
    prompt: str | None = None,
    start: datetime.date | None = None,
) -> PlanResult:
    chosen = params(weeks, level, prompt, None, start)
    return structure_plan(build_plan(chosen), chosen)


def kinds(plan: Plan) -> list[str]:
    return [day.kind for week in plan.weeks for day in week.days]


def valid_plan(prompt: str, weeks: int = 12, level: str = "intermediate") -> Plan:
    """The plan built from the prompt, with every week numbered and no validator error."""
    params = PlanParams(weeks=weeks, level=level, additional_prompt=prompt)  # type: ignore[arg-type]
    made = planned(params)
    result = structure_plan(made.plan, params)
    errors = [v for v in validate_plan(result, params, made.promises) if v.severity == "error"]
    assert errors == [], errors
    assert [w.number for w in made.plan.weeks] == list(range(1, weeks + 1))
    return made.plan


def km_run(plan: Plan) -> list[float]:
    """Each week's running kilometres (cross-training not counted)."""
    return [
        sum(d.distance_m for d in w.days if d.kind != "cross-training") / 1000 for w in plan.weeks
    ]
