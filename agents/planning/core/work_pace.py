"""The pace of a day's work: a zone's, a race's (the VDOT's prediction or the goal), or the
coach's own; and a race's target time."""

from __future__ import annotations

from agents.planning.core.kinds import ALLOWED_ZONES, PACED_KINDS, WORK_ZONE, ZONE_OF_PACE, WorkPace
from agents.planning.core.paces import MARATHON_M, Paces, format_clock, race_time_s
from agents.planning.core.plan import Race
from agents.planning.core.shape import Shape
from schemas.workout import Zone

HILL_SLOWDOWN = 1.2  # uphill efforts cover less ground than flat interval pace
RACE_PACE_M = {"5k": 5000, "10k": 10000, "half-marathon": 21097}


def own_pace_text(pace: tuple[int, int]) -> str:
    """A coach's own pace as a segment's range: theirs, or ±3 s around a single pace."""
    fast, slow = pace
    if fast == slow:
        fast, slow = fast - 3, slow + 3
    return f"{format_clock(fast)}-{format_clock(slow)}/km"


def work_pace_of(shape: Shape, paces: Paces, race: Race | None) -> tuple[Zone, float, str | bool]:
    """(zone, seconds per km, pace text or True for the zone's) of a day's work.

    A pace the coach named or gave is labelled with the nearest zone the kind may use, so a
    kind never carries a zone foreign to it; its pace text is the pace itself.
    """
    named = shape.work_pace
    allowed = PACED_KINDS.get(shape.kind) or ALLOWED_ZONES.get(shape.kind, ("z3",))
    if shape.own_pace is not None:
        pace_s = sum(shape.own_pace) / 2
        zone = min(allowed, key=lambda z: abs(paces.zone_pace(z) - pace_s))
        return zone, pace_s, own_pace_text(shape.own_pace)
    if named in ZONE_OF_PACE and (shape.kind in WORK_ZONE or ZONE_OF_PACE[named] in allowed):
        zone = ZONE_OF_PACE[named]
        return zone, paces.zone_pace(zone), True
    if named is None and shape.kind in WORK_ZONE:
        zone = WORK_ZONE[shape.kind]
        return zone, paces.zone_pace(zone) * (HILL_SLOWDOWN if shape.kind == "hills" else 1), True
    if named is None or shape.kind == "hills":
        zone = WORK_ZONE.get(shape.kind, "z3")
        return zone, paces.zone_pace(zone), True
    pace_s = (
        paces.zone_pace(ZONE_OF_PACE[named])
        if named in ZONE_OF_PACE
        else race_pace_s(named, paces, race)
    )
    zone = min(allowed, key=lambda z: abs(paces.zone_pace(z) - pace_s))
    return zone, pace_s, f"{format_clock(pace_s - 3)}-{format_clock(pace_s + 3)}/km"


def race_pace_s(named: WorkPace, paces: Paces, race: Race | None) -> float:
    """Seconds per km of a race pace: the VDOT's prediction, or the goal race's goal pace."""
    if named == "race" and race is not None:
        return race_seconds(race.distance_m, race.goal_s, paces) / (race.distance_m / 1000)
    metres = RACE_PACE_M.get(named)
    if metres is None:  # race pace without a race: threshold is the honest middle
        return paces.threshold
    return race_time_s(paces.vdot, metres) / (metres / 1000)


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
