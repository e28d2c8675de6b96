"""Fitting a laid-out week into its volume bounds: easy runs, sessions, the long run's
share and a volume limit said; a week whose run count was promised keeps every run."""

from __future__ import annotations

from agents.planning.build.budget import fit_session
from agents.planning.build.context import WeekContext
from agents.planning.build.easy_days import easy_bounds, keeps_runs, returning
from agents.planning.build.long_runs import cap_long_share, share_volume_m
from agents.planning.build.sessions import quality_day, steady_day
from agents.planning.build.week_fit import (
    STEP_MIN,
    core_minutes,
    fit_week,
    hold_ceiling,
    training_m,
)
from agents.planning.core.plan import Day


def capped(week: WeekContext, day: Day, caps: dict[int, int]) -> Day:
    cap = caps.get(day.weekday)
    return day if cap is None else fit_session(week, day, cap)


def fit_to_bounds(
    week: WeekContext,
    days: list[Day],
    bounds: tuple[float, float],
    caps: dict[int, int],
    runs: int,
) -> list[Day]:
    """Fit the week into its volume bounds, size its sessions to it, then fit once more:
    shrinking a session must not leave a loading week below the one before. A week whose
    run count was promised keeps every run; any other keeps three (a 3-day plan keeps its
    days in cutback and taper weeks)."""
    low_m, high_m = bounds[0] * 1000, bounds[1] * 1000
    min_runs = runs if keeps_runs(week.setup) else min(runs, 3)
    paces = week.paces
    step = 1 if returning(week.setup) else STEP_MIN
    days = fit_week(days, low_m, high_m, paces, easy_bounds(week, days), min_runs, caps, step)
    days = _resize_quality(week, days, caps)
    # A first week that came out near its floor grows (easy runs, warm-ups) before its long
    # run, sized for the volume said for now, is cut to a share of the smaller week. Later
    # weeks keep their floor: the week before is what they must not fall below.
    share_m = min(share_volume_m(week, days), high_m)
    if week.progress.previous_km is None and training_m(days) < share_m:
        days = fit_week(days, share_m, high_m, paces, easy_bounds(week, days), min_runs, caps, step)
    days = _under_the_long_run(week, cap_long_share(week, days))
    # Below the floor, or over the top after a session was resized (a fartlek standing in
    # for a tempo too big for the week is longer): fit once more.
    if not low_m <= training_m(days) <= high_m:
        days = fit_week(days, low_m, high_m, paces, easy_bounds(week, days), min_runs, caps, step)
    if week.setup.volume_capped:
        days = hold_ceiling(days, week.setup.peak_km * 1000, min_runs, paces)
    return days


def _under_the_long_run(week: WeekContext, days: list[Day]) -> list[Day]:
    """Easy runs no longer than the long run once its share has cut it (by the easy
    runs' bounds, which were set for the long run before the cut)."""
    longest = easy_bounds(week, days)[1]
    return [
        steady_day(d.kind, d.weekday, longest, week.paces, d.strides, d.trail)
        if d.kind in ("easy", "recovery") and d.duration_min > longest
        else d
        for d in days
    ]


def _resize_quality(week: WeekContext, days: list[Day], caps: dict[int, int]) -> list[Day]:
    """Size quality sessions again from the week's final volume, which may be below target."""
    for _ in range(2):
        week_km = training_m(days) / 1000
        resized = []
        for day in days:
            if day.is_quality:
                smaller = quality_day(week, day.kind, day.weekday, week_km)
                if smaller is None:
                    smaller = steady_day(
                        "easy", day.weekday, day.duration_min, week.paces, trail=week.setup.trail
                    )
                smaller = capped(week, smaller, caps)
                # Less work, not only a shorter warm-up: the warm-up fit_week grew to make
                # the week's volume stays (else the long run's share shrinks with it).
                less = core_minutes(smaller, week.paces) < core_minutes(day, week.paces)
                day = smaller if less or smaller.kind != day.kind else day
            resized.append(day)
        if resized == days:  # nothing smaller: a second pass would find the same
            break
        days = resized
    return days
