"""Workout segments of a plan day, and the totals a day's size implies."""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning.core.kinds import Kind
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day, Race
from agents.planning.core.shape import Shape
from agents.planning.core.work_pace import race_seconds, work_pace_of
from schemas.workout import Intensity, Segment, SegmentType, Zone

# The zone of the flexible part: the whole run for steady kinds, warm-up and cool-down otherwise.
FLEX_ZONE: dict[Kind, Zone] = {"recovery": "z1", "run-walk": "z1"}
# A brisk walk, about 6 km/h: the walking of a run-walk day and its warm-up.
WALK_S_PER_KM = 600
STRIDE_S = 20  # a stride the coach gave no size
# Runs at one steady effort: a pace the coach gives them is the whole run's.
STEADY_KINDS = frozenset({"easy", "recovery", "long"})


def metres_in(seconds: float, pace_s_per_km: float) -> int:
    return round(seconds / pace_s_per_km * 1000)


def seconds_for(metres: float, pace_s_per_km: float) -> int:
    return round(metres / 1000 * pace_s_per_km)


def segment(
    kind: SegmentType,
    seconds: int,
    metres: int,
    zone: Zone,
    paces: Paces,
    text: str,
    repeat: int = 1,
    pace: bool | str = True,
) -> Segment:
    """A segment; `pace` False leaves the pace out, a string replaces the zone's pace."""
    pace_text = pace if isinstance(pace, str) else paces.pace_text(zone) if pace else None
    return Segment(
        type=kind,
        duration=seconds,
        distance=metres,
        repeat=repeat,
        intensity=Intensity(zone=zone, pace=pace_text),
        description=text,
    )


@dataclass(frozen=True, slots=True)
class Part:
    """A segment before it is built: sizing a day needs only the parts' totals, so the
    Segment (and its pace text) is made only for a workout."""

    type: SegmentType
    seconds: int
    metres: int
    zone: Zone
    text: str
    repeat: int = 1
    pace: bool | str = True

    def segment(self, paces: Paces) -> Segment:
        return segment(
            self.type,
            self.seconds,
            self.metres,
            self.zone,
            paces,
            self.text,
            repeat=self.repeat,
            pace=self.pace,
        )


def core_segments(shape: Shape, paces: Paces, race: Race | None = None) -> list[Segment]:
    """The fixed-size work of a day (repetitions, strides); the rest of the day flexes."""
    return [part.segment(paces) for part in core_parts(shape, paces, race)]


def core_totals(shape: Shape, paces: Paces, race: Race | None = None) -> tuple[int, int]:
    """(seconds, metres) of a day's fixed-size work, counting repeats."""
    parts = core_parts(shape, paces, race)
    seconds = sum(part.seconds * part.repeat for part in parts)
    metres = sum(part.metres * part.repeat for part in parts)
    return seconds, metres


def core_parts(shape: Shape, paces: Paces, race: Race | None = None) -> list[Part]:
    """The parts of a day's fixed-size work (repetitions, strides); the rest of the day flexes."""
    if shape.has_work:
        return _work_parts(shape, paces, race)
    if shape.kind == "run-walk" and shape.reps > 0:
        return _run_walk_cycles(shape, paces)
    if shape.strides > 0 and shape.kind == "easy":
        stride_s, stride_m = stride_size(shape, paces)
        return [
            Part(
                "interval",
                stride_s,
                stride_m,
                "z6",
                "stride: fast and relaxed, not a sprint",
                repeat=shape.strides,
            ),
            Part(
                "recovery",
                60,
                metres_in(60, paces.zone_pace("z1")),
                "z1",
                "walk or jog back",
                repeat=shape.strides,
            ),
        ]
    return []


def stride_size(shape: Shape, paces: Paces) -> tuple[int, int]:
    """(seconds, metres) of one stride: the coach's size, else 20 s, at R pace."""
    if shape.stride_distance_m:
        return seconds_for(shape.stride_distance_m, paces.repetition), shape.stride_distance_m
    seconds = shape.stride_seconds or STRIDE_S
    return seconds, metres_in(seconds, paces.repetition)


def _work_parts(shape: Shape, paces: Paces, race: Race | None) -> list[Part]:
    zone, pace, pace_text = work_pace_of(shape, paces, race)
    if shape.rep_distance_m:
        rep_m, rep_s = shape.rep_distance_m, seconds_for(shape.rep_distance_m, pace)
    else:
        rep_s, rep_m = shape.rep_seconds, metres_in(shape.rep_seconds, pace)
    work_type: SegmentType = "interval" if shape.reps > 1 else "main"
    effort = "hard uphill effort" if shape.kind == "hills" else f"at {zone.upper()} pace"
    hills = shape.kind == "hills"
    parts = [
        Part(
            work_type,
            rep_s,
            rep_m,
            zone,
            effort,
            repeat=shape.reps,
            pace=False if hills else pace_text,
        )
    ]
    if shape.reps > 1 and (shape.recovery_seconds or shape.recovery_distance_m):
        parts.append(_recovery_part(shape, paces))
    return parts


def _run_walk_cycles(shape: Shape, paces: Paces) -> list[Part]:
    """Cycles of easy running and brisk walking; the walk is not paced (walk by feel)."""
    run_pace = paces.zone_pace("z2")
    return [
        Part(
            "interval",
            shape.rep_seconds,
            metres_in(shape.rep_seconds, run_pace),
            "z2",
            "run easy, conversational",
            repeat=shape.reps,
        ),
        Part(
            "recovery",
            shape.recovery_seconds,
            metres_in(shape.recovery_seconds, WALK_S_PER_KM),
            "z1",
            "walk briskly",
            repeat=shape.reps,
            pace=False,
        ),
    ]


def run_walk_segments(day: Day, paces: Paces) -> list[Segment]:
    """A run-walk day: a brisk-walk warm-up (the rest of the day's time), then the cycles."""
    cycles = [part.segment(paces) for part in _run_walk_cycles(Shape.of(day), paces)]
    core_s, core_m = totals(cycles)
    warmup_s = max(0, day.duration_min * 60 - core_s)
    warmup_m = max(0, day.distance_m - core_m)
    if not warmup_s and not warmup_m:
        return cycles
    warmup = segment("warmup", warmup_s, warmup_m, "z1", paces, "brisk walk", pace=False)
    return [warmup, *cycles]


def _recovery_part(shape: Shape, paces: Paces) -> Part:
    easy_zone: Zone = "z2" if shape.kind in ("fartlek", "long") else "z1"
    easy_pace = paces.zone_pace(easy_zone)
    if shape.recovery_distance_m:
        metres, seconds = (
            shape.recovery_distance_m,
            seconds_for(shape.recovery_distance_m, easy_pace),
        )
    else:
        seconds, metres = shape.recovery_seconds, metres_in(shape.recovery_seconds, easy_pace)
    return Part(
        "recovery",
        seconds,
        metres,
        easy_zone,
        "easy jog between efforts",
        repeat=shape.reps - 1,
    )


def totals(segments: list[Segment]) -> tuple[int, int]:
    """(seconds, metres) of segments, counting repeats."""
    seconds = sum((s.duration or 0) * s.repeat for s in segments)
    metres = sum((s.distance or 0) * s.repeat for s in segments)
    return seconds, metres


def flex_pace(kind: Kind, paces: Paces) -> int:
    if kind == "run-walk":
        return WALK_S_PER_KM
    return paces.zone_pace(FLEX_ZONE.get(kind, "z2"))


def steady_pace(shape: Shape, paces: Paces) -> float:
    """The pace of a day's flexible part: the coach's own pace on a steady run with no work
    of its own (an easy or long run "@ 6:00/km"), else the kind's."""
    if shape.own_pace is not None and not shape.has_work and shape.kind in STEADY_KINDS:
        return sum(shape.own_pace) / 2
    return flex_pace(shape.kind, paces)


def natural_distance_m(
    shape: Shape, duration_min: int, paces: Paces, race: Race | None = None
) -> int:
    """The distance a day of this duration covers at its planned paces."""
    if shape.kind in ("race", "time-trial", "cross-training"):
        return 0
    core_s, core_m = core_totals(shape, paces, race)
    return core_m + metres_in(max(0, duration_min * 60 - core_s), steady_pace(shape, paces))


def natural_duration_min(
    shape: Shape, distance_m: int, paces: Paces, race: Race | None = None
) -> int:
    """The whole minutes a day of this distance takes at its planned paces."""
    if shape.kind in ("race", "time-trial"):
        return max(1, round(race_seconds(distance_m, None, paces) / 60))
    core_s, core_m = core_totals(shape, paces, race)
    flex_s = seconds_for(max(0, distance_m - core_m), steady_pace(shape, paces))
    return max(1, round((core_s + flex_s) / 60))
