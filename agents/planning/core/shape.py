"""The size of a day without its totals: its kind, its work and the paces the coach gave."""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning.core.kinds import WORK_ZONE, Kind, WorkPace
from agents.planning.core.plan import Day


@dataclass(frozen=True)
class Shape:
    """The size of a day without its totals: kind and repetitions."""

    kind: Kind
    reps: int = 0
    rep_distance_m: int = 0
    rep_seconds: int = 0
    recovery_seconds: int = 0
    strides: int = 0
    recovery_distance_m: int = 0
    work_pace: WorkPace | None = None
    stride_seconds: int = 0
    stride_distance_m: int = 0
    own_pace: tuple[int, int] | None = None

    @classmethod
    def of(cls, day: Day) -> Shape:
        return cls(
            day.kind,
            day.reps,
            day.rep_distance_m,
            day.rep_seconds,
            day.recovery_seconds,
            day.strides,
            day.recovery_distance_m,
            day.work_pace,
            day.stride_seconds,
            day.stride_distance_m,
            day.own_pace,
        )

    @property
    def has_work(self) -> bool:
        """Repetitions or an effort of its own: a quality kind's, or one inside a long run."""
        return self.reps > 0 and (self.kind in WORK_ZONE or self.kind == "long")
