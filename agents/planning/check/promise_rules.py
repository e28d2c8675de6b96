"""The rule `instruction-kept`: a plan keeps every instruction it says it read, in every week
the promise holds, unless the plan says where a rule of its own wins. Promises are data the
planner carries (`core.promises`); the header's English is never read again."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from agents.planning.check.plan_promises import cutbacks_kept, ramp_kept
from agents.planning.check.plan_view import HARD_ZONES, PlanView, Violation, error
from agents.planning.core.kinds import HARD_SUB_TYPES, QUALITY_SUB_TYPES
from agents.planning.core.promises import START_TOLERANCE, Promise
from schemas.workout import Workout

RULE = "instruction-kept"
VOLUME_TOLERANCE = 0.01  # rounding of a week held to a volume limit
KINDS_OF = {
    "tempo": {"tempo"},
    "intervals": {"intervals", "repetitions"},
    "hill-repeats": {"hill-repeats"},
}


def promises_kept(view: PlanView, promises: Sequence[Promise]) -> list[Violation]:
    """Every week in which a promise holds and is broken, as errors."""
    broken: list[Violation] = []
    weeks = len(view.weeks)
    for promise in promises:
        if promise.kind in _PLAN_CHECKS:
            message = _PLAN_CHECKS[promise.kind](view, promise)
            if message:
                broken.append(error(RULE, f'"{promise.quote}": {message}'))
            continue
        for week in view.weeks:
            if not promise.applies(week, weeks) or not _in_phase(view, promise, week):
                continue
            message = _WEEK_CHECKS[promise.kind](view, promise, week)
            if message:
                broken.append(error(RULE, f'"{promise.quote}" is not kept: {message}', week))
    return broken


def _in_phase(view: PlanView, promise: Promise, week: int) -> bool:
    info = view.info[week]
    if promise.phases and info.phase not in promise.phases:
        return False
    lighter = info.cutback or info.phase == "taper" or _race(view, week)
    return not (promise.loading_only and lighter)


def _runs(view: PlanView, week: int) -> list[Workout]:
    return [w for w in view.workouts.get(week, []) if w.sub_type != "cross-training"]


def _training(view: PlanView, week: int) -> list[Workout]:
    return [w for w in _runs(view, week) if w.sub_type not in ("race", "time-trial")]


def _race(view: PlanView, week: int) -> bool:
    return view.race_in(week)


def _quality(view: PlanView, week: int) -> list[Workout]:
    return [w for w in view.workouts.get(week, []) if w.sub_type in QUALITY_SUB_TYPES]


def _strides(workout: Workout) -> bool:
    return workout.sub_type in ("easy-run", "recovery-run") and any(
        s.intensity.zone in HARD_ZONES for s in workout.segments
    )


def _count(view: PlanView, p: Promise, week: int) -> str | None:
    runs = len(_runs(view, week))
    return None if runs == p.value else f"{runs} runs, not {p.value}"


def _count_max(view: PlanView, p: Promise, week: int) -> str | None:
    runs = len(_runs(view, week))
    return None if runs <= p.value else f"{runs} runs, more than {p.value}"


def _rest_days(view: PlanView, p: Promise, week: int) -> str | None:
    days = sorted({w.day for w in _runs(view, week) if w.day in p.days})
    return f"a run on day {days[0]}" if days else None


def _long_day(view: PlanView, p: Promise, week: int) -> str | None:
    days = sorted({w.day for w in _runs(view, week) if w.sub_type == "long-run"} - p.days)
    return f"a long run on day {days[0]}" if days else None


def _easy_only(view: PlanView, p: Promise, week: int) -> str | None:
    hard = [w for w in _training(view, week) if w.sub_type in QUALITY_SUB_TYPES or _strides(w)]
    return f"{hard[0].name} on day {hard[0].day}" if hard else None


def _quality_count(view: PlanView, p: Promise, week: int) -> str | None:
    sessions = _quality(view, week)
    if len(sessions) != p.value:
        return f"{len(sessions)} quality sessions, not {p.value}"
    for kind in set(p.kinds):
        have = sum(w.sub_type in KINDS_OF[kind] for w in sessions)
        if have < p.kinds.count(kind):
            return f"{have} {kind} sessions, not {p.kinds.count(kind)}"
    return None


def _quality_max(view: PlanView, p: Promise, week: int) -> str | None:
    sessions = len(_quality(view, week))
    return None if sessions <= p.value else f"{sessions} quality sessions, more than {p.value}"


def _hard_easy(view: PlanView, p: Promise, week: int) -> str | None:
    hard = sorted(
        (w.day, w.sub_type) for w in view.workouts.get(week, []) if w.sub_type in HARD_SUB_TYPES
    )
    for (day, kind), (next_day, next_kind) in itertools.pairwise(hard):
        pair = kind == next_kind == "long-run" and view.back_to_back
        if next_day - day == 1 and not pair:
            return f"hard days back to back on days {day} and {next_day}"
    return None


def _week_km(view: PlanView, p: Promise, week: int) -> str | None:
    assert p.metres is not None
    volume = view.training_m(week)
    if volume <= p.metres * (1 + VOLUME_TOLERANCE):
        return None
    return f"{volume / 1000:.1f} km, above {p.metres / 1000:.0f} km"


def _held(p: Promise, sub_type: str) -> bool:
    """Whether a run limit said of some runs holds this run: every run but the long run
    ("short"), or the easy runs ("easy")."""
    if p.held == "short":
        return sub_type != "long-run"
    if p.held == "easy":
        return sub_type in ("easy-run", "recovery-run")
    if p.held == "recovery":
        return sub_type == "recovery-run"
    return True


def _run_max(view: PlanView, p: Promise, week: int) -> str | None:
    runs = [
        w
        for w in _training(view, week)
        if (not p.long_only or w.sub_type == "long-run")
        and (not p.days or w.day in p.days)
        and _held(p, w.sub_type)
    ]
    growth = p.step_seconds * (week - p.first_week)
    for workout in runs:
        if p.seconds is not None and workout.duration > p.seconds + growth:
            return f"{workout.name} lasts {workout.duration // 60} min"
        if p.metres is not None and workout.distance > p.metres:
            return f"{workout.name} covers {workout.distance / 1000:.1f} km"
    return None


def _week_minutes(view: PlanView, p: Promise, week: int) -> str | None:
    minutes = sum(w.duration for w in _training(view, week)) / 60
    return None if minutes <= p.value else f"{minutes:.0f} min of training"


def _day_minutes(view: PlanView, p: Promise, week: int) -> str | None:
    long = [w for w in _training(view, week) if w.day in p.days and w.duration > p.value * 60]
    return f"{long[0].name} on day {long[0].day}" if long else None


def _start(view: PlanView, p: Promise, week: int) -> str | None:
    assert p.metres is not None
    volume = view.training_m(week)
    if abs(volume - p.metres) <= p.metres * START_TOLERANCE:
        return None
    return f"week {week} has {volume / 1000:.1f} km"


def _run_walk(view: PlanView, p: Promise, week: int) -> str | None:
    runs = _training(view, week)
    other = [w for w in runs if w.sub_type != "run-walk"]
    if other:
        return f"{other[0].name} on day {other[0].day}"
    days = sorted(w.day for w in runs)
    if any(b - a < 2 for a, b in itertools.pairwise(days)):
        return "run-walk days are not on alternate days"
    return None


def _no_running(view: PlanView, p: Promise, week: int) -> str | None:
    runs = _runs(view, week)
    return f"{runs[0].name} on day {runs[0].day}" if runs else None


def _strides_kept(view: PlanView, p: Promise, week: int) -> str | None:
    return None if any(_strides(w) for w in _training(view, week)) else "no strides"


_ON_DAY = {
    "tempo": {"tempo"},
    "intervals": {"intervals", "repetitions"},
    "hills": {"hill-repeats"},
    "parkrun": {"time-trial"},
}


def _session_day(view: PlanView, p: Promise, week: int) -> str | None:
    """The session named for a day on that day: its sub type, or strides after an easy run."""
    there = [w for w in view.workouts.get(week, []) if w.day in p.days]
    kind = p.kinds[0]
    if kind == "strides":
        kept = any(_strides(w) for w in there)
    elif kind == "trail":
        kept = any("trail" in w.description.lower() for w in there)
    else:
        kept = any(w.sub_type in _ON_DAY[kind] for w in there)
    return None if kept else f"no {kind} on day {min(p.days)}"


def _back_to_back(view: PlanView, p: Promise, week: int) -> str | None:
    days = sorted(w.day for w in _training(view, week) if w.sub_type == "long-run")
    if any(b - a == 1 for a, b in itertools.pairwise(days)):
        return None
    return "no back-to-back long runs"


def _strength(view: PlanView, p: Promise, week: int) -> str | None:
    kept = any(
        w.sub_type == "cross-training" and "strength" in w.name.lower()
        for w in view.workouts.get(week, [])
    )
    return None if kept else "no strength session"


def _race_kept(view: PlanView, p: Promise, week: int) -> str | None:
    races = [w for w in view.workouts.get(week, []) if w.sub_type == "race"]
    if any(w.distance == p.metres for w in races):
        return None
    return f"no {p.metres / 1000 if p.metres else 0:g} km race"


def _trail(view: PlanView, p: Promise, week: int) -> str | None:
    steady = [w for w in _training(view, week) if w.sub_type in ("easy-run", "long-run")]
    off = [w for w in steady if "trail" not in w.description.lower()]
    return f"{off[0].name} on day {off[0].day} is not on trails" if off else None


def _no_kind(sub_types: set[str]) -> Callable[[PlanView, Promise, int], str | None]:
    def check(view: PlanView, p: Promise, week: int) -> str | None:
        found = [w for w in view.workouts.get(week, []) if w.sub_type in sub_types]
        return f"{found[0].name} on day {found[0].day}" if found else None

    return check


_WEEK_CHECKS: dict[str, Callable[[PlanView, Promise, int], str | None]] = {
    "runs": _count,
    "runs-max": _count_max,
    "rest-days": _rest_days,
    "long-day": _long_day,
    "easy-only": _easy_only,
    "quality": _quality_count,
    "quality-max": _quality_max,
    "hard-easy": _hard_easy,
    "week-km-max": _week_km,
    "run-max": _run_max,
    "week-min-max": _week_minutes,
    "day-min-max": _day_minutes,
    "start-km": _start,
    "run-walk": _run_walk,
    "no-running": _no_running,
    "strides": _strides_kept,
    "session-day": _session_day,
    "back-to-back": _back_to_back,
    "strength": _strength,
    "race": _race_kept,
    "trail": _trail,
    "no-intervals": _no_kind({"intervals", "repetitions"}),
    "no-tempo": _no_kind({"tempo"}),
}
_PLAN_CHECKS: dict[str, Callable[[PlanView, Promise], str | None]] = {
    "ramp-max": ramp_kept,
    "cutback-every": cutbacks_kept,
}
