"""Turning parameters and instructions into the settings a plan is built from."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from agents.planning.build.run_walk import RUN_WALK_RUNS, start_day_m
from agents.planning.build.said import Said
from agents.planning.build.setup_athlete import Athlete, make_athlete
from agents.planning.build.setup_limits import (
    ULTRA_PEAK_KM,
    Limits,
    budget_peak_km,
    make_limits,
    ultra_class,
)
from agents.planning.build.setup_paces import plan_vdot
from agents.planning.build.setup_races import TuneUp, resolve_races
from agents.planning.core.kinds import Kind
from agents.planning.core.paces import Paces, paces_for
from agents.planning.core.params import Level, PlanParams
from agents.planning.core.values import is_ultra
from agents.planning.instructions.readers import (
    Instructions,
    RaceGoal,
    day_names,
    read_instructions,
)

# Runs a week by level: (default, fewest, most).
RUNS = {"beginner": (3, 2, 5), "intermediate": (5, 3, 6), "advanced": (6, 3, 7)}
QUALITY_CAP = {"beginner": 1, "intermediate": 2, "advanced": 2}
START_KM = {"beginner": 15.0, "intermediate": 32.0, "advanced": 55.0}
PER_RUN_MAX_KM = {"beginner": 11.0, "intermediate": 15.0, "advanced": 19.0}
# Peak weekly km and longest run km by race distance (None = no race): the level table of
# docs/training-science.md.
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

    level: Level
    weeks: int
    runs: int
    rest_days: frozenset[int]
    long_day: int
    race_day: int
    quality_cap: int
    quality_count: int | None
    quality_max: int | None
    quality_kinds: tuple[Kind, ...]
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
    tune_ups: tuple[TuneUp, ...] = ()
    athlete: Athlete | None = None
    limits: Limits = field(default_factory=Limits)
    growth: float = 1.08

    @property
    def ultra(self) -> bool:
        return self.race is not None and is_ultra(self.race.distance_m)


def make_setup(params: PlanParams) -> Setup:
    """Read the instructions and reconcile them with the level and the training limits."""
    asked = read_instructions(params.additional_prompt, params.training_principle)
    level = params.level
    said = Said.of(asked)
    # The paces first: a goal time they find implausible is dropped before the race is used.
    vdot, goal, said = plan_vdot(asked, level, said)
    paces = paces_for(vdot)
    rest_days, said = _rest_days(asked, said)
    long_day, said = _long_day(asked, rest_days, said)
    race, race_day, tune_ups, said = resolve_races(asked, goal, params, long_day, said)
    ultra = race is not None and is_ultra(race.distance_m)
    athlete, said = make_athlete(asked, level, params.weeks, QUALITY_CAP[level], ultra, said)
    runs, said = _runs(asked, level, rest_days, said)
    limits, said = make_limits(asked, level, race, long_day, rest_days, said)
    peak_km, said = budget_peak_km(limits, _peak_km(asked, level, race, runs), paces, said)
    start_km, long_start_km = _start(level, race, peak_km, athlete, paces)
    long_max = _long_max_km(asked, level, race, peak_km)
    quality_count, said = _quality(asked, level, athlete.quality_cap, said)
    style, said = _style(asked, said)
    return Setup(
        level=level,
        weeks=params.weeks,
        runs=runs,
        rest_days=frozenset(rest_days),
        long_day=long_day,
        race_day=race_day,
        quality_cap=athlete.quality_cap,
        quality_count=quality_count,
        quality_max=asked.quality_max,
        quality_kinds=tuple(asked.quality_kinds),
        race=race,
        vdot=vdot,
        hills=asked.hills,
        trail=asked.trail,
        strides=asked.strides,
        no_speed_weeks=athlete.no_speed_weeks,
        style=style,
        cutback_every=asked.cutback_every or _cutback_every(level, athlete),
        start_km=start_km,
        peak_km=peak_km,
        long_start_km=min(long_max, long_start_km),
        long_max_km=long_max,
        start_weekday=params.start_date.isoweekday() if params.start_date else 1,
        notes=said.lines,
        tune_ups=tune_ups,
        athlete=athlete,
        limits=limits,
        growth=athlete.growth,
    )


def _long_max_km(asked: Instructions, level: Level, race: RaceGoal | None, peak_km: float) -> float:
    """The longest long run: the level's for the race, an ultra's share of its peak week."""
    if race is not None and is_ultra(race.distance_m):
        long_max = peak_km * 0.45
    else:
        long_max = float(LONG_MAX_KM[level][race.distance_m if race else None])
    return min(long_max, HANSON_LONG_MAX_KM) if asked.hanson else long_max


def _start(
    level: str, race: RaceGoal | None, peak_km: float, athlete: Athlete, paces: Paces
) -> tuple[float, float]:
    """Week 1's volume and long run."""
    # Long races start from a bigger base: a plan cannot double the volume safely.
    start_km = min(max(START_KM[level], peak_km * 0.55), peak_km * 0.75) * athlete.start_factor
    if athlete.run_walk_step is not None:
        start_km = RUN_WALK_RUNS * start_day_m(athlete.run_walk_step, paces) / 1000
    long_start_km = round(start_km * _start_share(race, level) * 2) / 2
    if athlete.comeback:  # a first long run of at most 40 minutes
        long_start_km = min(long_start_km, int(40 * 60 / paces.zone_pace("z2") * 2) / 2)
    return start_km, long_start_km


def _cutback_every(level: str, athlete: Athlete) -> int:
    # Couch to 5K has no cutbacks: a run-walk start keeps one every 4th week, not 3rd.
    return 3 if level == "beginner" and not athlete.run_walk_weeks else 4


def _peak_km(asked: Instructions, level: str, race: RaceGoal | None, runs: int) -> float:
    if asked.peak_km:
        return max(10.0, asked.peak_km)
    if race is not None and is_ultra(race.distance_m):
        # Back-to-back long runs carry more of the week than any single run may.
        peak = ULTRA_PEAK_KM[level][ultra_class(race.distance_m)]
        return min(float(peak), runs * PER_RUN_MAX_KM[level] * 1.3)
    race_key = race.distance_m if race else None
    return min(float(PEAK_KM[level][race_key]), runs * PER_RUN_MAX_KM[level])


def _start_share(race: RaceGoal | None, level: str) -> float:
    if race is not None and race.distance_m >= 42195 and level != "beginner":
        return 0.34
    return LONG_SHARE[level]


def _rest_days(asked: Instructions, said: Said) -> tuple[set[int], Said]:
    if len(asked.rest_days) >= 6:
        reason = "that leaves fewer than two running days"
        return set(), said.refuse(day_names(asked.rest_days), reason)
    return set(asked.rest_days), said


def _runs(asked: Instructions, level: str, rest_days: set[int], said: Said) -> tuple[int, Said]:
    default, low, high = RUNS[level]
    runs = asked.runs_per_week or default
    if asked.hanson and not asked.runs_per_week and level != "beginner":
        runs = 6
    if not low <= runs <= high:
        why = "beginners need at least 2 rest days" if runs > high else "too few for the level"
        said = said.refuse(f"{runs} runs a week", f"{why}; using {min(max(runs, low), high)}")
        runs = min(max(runs, low), high)
    available = 7 - len(rest_days)
    if runs > available:
        reason = f"only {available} days are free; using {available}"
        said = said.refuse(f"{runs} runs a week", reason)
        runs = available
    return runs, said


def _long_day(asked: Instructions, rest_days: set[int], said: Said) -> tuple[int, Said]:
    wanted = asked.long_run_day
    if wanted is not None and wanted in rest_days:
        said = said.refuse(f"long run on {day_names([wanted])}", "that day is a rest day")
        wanted = None
    if wanted is not None:
        return wanted, said
    free = (day for day in (7, 6, 5, 4, 3, 2, 1) if day not in rest_days)
    return next(free, 7), said


def _quality(
    asked: Instructions, level: str, level_cap: int, said: Said
) -> tuple[int | None, Said]:
    """An exact count of quality sessions, if one was asked for, within the ceilings."""
    wanted = asked.quality_per_week
    if wanted is None:
        wanted = 2 if asked.daniels and level != "beginner" else None
        count = None if wanted is None else min(wanted, asked.quality_max or wanted, level_cap)
        return count, said
    cap = min(level_cap, asked.quality_max or level_cap)
    if wanted > cap:
        why = "more hard days break the 80/20 balance (Seiler) and raise injury risk"
        if cap < level_cap:
            why = "the principle's ceiling"
        elif asked.masters:
            why = "slower recovery: fewer hard days (Fell & Williams 2008)"
        return cap, said.refuse(f"{wanted} quality sessions a week", f"capped at {cap}: {why}")
    return wanted, said


def _style(asked: Instructions, said: Said) -> tuple[str, Said]:
    for name in ("polarised", "lydiard", "pyramidal", "daniels"):
        if getattr(asked, name):
            return name, said
    if asked.hanson:
        said = said.refuse(
            "Hansons",
            "three SOS days a week exceed the two-quality-day ceiling; "
            "kept to two plus a moderate long run",
        )
    return "balanced", said


def cycles(weeks: int) -> list[int]:
    """Plan length split in training cycles: one up to 20 weeks, else near-equal cycles."""
    count = 1 if weeks <= 20 else math.ceil(weeks / 18)
    size, extra = divmod(weeks, count)
    return [size + (1 if index < extra else 0) for index in range(count)]
