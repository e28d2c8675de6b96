"""The built-in planner: a periodised plan from parameters, deterministic for equal input."""

from __future__ import annotations

from agents.planning.build.periodise import FOCUS, WeekFrame, plan_frames
from agents.planning.build.run_walk import RUN_WALK_RUNS, run_walk_days
from agents.planning.build.schedule import run_days
from agents.planning.build.setup import Setup, make_setup
from agents.planning.build.tune_ups import race_day, tune_up_in
from agents.planning.build.week_build import goal_race_day, race_distance_note, training_week
from agents.planning.build.week_fit import training_m
from agents.planning.build.week_targets import Progress, target_km, volume_bounds
from agents.planning.core.paces import Paces, paces_for
from agents.planning.core.params import PlanParams
from agents.planning.core.plan import Day, Plan, Race, Week

# No phase word in it: the draft reader takes the phase from the week's title.
RUN_WALK_FOCUS = "run-walk: learning to run continuously"


def build_plan(params: PlanParams) -> Plan:
    """The periodised plan for these parameters."""
    setup = make_setup(params)
    paces = paces_for(setup.vdot)
    progress = Progress()
    weeks = [_build_week(frame, setup, paces, progress) for frame in plan_frames(setup)]
    race = Race(distance_m=setup.race.distance_m, goal_s=setup.race.goal_s) if setup.race else None
    short = race_distance_note([list(w.days) for w in weeks], setup)
    notes = tuple(dict.fromkeys([*setup.notes, *progress.notes, *([short] if short else [])]))
    return Plan(
        level=setup.level,
        vdot=setup.vdot,
        race=race,
        notes=notes,
        weeks=tuple(weeks),
    )


def _build_week(frame: WeekFrame, setup: Setup, paces: Paces, progress: Progress) -> Week:
    run_walk = setup.athlete is not None and frame.number <= setup.athlete.run_walk_weeks
    if run_walk:
        days = _run_walk_week(frame, setup, paces, progress)
    else:
        days = training_week(frame, setup, paces, progress)
    _remember(frame, days, progress)
    kept = tuple(
        sorted(
            (d for d in days if frame.number > 1 or d.weekday >= setup.start_weekday),
            key=lambda d: d.weekday,
        )
    )
    focus = frame.focus
    if run_walk and focus == FOCUS[frame.phase]:
        focus = RUN_WALK_FOCUS
    return Week(
        number=frame.number,
        phase=frame.phase,
        cutback=frame.cutback,
        focus=focus,
        days=kept,
    )


def _run_walk_week(frame: WeekFrame, setup: Setup, paces: Paces, progress: Progress) -> list[Day]:
    """Three run-walk days, one ladder step further each week; a race takes its day."""
    assert setup.athlete is not None and setup.athlete.run_walk_step is not None
    step = setup.athlete.run_walk_step + frame.number - 1
    anchor = setup.race_day if frame.race_week else setup.long_day
    weekdays = run_days(min(setup.runs, RUN_WALK_RUNS), setup.rest_days, anchor)
    bounds = volume_bounds(frame, target_km(frame, setup, progress), progress)
    days = run_walk_days(weekdays, step, (bounds[0] * 1000, bounds[1] * 1000), paces)
    tune_up = tune_up_in(frame.number, setup)
    if frame.race_week and setup.race is not None:
        days = [d for d in days if d.weekday < anchor - 1] + [goal_race_day(setup, anchor, paces)]
    elif tune_up is not None:
        days = [d for d in days if abs(d.weekday - tune_up.weekday) > 1]
        days.append(race_day(tune_up, paces))
    return days


def _remember(frame: WeekFrame, days: list[Day], progress: Progress) -> None:
    volume = training_m(days) / 1000
    previous = progress.previous_km
    reduced = (
        frame.cutback
        or frame.phase == "taper"
        or (previous is not None and volume <= previous * 0.85)
    )
    if not reduced or progress.reference_km is None:
        progress.reference_km = volume
    progress.previous_km = volume
    longest = max((d.distance_m for d in days if d.kind != "race"), default=0)
    progress.long_runs_km.append(longest / 1000)
    progress.hard_weekdays = {d.weekday for d in days if d.is_hard}
