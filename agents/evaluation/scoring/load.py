"""Training-load figures of a structured plan: ramp, long-run share, taper, intensity mix.

The validator says which rules a plan breaks; these say by how much, so two candidates
that both pass (or both fail) can still be compared.
"""

from collections import defaultdict
from typing import Any

from agents.planning import HARD_ZONES, QUALITY_SUB_TYPES, PlanResult
from schemas.workout import Workout

NOT_RUNNING = frozenset({"cross-training", "race"})
REDUCED = 0.85  # a week at least 15% below the one before is a cutback or taper week
JUMP = 0.10  # more than +10% over the reference week is a jump (TRAINING: a warning)


def load_figures(result: PlanResult) -> dict[str, Any]:
    weeks = sorted({int(number) for number in result.weekly_info} | _weeks_of(result.content))
    by_week: dict[int, list[Workout]] = defaultdict(list)
    for workout in result.content:
        by_week[workout.week].append(workout)
    volumes = [_training_m(by_week[week]) for week in weeks]
    jumps = _jumps(volumes)
    return {
        "weekly_volume_km": [round(metres / 1000, 2) for metres in volumes],
        "max_volume_jump": round(max(jumps), 4) if jumps else 0.0,
        "volume_jumps": sum(jump > JUMP for jump in jumps),
        "long_run_share": _long_run_share(by_week, weeks),
        "taper_depth": _taper_depth(volumes),
        "hard_time_share": _hard_time_share(by_week, weeks),
        "quality_per_week": round(
            sum(w.sub_type in QUALITY_SUB_TYPES for w in result.content) / len(weeks), 3
        )
        if weeks
        else 0.0,
    }


def _weeks_of(workouts: list[Workout]) -> set[int]:
    return {workout.week for workout in workouts}


def _training_m(workouts: list[Workout]) -> int:
    return sum(w.distance for w in workouts if w.sub_type not in NOT_RUNNING)


def _jumps(volumes: list[int]) -> list[float]:
    """Each week's rise over the last week that was not itself a cutback (or taper)."""
    jumps = []
    reference: int | None = None
    previous: int | None = None
    for volume in volumes:
        if reference:
            jumps.append(volume / reference - 1)
        reduced = previous is not None and previous > 0 and volume <= previous * REDUCED
        if not reduced:
            reference = volume
        previous = volume
    return jumps


def _long_run_share(by_week: dict[int, list[Workout]], weeks: list[int]) -> float:
    """The largest share of a week's running that its longest long run takes."""
    shares = []
    for week in weeks:
        total = _training_m(by_week[week])
        longs = [w.distance for w in by_week[week] if w.sub_type == "long-run"]
        if total and longs:
            shares.append(max(longs) / total)
    return round(max(shares), 4) if shares else 0.0


def _taper_depth(volumes: list[int]) -> float:
    """How far the last week's running is below the plan's biggest week (0: no taper)."""
    if len(volumes) < 2 or not max(volumes):
        return 0.0
    return round(1 - volumes[-1] / max(volumes), 4)


def _hard_time_share(by_week: dict[int, list[Workout]], weeks: list[int]) -> float:
    """The largest share of a week's running time spent in z3 and above (races left out)."""
    shares = []
    for week in weeks:
        runs = [w for w in by_week[week] if w.sub_type not in NOT_RUNNING]
        total = sum(w.duration for w in runs)
        hard = sum(
            (segment.duration or 0) * segment.repeat
            for w in runs
            for segment in w.segments
            if segment.intensity.zone in HARD_ZONES
        )
        if total:
            shares.append(hard / total)
    return round(max(shares), 4) if shares else 0.0
