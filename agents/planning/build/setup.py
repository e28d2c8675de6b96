"""Turning parameters and instructions into the settings a plan is built from."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from agents.planning.build.runs import plan_runs
from agents.planning.build.said import Said
from agents.planning.build.setup_athlete import Athlete, make_athlete
from agents.planning.build.setup_days import named_days
from agents.planning.build.setup_limits import Limits, make_limits
from agents.planning.build.setup_paces import plan_vdot
from agents.planning.build.setup_races import TuneUp, resolve_races
from agents.planning.build.setup_volume import plan_volume
from agents.planning.core.kinds import Kind
from agents.planning.core.paces import paces_for
from agents.planning.core.params import Level, PlanParams
from agents.planning.core.promises import Promise
from agents.planning.core.values import is_ultra
from agents.planning.instructions.readers import (
    Instructions,
    RaceGoal,
    day_names,
    read_instructions,
)

QUALITY_CAP = {"beginner": 1, "intermediate": 2, "advanced": 2}
GENTLE_CUTBACK_EVERY = 3


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
    start_runs: int  # week 1's runs: what the athlete does now, when fewer than asked
    start_km: float
    peak_km: float
    long_start_km: float
    long_max_km: float
    easy_max_min: int
    start_weekday: int
    notes: tuple[str, ...]
    tune_ups: tuple[TuneUp, ...] = ()
    athlete: Athlete | None = None
    limits: Limits = field(default_factory=Limits)
    growth: float = 1.08
    asked: Instructions = field(default_factory=Instructions)  # what the coach's words asked
    promises: tuple[Promise, ...] = ()  # set by the planner (`build.promises`)
    start_why: str | None = None  # why week 1 cannot start at the volume said for now
    volume_capped: bool = False  # the peak is a limit the coach said: no week above it
    # A session kind's weekday the coach named, kept in every week ("tempo": 4).
    session_days: dict[str, int] = field(default_factory=dict)

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
    if asked.current_week_min and not asked.current_km:
        # The time run a week now, at the easy pace: the kilometres week 1 starts from.
        asked.current_km = round(asked.current_week_min * 60 / paces.zone_pace("z2"), 1)
    if asked.current_long_min and not asked.current_long_km:
        # The long run now by time, at the easy pace: the kilometres it starts from.
        asked.current_long_km = round(asked.current_long_min * 60 / paces.zone_pace("z2"), 1)
    if asked.long_target_min and not asked.long_target_km:
        # The long run's goal by time, at the easy pace: the kilometres it builds toward.
        asked.long_target_km = round(asked.long_target_min * 60 / paces.zone_pace("z2"), 1)
    rest_days, said = _rest_days(asked, said)
    usual_day, said = _long_day(asked, rest_days, said)
    session_days, long_day, said = named_days(asked, level, rest_days, usual_day, said)
    # Races keep the usual day: a long run moved from a session said beside it is no race.
    race, race_day, tune_ups, said = resolve_races(asked, goal, params, usual_day, said)
    ultra = race is not None and is_ultra(race.distance_m)
    athlete, said = make_athlete(asked, level, params.weeks, QUALITY_CAP[level], ultra, said)
    runs, start_runs, said = plan_runs(asked, level, rest_days, said)
    limits, said = make_limits(asked, level, race, long_day, rest_days, said)
    quality_count, said = _quality(asked, level, athlete.quality_cap, runs, said)
    # Week 1's sessions: the count asked (as its runs allow), else at most one.
    sessions = 0 if athlete.no_speed_weeks else min(quality_count or 1, max(0, start_runs - 2))
    counts = (runs, start_runs, sessions)
    volume, said = plan_volume(asked, level, race, counts, athlete, paces, limits, said)
    peak_km = volume.peak_km
    style, said = _style(asked, said)
    setup = Setup(
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
        cutback_every=asked.cutback_every or _cutback_every(level, athlete, asked.gentle),
        start_runs=start_runs,
        start_km=min(volume.start_km, peak_km),
        peak_km=peak_km,
        long_start_km=volume.long_start_km,
        long_max_km=volume.long_max_km,
        easy_max_min=volume.easy_max_min,
        start_weekday=params.start_date.isoweekday() if params.start_date else 1,
        notes=said.lines,
        tune_ups=tune_ups,
        athlete=athlete,
        limits=limits,
        growth=athlete.growth,
        start_why=volume.start_why,
        volume_capped=bool(asked.peak_km),
        session_days=session_days,
        asked=asked,
    )
    return setup


def _cutback_every(level: str, athlete: Athlete, gentle: bool) -> int:
    # Couch to 5K has no cutbacks: a run-walk start keeps one every 4th week, not 3rd.
    if gentle:
        return GENTLE_CUTBACK_EVERY
    return 3 if level == "beginner" and not athlete.run_walk_weeks else 4


def _rest_days(asked: Instructions, said: Said) -> tuple[set[int], Said]:
    if len(asked.rest_days) >= 6:
        reason = "that leaves fewer than two running days"
        return set(), said.refuse(day_names(asked.rest_days), reason)
    return set(asked.rest_days), said


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
    asked: Instructions, level: str, level_cap: int, runs: int, said: Said
) -> tuple[int | None, Said]:
    """An exact count of quality sessions, if one was asked for, within the ceilings: the
    level's, the principle's, and the runs a week (a long run and an easy run beside them)."""
    wanted = asked.quality_per_week
    if wanted is None:
        wanted = 2 if asked.daniels and level != "beginner" else None
        if wanted is None:
            return None, said
        return min(wanted, asked.quality_max or wanted, level_cap, max(0, runs - 2)), said
    cap = min(level_cap, asked.quality_max or level_cap, max(0, runs - 2))
    if wanted > cap:
        why = "more hard days break the 80/20 balance (Seiler) and raise injury risk"
        if cap < min(level_cap, asked.quality_max or level_cap):
            why = f"{runs} runs a week leave room for {cap} beside the long run and an easy run"
        elif cap < level_cap:
            why = "the principle's ceiling"
        elif asked.masters:
            why = "slower recovery: fewer hard days (Fell & Williams 2008)"
        return cap, said.refuse(f"{wanted} quality sessions a week", f"capped at {cap}: {why}")
    return wanted, said


def _style(asked: Instructions, said: Said) -> tuple[str, Said]:
    for name in ("polarised", "lydiard", "pyramidal", "daniels"):
        if getattr(asked, name):
            if name == "polarised" and "tempo" in asked.named_kinds:
                # The tempo named for this athlete is kept over the principle's rule.
                said = said.note(
                    "Note: polarised training keeps the tempo asked by name; "
                    "its other sessions stay intervals and hills, no more tempo"
                )
            if name == "lydiard" and "intervals" in asked.quality_kinds:
                # So are intervals named for this athlete over a base without them.
                said = said.note(
                    "Note: the Lydiard base keeps the intervals asked by name; "
                    "its other sessions stay hills and steady running"
                )
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
