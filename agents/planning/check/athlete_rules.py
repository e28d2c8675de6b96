"""Validator rules about the athlete: a first week they can run."""

from __future__ import annotations

from agents.planning.check.plan_view import PlanView, Violation, error
from schemas.workout import Workout

# "Couch to 5K" without a number: the programme starts with 60 s runs; a first week with
# more than five minutes of running at a time is not one they said they can do.
COUCH_TO_5K_LIMIT_S = 300


def continuous_running_s(workout: Workout) -> int:
    """The longest stretch of running without a walk: a run-walk's running piece, else the
    whole workout."""
    if workout.sub_type == "run-walk":
        return max(
            ((s.duration or 0) for s in workout.segments if s.type in ("interval", "main")),
            default=0,
        )
    return workout.duration


def first_week_running(view: PlanView, limit_s: int | None) -> list[Violation]:
    """Week 1's longest continuous running within what the athlete said they can run."""
    if limit_s is None or not view.weeks:
        return []
    broken: list[Violation] = []
    first = view.weeks[0]
    for workout in view.workouts.get(first, []):
        if workout.sub_type == "race":
            continue  # the athlete's own event: walking in it is theirs to choose
        if workout.sub_type == "cross-training":
            continue  # a bike, a swim or strength is no running
        running = continuous_running_s(workout)
        if running > limit_s:
            broken.append(
                error(
                    "run-walk-start",
                    f"{running // 60} min of running without a walk; the athlete can run "
                    f"about {limit_s // 60} min",
                    first,
                    workout.day,
                )
            )
    return broken
