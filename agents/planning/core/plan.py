"""The periodised plan: weeks of days, as the draft text shows them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from agents.planning.core.kinds import HARD_KINDS, QUALITY_KINDS, Kind, PlanPhase, WorkPace
from agents.planning.core.params import Level

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Day(BaseModel):
    """One training day: what kind of run, how long, and its repetitions if any."""

    model_config = _FROZEN

    weekday: int = Field(ge=1, le=7)
    kind: Kind
    duration_min: int = Field(ge=1)
    distance_m: int = Field(ge=0)
    reps: int = Field(default=0, ge=0)
    rep_distance_m: int = Field(default=0, ge=0)
    rep_seconds: int = Field(default=0, ge=0)
    recovery_seconds: int = Field(default=0, ge=0)
    # A recovery the coach gave as a distance ("400 m jog"); then recovery_seconds is 0.
    recovery_distance_m: int = Field(default=0, ge=0)
    work_pace: WorkPace | None = None
    strides: int = Field(default=0, ge=0)
    trail: bool = False
    # A long run sized in minutes (time on feet, or a time budget): the draft shows minutes
    # first and the distance follows from the paces.
    by_time: bool = False
    # What a cross-training day is ("bike", "swim", "strength", ...); None for runs.
    activity: str | None = None
    # The strides' own size when the coach gave one ("4 x 30 s", "6 x 100 m"); 0: 20 s each.
    stride_seconds: int = Field(default=0, ge=0)
    stride_distance_m: int = Field(default=0, ge=0)
    # The work is the run's last part ("long run, last 5 km at HM pace"): no cool-down.
    finish: bool = False
    # A warm-up or cool-down the coach sized, by time or by distance (0: not given): kept as
    # written; the rest of the day's easy running goes to the part not given.
    warmup_seconds: int = Field(default=0, ge=0)
    warmup_m: int = Field(default=0, ge=0)
    cooldown_seconds: int = Field(default=0, ge=0)
    cooldown_m: int = Field(default=0, ge=0)
    # The coach's own pace ("@ 4:30/km", "@ 7:00/mi"), (fast, slow) seconds per km: the pace
    # of the work, or of the whole run when it has no work; it replaces the VDOT's.
    own_pace: tuple[int, int] | None = None

    @property
    def is_quality(self) -> bool:
        return self.kind in QUALITY_KINDS

    @property
    def is_hard(self) -> bool:
        return self.kind in HARD_KINDS


class Week(BaseModel):
    """One plan week: phase, whether it is a cutback, its focus, and its training days."""

    model_config = _FROZEN

    number: int = Field(ge=1, le=52)
    phase: PlanPhase
    cutback: bool = False
    focus: str
    days: tuple[Day, ...]

    @property
    def volume_m(self) -> int:
        return sum(day.distance_m for day in self.days)


class Race(BaseModel):
    """The race the plan ends with."""

    model_config = _FROZEN

    distance_m: int = Field(gt=0)
    goal_s: int | None = Field(default=None, gt=0)


class Plan(BaseModel):
    """A whole plan: level, paces (as VDOT), the goal race, header notes and weeks."""

    model_config = _FROZEN

    level: Level | None = None
    vdot: float = Field(ge=20, le=90)
    race: Race | None = None
    notes: tuple[str, ...] = ()
    weeks: tuple[Week, ...]
