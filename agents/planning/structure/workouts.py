"""Turning a plan into SPEC's structured Workouts and weekly_info, dated from start_date."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from agents.planning.core.calendar import workout_date
from agents.planning.core.kinds import ALLOWED_ZONES, SUB_TYPES
from agents.planning.core.paces import Paces, format_clock, paces_for
from agents.planning.core.params import PlanParams, Preference
from agents.planning.core.plan import WEEKDAY_NAMES, Day, Plan, Race, Week
from agents.planning.core.segments import (
    FLEX_ZONE,
    STEADY_KINDS,
    Shape,
    core_segments,
    metres_in,
    run_walk_segments,
    seconds_for,
    segment,
    totals,
)
from agents.planning.core.work_pace import own_pace_text
from agents.planning.draft.session_kind import LIGHT_ACTIVITIES
from agents.planning.structure.library import choose_workout
from agents.planning.structure.workout_text import workout_description, workout_name
from schemas.notes import Note
from schemas.workout import (
    Intensity,
    LibraryWorkout,
    Segment,
    SegmentType,
    WeekInfo,
    Workout,
    Zone,
)

STEADY_TEXT = {"easy": "easy running", "recovery": "very easy running", "long": "steady long run"}
EASY_TEXTS = ("easy running, a few drills", "easy running")


class PlanResult(BaseModel):
    """The structured plan: workouts, a summary per week, and notes for the coach."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    content: list[Workout]
    weekly_info: dict[str, WeekInfo]
    notes: list[Note]


def structure_plan(
    plan: Plan,
    params: PlanParams,
    library: Sequence[LibraryWorkout] = (),
    preference: Preference = "ai_generate",
) -> PlanResult:
    """Every training day as a Workout, its date from start_date; library reuse on request."""
    content: list[Workout] = []
    weekly: dict[str, WeekInfo] = {}
    notes: list[Note] = []
    paces = paces_for(plan.vdot)  # once for the plan, not once a week
    for week in plan.weeks:
        workouts, info, week_notes = _structure_week(week, plan, paces, params, library, preference)
        content.extend(workouts)
        weekly[str(week.number)] = info
        notes.extend(week_notes)
    return PlanResult(content=content, weekly_info=weekly, notes=notes)


def structure_week(
    week: Week,
    plan: Plan,
    params: PlanParams,
    library: Sequence[LibraryWorkout] = (),
    preference: Preference = "ai_generate",
) -> tuple[list[Workout], WeekInfo, list[Note]]:
    """One week's workouts, its weekly_info, and what structuring left out or replaced."""
    return _structure_week(week, plan, paces_for(plan.vdot), params, library, preference)


def _structure_week(
    week: Week,
    plan: Plan,
    paces: Paces,
    params: PlanParams,
    library: Sequence[LibraryWorkout],
    preference: Preference,
) -> tuple[list[Workout], WeekInfo, list[Note]]:
    start = params.start_date
    workouts = _dated_workouts(week, plan, paces, start)
    kept, notes = place_week(week.number, workouts, start, library, preference)
    return kept, week_info(week, kept), notes


def day_workouts(week: Week, plan: Plan, start: datetime.date | None) -> list[Workout]:
    """A week's days as dated Workouts, not yet placed (no library, no start-date cut): what
    a model's workouts for the same week are merged with before both are placed."""
    return _dated_workouts(week, plan, paces_for(plan.vdot), start)


def _dated_workouts(
    week: Week, plan: Plan, paces: Paces, start: datetime.date | None
) -> list[Workout]:
    return [
        make_workout(day, week, paces, plan.race, _date_text(start, week.number, day.weekday))
        for day in week.days
    ]


def place_week(
    number: int,
    workouts: Sequence[Workout],
    start: datetime.date | None,
    library: Sequence[LibraryWorkout],
    preference: Preference,
) -> tuple[list[Workout], list[Note]]:
    """A week's dated workouts (the planner's or a model's) placed in the plan: those before
    the start date left out, each other taken from the library as the preference says; with
    the notes that tell the coach what was left out or replaced."""
    before_start: list[str] = []
    from_library: list[str] = []
    skipped: list[str] = []
    kept: list[Workout] = []
    for workout in workouts:
        name = WEEKDAY_NAMES[workout.day - 1]
        if start is not None and workout.date and datetime.date.fromisoformat(workout.date) < start:
            before_start.append(name)
            continue
        chosen = choose_workout(workout, library, preference)
        if chosen is None:
            skipped.append(name)
            continue
        if chosen.source == "library":
            from_library.append(name)
        kept.append(chosen)
    messages = []
    if before_start:
        messages.append(f"{', '.join(before_start)}: before the start date {start}, left out")
    if from_library:
        messages.append(f"{', '.join(from_library)}: taken from the library")
    if skipped:
        messages.append(
            f"{', '.join(skipped)}: skipped, no fitting library workout (strict_existing)"
        )
    return kept, [Note(kind="changed", week=number, message=m) for m in messages]


def week_info(week: Week, workouts: Sequence[Workout]) -> WeekInfo:
    """A week's summary; total_distance counts running only (cross-training is kept in the
    plan, never counted as running volume), total_duration every workout."""
    running = [w for w in workouts if w.sub_type != "cross-training"]
    return WeekInfo(
        phase=week.phase,
        focus=week.focus,
        total_distance=sum(w.distance for w in running),
        total_duration=sum(w.duration for w in workouts),
        runs=len(running),
        cutback=week.cutback,
    )


def _date_text(start: datetime.date | None, week: int, weekday: int) -> str | None:
    return workout_date(start, week, weekday).isoformat() if start is not None else None


def make_workout(
    day: Day, week: Week, paces: Paces, race: Race | None, date: str | None = None
) -> Workout:
    segments = day_segments(day, paces, race)
    seconds, metres = totals(segments)
    return Workout(
        week=week.number,
        day=day.weekday,
        date=date,
        name=workout_name(day),
        description=workout_description(day, paces, race),
        phase=week.phase,
        sub_type=SUB_TYPES[day.kind],
        duration=seconds,
        distance=metres,
        segments=segments,
    )


def day_segments(day: Day, paces: Paces, race: Race | None = None) -> list[Segment]:
    """Segments adding up to the day: fixed work plus warm-up and cool-down (or one steady run)."""
    if day.kind in ("race", "time-trial"):
        return [_race_segment(day, paces)]
    if day.kind == "cross-training":
        return [_cross_training_segment(day, paces)]
    if day.kind == "run-walk":
        return run_walk_segments(day, paces)
    shape = Shape.of(day)
    core = core_segments(shape, paces, race)
    core_s, core_m = totals(core)
    flex_s = max(0, day.duration_min * 60 - core_s)
    flex_m = max(0, day.distance_m - core_m)
    if day.kind in STEADY_KINDS and not shape.has_work:
        zone = FLEX_ZONE.get(day.kind, "z2")
        pace = own_pace_text(day.own_pace) if day.own_pace else True
        main = segment("main", flex_s, flex_m, zone, paces, STEADY_TEXT[day.kind], pace=pace)
        return [main, *core]
    before, after = easy_parts(day, flex_s, flex_m, paces)
    easy_type: tuple[SegmentType, SegmentType] = (
        ("main", "main") if day.kind == "long" else ("warmup", "cooldown")
    )
    texts = ("steady long run", "steady long run") if day.kind == "long" else EASY_TEXTS
    parts = [
        segment(easy_type[0], *before, "z2", paces, texts[0]),
        *core,
        segment(easy_type[1], *after, "z2", paces, texts[1]),
    ]
    return [part for part in parts if part.duration or part.distance or part in core]


def easy_parts(
    day: Day, flex_s: int, flex_m: int, paces: Paces
) -> tuple[tuple[int, int], tuple[int, int]]:
    """(seconds, metres) of the easy running before and after the work: a warm-up or
    cool-down the coach sized is kept, the part not given takes the rest (a run that
    finishes with its work has all of it before), else the two halves."""
    if day.finish:
        return (flex_s, flex_m), (0, 0)
    given_before = _given(day.warmup_seconds, day.warmup_m, paces)
    given_after = _given(day.cooldown_seconds, day.cooldown_m, paces)
    if given_before is None and given_after is None:
        return (flex_s - flex_s // 2, flex_m - flex_m // 2), (flex_s // 2, flex_m // 2)
    if given_before is not None:
        before = (min(flex_s, given_before[0]), min(flex_m, given_before[1]))
        return before, (flex_s - before[0], flex_m - before[1])
    assert given_after is not None
    after = (min(flex_s, given_after[0]), min(flex_m, given_after[1]))
    return (flex_s - after[0], flex_m - after[1]), after


def _given(seconds: int, metres: int, paces: Paces) -> tuple[int, int] | None:
    """A warm-up or cool-down the coach sized, both dimensions at easy pace."""
    if not seconds and not metres:
        return None
    pace = paces.zone_pace("z2")
    return seconds or seconds_for(metres, pace), metres or metres_in(seconds, pace)


def _race_segment(day: Day, paces: Paces) -> Segment:
    seconds = day.duration_min * 60
    pace_s = seconds / (day.distance_m / 1000) if day.distance_m else paces.marathon
    zone: Zone
    if day.kind == "race":
        zone = "z3" if day.distance_m >= 30000 else "z4" if day.distance_m >= 15000 else "z5"
        what = "race at goal pace, even effort"
    else:  # a time trial: the race zone nearest its pace
        zone = min(ALLOWED_ZONES["race"], key=lambda z: abs(paces.zone_pace(z) - pace_s))
        what = "time trial: an even, hard effort after a good warm-up"
    text = f"{format_clock(pace_s - 3)}-{format_clock(pace_s + 3)}/km"
    return Segment(
        type="main",
        duration=seconds,
        distance=day.distance_m,
        intensity=Intensity(zone=zone, pace=text),
        description=what,
    )


def _cross_training_segment(day: Day, paces: Paces) -> Segment:
    zone: Zone = "z1" if day.activity in LIGHT_ACTIVITIES else "z2"
    what = day.activity or "cross-training"
    return segment(
        "main", day.duration_min * 60, 0, zone, paces, f"{what}, easy effort", pace=False
    )
