"""Where a week's key days go, before any is sized: the long run (or a race), back-to-back
long runs, the quality days, the days run, and the caps on each day's minutes."""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning.build.budget import continuous_cap, day_caps, held_caps, limit_minutes
from agents.planning.build.context import WeekContext
from agents.planning.build.easy_days import (
    EASY_MINUTES,
    RACE_WEEK_EASY_MAX_MIN,
    keeps_runs,
    returning,
)
from agents.planning.build.long_runs import back_to_back, long_enough_for_a_pair
from agents.planning.build.named_weeks import kept_days, named_quality, not_for_quality, parkrun_day
from agents.planning.build.schedule import adjacent, quality_days, run_days
from agents.planning.build.setup_races import TuneUp
from agents.planning.build.setup_volume import RETURN_LONG_RUNS
from agents.planning.build.tune_ups import easy_weekdays, tune_up_in
from agents.planning.build.week_runs import runs_in
from agents.planning.build.week_targets import quality_count, target_km, volume_bounds
from agents.planning.core.promises import PromiseKind

# A promise kind, the week, and why a rule wins there (`build.overrides` merges them).
Override = tuple[PromiseKind, int, str]
MIN_RUN_MIN = 15  # a day whose time budget is shorter holds no run
LONG_RUN_MIN = 50  # a week whose runs are held shorter has no long run, only easy runs


@dataclass(frozen=True)
class WeekPlan:
    """Where this week's key days go, before any is sized, and what the coach should know."""

    anchor: int  # the long run's (or race's) weekday
    days_run: list[int]
    tune_up: TuneUp | None
    long_run: bool  # False in a race week, after a race, or while runs are capped
    pair: int | None  # the first day of back-to-back long runs
    quality: list[int]
    caps: dict[int, int]
    overrides: tuple[Override, ...] = ()
    parkrun: int | None = None  # the day of a parkrun said, run hard this week


def lay_out(week: WeekContext, fewer: int | None = None) -> WeekPlan:
    frame, setup = week.frame, week.setup
    tune_up = tune_up_in(frame.number, setup)
    easy_only = easy_weekdays(frame.number, setup)
    caps = day_caps(week)
    for weekday in easy_only:  # the mini-taper and the recovery keep easy runs short
        caps[weekday] = min(caps.get(weekday, 999), RACE_WEEK_EASY_MAX_MIN[setup.level])
    anchor = setup.long_day
    if frame.race_week:
        anchor = setup.race_day
    elif tune_up is not None:
        anchor = tune_up.weekday
    runs, overrides = _runs(week, target_km(week))
    if fewer is not None:
        runs, overrides = min(runs, fewer), []
    long_run = (
        not frame.race_week
        and tune_up is None
        and anchor not in easy_only
        and continuous_cap(frame.number, setup) is None
        and _limited_min(week, anchor) >= LONG_RUN_MIN
        # Back from injury or new to running: a long run once the week holds four runs' worth.
        and (not returning(setup) or runs >= RETURN_LONG_RUNS)
    )
    pair, why = _pair_day(week, long_run, easy_only)
    if why is not None:
        overrides.append(("back-to-back", frame.number, why))
    # The plan ends with the race: in its week, every run comes before it.
    after_race = set(range(anchor + 1, 8)) if frame.race_week else set()
    taken = {anchor} | ({pair} if pair else set())
    keep = ((pair,) if pair else ()) + kept_days(week, runs, taken)
    days_run = run_days(runs, setup.rest_days | after_race, anchor, keep)
    days_run = [d for d in days_run if caps.get(d, MIN_RUN_MIN) >= MIN_RUN_MIN or d == anchor]
    if len(days_run) < runs:
        where = "before the race" if frame.race_week else "within the time asked"
        overrides.append(("runs", frame.number, f"only {len(days_run)} days fit {where}"))
    hard = [anchor] + ([pair] if pair else []) if long_run or tune_up or frame.race_week else []
    park = parkrun_day(week, days_run, easy_only)
    hard += [park] if park else []
    chosen, shortfall = _quality_days(week, days_run, hard, easy_only)
    # The limits said of easy runs ("easy runs under 45 minutes") cap the days left easy.
    caps = held_caps(week, caps, [d for d in days_run if d not in {*hard, *chosen}])
    every = (*overrides, *shortfall)
    return WeekPlan(anchor, days_run, tune_up, long_run, pair, chosen, caps, every, park)


def _pair_day(
    week: WeekContext, long_run: bool, easy_only: set[int]
) -> tuple[int | None, str | None]:
    """The first day of a back-to-back pair this week, or None; and why a pair asked for
    gives way this week, if it does."""
    pair = week.setup.limits.back_to_back_day
    if not back_to_back(week):
        return None, None
    if not long_run:
        return None, "runs are held short: no long run yet"
    if pair in easy_only:
        return None, "a race's easy days"
    if not long_enough_for_a_pair(week):
        return None, "the long run is under 75 minutes"
    return pair, None


def _limited_min(week: WeekContext, weekday: int) -> int:
    """The most minutes the run limits asked leave a day this week (999: no limit)."""
    limits = [
        limit_minutes(limit, week.paces)
        for limit in week.setup.limits.run_limits_in(week.frame.number)
        if limit.holds_for(weekday, "long" if weekday == week.setup.long_day else "easy")
    ]
    return min(limits, default=999)


def _quality_days(
    week: WeekContext, days_run: list[int], hard: list[int], easy_only: set[int]
) -> tuple[list[int], tuple[Override, ...]]:
    """The quality days: none in a tune-up's easy days and one fewer in its week, one beside
    back-to-back long runs, 72 h from other hard days for masters where the week allows; and
    why, when fewer fit than the week wants."""
    frame, setup = week.frame, week.setup
    race_on_the_way = tune_up_in(frame.number, setup) is not None
    # A race on the way, or a parkrun raced in place of one of the plan's own sessions.
    park = week.setup.quality_count is None and week.setup.session_days.get("parkrun") in hard
    wanted = quality_count(week) - (1 if race_on_the_way or park else 0)
    overrides: list[Override] = []
    if len(hard) > 1 and wanted > 1:
        wanted = 1  # the weekend holds two long runs: one quality day beside them
        why = "back-to-back long runs leave room for one quality day"
        if setup.quality_count is not None:  # said only where a count was asked for
            overrides.append(("quality", frame.number, why))
    spacing = 2 if setup.athlete is not None and setup.athlete.masters else 1
    free = [d for d in _free(week, days_run, easy_only) if d not in not_for_quality(week)]
    named = [d for d in named_quality(week, free) if not any(adjacent(d, h) for h in hard)]
    if frame.race_week:  # the race week's one session comes three days or more before it
        named = [d for d in named if hard and hard[0] - d >= 3]
    named = named[: max(0, wanted)]  # the coach's days first
    more = quality_days(free, hard + named, max(0, wanted - len(named)), spacing)
    chosen = sorted(named + more)
    if frame.race_week:
        return [d for d in chosen if hard and hard[0] - d >= 3][:1], ()
    if len(chosen) < wanted:
        why = f"{len(chosen)} of {wanted} quality sessions fit without back-to-back hard days"
        overrides.append(
            ("quality", frame.number, why + (", the race's easy days" if easy_only else ""))
        )
    return chosen, tuple(overrides)


def _free(week: WeekContext, days_run: list[int], easy_only: set[int]) -> list[int]:
    """Run days a quality session may take: not a race's easy day, not right after a hard
    day late last week (a Saturday race, a Sunday long run keep Monday easy)."""
    spacing = 2 if week.setup.athlete is not None and week.setup.athlete.masters else 1
    last_hard = week.progress.hard_weekdays
    near_last = {d for d in range(1, 8) for h in last_hard if d + 7 - h <= spacing}
    return [d for d in days_run if d not in easy_only | near_last]


def _runs(week: WeekContext, week_km: float) -> tuple[int, list[Override]]:
    """Runs this week: as asked (building from what the athlete does now). A returning
    athlete runs only as often as short runs fill the week, so the runs stay spread out
    rather than dropped from the end of the week; a count asked comes as soon as the ramp
    holds it (and the header says where it does not)."""
    setup, frame = week.setup, week.frame
    runs = runs_in(frame.number, setup)
    light = frame.cutback or frame.phase == "taper" or frame.race_week
    if not returning(setup) or (light and keeps_runs(setup)):
        return runs, []  # a light week keeps every run asked, each of them shorter
    shortest_km = EASY_MINUTES["beginner"][0] * 60 / week.paces.zone_pace("z2")
    room_km = volume_bounds(week, week_km)[1] if keeps_runs(setup) else week_km
    # A little room for a first long run, which is longer than the shortest runs.
    fits = int(room_km / (shortest_km * 1.1))
    count = min(runs, max(3, fits))  # a 3-day plan keeps its three days
    if count < runs and keeps_runs(setup):
        why = f"the ramp back to running holds {count} runs of 20 minutes or more"
        return count, [("runs", week.frame.number, why)]
    return count, []
