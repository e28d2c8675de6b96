"""The built-in planner: a periodised plan from parameters, deterministic for equal input."""

from __future__ import annotations

from agents.planning.build.context import Progress, WeekContext
from agents.planning.build.periodise import FOCUS, WeekFrame, plan_frames
from agents.planning.build.run_walk import RUN_WALK_RUNS, run_walk_days
from agents.planning.build.schedule import run_days
from agents.planning.build.setup import make_setup
from agents.planning.build.tune_ups import race_day, tune_up_in
from agents.planning.build.week_build import goal_race_day, race_distance_note, training_week
from agents.planning.build.week_fit import training_m
from agents.planning.build.week_targets import target_km, volume_bounds
from agents.planning.core.paces import paces_for
from agents.planning.core.params import PlanParams
from agents.planning.core.plan import Day, Plan, Race, Week

# No phase word in it: the draft reader takes the phase from the week's title.
RUN_WALK_FOCUS = "run-walk: learning to run continuously"


def build_plan(params: PlanParams) -> Plan:
    """The periodised plan for these parameters."""
    setup = make_setup(params)
    paces = paces_for(setup.vdot)
    progress = Progress()
    weeks: list[Week] = []
    notes: list[str] = []
    for frame in plan_frames(setup):
        week = WeekContext(frame, setup, paces, progress)
        days, week_notes = _week_days(week)
        weeks.append(_week(week, days))
        notes.extend(week_notes)
        progress = _progress_after(progress, frame, days)
    race = Race(distance_m=setup.race.distance_m, goal_s=setup.race.goal_s) if setup.race else None
    short = race_distance_note([list(w.days) for w in weeks], setup)
    notes = list(dict.fromkeys([*setup.notes, *notes, *([short] if short else [])]))
    return Plan(
        level=setup.level, vdot=setup.vdot, race=race, notes=tuple(notes), weeks=tuple(weeks)
    )


def _week_days(week: WeekContext) -> tuple[list[Day], list[str]]:
    if _run_walk(week):
        return _run_walk_week(week), []
    return training_week(week)


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
    if _run_walk(week) and focus == FOCUS[frame.phase]:
        focus = RUN_WALK_FOCUS
    return Week(
        number=frame.number, phase=frame.phase, cutback=frame.cutback, focus=focus, days=kept
    )


def _run_walk_week(week: WeekContext) -> list[Day]:
    """Three run-walk days, one ladder step further each week; a race takes its day."""
    frame, setup, paces = week.frame, week.setup, week.paces
    assert setup.athlete is not None and setup.athlete.run_walk_step is not None
    step = setup.athlete.run_walk_step + frame.number - 1
    anchor = setup.race_day if frame.race_week else setup.long_day
    weekdays = run_days(min(setup.runs, RUN_WALK_RUNS), setup.rest_days, anchor)
    bounds = volume_bounds(week, target_km(week))
    days = run_walk_days(weekdays, step, (bounds[0] * 1000, bounds[1] * 1000), paces)
    tune_up = tune_up_in(frame.number, setup)
    if frame.race_week and setup.race is not None:
        days = [d for d in days if d.weekday < anchor - 1] + [goal_race_day(setup, anchor, paces)]
    elif tune_up is not None:
        days = [d for d in days if abs(d.weekday - tune_up.weekday) > 1]
        days.append(race_day(tune_up, paces))
    return days


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
        long_runs_km=(*progress.long_runs_km, longest / 1000),
        hard_weekdays=frozenset(d.weekday for d in days if d.is_hard),
    )
