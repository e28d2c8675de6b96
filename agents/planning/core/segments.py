"""Workout segments of a plan day, and the totals a day's size implies."""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning.core.kinds import PACED_KINDS, WORK_ZONE, ZONE_OF_PACE, Kind, WorkPace
from agents.planning.core.paces import MARATHON_M, Paces, format_clock, race_time_s
from agents.planning.core.plan import Day, Race
from schemas.workout import Intensity, Segment, SegmentType, Zone

# The zone of the flexible part: the whole run for steady kinds, warm-up and cool-down otherwise.
FLEX_ZONE: dict[Kind, Zone] = {"recovery": "z1", "run-walk": "z1"}
HILL_SLOWDOWN = 1.2  # uphill efforts cover less ground than flat interval pace
# A brisk walk, about 6 km/h: the walking of a run-walk day and its warm-up.
WALK_S_PER_KM = 600
RACE_PACE_M = {"5k": 5000, "10k": 10000, "half-marathon": 21097}


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
        )


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
    if shape.kind in WORK_ZONE and shape.reps > 0:
        return _work_parts(shape, paces, race)
    if shape.kind == "run-walk" and shape.reps > 0:
        return _run_walk_cycles(shape, paces)
    if shape.strides > 0 and shape.kind == "easy":
        return [
            Part(
                "interval",
                20,
                metres_in(20, paces.repetition),
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


def work_pace_of(shape: Shape, paces: Paces, race: Race | None) -> tuple[Zone, float, str | bool]:
    """(zone, seconds per km, pace text or True for the zone's) of a day's work."""
    named = shape.work_pace
    if named in ZONE_OF_PACE:
        zone = ZONE_OF_PACE[named]
        return zone, paces.zone_pace(zone), True
    if named is None or shape.kind not in PACED_KINDS:
        zone = WORK_ZONE[shape.kind]
        return zone, paces.zone_pace(zone) * (HILL_SLOWDOWN if shape.kind == "hills" else 1), True
    pace_s = race_pace_s(named, paces, race)
    zone = min(PACED_KINDS[shape.kind], key=lambda z: abs(paces.zone_pace(z) - pace_s))
    return zone, pace_s, f"{format_clock(pace_s - 3)}-{format_clock(pace_s + 3)}/km"


def race_pace_s(named: WorkPace, paces: Paces, race: Race | None) -> float:
    """Seconds per km of a race pace: the VDOT's prediction, or the goal race's goal pace."""
    if named == "race" and race is not None:
        return race_seconds(race.distance_m, race.goal_s, paces) / (race.distance_m / 1000)
    metres = RACE_PACE_M.get(named)
    if metres is None:  # race pace without a race: threshold is the honest middle
        return paces.threshold
    return race_time_s(paces.vdot, metres) / (metres / 1000)


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
    easy_zone: Zone = "z2" if shape.kind == "fartlek" else "z1"
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


def natural_distance_m(
    shape: Shape, duration_min: int, paces: Paces, race: Race | None = None
) -> int:
    """The distance a day of this duration covers at its planned paces."""
    if shape.kind in ("race", "time-trial", "cross-training"):
        return 0
    core_s, core_m = core_totals(shape, paces, race)
    return core_m + metres_in(max(0, duration_min * 60 - core_s), flex_pace(shape.kind, paces))


def natural_duration_min(
    shape: Shape, distance_m: int, paces: Paces, race: Race | None = None
) -> int:
    """The whole minutes a day of this distance takes at its planned paces."""
    if shape.kind in ("race", "time-trial"):
        return max(1, round(race_seconds(distance_m, None, paces) / 60))
    core_s, core_m = core_totals(shape, paces, race)
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
