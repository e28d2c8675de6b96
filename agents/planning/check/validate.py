"""The plan validator: every rule of the training-science doc's table, as errors and warnings.

One table lists the rules in the order they are reported, and says which of them one week
can break on its own: `validate_plan` runs them all on a whole plan, `validate_week` runs
those on a single week (the model path checks each week it structures with it).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from agents.planning.check import load_rules as load
from agents.planning.check import shape_rules as shape
from agents.planning.check.athlete_rules import COUCH_TO_5K_LIMIT_S, first_week_running
from agents.planning.check.plan_view import PlanView, Violation, error
from agents.planning.check.promise_rules import promises_kept
from agents.planning.core.params import PlanParams
from agents.planning.core.promises import Promise
from agents.planning.core.values import is_ultra
from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.readers import read_instructions
from agents.planning.structure.workouts import PlanResult
from schemas.workout import WeekInfo, Workout


@dataclass(frozen=True)
class Checked:
    """What the rules look at: the structured plan (or one week of it), the request, the view
    the load rules share, and the instructions as read."""

    result: PlanResult
    params: PlanParams
    view: PlanView
    words: Instructions
    promises: tuple[Promise, ...] = ()


@dataclass(frozen=True)
class Rule:
    check: Callable[[Checked], list[Violation]]
    one_week: bool  # a week can break it on its own, without its neighbours


RULES: tuple[Rule, ...] = (
    Rule(lambda c: shape.weeks_contiguous(c.result, c.params), one_week=False),
    Rule(lambda c: shape.segment_totals(c.result), one_week=True),
    Rule(lambda c: shape.week_totals(c.view), one_week=True),
    Rule(lambda c: shape.one_a_day(c.view, c.params), one_week=True),
    Rule(lambda c: shape.zones(c.result), one_week=True),
    Rule(lambda c: shape.pace_order(c.result), one_week=True),
    Rule(lambda c: shape.dates(c.view), one_week=True),
    Rule(lambda c: shape.phase_order(c.view), one_week=False),
    Rule(lambda c: load.weekly_ramp(c.view), one_week=False),
    Rule(lambda c: load.long_run_spike(c.view), one_week=False),
    Rule(lambda c: load.cutbacks(c.view), one_week=False),
    Rule(lambda c: load.long_runs(c.view), one_week=False),
    Rule(lambda c: load.quality_volume(c.view), one_week=False),
    Rule(lambda c: load.intensity_mix(c.view), one_week=False),
    Rule(lambda c: load.hard_easy(c.view), one_week=True),
    Rule(lambda c: load.rest_days(c.view), one_week=True),
    Rule(lambda c: load.taper(c.view), one_week=False),
    Rule(lambda c: first_week_running(c.view, _continuous_limit(c.words)), one_week=False),
    Rule(lambda c: promises_kept(c.view, c.promises), one_week=False),
)


def validate_plan(
    result: PlanResult, params: PlanParams, promises: Sequence[Promise] = ()
) -> list[Violation]:
    """All violations of a structured plan, errors and warnings, in rule order; with the
    plan's promises (what its header says it read), every week is checked against them."""
    return _run(RULES, result, params, tuple(promises))


def validate_week(
    number: int, workouts: Sequence[Workout], info: WeekInfo, params: PlanParams
) -> list[Violation]:
    """The violations one week shows on its own (its totals, days, zones, paces, dates, hard
    and rest days), errors and warnings, in rule order."""
    week = PlanResult(content=list(workouts), weekly_info={str(number): info}, notes=[])
    return _run(tuple(rule for rule in RULES if rule.one_week), week, params)


def _run(
    rules: Sequence[Rule],
    result: PlanResult,
    params: PlanParams,
    promises: tuple[Promise, ...] = (),
) -> list[Violation]:
    words = _words(params.additional_prompt, params.training_principle)
    view = _view(result, params, words)
    if not view.weeks:
        return [error("weeks-contiguous", "the plan has no weeks")]
    checked = Checked(result, params, view, words, promises)
    return [violation for rule in rules for violation in rule.check(checked)]


def _view(result: PlanResult, params: PlanParams, words: Instructions) -> PlanView:
    info = {int(k): v for k, v in result.weekly_info.items() if k.isdigit()}
    ultra = any(w.sub_type == "race" and is_ultra(w.distance) for w in result.content) or (
        words.race is not None and is_ultra(words.race.distance_m)
    )
    view = PlanView(
        level=params.level,
        start_date=params.start_date,
        weeks=sorted(info),
        info=info,
        ultra=ultra,
        back_to_back=ultra or words.back_to_back,
    )
    for workout in result.content:
        view.workouts.setdefault(workout.week, []).append(workout)
    return view


@functools.lru_cache(maxsize=64)
def _words(prompt: str | None, principle: str | None) -> Instructions:
    """The instructions as read (cached: validating the same request again reads the same);
    the validator only reads them, never changes them."""
    return read_instructions(prompt, principle)


def _continuous_limit(words: Instructions) -> int | None:
    """What the athlete said they can run without a walk, if they said it."""
    if words.continuous_limit_s is not None:
        return words.continuous_limit_s
    return COUCH_TO_5K_LIMIT_S if words.couch_to_5k else None
