"""Assembling a training week: race or long-run days, quality sessions, easy runs, fit."""

from __future__ import annotations

from agents.planning.build.budget import hold_run_limits, trim_to_budget
from agents.planning.build.context import WeekContext
from agents.planning.build.easy_days import add_easy_days, easy_shortfalls, returning
from agents.planning.build.long_runs import long_day, long_km, saturday_run
from agents.planning.build.named_weeks import parkrun, placed_kinds
from agents.planning.build.sessions import quality_day, quality_kinds
from agents.planning.build.tune_ups import goal_race_day, race_day
from agents.planning.build.week_fit import training_m
from agents.planning.build.week_layout import Override, WeekPlan, lay_out
from agents.planning.build.week_sizing import capped, fit_to_bounds
from agents.planning.build.week_targets import target_km, volume_bounds
from agents.planning.core.plan import Day

__all__ = ["Override", "training_week"]
CAP_ROOM = 0.01  # rounding of a week held to a volume cap


def training_week(week: WeekContext) -> tuple[list[Day], list[Override]]:
    """A week of continuous running, sized to its target volume within its bounds; and the
    instructions the week could not keep, with why. An athlete back to running (or under the
    10% rule) whose week would outgrow its ramp runs fewer, down to three."""
    days, overrides, shape = _sized_week(week, None)
    high_m = volume_bounds(week, target_km(week))[1] * 1000
    runs = len(shape.days_run)
    # A comeback, or the 10% rule asked, keeps the ramp over a run count said or planned.
    ramped = returning(week.setup) or any(p.kind == "ramp-max" for p in week.setup.promises)
    # One run fewer at a time until the week is within its ramp (or down to three runs): the
    # shortest runs of a count asked can outgrow a small week after run-walk.
    while ramped and training_m(days) > high_m and runs > 3:
        runs -= 1
        days, overrides, _ = _sized_week(week, runs)
        why = f"the ramp back to running holds {runs} runs this week"
        overrides = [*overrides, ("runs", week.frame.number, why)]
    return _within_cap(week, days, overrides, runs)


def _within_cap(
    week: WeekContext, days: list[Day], overrides: list[Override], runs: int
) -> tuple[list[Day], list[Override]]:
    """A week the shortest runs of its count still take over the weekly cap ("5 runs, max 8
    km a week") keeps the cap with fewer runs, and says so."""
    cap_m = min(
        (p.metres for p in week.setup.promises if p.kind == "week-km-max" and p.metres),
        default=None,
    )
    while cap_m is not None and training_m(days) > cap_m * (1 + CAP_ROOM) and runs > 1:
        runs -= 1
        days, overrides, _ = _sized_week(week, runs)
        why = f"only {runs} runs fit within {cap_m / 1000:.0f} km a week"
        overrides = [*overrides, ("runs", week.frame.number, why)]
    return days, overrides


def _sized_week(week: WeekContext, runs: int | None) -> tuple[list[Day], list[Override], WeekPlan]:
    week_km = target_km(week)
    shape = lay_out(week, runs)
    frame = week.frame
    loading = not (frame.cutback or frame.phase == "taper")
    bounds = volume_bounds(week, week_km)
    if shape.tune_up is not None and loading:
        # The race takes the long run's place and half its distance again comes off the
        # easy days (Pfitzinger's tune-up weeks): easy runs do not grow to make up for it.
        long_ = long_km(week, week_km)
        race_km = shape.tune_up.distance_m / 1000
        week_km = max(week_km * 0.5, week_km - long_ - race_km / 2)
        bounds = (week_km * 0.9, week_km * 1.06)
    days = _key_days(week, week_km, shape)
    free = [d for d in shape.days_run if d not in {day.weekday for day in days}]
    days = add_easy_days(week, days, free, week_km, shape.caps)
    days = fit_to_bounds(week, days, bounds, shape.caps, len(shape.days_run))
    days = trim_to_budget(days, week.setup.limits.week_max_min, week.paces)
    days = hold_run_limits(week, days)
    overrides = [*shape.overrides, *_shortfalls(week, days, shape), *easy_shortfalls(week, days)]
    if frame.number == 1 and frame.phase == "taper":
        overrides.append(("start-km", 1, "week 1 is already in the race's taper"))
    return days, overrides, shape


def _shortfalls(week: WeekContext, days: list[Day], shape: WeekPlan) -> list[Override]:
    """What the finished week could not hold: a quality session too big for a small week."""
    number = week.frame.number
    setup = week.setup
    if setup.quality_count is None:
        return []
    sessions = [d.kind for d in days if d.is_quality]
    if len(sessions) < len(shape.quality):
        return [("quality", number, "the week is too small for another quality session")]
    missing = [k for k in setup.quality_kinds[: len(sessions)] if k not in sessions]
    if missing and not (missing == ["intervals"] and "repetition" in sessions):
        return [("quality", number, f"the week is too small for {missing[0]}: a fartlek instead")]
    return []


def _key_days(week: WeekContext, week_km: float, shape: WeekPlan) -> list[Day]:
    frame, setup, paces = week.frame, week.setup, week.paces
    days: list[Day] = []
    if frame.race_week and setup.race:
        days.append(goal_race_day(setup, shape.anchor, paces))
    elif shape.tune_up is not None:
        days.append(race_day(shape.tune_up, paces))
    elif shape.long_run:
        km = long_km(week, week_km)
        sunday = long_day(week, shape.anchor, km, shape.caps.get(shape.anchor))
        days.append(sunday)
        if shape.pair is not None:
            saturday = saturday_run(week, sunday, shape.pair)
            cap = shape.caps.get(shape.pair)
            if cap is not None and saturday.duration_min > cap:
                saturday = long_day(week, shape.pair, saturday.distance_m / 1000, cap)
            days.append(saturday)
    if shape.parkrun is not None:
        days.append(parkrun(week, shape.parkrun))
    kinds = placed_kinds(week, shape.quality, quality_kinds(week, len(shape.quality)))
    for weekday, kind in zip(shape.quality, kinds, strict=True):
        session = quality_day(week, kind, weekday, week_km)
        if session is not None:
            days.append(capped(week, session, shape.caps))
    return days
