"""Reusing an organisation's library workouts: same sub_type, nearest size within ~20%."""

from __future__ import annotations

from collections.abc import Sequence

from agents.planning.core.params import Preference
from schemas.workout import LibraryWorkout, Workout

TOLERANCE = 0.20


def _gap(wanted: int, offered: int) -> float:
    if wanted == 0:
        return 0.0 if offered == 0 else 1.0
    return abs(offered - wanted) / wanted


def find_match(workout: Workout, library: Sequence[LibraryWorkout]) -> LibraryWorkout | None:
    """The library workout of the same sub_type nearest in duration and distance, if close."""
    best: tuple[float, str, LibraryWorkout] | None = None
    for candidate in library:
        if candidate.sub_type != workout.sub_type:
            continue
        gaps = [_gap(workout.duration, candidate.duration)]
        if workout.distance and candidate.distance:
            gaps.append(_gap(workout.distance, candidate.distance))
        score = max(gaps)
        if score <= TOLERANCE and (best is None or (score, candidate.id) < best[:2]):
            best = (score, candidate.id, candidate)
    return best[2] if best else None


def from_library(workout: Workout, match: LibraryWorkout) -> Workout:
    """The library workout placed on this plan day; totals follow its own segments."""
    seconds = sum((s.duration or 0) * s.repeat for s in match.segments)
    metres = sum((s.distance or 0) * s.repeat for s in match.segments)
    return workout.model_copy(
        update={
            "name": match.name,
            "description": match.description or workout.description,
            "duration": seconds or match.duration,
            "distance": metres or match.distance,
            "segments": list(match.segments),
            "source": "library",
            "library_workout_id": match.id,
        }
    )


def choose_workout(
    workout: Workout, library: Sequence[LibraryWorkout], preference: Preference
) -> Workout | None:
    """The workout to keep for a plan day: the planned one (ai_generate), the nearest library
    workout (prefer_existing falls back to the planned one), or none (strict_existing
    without a fitting library workout: the day is skipped)."""
    if preference == "ai_generate":
        return workout
    match = find_match(workout, library)
    if match is not None:
        return from_library(workout, match)
    return None if preference == "strict_existing" else workout
