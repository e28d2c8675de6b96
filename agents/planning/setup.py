"""Turning parameters and instructions into the settings a plan is built from."""

from __future__ import annotations

import dataclasses
import datetime
import math
from dataclasses import dataclass

from agents.planning.instructions import (
    Instructions,
    RaceGoal,
    clock,
    day_names,
    read_instructions,
)
from agents.planning.paces import DEFAULT_VDOT, vdot_from_race
from agents.planning.params import PlanParams

# Runs a week by level: (default, fewest, most).
RUNS = {"beginner": (3, 2, 5), "intermediate": (5, 3, 6), "advanced": (6, 3, 7)}
QUALITY_CAP = {"beginner": 1, "intermediate": 2, "advanced": 2}
START_KM = {"beginner": 15.0, "intermediate": 32.0, "advanced": 55.0}
PER_RUN_MAX_KM = {"beginner": 11.0, "intermediate": 15.0, "advanced": 19.0}
# Peak weekly km and longest run km by race distance (None = no race): TRAINING.md's level table.
PEAK_KM = {
    "beginner": {5000: 25, 10000: 30, 21097: 35, 42195: 45, None: 30},
    "intermediate": {5000: 50, 10000: 55, 21097: 60, 42195: 70, None: 55},
    "advanced": {5000: 80, 10000: 85, 21097: 90, 42195: 105, None: 90},
}
LONG_MAX_KM = {
    "beginner": {5000: 10, 10000: 13, 21097: 18, 42195: 26, None: 14},
    "intermediate": {5000: 16, 10000: 19, 21097: 24, 42195: 32, None: 22},
    "advanced": {5000: 20, 10000: 24, 21097: 28, 42195: 35, None: 28},
}
LONG_SHARE = {"beginner": 0.45, "intermediate": 0.28, "advanced": 0.27}
HANSON_LONG_MAX_KM = 26


@dataclass(frozen=True)
class Setup:
    """Everything the periodiser and the session builder need, already reconciled."""

    level: str
    weeks: int
    runs: int
    rest_days: frozenset[int]
    long_day: int
    race_day: int
    quality_cap: int
    quality_count: int | None
    quality_max: int | None
    quality_kinds: tuple[str, ...]
    race: RaceGoal | None
    vdot: float
    hills: bool
    trail: bool
    strides: bool
    no_speed_weeks: int
    style: str  # balanced, polarised, pyramidal, lydiard, daniels
    cutback_every: int
    start_km: float
    peak_km: float
    long_start_km: float
    long_max_km: float
    start_weekday: int
    notes: tuple[str, ...]


def make_setup(params: PlanParams) -> Setup:
    """Read the instructions and reconcile them with the level and TRAINING.md's limits."""
    found = read_instructions(params.additional_prompt, params.training_principle)
    level = params.level
    vdot = _vdot(found, level)  # before the race is used: an implausible goal is dropped
    rest_days = _rest_days(found)
    runs = _runs(found, level, rest_days)
    long_day = _long_day(found, rest_days)
    race_key = found.race.distance_m if found.race else None
    peak_km = min(float(PEAK_KM[level][race_key]), runs * PER_RUN_MAX_KM[level])
    if found.peak_km:
        peak_km = max(10.0, found.peak_km)
    # Long races start from a bigger base: a plan cannot double the volume safely.
    start_km = min(max(START_KM[level], peak_km * 0.55), peak_km * 0.75)
    long_max = float(LONG_MAX_KM[level][race_key])
    if found.hanson:
        long_max = min(long_max, HANSON_LONG_MAX_KM)
    return Setup(
        level=level,
        weeks=params.weeks,
        runs=runs,
        rest_days=frozenset(rest_days),
        long_day=long_day,
        race_day=_race_day(found, params, long_day, rest_days),
        quality_cap=QUALITY_CAP[level],
        quality_count=_quality(found, level),
        quality_max=found.quality_max,
        quality_kinds=tuple(found.quality_kinds),
        race=found.race,
        vdot=vdot,
        hills=found.hills,
        trail=found.trail,
        strides=found.strides,
        no_speed_weeks=found.no_speed_weeks,
        style=_style(found),
        cutback_every=found.cutback_every or (3 if level == "beginner" else 4),
        start_km=start_km,
        peak_km=peak_km,
        long_start_km=min(long_max, round(start_km * _start_share(found, level) * 2) / 2),
        long_max_km=long_max,
        start_weekday=params.start_date.isoweekday() if params.start_date else 1,
        notes=tuple(found.readings + found.not_applied),
    )


def _start_share(found: Instructions, level: str) -> float:
    if found.race is not None and found.race.distance_m >= 42195 and level != "beginner":
        return 0.34
    return LONG_SHARE[level]


def _rest_days(found: Instructions) -> set[int]:
    if len(found.rest_days) >= 6:
        found.refuse(day_names(found.rest_days), "that leaves fewer than two running days")
        return set()
    return set(found.rest_days)


def _runs(found: Instructions, level: str, rest_days: set[int]) -> int:
    default, low, high = RUNS[level]
    runs = found.runs_per_week or default
    if found.hanson and not found.runs_per_week and level != "beginner":
        runs = 6
    if not low <= runs <= high:
        why = "beginners need at least 2 rest days" if runs > high else "too few for the level"
        found.refuse(f"{runs} runs a week", f"{why}; using {min(max(runs, low), high)}")
        runs = min(max(runs, low), high)
    available = 7 - len(rest_days)
    if runs > available:
        found.refuse(f"{runs} runs a week", f"only {available} days are free; using {available}")
        runs = available
    return runs


def _long_day(found: Instructions, rest_days: set[int]) -> int:
    wanted = found.long_run_day
    if wanted is not None and wanted in rest_days:
        found.refuse(f"long run on {day_names([wanted])}", "that day is a rest day")
        wanted = None
    if wanted is not None:
        return wanted
    for day in (7, 6, 5, 4, 3, 2, 1):
        if day not in rest_days:
            return day
    return 7


def _race_day(found: Instructions, params: PlanParams, long_day: int, rest_days: set[int]) -> int:
    race = found.race
    if race is None:
        return long_day
    if race.week is not None and race.week != params.weeks:
        found.refuse(
            f"{race.name} in week {race.week}",
            f"the plan has {params.weeks} weeks and ends with its race; "
            "the race is on the last week's long-run day",
        )
    if race.date is not None and params.start_date is not None:
        monday = params.start_date - datetime.timedelta(days=params.start_date.weekday())
        week = (race.date - monday).days // 7 + 1
        if week == params.weeks and race.date >= params.start_date:
            return race.date.isoweekday()
        found.refuse(
            str(race.date),
            f"that date is in week {week}, not the plan's last week; "
            "the race is on the last week's long-run day",
        )
    elif race.date is not None:
        found.refuse(
            str(race.date), "no start date given; the race is on the last week's long-run day"
        )
    if race.weekday is not None:
        return race.weekday
    return long_day


def _quality(found: Instructions, level: str) -> int | None:
    """An exact count of quality sessions, if one was asked for, within the ceilings."""
    wanted = found.quality_per_week
    if wanted is None:
        wanted = 2 if found.daniels and level != "beginner" else None
        return None if wanted is None else min(wanted, found.quality_max or wanted)
    cap = min(QUALITY_CAP[level], found.quality_max or QUALITY_CAP[level])
    if wanted > cap:
        why = (
            "the principle's ceiling"
            if cap < QUALITY_CAP[level]
            else "more hard days break the 80/20 balance (Seiler) and raise injury risk"
        )
        found.refuse(f"{wanted} quality sessions a week", f"capped at {cap}: {why}")
        return cap
    return wanted


VDOT_RANGE = (20.0, 85.0)  # from a beginner jogger to the world record holders


def _vdot(found: Instructions, level: str) -> float:
    """Paces from the last plausible result, else a plausible goal, else the level default."""
    vdot = _vdot_from_results(found)
    if vdot is None and found.race and found.race.goal_s:
        vdot = _vdot_from_goal(found, found.race)
    if vdot is not None:
        return vdot
    found.readings.append(
        f"Read: paces from the level default, VDOT {DEFAULT_VDOT[level]} "
        "(no usable race result given)"
    )
    return DEFAULT_VDOT[level]


def _vdot_from_results(found: Instructions) -> float | None:
    chosen: float | None = None
    for result in reversed(found.results):
        name = f"{_race_name(result.distance_m)} in {clock(result.time_s)}"
        vdot = round(vdot_from_race(result.distance_m, result.time_s), 1)
        if not VDOT_RANGE[0] <= vdot <= VDOT_RANGE[1]:
            found.refuse(result.quote, f"{_implausible(name, vdot)}; paces not taken from it")
        elif chosen is not None:
            found.refuse(result.quote, "a later race result sets the paces")
        else:
            chosen = vdot
            found.read(result.quote, f"recent result {name}: paces from it, VDOT {vdot}")
    return chosen


def _vdot_from_goal(found: Instructions, race: RaceGoal) -> float | None:
    assert race.goal_s is not None
    goal = round(vdot_from_race(race.distance_m, race.goal_s), 1)
    if not VDOT_RANGE[0] <= goal <= VDOT_RANGE[1]:
        name = f"{race.name} in {clock(race.goal_s)}"
        found.refuse(found.race_quote, f"goal time: {_implausible(name, goal)}; goal dropped")
        found.race = dataclasses.replace(race, goal_s=None)
        return None
    vdot = round(goal - 1.0, 1)
    found.readings.append(
        f"Read: paces from the goal time, eased by 1 VDOT to {vdot} "
        "(a recent race result would set them better)"
    )
    return vdot


def _implausible(name: str, vdot: float) -> str:
    low, high = VDOT_RANGE
    return f"a {name} means VDOT {vdot:.0f}, outside the plausible {low:.0f}-{high:.0f}"


def _race_name(distance_m: int) -> str:
    return {5000: "5K", 10000: "10K", 21097: "half marathon", 42195: "marathon"}[distance_m]


def _style(found: Instructions) -> str:
    for name in ("polarised", "lydiard", "pyramidal", "daniels"):
        if getattr(found, name):
            return name
    if found.hanson:
        found.refuse(
            "Hansons",
            "three SOS days a week exceed the two-quality-day ceiling; "
            "kept to two plus a moderate long run",
        )
    return "balanced"


def cycles(weeks: int) -> list[int]:
    """Plan length split in training cycles: one up to 20 weeks, else near-equal cycles."""
    count = 1 if weeks <= 20 else math.ceil(weeks / 18)
    size, extra = divmod(weeks, count)
    return [size + (1 if index < extra else 0) for index in range(count)]
