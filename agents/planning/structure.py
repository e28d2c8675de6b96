"""Turning a plan into SPEC's structured Workouts and weekly_info, dated from start_date."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from agents.planning.library import find_match, from_library
from agents.planning.model import Day, Plan, Race, Week
from agents.planning.paces import Paces, format_clock, paces_for
from agents.planning.params import PlanParams, Preference
from agents.planning.segments import (
    FLEX_ZONE,
    Shape,
    core_segments,
    run_walk_segments,
    segment,
    totals,
)
from agents.planning.workout_text import SUB_TYPES, workout_description, workout_name
from schemas.workout import Intensity, LibraryWorkout, Segment, WeekInfo, Workout


class PlanResult(BaseModel):
    """The structured plan: workouts, a summary per week, and notes for the coach."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    content: list[Workout]
    weekly_info: dict[str, WeekInfo]
    notes: list[str]


def week_monday(start: datetime.date) -> datetime.date:
    return start - datetime.timedelta(days=start.weekday())


def structure_plan(
    plan: Plan,
    params: PlanParams,
    library: Sequence[LibraryWorkout] = (),
    preference: Preference = "ai_generate",
) -> PlanResult:
    """Every training day as a Workout, its date from start_date; library reuse on request."""
    paces = paces_for(plan.vdot)
    notes = list(plan.notes)
    content: list[Workout] = []
    weekly: dict[str, WeekInfo] = {}
    counts = {"before_start": 0, "skipped": 0, "library": 0}
    for week in plan.weeks:
        workouts = []
        for day in week.days:
            workout = _dated_workout(day, week, paces, plan.race, params.start_date)
            if workout is None:
                counts["before_start"] += 1
                continue
            chosen = _apply_library(workout, library, preference, counts)
            if chosen is not None:
                workouts.append(chosen)
        content.extend(workouts)
        weekly[str(week.number)] = week_info(week, workouts)
    notes.extend(_count_notes(counts))
    return PlanResult(content=content, weekly_info=weekly, notes=notes)


def _apply_library(
    workout: Workout, library: Sequence[LibraryWorkout], preference: str, counts: dict[str, int]
) -> Workout | None:
    if preference == "ai_generate":
        return workout
    match = find_match(workout, library)
    if match is not None:
        counts["library"] += 1
        return from_library(workout, match)
    if preference == "strict_existing":
        counts["skipped"] += 1
        return None
    return workout


def _count_notes(counts: dict[str, int]) -> list[str]:
    notes = []
    if counts["before_start"]:
        notes.append(f"{counts['before_start']} day(s) before the start date were left out")
    if counts["library"]:
        notes.append(f"{counts['library']} workout(s) taken from the library")
    if counts["skipped"]:
        notes.append(
            f"{counts['skipped']} day(s) skipped: no fitting library workout (strict_existing)"
        )
    return notes


def week_info(week: Week, workouts: list[Workout]) -> WeekInfo:
    return WeekInfo(
        phase=week.phase,
        focus=week.focus,
        total_distance=sum(w.distance for w in workouts),
        total_duration=sum(w.duration for w in workouts),
        runs=len(workouts),
        cutback=week.cutback,
    )


def _dated_workout(
    day: Day, week: Week, paces: Paces, race: Race | None, start: datetime.date | None
) -> Workout | None:
    date_text = None
    if start is not None:
        date = week_monday(start) + datetime.timedelta(days=(week.number - 1) * 7 + day.weekday - 1)
        if date < start:
            return None
        date_text = date.isoformat()
    return make_workout(day, week, paces, race, date_text)


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
        description=workout_description(day, paces),
        phase=week.phase,
        sub_type=SUB_TYPES[day.kind],
        duration=seconds,
        distance=metres,
        segments=segments,
    )


def day_segments(day: Day, paces: Paces, race: Race | None = None) -> list[Segment]:
    """Segments adding up to the day: fixed work plus warm-up and cool-down (or one steady run)."""
    if day.kind == "race":
        return [_race_segment(day, paces)]
    if day.kind == "run-walk":
        return run_walk_segments(day, paces)
    core = core_segments(Shape.of(day), paces)
    core_s, core_m = totals(core)
    flex_s = max(0, day.duration_min * 60 - core_s)
    flex_m = max(0, day.distance_m - core_m)
    zone = FLEX_ZONE.get(day.kind, "z2")
    if day.kind in ("easy", "recovery", "long"):
        what = {"easy": "easy running", "recovery": "very easy running", "long": "steady long run"}
        return [segment("main", flex_s, flex_m, zone, paces, what[day.kind]), *core]
    warmup = segment(
        "warmup",
        flex_s - flex_s // 2,
        flex_m - flex_m // 2,
        "z2",
        paces,
        "easy running, a few drills",
    )
    cooldown = segment("cooldown", flex_s // 2, flex_m // 2, "z2", paces, "easy running")
    return [warmup, *core, cooldown]


def _race_segment(day: Day, paces: Paces) -> Segment:
    seconds = day.duration_min * 60
    pace_s = seconds / (day.distance_m / 1000) if day.distance_m else paces.marathon
    zone = "z3" if day.distance_m >= 30000 else "z4" if day.distance_m >= 15000 else "z5"
    text = f"{format_clock(pace_s - 3)}-{format_clock(pace_s + 3)}/km"
    return Segment(
        type="main",
        duration=seconds,
        distance=day.distance_m,
        intensity=Intensity(zone=zone, pace=text),  # type: ignore[arg-type]
        description="race at goal pace, even effort",
    )
