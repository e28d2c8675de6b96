"""Validator rules about training load: ramp, long runs, cutbacks, intensity, taper."""

from __future__ import annotations

import itertools

from agents.planning.check.plan_view import (
    HARD_ZONES,
    PlanView,
    Violation,
    error,
    is_reduced,
    warning,
)
from agents.planning.core.kinds import HARD_SUB_TYPES, QUALITY_SUB_TYPES

LONG_SHARE_LIMIT = {"beginner": 0.50, "intermediate": 0.30, "advanced": 0.30}
# Minutes of one run: Daniels' 150 (warning) and 180 (error); ultras (Koop): 5 h and 6 h.
LONG_RUN_MIN = (150, 180)
ULTRA_LONG_RUN_MIN = (300, 360)
QUALITY_LIMIT = {"beginner": 1, "intermediate": 2, "advanced": 2}


def weekly_ramp(view: PlanView) -> list[Violation]:
    """Volume vs the last non-cutback week: +10% a warning, +30% an error."""
    broken: list[Violation] = []
    reference: float | None = None
    previous: float | None = None
    for week in view.full_weeks():
        volume = view.training_m(week)
        if reference and volume > reference * 1.10:
            rise = volume / reference - 1
            make = error if rise > 0.30 else warning
            broken.append(
                make(
                    "weekly-volume",
                    f"volume {volume / 1000:.1f} km is {rise:.0%} above the last full week",
                    week,
                )
            )
        if not is_reduced(volume, previous) and not view.info[week].cutback:
            reference = volume
        previous = volume
    return broken


def long_run_spike(view: PlanView) -> list[Violation]:
    """The longest run vs the longest of the previous four weeks (Frandsen 2025)."""
    broken: list[Violation] = []
    longest: list[int] = []
    for week in view.full_weeks():
        runs = [w.distance for w in view.workouts.get(week, []) if w.sub_type != "race"]
        top = max(runs, default=0)
        recent = max(longest[-4:], default=0)
        if recent and top > recent * 1.10:
            broken.append(
                warning(
                    "long-run-spike",
                    f"longest run {top / 1000:.1f} km is "
                    f"{top / recent - 1:.0%} above the previous 4 weeks' longest",
                    week,
                )
            )
        longest.append(top)
    return broken


def cutbacks(view: PlanView) -> list[Violation]:
    """A reduced week in every 4 consecutive; a marked cutback 15-30% below the week before."""
    weeks = view.full_weeks()
    volumes = [view.training_m(w) for w in weeks]
    reduced = [False] + [is_reduced(volumes[i], volumes[i - 1]) for i in range(1, len(weeks))]
    broken: list[Violation] = []
    if len(view.weeks) >= 6:
        for start in range(0, len(weeks) - 3):
            if not any(reduced[start : start + 4]):
                broken.append(
                    warning(
                        "cutback",
                        f"no cutback week in weeks {weeks[start]}-{weeks[start + 3]}",
                        weeks[start],
                    )
                )
                break
    for index, week in enumerate(weeks[1:], start=1):
        if view.info[week].cutback and volumes[index - 1]:
            cut = 1 - volumes[index] / volumes[index - 1]
            if not 0.15 <= cut <= 0.30:
                broken.append(
                    warning(
                        "cutback",
                        f"cutback week is {cut:.0%} below the week before (15-30% expected)",
                        week,
                    )
                )
    return broken


def long_runs(view: PlanView) -> list[Violation]:
    """Long-run length and share of the week; an ultra's long runs have their own caps."""
    broken: list[Violation] = []
    warn_min, error_min = ULTRA_LONG_RUN_MIN if view.ultra else LONG_RUN_MIN
    for week in view.weeks:
        volume = view.training_m(week)
        for workout in view.workouts.get(week, []):
            if workout.sub_type == "race":
                continue
            minutes = workout.duration / 60
            if minutes > warn_min:
                make = error if minutes > error_min else warning
                broken.append(make("long-run-length", f"{minutes:.0f} min run", week, workout.day))
            limit = LONG_SHARE_LIMIT.get(view.level, 0.30)
            if (
                not view.ultra
                and workout.sub_type == "long-run"
                and not view.partial(week)
                and volume
                and workout.distance > volume * limit
            ):
                broken.append(
                    warning(
                        "long-run-share",
                        f"long run is {workout.distance / volume:.0%} of the week",
                        week,
                        workout.day,
                    )
                )
    return broken


def quality_volume(view: PlanView) -> list[Violation]:
    """T, I and R volume of one session against the week (Daniels)."""
    broken: list[Violation] = []
    for week in view.full_weeks():
        volume = view.training_m(week)
        limits = {
            "z4": (volume * 0.10, "T", "10%"),
            "z5": (min(10_000, volume * 0.08), "I", "min(10 km, 8%)"),
            "z6": (min(8_000, volume * 0.05), "R", "min(8 km, 5%)"),
        }
        for workout in view.workouts.get(week, []):
            if workout.sub_type not in QUALITY_SUB_TYPES:
                continue  # strides in an easy run are not a quality session
            for zone, (limit, name, rule) in limits.items():
                metres = sum(
                    (s.distance or 0) * s.repeat
                    for s in workout.segments
                    if s.intensity.zone == zone
                )
                if metres > limit:
                    broken.append(
                        warning(
                            "quality-volume",
                            f"{name} volume {metres} m exceeds {rule} of the week",
                            week,
                            workout.day,
                        )
                    )
    return broken


def intensity_mix(view: PlanView) -> list[Violation]:
    """Hard time at most 25% of the week (Seiler); at most 2 quality days (beginner 1)."""
    broken: list[Violation] = []
    for week in view.full_weeks():
        workouts = [w for w in view.workouts.get(week, []) if w.sub_type != "race"]
        total = sum(w.duration for w in workouts)
        hard = sum(
            (s.duration or 0) * s.repeat
            for w in workouts
            for s in w.segments
            if s.intensity.zone in HARD_ZONES
        )
        if total and hard > total * 0.25:
            broken.append(
                warning("intensity-mix", f"hard time is {hard / total:.0%} of the week", week)
            )
        quality = len({w.day for w in workouts if w.sub_type in QUALITY_SUB_TYPES})
        if quality > QUALITY_LIMIT.get(view.level, 2):
            broken.append(warning("intensity-mix", f"{quality} quality days", week))
    return broken


def hard_easy(view: PlanView) -> list[Violation]:
    """No hard day right after another, across week ends too; back-to-back long runs are
    fine when asked for or in ultra training."""
    broken: list[Violation] = []
    hard_days = sorted(
        ((week - 1) * 7 + w.day, w.sub_type)
        for week in view.weeks
        for w in view.workouts.get(week, [])
        if w.sub_type in HARD_SUB_TYPES
    )
    make = error if view.level == "beginner" else warning
    for (first, first_type), (second, second_type) in itertools.pairwise(hard_days):
        pair = first_type == second_type == "long-run"
        if second - first == 1 and not (pair and view.back_to_back):
            week, day = divmod(second - 1, 7)
            broken.append(make("hard-easy", "hard days back to back", week + 1, day + 1))
    return broken


def rest_days(view: PlanView) -> list[Violation]:
    """Beginners rest at least two days a week."""
    if view.level != "beginner":
        return []
    return [
        error("rest-days", f"{7 - len(view.workouts.get(w, []))} rest days", w)
        for w in view.full_weeks()
        if len({x.day for x in view.workouts.get(w, [])}) > 5
    ]


def taper(view: PlanView) -> list[Violation]:
    """Plans of 8+ weeks ending in a race or a taper cut volume 40-60% and keep intensity."""
    tapering = _final_taper(view)
    if len(view.weeks) < 8 or not (view.has_race() or tapering):
        return []
    taper_weeks = tapering or view.weeks[-3:]
    before = [w for w in view.weeks if w < taper_weeks[0]][-4:]
    if any(_run_walk(view, w) for w in before):
        return []  # still returning to running (run-walk): no training load to taper from
    reference = max((view.training_m(w) for w in before), default=0)
    lowest = min(view.training_m(w) for w in taper_weeks)
    last = view.weeks[-1]
    if not reference:
        return []
    if lowest >= reference:
        return [error("taper", "no volume reduction before the end of the plan", last)]
    broken: list[Violation] = []
    cut = 1 - lowest / reference
    if not 0.40 <= cut <= 0.60:
        broken.append(warning("taper", f"taper cuts volume by {cut:.0%} (40-60% expected)", last))
    if not any(
        w.sub_type in QUALITY_SUB_TYPES for week in taper_weeks for w in view.workouts.get(week, [])
    ):
        broken.append(warning("taper", "no quality session in the taper: keep intensity", last))
    return broken


def _run_walk(view: PlanView, week: int) -> bool:
    return any(w.sub_type == "run-walk" for w in view.workouts.get(week, []))


def _final_taper(view: PlanView) -> list[int]:
    weeks: list[int] = []
    for week in reversed(view.weeks):
        if view.info[week].phase != "taper":
            break
        weeks.insert(0, week)
    return weeks[-3:]
