"""The plan validator: every rule of the training-science doc's table, as errors and warnings."""

from __future__ import annotations

import datetime
import functools
import itertools
import re
import statistics
from collections.abc import Callable

from agents.planning.check import load_rules as load
from agents.planning.check.athlete_rules import COUCH_TO_5K_LIMIT_S, first_week_running
from agents.planning.check.plan_view import PlanView, Violation, error, warning
from agents.planning.core.params import PlanParams
from agents.planning.core.values import is_ultra
from agents.planning.instructions.readers import Instructions, read_instructions
from agents.planning.structure.workouts import PlanResult, week_monday
from schemas.workout import Workout

PHASE_RANK = {"base": 0, "build": 1, "peak": 2, "taper": 3}
# Zones a sub_type's main or interval segments may use; strides make z6 fine in easy runs.
ALLOWED_ZONES = {
    "easy-run": {"z1", "z2", "z6"},
    "recovery-run": {"z1", "z2"},
    "long-run": {"z2", "z3"},
    "tempo": {"z3", "z4"},
    "intervals": {"z4", "z5"},
    "repetitions": {"z5", "z6"},
    "hill-repeats": {"z4", "z5", "z6"},
    "fartlek": {"z3", "z4", "z5"},
    "marathon-pace": {"z3"},
    "race": {"z3", "z4", "z5", "z6"},
    "run-walk": {"z1", "z2"},
}
PACE = re.compile(r"^(\d+):(\d{2})-(\d+):(\d{2})/km$")
DOUBLES = re.compile(r"double|twice a day|two runs a day|two-a-day", re.IGNORECASE)


def validate_plan(result: PlanResult, params: PlanParams) -> list[Violation]:
    """All violations of a structured plan, errors and warnings, in rule order."""
    found_words = _words(params.additional_prompt, params.training_principle)
    view = _view(result, params, found_words)
    if not view.weeks:
        return [error("weeks-contiguous", "the plan has no weeks")]
    found: list[Violation] = []
    checks: list[Callable[[], list[Violation]]] = [
        lambda: _weeks_contiguous(result, params),
        lambda: _segment_totals(result),
        lambda: _week_totals(view),
        lambda: _one_a_day(view, params),
        lambda: _zones(result),
        lambda: _pace_order(result),
        lambda: _dates(view),
        lambda: _phase_order(view),
        lambda: load.weekly_ramp(view),
        lambda: load.long_run_spike(view),
        lambda: load.cutbacks(view),
        lambda: load.long_runs(view),
        lambda: load.quality_volume(view),
        lambda: load.intensity_mix(view),
        lambda: load.hard_easy(view),
        lambda: load.rest_days(view),
        lambda: load.taper(view),
        lambda: first_week_running(view, _continuous_limit(found_words)),
    ]
    for check in checks:
        found.extend(check())
    return found


def _view(result: PlanResult, params: PlanParams, words: Instructions) -> PlanView:
    info = {int(k): v for k, v in result.weekly_info.items() if k.isdigit()}
    ultra = any(w.sub_type == "race" and is_ultra(w.distance) for w in result.content) or (
        words.race is not None and is_ultra(words.race.distance_m)
    )
    view = PlanView(
        level=params.level,
        start_date=params.start_date,
        weeks=sorted(info),
        info=info,
        ultra=ultra,
        back_to_back=ultra or words.back_to_back,
    )
    for workout in result.content:
        view.workouts.setdefault(workout.week, []).append(workout)
    return view


@functools.lru_cache(maxsize=64)
def _words(prompt: str | None, principle: str | None) -> Instructions:
    """The instructions as read (cached: validating the same request again reads the same);
    the validator only reads them, never changes them."""
    return read_instructions(prompt, principle)


def _continuous_limit(words: Instructions) -> int | None:
    """What the athlete said they can run without a walk, if they said it."""
    if words.continuous_limit_s is not None:
        return words.continuous_limit_s
    return COUCH_TO_5K_LIMIT_S if words.couch_to_5k else None


def _weeks_contiguous(result: PlanResult, params: PlanParams) -> list[Violation]:
    expected = {str(n) for n in range(1, params.weeks + 1)}
    found = []
    if set(result.weekly_info) != expected:
        found.append(
            error(
                "weeks-contiguous",
                f"weekly_info weeks {sorted(result.weekly_info)} are not 1..{params.weeks}",
            )
        )
    stray = sorted({w.week for w in result.content if str(w.week) not in expected})
    if stray:
        found.append(error("weeks-contiguous", f"workouts in weeks outside the plan: {stray}"))
    return found


def _segment_totals(result: PlanResult) -> list[Violation]:
    found = []
    for workout in result.content:
        seconds = sum((s.duration or 0) * s.repeat for s in workout.segments)
        metres = sum((s.distance or 0) * s.repeat for s in workout.segments)
        if (seconds and seconds != workout.duration) or (metres and metres != workout.distance):
            found.append(
                error(
                    "segment-totals",
                    f"segments add up to {seconds} s, {metres} m; "
                    f"the workout says {workout.duration} s, {workout.distance} m",
                    workout.week,
                    workout.day,
                )
            )
        if not any(s.type in ("main", "interval") for s in workout.segments):
            found.append(
                error("segment-totals", "no main or interval segment", workout.week, workout.day)
            )
    return found


def _week_totals(view: PlanView) -> list[Violation]:
    found = []
    for week in view.weeks:
        actual = sum(w.distance for w in view.workouts.get(week, []))
        stated = view.info[week].total_distance
        if abs(stated - actual) > max(actual * 0.01, 0):
            found.append(
                error(
                    "week-totals",
                    f"weekly_info says {stated} m, workouts add up to {actual} m",
                    week,
                )
            )
    return found


def _one_a_day(view: PlanView, params: PlanParams) -> list[Violation]:
    """Two runs on a day are a warning (the planner writes one; a coach may write two);
    a second session that is cross-training or a short strides-like jog is fine."""
    if params.additional_prompt and DOUBLES.search(params.additional_prompt):
        return []
    found = []
    for week in view.weeks:
        runs = [w.day for w in view.workouts.get(week, []) if not _light_extra(w)]
        for day in sorted({d for d in runs if runs.count(d) > 1}):
            found.append(warning("one-workout-a-day", "more than one run on a day", week, day))
    return found


def _light_extra(workout: Workout) -> bool:
    short_jog = workout.sub_type in ("easy-run", "recovery-run") and workout.duration <= 15 * 60
    return workout.sub_type == "cross-training" or short_jog


def _zones(result: PlanResult) -> list[Violation]:
    found = []
    for workout in result.content:
        allowed = ALLOWED_ZONES.get(workout.sub_type)
        if allowed is None:
            continue
        for seg in workout.segments:
            if seg.type in ("main", "interval") and seg.intensity.zone not in allowed:
                found.append(
                    error(
                        "zone",
                        f"{seg.intensity.zone} in a {workout.sub_type}",
                        workout.week,
                        workout.day,
                    )
                )
    return found


def _pace_seconds(pace: str) -> tuple[int, int] | None:
    match = PACE.match(pace)
    if not match:
        return None
    a, b, c, d = (int(x) for x in match.groups())
    return a * 60 + b, c * 60 + d


def _pace_order(result: PlanResult) -> list[Violation]:
    """Pace ranges read fast-slow, and faster zones carry faster paces."""
    by_zone: dict[str, list[float]] = {}
    found = []
    for workout in result.content:
        for seg in workout.segments:
            pace = _pace_seconds(seg.intensity.pace) if seg.intensity.pace else None
            if pace is None:
                continue
            if pace[0] > pace[1]:
                found.append(
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
            found.append(error("pace", f"{next_zone} paces are not faster than {zone} paces"))
    return found


def _dates(view: PlanView) -> list[Violation]:
    start = view.start_date
    found = []
    for week in view.weeks:
        for workout in view.workouts.get(week, []):
            if start is None:
                continue
            expected = week_monday(start) + datetime.timedelta(
                days=(week - 1) * 7 + workout.day - 1
            )
            if workout.date != expected.isoformat() or expected < start:
                found.append(
                    error(
                        "dates",
                        f"date {workout.date} does not match week {week} "
                        f"day {workout.day} from start {start}",
                        week,
                        workout.day,
                    )
                )
    return found


def _phase_order(view: PlanView) -> list[Violation]:
    """base -> build -> peak -> taper; after a taper a new cycle may begin."""
    found = []
    rank = -1
    previous = None
    for week in view.weeks:
        phase = view.info[week].phase
        if phase == "recovery":
            continue
        current = PHASE_RANK[phase]
        if current < rank and previous != "taper":
            found.append(error("phase-order", f"{phase} after {previous}", week))
        rank, previous = current, phase
    return found
