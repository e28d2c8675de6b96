"""Workout segments of a plan day, and the totals a day's size implies."""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning.model import Day
from agents.planning.paces import MARATHON_M, Paces, race_time_s
from schemas.workout import Intensity, Segment

# The zone of the repetitions (or continuous main part) of each kind of day.
WORK_ZONE = {
    "tempo": "z4",
    "intervals": "z5",
    "repetition": "z6",
    "hills": "z5",
    "fartlek": "z4",
    "marathon-pace": "z3",
}
# The zone of the flexible part: the whole run for steady kinds, warm-up and cool-down otherwise.
FLEX_ZONE = {"recovery": "z1", "run-walk": "z1"}
HILL_SLOWDOWN = 1.2  # uphill efforts cover less ground than flat interval pace
# A brisk walk, about 6 km/h: the walking of a run-walk day and its warm-up.
WALK_S_PER_KM = 600


@dataclass(frozen=True)
class Shape:
    """The size of a day without its totals: kind and repetitions."""

    kind: str
    reps: int = 0
    rep_distance_m: int = 0
    rep_seconds: int = 0
    recovery_seconds: int = 0
    strides: int = 0

    @classmethod
    def of(cls, day: Day) -> Shape:
        return cls(
            day.kind,
            day.reps,
            day.rep_distance_m,
            day.rep_seconds,
            day.recovery_seconds,
            day.strides,
        )


def metres_in(seconds: float, pace_s_per_km: float) -> int:
    return round(seconds / pace_s_per_km * 1000)


def seconds_for(metres: float, pace_s_per_km: float) -> int:
    return round(metres / 1000 * pace_s_per_km)


def segment(
    kind: str,
    seconds: int,
    metres: int,
    zone: str,
    paces: Paces,
    text: str,
    repeat: int = 1,
    pace: bool = True,
) -> Segment:
    pace_text = paces.pace_text(zone) if pace else None
    return Segment(
        type=kind,  # type: ignore[arg-type]
        duration=seconds,
        distance=metres,
        repeat=repeat,
        intensity=Intensity(zone=zone, pace=pace_text),  # type: ignore[arg-type]
        description=text,
    )


def core_segments(shape: Shape, paces: Paces) -> list[Segment]:
    """The fixed-size work of a day (repetitions, strides); the rest of the day flexes."""
    if shape.kind in WORK_ZONE and shape.reps > 0:
        return _work_segments(shape, paces)
    if shape.kind == "run-walk" and shape.reps > 0:
        return _run_walk_cycles(shape, paces)
    if shape.strides > 0 and shape.kind == "easy":
        return [
            segment(
                "interval",
                20,
                metres_in(20, paces.repetition),
                "z6",
                paces,
                "stride: fast and relaxed, not a sprint",
                repeat=shape.strides,
            ),
            segment(
                "recovery",
                60,
                metres_in(60, paces.zone_pace("z1")),
                "z1",
                paces,
                "walk or jog back",
                repeat=shape.strides,
            ),
        ]
    return []


def _work_segments(shape: Shape, paces: Paces) -> list[Segment]:
    zone = WORK_ZONE[shape.kind]
    pace = paces.zone_pace(zone) * (HILL_SLOWDOWN if shape.kind == "hills" else 1)
    if shape.rep_distance_m:
        rep_m, rep_s = shape.rep_distance_m, seconds_for(shape.rep_distance_m, pace)
    else:
        rep_s, rep_m = shape.rep_seconds, metres_in(shape.rep_seconds, pace)
    work_type = "interval" if shape.reps > 1 else "main"
    effort = "hard uphill effort" if shape.kind == "hills" else f"at {zone.upper()} pace"
    parts = [
        segment(
            work_type,
            rep_s,
            rep_m,
            zone,
            paces,
            effort,
            repeat=shape.reps,
            pace=shape.kind != "hills",
        )
    ]
    if shape.reps > 1 and shape.recovery_seconds:
        easy_zone = "z2" if shape.kind == "fartlek" else "z1"
        parts.append(
            segment(
                "recovery",
                shape.recovery_seconds,
                metres_in(shape.recovery_seconds, paces.zone_pace(easy_zone)),
                easy_zone,
                paces,
                "easy jog between efforts",
                repeat=shape.reps - 1,
            )
        )
    return parts


def _run_walk_cycles(shape: Shape, paces: Paces) -> list[Segment]:
    """Cycles of easy running and brisk walking; the walk is not paced (walk by feel)."""
    run_pace = paces.zone_pace("z2")
    return [
        segment(
            "interval",
            shape.rep_seconds,
            metres_in(shape.rep_seconds, run_pace),
            "z2",
            paces,
            "run easy, conversational",
            repeat=shape.reps,
        ),
        segment(
            "recovery",
            shape.recovery_seconds,
            metres_in(shape.recovery_seconds, WALK_S_PER_KM),
            "z1",
            paces,
            "walk briskly",
            repeat=shape.reps,
            pace=False,
        ),
    ]


def run_walk_segments(day: Day, paces: Paces) -> list[Segment]:
    """A run-walk day: a brisk-walk warm-up (the rest of the day's time), then the cycles."""
    cycles = _run_walk_cycles(Shape.of(day), paces)
    core_s, core_m = totals(cycles)
    warmup_s = max(0, day.duration_min * 60 - core_s)
    warmup_m = max(0, day.distance_m - core_m)
    if not warmup_s and not warmup_m:
        return cycles
    warmup = segment("warmup", warmup_s, warmup_m, "z1", paces, "brisk walk", pace=False)
    return [warmup, *cycles]


def totals(segments: list[Segment]) -> tuple[int, int]:
    """(seconds, metres) of segments, counting repeats."""
    seconds = sum((s.duration or 0) * s.repeat for s in segments)
    metres = sum((s.distance or 0) * s.repeat for s in segments)
    return seconds, metres


def flex_pace(kind: str, paces: Paces) -> int:
    if kind == "run-walk":
        return WALK_S_PER_KM
    return paces.zone_pace(FLEX_ZONE.get(kind, "z2"))


def natural_distance_m(shape: Shape, duration_min: int, paces: Paces) -> int:
    """The distance a day of this duration covers at its planned paces."""
    if shape.kind == "race":
        return 0
    core_s, core_m = totals(core_segments(shape, paces))
    return core_m + metres_in(max(0, duration_min * 60 - core_s), flex_pace(shape.kind, paces))


def natural_duration_min(shape: Shape, distance_m: int, paces: Paces) -> int:
    """The whole minutes a day of this distance takes at its planned paces."""
    if shape.kind == "race":
        return max(1, round(race_seconds(distance_m, None, paces) / 60))
    core_s, core_m = totals(core_segments(shape, paces))
    flex_s = seconds_for(max(0, distance_m - core_m), flex_pace(shape.kind, paces))
    return max(1, round((core_s + flex_s) / 60))


def race_seconds(distance_m: int, goal_s: int | None, paces: Paces) -> int:
    """A race's target time: the goal when known, else the VDOT prediction; an ultra at
    least at the slow end of easy pace (terrain, climbs and walking make road predictions
    too fast)."""
    if goal_s:
        return goal_s
    predicted = round(race_time_s(paces.vdot, distance_m))
    if distance_m > MARATHON_M:
        return max(predicted, round(distance_m / 1000 * paces.easy_slow))
    return predicted
