"""The validator's rules on the plan's shape: weeks, totals, days, zones, paces, dates, phases."""

from __future__ import annotations

import itertools
import re
import statistics

from agents.planning.check.plan_view import PlanView, Violation, error, warning
from agents.planning.core.calendar import workout_date
from agents.planning.core.kinds import ALLOWED_ZONES, SUB_TYPES
from agents.planning.core.params import PlanParams
from agents.planning.structure.workouts import PlanResult
from schemas.workout import Workout, Zone

PHASE_RANK = {"base": 0, "build": 1, "peak": 2, "taper": 3}
# The zones a sub type's main or interval segments may use: the kinds' table, by sub type.
ALLOWED_ZONES_BY_SUB_TYPE: dict[str, frozenset[Zone]] = {
    SUB_TYPES[kind]: frozenset(zones) for kind, zones in ALLOWED_ZONES.items()
}
PACE = re.compile(r"^(\d+):(\d{2})-(\d+):(\d{2})/km$")
DOUBLES = re.compile(r"double|twice a day|two runs a day|two-a-day", re.IGNORECASE)


def weeks_contiguous(result: PlanResult, params: PlanParams) -> list[Violation]:
    expected = {str(n) for n in range(1, params.weeks + 1)}
    broken = []
    if set(result.weekly_info) != expected:
        broken.append(
            error(
                "weeks-contiguous",
                f"weekly_info weeks {sorted(result.weekly_info)} are not 1..{params.weeks}",
            )
        )
    stray = sorted({w.week for w in result.content if str(w.week) not in expected})
    if stray:
        broken.append(error("weeks-contiguous", f"workouts in weeks outside the plan: {stray}"))
    return broken


def segment_totals(result: PlanResult) -> list[Violation]:
    broken = []
    for workout in result.content:
        seconds = sum((s.duration or 0) * s.repeat for s in workout.segments)
        metres = sum((s.distance or 0) * s.repeat for s in workout.segments)
        if (seconds and seconds != workout.duration) or (metres and metres != workout.distance):
            broken.append(
                error(
                    "segment-totals",
                    f"segments add up to {seconds} s, {metres} m; "
                    f"the workout says {workout.duration} s, {workout.distance} m",
                    workout.week,
                    workout.day,
                )
            )
        if not any(s.type in ("main", "interval") for s in workout.segments):
            broken.append(
                error("segment-totals", "no main or interval segment", workout.week, workout.day)
            )
    return broken


def week_totals(view: PlanView) -> list[Violation]:
    broken = []
    for week in view.weeks:
        actual = view.running_m(week)
        stated = view.info[week].total_distance
        if abs(stated - actual) > max(actual * 0.01, 0):
            broken.append(
                error(
                    "week-totals",
                    f"weekly_info says {stated} m, its running workouts add up to {actual} m",
                    week,
                )
            )
    return broken


def one_a_day(view: PlanView, params: PlanParams) -> list[Violation]:
    """Two runs on a day are a warning (the planner writes one; a coach may write two);
    a second session that is cross-training or a short strides-like jog is fine."""
    if params.additional_prompt and DOUBLES.search(params.additional_prompt):
        return []
    broken = []
    for week in view.weeks:
        runs = [w.day for w in view.workouts.get(week, []) if not _light_extra(w)]
        for day in sorted({d for d in runs if runs.count(d) > 1}):
            broken.append(warning("one-workout-a-day", "more than one run on a day", week, day))
    return broken


def _light_extra(workout: Workout) -> bool:
    short_jog = workout.sub_type in ("easy-run", "recovery-run") and workout.duration <= 15 * 60
    return workout.sub_type == "cross-training" or short_jog


def zones(result: PlanResult) -> list[Violation]:
    broken = []
    for workout in result.content:
        allowed = ALLOWED_ZONES_BY_SUB_TYPE.get(workout.sub_type)
        if allowed is None:
            continue
        for seg in workout.segments:
            if seg.type in ("main", "interval") and seg.intensity.zone not in allowed:
                broken.append(
                    error(
                        "zone",
                        f"{seg.intensity.zone} in a {workout.sub_type}",
                        workout.week,
                        workout.day,
                    )
                )
    return broken


def _pace_seconds(pace: str) -> tuple[int, int] | None:
    match = PACE.match(pace)
    if not match:
        return None
    a, b, c, d = (int(x) for x in match.groups())
    return a * 60 + b, c * 60 + d


def pace_order(result: PlanResult) -> list[Violation]:
    """Pace ranges read fast-slow, and faster zones carry faster paces."""
    by_zone: dict[str, list[float]] = {}
    broken = []
    for workout in result.content:
        for seg in workout.segments:
            pace = _pace_seconds(seg.intensity.pace) if seg.intensity.pace else None
            if pace is None:
                continue
            if pace[0] > pace[1]:
                broken.append(
                    error(
                        "pace",
                        f"pace range {seg.intensity.pace} is slow-fast",
                        workout.week,
                        workout.day,
                    )
                )
            if workout.sub_type != "race":
                by_zone.setdefault(seg.intensity.zone, []).append(sum(pace) / 2)
    medians = [(zone, statistics.median(v)) for zone, v in sorted(by_zone.items())]
    for (zone, middle), (next_zone, next_middle) in itertools.pairwise(medians):
        if next_middle >= middle:
            broken.append(error("pace", f"{next_zone} paces are not faster than {zone} paces"))
    return broken


def dates(view: PlanView) -> list[Violation]:
    start = view.start_date
    broken = []
    for week in view.weeks:
        for workout in view.workouts.get(week, []):
            if start is None:
                continue
            expected = workout_date(start, week, workout.day)
            if workout.date != expected.isoformat() or expected < start:
                broken.append(
                    error(
                        "dates",
                        f"date {workout.date} does not match week {week} "
                        f"day {workout.day} from start {start}",
                        week,
                        workout.day,
                    )
                )
    return broken


def phase_order(view: PlanView) -> list[Violation]:
    """base -> build -> peak -> taper; after a taper a new cycle may begin."""
    broken = []
    rank = -1
    previous = None
    for week in view.weeks:
        phase = view.info[week].phase
        if phase == "recovery":
            continue
        current = PHASE_RANK[phase]
        if current < rank and previous != "taper":
            broken.append(error("phase-order", f"{phase} after {previous}", week))
        rank, previous = current, phase
    return broken
