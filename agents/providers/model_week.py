"""The week a model answers with (structured output), and how it becomes checked Workouts.

The answer's schema is built for strict JSON-schema mode: every field required, nulls
allowed where a value may be missing, no extra fields. Totals are not asked for: they
are the sums of the segments, so they always add up.
"""

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from agents.planning.core import Paces, metres_in, seconds_for
from schemas.bounds import segment_breaches, size_breaches
from schemas.workout import (
    PACE_PATTERN,
    Intensity,
    Phase,
    Segment,
    SegmentType,
    SubType,
    Workout,
    Zone,
)

_STRICT = ConfigDict(extra="forbid")
_PACE = re.compile(PACE_PATTERN)
MAX_WORKOUTS = 14


class ModelSegment(BaseModel):
    model_config = _STRICT

    type: SegmentType
    duration_s: int | None
    distance_m: int | None
    repeat: int
    zone: Zone
    pace: str | None
    description: str


class ModelWorkout(BaseModel):
    model_config = _STRICT

    day: int
    name: str
    description: str
    sub_type: SubType
    segments: list[ModelSegment]


class LineReading(BaseModel):
    """How the model read one line of the week it was asked about."""

    model_config = _STRICT

    line: int
    used: bool
    how: str


class ModelWeek(BaseModel):
    model_config = _STRICT

    workouts: list[ModelWorkout]
    lines: list[LineReading]


def response_format() -> dict[str, Any]:
    """The OpenAI `response_format` asking for exactly a ModelWeek."""
    schema = ModelWeek.model_json_schema()
    return {
        "type": "json_schema",
        "json_schema": {"name": "plan_week", "strict": True, "schema": schema},
    }


def read_answer(text: str) -> tuple[ModelWeek | None, list[str]]:
    """The model's answer as a ModelWeek, or the problems that say why not."""
    cleaned = text.strip().removeprefix("```json").removeprefix("```").removesuffix("```")
    try:
        return ModelWeek.model_validate_json(cleaned), []
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in e['loc']) or 'answer'}: {e['msg']}"
            for e in exc.errors(include_url=False)[:8]
        ]
        return None, problems


def workouts_of(
    answer: ModelWeek,
    week: int,
    phase: Phase,
    paces: Paces,
    monday: dt.date | None,
) -> tuple[list[Workout], list[str]]:
    """The answer's workouts, sized, paced and dated; with the problems found on the way."""
    workouts: list[Workout] = []
    problems: list[str] = []
    if len(answer.workouts) > MAX_WORKOUTS:
        return [], [f"at most {MAX_WORKOUTS} workouts in a week"]
    for index, item in enumerate(answer.workouts, start=1):
        where = f"workout {index} (day {item.day})"
        if not 1 <= item.day <= 7:
            problems.append(f"{where}: day must be 1 (Monday) to 7 (Sunday)")
            continue
        segments, wrong = _segments(item, paces)
        problems.extend(f"{where}: {p}" for p in wrong)
        if wrong:
            continue
        total_s = sum((s.duration or 0) * s.repeat for s in segments)
        total_m = sum((s.distance or 0) * s.repeat for s in segments)
        if oversized := size_breaches(total_s, total_m):
            problems.extend(f"{where}: {p}" for p in oversized)
            continue
        date = monday + dt.timedelta(days=item.day - 1) if monday else None
        try:
            workouts.append(
                Workout(
                    week=week,
                    day=item.day,
                    date=date.isoformat() if date else None,
                    name=item.name[:120],
                    description=item.description[:2000],
                    phase=phase,
                    sub_type=item.sub_type,
                    duration=total_s,
                    distance=total_m,
                    segments=segments,
                )
            )
        except ValidationError as exc:
            problems.append(f"{where}: {exc.errors(include_url=False)[0]['msg']}")
    workouts.sort(key=lambda w: w.day)
    return workouts, problems


def _segments(item: ModelWorkout, paces: Paces) -> tuple[list[Segment], list[str]]:
    if not any(s.type in ("main", "interval") for s in item.segments):
        return [], ["needs a main or interval segment"]
    running = item.sub_type != "cross-training"
    segments, problems = [], []
    for number, seg in enumerate(item.segments, start=1):
        duration, distance = seg.duration_s, seg.distance_m
        if not running:
            distance = 0
        elif duration is None and distance is not None:
            duration = seconds_for(distance, paces.zone_pace(seg.zone))
        elif distance is None and duration is not None:
            distance = metres_in(duration, paces.zone_pace(seg.zone))
        if duration is None or duration <= 0 or distance is None or distance < 0:
            problems.append(f"segment {number}: give a positive duration_s or distance_m")
            continue
        pace = seg.pace if seg.pace and _PACE.match(seg.pace) else paces.pace_text(seg.zone)
        given = pace if running else None
        if breaches := segment_breaches(duration, distance, seg.repeat, given, running):
            problems.extend(f"segment {number}: {b}" for b in breaches)
            continue
        segments.append(
            Segment(
                type=seg.type,
                duration=duration,
                distance=distance,
                repeat=seg.repeat,
                intensity=Intensity(zone=seg.zone, pace=pace if running else None),
                description=seg.description[:500],
            )
        )
    return segments, problems
