"""A plan keeps what its header says it read, in every week; the validator checks it."""

from __future__ import annotations

import itertools

from planning_helpers import params

from agents.planning import PlanResult, planned, structure_plan, validate_plan
from agents.planning.core.plan import Plan
from agents.planning.core.promises import Promise, week_span

MARATHON = "Marathon at the end. I currently run 40 km a week over 4 runs."


def training_km(plan: Plan, number: int) -> float:
    week = plan.weeks[number - 1]
    return sum(d.distance_m for d in week.days if d.kind not in ("race",)) / 1000


def runs_of(plan: Plan) -> list[int]:
    return [sum(d.kind != "cross-training" for d in w.days) for w in plan.weeks]


def longest_km(plan: Plan) -> float:
    return max(d.distance_m for w in plan.weeks for d in w.days if d.kind != "race") / 1000


def kept_errors(result: PlanResult, weeks: int, prompt: str, promises: tuple[Promise, ...]) -> list:
    chosen = params(weeks, "intermediate", prompt)
    return [v for v in validate_plan(result, chosen, promises) if v.rule == "instruction-kept"]


def test_a_marathon_runner_at_40_km_over_4_runs_starts_there_and_builds_to_the_race() -> None:
    plan = planned(params(12, "intermediate", MARATHON)).plan
    assert abs(training_km(plan, 1) - 40) <= 40 * 0.15
    assert runs_of(plan) == [4] * 12
    assert 55 <= max(training_km(plan, n) for n in range(1, 12)) <= 66
    assert 29 <= longest_km(plan) <= 35
    assert not any("capped" in n or "choose a later one" in n for n in plan.notes)


def test_an_ultra_runner_at_70_km_starts_at_70_not_below() -> None:
    plan = planned(
        params(24, "advanced", "50 mile trail race at the end; I run 70 km a week now")
    ).plan
    assert abs(training_km(plan, 1) - 70) <= 70 * 0.15
    assert max(training_km(plan, n) for n in range(1, 24)) >= 95


def test_a_stress_fracture_comeback_keeps_four_runs_once_running_is_continuous() -> None:
    prompt = (
        "Returning from a stress fracture: four runs a week, no speed work in the first "
        "six weeks, build volume gently."
    )
    plan = planned(params(10, "intermediate", prompt)).plan
    for week in plan.weeks[:6]:
        days = [d.weekday for d in week.days]
        assert all(d.kind == "run-walk" for d in week.days) and len(days) == 3
        assert all(b - a >= 2 for a, b in itertools.pairwise(days))  # alternate days
    assert runs_of(plan)[6:] == [4] * 4
    assert not any(d.is_quality or d.strides for w in plan.weeks for d in w.days)
    assert any('"build volume gently" -> gently' in n for n in plan.notes)
    assert any("gives way in weeks 1-6: run-walk on alternate days" in n for n in plan.notes)
    assert not any("not understood" in n for n in plan.notes)


def test_couch_to_5k_keeps_three_days_in_the_cutback_and_the_race_week() -> None:
    plan = planned(params(9, "beginner", "Couch to 5K, three days a week, 5K race at the end")).plan
    assert runs_of(plan) == [3] * 9
    race_week = plan.weeks[-1]
    assert [d.kind for d in race_week.days] == ["easy", "easy", "race"]  # two short runs, race
    assert any(w.cutback for w in plan.weeks)


def test_the_validator_catches_a_plan_that_breaks_what_it_read() -> None:
    chosen = params(12, "intermediate", MARATHON)
    made = planned(chosen)
    result = structure_plan(made.plan, chosen)
    assert kept_errors(result, 12, MARATHON, made.promises) == []
    # Saying "4 runs a week" and doing 3 in week 5 is an error.
    dropped = next(w for w in result.content if w.week == 5 and w.sub_type == "easy-run")
    broken = result.model_copy(update={"content": [w for w in result.content if w is not dropped]})
    errors = kept_errors(broken, 12, MARATHON, made.promises)
    assert [(e.week, e.severity) for e in errors] == [(5, "error")]
    assert "3 runs, not 4" in errors[0].message


def test_a_week_the_header_says_gives_way_is_no_error() -> None:
    prompt = "four runs a week, coming back from a stress fracture"
    chosen = params(12, "intermediate", prompt)
    made = planned(chosen)
    runs = next(p for p in made.promises if p.kind == "runs")
    assert runs.overrides and runs.overrides[0].weeks == (1, 2, 3, 4, 5, 6)
    result = structure_plan(made.plan, chosen)
    assert kept_errors(result, 12, prompt, made.promises) == []
    line = f'Note: "{runs.quote}" gives way in weeks 1-6: run-walk on alternate days'
    assert any(n.startswith(line) for n in made.plan.notes)


def test_a_promise_without_its_override_is_an_error() -> None:
    prompt = "four runs a week, coming back from a stress fracture"
    chosen = params(12, "intermediate", prompt)
    made = planned(chosen)
    stripped = tuple(
        Promise(**{**p.__dict__, "overrides": ()}) if p.kind == "runs" else p for p in made.promises
    )
    errors = kept_errors(structure_plan(made.plan, chosen), 12, prompt, stripped)
    assert {e.week for e in errors} == {1, 2, 3, 4, 5, 6}


def test_a_volume_limit_below_the_current_volume_starts_at_the_limit_and_says_so() -> None:
    plan = planned(
        params(12, "intermediate", "I run 60 km a week now, no more than 50 km a week")
    ).plan
    assert max(training_km(plan, n) for n in range(1, 13)) <= 50.5
    assert any("below the 60 km said for now" in n for n in plan.notes)
    assert any("gives way in week 1: the plan starts within the limit" in n for n in plan.notes)


def test_a_limit_above_the_current_volume_is_a_ceiling_not_the_start() -> None:
    plan = planned(
        params(16, "intermediate", "I run 30 km a week, max 45 km a week, 10K at the end")
    ).plan
    assert abs(training_km(plan, 1) - 30) <= 4.5
    assert max(training_km(plan, n) for n in range(1, 17)) <= 45.5


def test_run_counts_rise_from_what_the_athlete_does_now() -> None:
    prompt = "I currently run 3 times a week and want to build to 5 runs a week"
    plan = planned(params(12, "intermediate", prompt)).plan
    assert runs_of(plan)[:6] == [3, 3, 4, 4, 5, 5]
    assert any("gives way in weeks 1-4: building from 3 runs" in n for n in plan.notes)


def test_week_spans_read_as_a_coach_writes_them() -> None:
    assert week_span((1, 2, 3, 4, 5, 6)) == "weeks 1-6"
    assert week_span((4,)) == "week 4"
    assert week_span((7, 9)) == "weeks 7, 9"
    assert week_span((1, 2, 3, 7)) == "weeks 1-3, 7"
