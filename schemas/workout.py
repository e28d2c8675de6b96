"""The structured workout contract: Workout, Segment, Intensity, WeekInfo, LibraryWorkout."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Zone = Literal["z1", "z2", "z3", "z4", "z5", "z6"]
SegmentType = Literal["warmup", "main", "interval", "recovery", "cooldown"]
Phase = Literal["base", "build", "peak", "taper", "recovery"]
# The sub types the planner and the model write. A library workout may carry another (an
# organisation's own words), so Workout.sub_type stays a str: only these are planned.
SubType = Literal[
    "easy-run",
    "recovery-run",
    "long-run",
    "tempo",
    "intervals",
    "repetitions",
    "hill-repeats",
    "fartlek",
    "marathon-pace",
    "race",
    "time-trial",
    "run-walk",
    "cross-training",
]

PACE_PATTERN = r"^\d{1,2}:[0-5]\d-\d{1,2}:[0-5]\d/km$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


class Intensity(BaseModel):
    """Training zone and, where known, a pace range written fast-slow."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    zone: Zone
    pace: str | None = Field(default=None, pattern=PACE_PATTERN)


class Segment(BaseModel):
    """One block of a workout; duration x repeat and distance x repeat add up."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: SegmentType
    duration: int | None = Field(default=None, ge=0)
    distance: int | None = Field(default=None, ge=0)
    repeat: int = Field(default=1, ge=1)
    intensity: Intensity
    description: str = ""


class Workout(BaseModel):
    """One training day of a plan, as SPEC's Workout."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    week: int = Field(ge=1, le=52)
    day: int = Field(ge=1, le=7)
    date: str | None = Field(default=None, pattern=DATE_PATTERN)
    name: str
    description: str
    phase: Phase
    sub_type: str
    duration: int = Field(ge=0)
    distance: int = Field(ge=0)
    segments: list[Segment]
    source: Literal["ai", "library"] = "ai"
    library_workout_id: str | None = None


class WeekInfo(BaseModel):
    """The summary of one plan week; total_distance sums its running workouts (cross-training
    is kept in the plan, never counted as running)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    phase: Phase
    focus: str
    total_distance: int = Field(ge=0)
    total_duration: int = Field(default=0, ge=0)
    runs: int = Field(default=0, ge=0)
    cutback: bool = False


class LibraryWorkout(BaseModel):
    """A workout of an organisation's library: a Workout without week, day, date and phase."""

    # An input from coaches' files: fields such as `source` are tolerated and ignored.
    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    name: str
    description: str = ""
    sub_type: str
    duration: int = Field(ge=0)
    distance: int = Field(ge=0)
    segments: list[Segment]
