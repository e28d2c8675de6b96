"""Two readings of one line compared and shown: the tolerant reader's and a model's.

They agree when they give the same workouts: the same kind, the same repeats, and a size
(distance or time, whichever the coach wrote) within 10%. Where they disagree the model's
reading is used and the coach is shown both.
"""

from collections.abc import Sequence

from agents.planning import WEEKDAY_NAMES
from schemas.workout import Workout

SIZE_TOLERANCE = 0.10
# Segments whose repeat is the session's shape; a recovery's count (n or n-1) is not.
WORK_SEGMENTS = ("main", "interval")


def same_workout(first: Workout, second: Workout) -> bool:
    """Whether two workouts are one session read twice (a coach would not tell them apart)."""
    return (
        first.day == second.day
        and first.sub_type == second.sub_type
        and _repeats(first) == _repeats(second)
        and (_close(first.distance, second.distance) or _close(first.duration, second.duration))
    )


def readings_agree(tolerant: Sequence[Workout], model: Sequence[Workout]) -> bool:
    """Whether the model read a line into the same workouts as the tolerant reader."""
    if len(tolerant) != len(model):
        return False
    pairs = zip(_ordered(tolerant), _ordered(model), strict=True)
    return all(same_workout(first, second) for first, second in pairs)


def described(workouts: Sequence[Workout]) -> str:
    """Workouts in a few words each ('Tue: Easy run, 35 min, 5.8 km'); 'rest' for none."""
    if not workouts:
        return "rest"
    return "; ".join(_one(workout) for workout in _ordered(workouts))


def _one(workout: Workout) -> str:
    minutes = f"{round(workout.duration / 60)} min"
    running = workout.sub_type != "cross-training" and workout.distance
    size = f"{minutes}, {workout.distance / 1000:.1f} km" if running else minutes
    return f"{WEEKDAY_NAMES[workout.day - 1]}: {workout.name}, {size}"


def _ordered(workouts: Sequence[Workout]) -> list[Workout]:
    return sorted(workouts, key=lambda w: (w.day, w.sub_type, w.distance, w.duration))


def _repeats(workout: Workout) -> tuple[int, ...]:
    return tuple(
        sorted(s.repeat for s in workout.segments if s.type in WORK_SEGMENTS and s.repeat > 1)
    )


def _close(first: int, second: int) -> bool:
    larger = max(first, second)
    return larger == 0 or abs(first - second) <= SIZE_TOLERANCE * larger
