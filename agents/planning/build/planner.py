"""The built-in planner: a periodised plan from parameters, deterministic for equal input,
with the promises it makes (the instructions its header says it read, as data)."""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass

from agents.planning.build.budget import run_limit_cap
from agents.planning.build.context import Progress, WeekContext
from agents.planning.build.cross_days import cross_note, with_cross
from agents.planning.build.long_runs import back_to_back
from agents.planning.build.named_weeks import misses, on_trails
from agents.planning.build.overrides import override_lines, with_overrides
from agents.planning.build.periodise import FOCUS, WeekFrame, plan_frames
from agents.planning.build.promises import LIMITS_WHY, plan_promises
from agents.planning.build.reach import (
    long_now_note,
    long_target_note,
    peak_target_note,
    reach_note,
    return_note,
    small_cutback_note,
)
from agents.planning.build.run_walk import run_walk_days
from agents.planning.build.schedule import run_days
from agents.planning.build.session_goal import session_target_note
from agents.planning.build.setup import make_setup
from agents.planning.build.tune_ups import goal_race_day, race_day, tune_up_in
from agents.planning.build.walk_weeks import strength_day, walk_week
from agents.planning.build.week_build import Override, training_week
from agents.planning.build.week_fit import training_m
from agents.planning.build.week_runs import runs_in
from agents.planning.build.week_targets import target_km, volume_bounds
from agents.planning.core.paces import paces_for
from agents.planning.core.params import PlanParams
from agents.planning.core.plan import Day, Plan, Race, Week
from agents.planning.core.promises import START_TOLERANCE, Promise

# No phase word in it: the draft reader takes the phase from the week's title.
RUN_WALK_FOCUS = "run-walk: learning to run continuously"
WALK_FOCUS = "walking and strength: ready to run"


@dataclass(frozen=True)
class Planned:
    """A plan and its promises: what the validator checks the plan against."""

    plan: Plan
    promises: tuple[Promise, ...]


def build_plan(params: PlanParams) -> Plan:
    """The periodised plan for these parameters."""
    return planned(params).plan


def planned(params: PlanParams) -> Planned:
    """The periodised plan for these parameters, with the promises it keeps."""
    setup = make_setup(params)
    setup = dataclasses.replace(setup, promises=plan_promises(setup))
    paces = paces_for(setup.vdot)
    progress = Progress()
    weeks: list[Week] = []
    found: list[Override] = []
    missed: dict[int, list[str]] = {}
    for frame in plan_frames(setup):
        week = WeekContext(frame, setup, paces, progress)
        days, overrides = _week_days(week)
        days, missed[frame.number] = with_cross(week, on_trails(week, days))
        weeks.append(_week(week, days))
        found.extend([*overrides, *misses(week, days)])  # the days named, on the final week
        if training_m(days) or progress.reference_km is not None:
            # Walking weeks leave no running behind: the first running week is a first week.
            progress = _progress_after(progress, frame, days)
    race = Race(distance_m=setup.race.distance_m, goal_s=setup.race.goal_s) if setup.race else None
    promises = _start_kept(with_overrides(setup.promises, found), weeks)
    kept = {(p.kind, w) for p in promises for o in p.overrides for w in o.weeks}
    loose = [f"Note: week {w}: {why}" for kind, w, why in found if (kind, w) not in kept]
    laid = [list(w.days) for w in weeks]
    notes_after = (
        reach_note(laid, setup),
        return_note(laid, setup),
        long_now_note(laid, setup),
        long_target_note(laid, setup),
        session_target_note(laid, setup),
        peak_target_note(laid, setup),
        cross_note(missed),
        small_cutback_note(weeks),
    )
    reach = [n for n in notes_after if n]
    notes = [*setup.notes, *override_lines(promises), *loose, *reach]
    plan = Plan(
        level=setup.level,
        vdot=setup.vdot,
        race=race,
        notes=tuple(dict.fromkeys(notes)),
        weeks=tuple(weeks),
    )
    return Planned(plan, promises)


def _week_days(week: WeekContext) -> tuple[list[Day], list[Override]]:
    athlete = week.setup.athlete
    overrides: list[Override] = []
    if athlete is not None and week.frame.number <= athlete.walk_weeks:
        days = walk_week(week)
        if week.frame.race_week:  # the race falls before running may start again
            overrides.append(("race", week.frame.number, "no running before 12 weeks postpartum"))
    elif _run_walk(week):
        days = _run_walk_week(week)
        walks = sum(d.kind == "run-walk" for d in days)
        raced = week.frame.race_week or tune_up_in(week.frame.number, week.setup) is not None
        if walks < runs_in(week.frame.number, week.setup) and not raced:
            why = f"only {walks} alternate days fit around the days without running"
            overrides.append(("runs", week.frame.number, why))
        if back_to_back(week):
            overrides.append(("back-to-back", week.frame.number, "run-walk comes first"))
    else:
        days, overrides = training_week(week)
    if athlete is not None and athlete.postpartum:
        strength = strength_day(week, days)
        if strength is None:
            overrides.append(("strength", week.frame.number, "no free day: strength after a run"))
        else:
            days = [*days, strength]
    return days, overrides


def _run_walk(week: WeekContext) -> bool:
    athlete = week.setup.athlete
    return athlete is not None and week.frame.number <= athlete.run_walk_weeks


def _week(week: WeekContext, days: list[Day]) -> Week:
    """The week as the plan keeps it: its days from the start weekday on, in weekday order."""
    frame, setup = week.frame, week.setup
    kept = tuple(
        sorted(
            (d for d in days if frame.number > 1 or d.weekday >= setup.start_weekday),
            key=lambda d: d.weekday,
        )
    )
    focus = frame.focus
    athlete = setup.athlete
    if athlete is not None and frame.number <= athlete.walk_weeks and focus == FOCUS[frame.phase]:
        focus = WALK_FOCUS
    elif _run_walk(week) and focus == FOCUS[frame.phase]:
        focus = RUN_WALK_FOCUS
    return Week(
        number=frame.number, phase=frame.phase, cutback=frame.cutback, focus=focus, days=kept
    )


def _run_walk_week(week: WeekContext) -> list[Day]:
    """Run-walk days on alternate days, one ladder step further each week; a race takes its
    day; no day longer than a run limit or a day's time of the week allows."""
    frame, setup, paces = week.frame, week.setup, week.paces
    athlete = setup.athlete
    assert athlete is not None and athlete.run_walk_step is not None
    step = athlete.run_walk_step + frame.number - athlete.walk_weeks - 1
    anchor = setup.race_day if frame.race_week else setup.long_day
    runs = runs_in(frame.number, setup)
    weekdays = run_days(runs, setup.rest_days, anchor)
    if any(b - a < 2 for a, b in itertools.pairwise(weekdays)):
        weekdays = _alternate_days(runs, setup.rest_days, anchor) or weekdays
    bounds = volume_bounds(week, target_km(week))
    # A day's time said ("30 min on weekdays") holds every run-walk day, as a run limit does.
    said = [setup.limits.day_max_min[d] for d in weekdays if d in setup.limits.day_max_min]
    longest = min([*said, run_limit_cap(week) or 999])
    days = run_walk_days(weekdays, step, (bounds[0] * 1000, bounds[1] * 1000), paces, longest)
    tune_up = tune_up_in(frame.number, setup)
    if frame.race_week and setup.race is not None:
        days = [d for d in days if d.weekday < anchor - 1] + [goal_race_day(setup, anchor, paces)]
    elif tune_up is not None:
        days = [d for d in days if abs(d.weekday - tune_up.weekday) > 1]
        days.append(race_day(tune_up, paces))
    return days


def _alternate_days(runs: int, rest_days: frozenset[int], anchor: int) -> list[int]:
    """Every other day back from the anchor, around the rest days ('gym Mon and Thu': Sun,
    Fri, Wed); when that many do not fit, the most alternate days that do (two or more): a
    bone needs its day between runs more than the week needs its third run."""
    days = [d for d in range(anchor, 0, -2) if d not in rest_days or d == anchor][:runs]
    if len(days) < runs:
        days = _most_alternate(runs, rest_days)
    return sorted(days) if len(days) >= 2 else []


def _most_alternate(runs: int, rest_days: frozenset[int]) -> list[int]:
    """The largest set of up to `runs` free days, none next to another, latest days first."""
    free = [d for d in range(7, 0, -1) if d not in rest_days]
    for size in range(min(runs, len(free)), 1, -1):
        for days in itertools.combinations(free, size):
            if all(a - b >= 2 for a, b in itertools.pairwise(days)):
                return list(days)
    return []


def _progress_after(progress: Progress, frame: WeekFrame, days: list[Day]) -> Progress:
    """What this week leaves for the next: the only place progress changes."""
    volume = training_m(days) / 1000
    previous = progress.previous_km
    reduced = (
        frame.cutback
        or frame.phase == "taper"
        or (previous is not None and volume <= previous * 0.85)
    )
    reference = progress.reference_km
    if not reduced or reference is None:
        reference = volume
    longest = max((d.distance_m for d in days if d.kind != "race"), default=0)
    return Progress(
        reference_km=reference,
        previous_km=volume,
        best_km=progress.best_km if reduced else max(progress.best_km, volume),
        long_runs_km=(*progress.long_runs_km, longest / 1000),
        hard_weekdays=frozenset(d.weekday for d in days if d.is_hard),
    )


def _start_kept(promises: tuple[Promise, ...], weeks: list[Week]) -> tuple[Promise, ...]:
    """A start the limits asked were expected to hold below, which week 1 still made: no
    line in the header saying it gives way."""
    first_m = training_m(list(weeks[0].days)) if weeks else 0
    kept = []
    for promise in promises:
        start_m = promise.metres or 0
        if promise.kind == "start-km" and abs(first_m - start_m) <= start_m * START_TOLERANCE:
            unneeded = tuple(o for o in promise.overrides if o.why != LIMITS_WHY)
            promise = dataclasses.replace(promise, overrides=unneeded)
        kept.append(promise)
    return tuple(kept)
