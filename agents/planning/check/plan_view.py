"""A read-only view of a structured plan that the validator's rules share."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from schemas.workout import WeekInfo, Workout

HARD_ZONES = frozenset({"z3", "z4", "z5", "z6"})


class Violation(BaseModel):
    """One broken rule: how bad, which rule, where, and what the coach should know."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    severity: str
    rule: str
    week: int | None = None
    day: int | None = None
    message: str


def error(rule: str, message: str, week: int | None = None, day: int | None = None) -> Violation:
    return Violation(severity="error", rule=rule, week=week, day=day, message=message)


def warning(rule: str, message: str, week: int | None = None, day: int | None = None) -> Violation:
    return Violation(severity="warning", rule=rule, week=week, day=day, message=message)


@dataclass
class PlanView:
    """Workouts grouped by week, with training volumes that leave the race itself out."""

    level: str
    start_date: datetime.date | None
    weeks: list[int]
    info: dict[int, WeekInfo]
    workouts: dict[int, list[Workout]] = field(default_factory=dict)
    # Ultra training: long runs of 3-5 h and back-to-back weekend long runs are the method.
    ultra: bool = False
    back_to_back: bool = False

    def training_m(self, week: int) -> int:
        return sum(w.distance for w in self.workouts.get(week, []) if w.sub_type != "race")

    def running_m(self, week: int) -> int:
        """The week's running distance, the race included: what weekly_info's total_distance
        sums (cross-training is never counted as running)."""
        return sum(
            w.distance for w in self.workouts.get(week, []) if w.sub_type != "cross-training"
        )

    def partial(self, week: int) -> bool:
        """Week 1 that starts mid-week: too short to compare volumes with."""
        return week == 1 and self.start_date is not None and self.start_date.isoweekday() > 1

    def full_weeks(self) -> list[int]:
        return [w for w in self.weeks if not self.partial(w)]

    def race_in(self, week: int) -> bool:
        return any(w.sub_type == "race" for w in self.workouts.get(week, []))

    def has_race(self) -> bool:
        last = self.workouts.get(self.weeks[-1], []) if self.weeks else []
        return any(w.sub_type == "race" for w in last)


def is_reduced(volume: float, previous: float | None) -> bool:
    """A week at least 15% below the one before: a cutback or taper week."""
    return previous is not None and previous > 0 and volume <= previous * 0.85
