"""Shared builders for the planning tests."""

from __future__ import annotations

import datetime

from agents.planning import PlanParams, PlanResult, build_plan, structure_plan
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
