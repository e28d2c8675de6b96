"""A session said as a goal ("get me to 3 x 20 min at threshold", "build up to 5 x 1 mile at
10k pace", "work up to a 40 min tempo"): each session of its kind takes the goal's shape and
as many of its repetitions as the week's caps allow (threshold work within 10% of the week,
Daniels; interval work within 8%, at most 10 km; repetitions within 5%, at most 8 km), so it
grows with the weeks toward the goal and never past it. The header says when it falls short.
"""

from __future__ import annotations

from agents.planning.build.context import WeekContext
from agents.planning.build.periodise import WeekFrame
from agents.planning.build.setup import Setup
from agents.planning.core.kinds import Kind
from agents.planning.core.paces import paces_for
from agents.planning.core.plan import Day
from agents.planning.core.segments import Shape, core_totals
from agents.planning.instructions.asked import SessionTarget

# Keep a margin under the caps so rounding never tips a week into a warning.
CAP_MARGIN = 0.9
SHORTEST_TEMPO_S = 600  # a threshold block shorter than 10 minutes is no tempo
TAPER_SHARE = 0.6  # a taper's sessions are smaller


def work_cap_m(kind: str, week_km: float) -> float:
    """The most metres of work a session of this kind may hold in a week of this volume:
    threshold 10% of the week (Daniels), repetitions 5% and 8 km, intervals and hills 8%
    and 10 km. One home for these caps: the sessions sized without a goal use them too."""
    if kind == "tempo":
        return week_km * 0.10 * 1000 * CAP_MARGIN
    if kind == "repetition":
        return min(8.0, week_km * 0.05) * 1000 * CAP_MARGIN
    return min(10.0, week_km * 0.08) * 1000 * CAP_MARGIN


def with_goal_kind(
    kinds: list[Kind], named: int, frame: WeekFrame, target: SessionTarget | None
) -> list[Kind]:
    """The week's session kinds with the goal's kind among them in build and peak weeks (in
    every other week when the week holds one session), so the goal is worked toward; the
    kinds the coach named by count stay."""
    if target is None or target.kind in kinds or frame.phase not in ("build", "peak"):
        return kinds
    free = list(range(named, len(kinds)))
    if not free or (len(kinds) == 1 and frame.phase_week % 2 == 1):
        return kinds
    chosen = list(kinds)
    chosen[free[-1]] = target.kind
    return chosen


def aimed(week: WeekContext, kind: Kind, shape: Shape | None, week_km: float) -> Shape | None:
    """This week's session of the goal's kind in the goal's shape, as big as the caps allow
    (never past the goal); the session as sized without a goal when not one repetition fits."""
    target = week.setup.asked.session_target
    if target is None or target.kind != kind:
        return shape
    cap_m = work_cap_m(kind, week_km) * (TAPER_SHARE if week.frame.phase == "taper" else 1)
    one = _one_rep(target)
    rep_m = core_totals(one, week.paces)[1]
    reps = min(target.reps, int(cap_m // rep_m)) if rep_m else 0
    if reps >= 1 and (reps >= 2 or target.reps == 1 or kind == "tempo"):
        return Shape(
            one.kind,
            reps=reps,
            rep_distance_m=one.rep_distance_m,
            rep_seconds=one.rep_seconds,
            recovery_seconds=one.recovery_seconds if reps > 1 else 0,
            work_pace=one.work_pace,
        )
    if target.reps == 1 and kind == "tempo":  # a shorter continuous tempo, whole 5 minutes
        pace = core_totals(one, week.paces)
        seconds = int(cap_m / max(1, pace[1]) * pace[0]) // 300 * 300
        if seconds >= SHORTEST_TEMPO_S:
            return Shape("tempo", reps=1, rep_seconds=seconds, work_pace=one.work_pace)
    return shape if shape is None or _work_m(shape, week) <= _work_m(_full(target), week) else None


def _one_rep(target: SessionTarget) -> Shape:
    """One repetition of the goal, with the recovery between repetitions its kind takes."""
    recovery = 120 if target.kind == "tempo" else 90
    return Shape(
        target.kind,
        reps=1,
        rep_distance_m=target.rep_distance_m,
        rep_seconds=target.rep_seconds,
        recovery_seconds=recovery,
        work_pace=target.work_pace,
    )


def _full(target: SessionTarget) -> Shape:
    one = _one_rep(target)
    return Shape(one.kind, target.reps, one.rep_distance_m, one.rep_seconds, one.recovery_seconds)


def _work_m(shape: Shape, week: WeekContext) -> int:
    return core_totals(shape, week.paces)[1] if shape.reps else 0


def session_target_note(weeks: list[list[Day]], setup: Setup) -> str | None:
    """A line for the header when the sessions of the goal's kind fall short of it: the
    biggest one reached, and what holds it there."""
    target = setup.asked.session_target
    if target is None:
        return None
    paces = paces_for(setup.vdot)
    goal_m = core_totals(_full(target), paces)[1]
    sessions = [d for days in weeks for d in days if d.kind == target.kind]
    biggest = max(sessions, key=lambda d: core_totals(Shape.of(d), paces)[1], default=None)
    reached = core_totals(Shape.of(biggest), paces)[1] if biggest else 0
    if reached >= goal_m * 0.95:
        return None
    if biggest is None:
        return f"Note: the {target.words} said is not planned: {_none_why(setup)}"
    got = f"the biggest is {_said(biggest)}"
    return (
        f"Note: the {target.kind} sessions build toward the {target.words} said but {got} in "
        f"{setup.weeks} weeks: a session's work stays within its share of the week (threshold "
        "10%, intervals 8% and at most 10 km); a bigger weekly volume or more weeks get further"
    )


def _none_why(setup: Setup) -> str:
    """Why no session of the goal's kind is in the plan."""
    asked = setup.asked
    kind = asked.session_target.kind if asked.session_target else ""
    if kind in asked.avoided:
        return f"no {kind} sessions are asked too, and that applies"
    if asked.no_speed_weeks >= setup.weeks:
        return "easy running only is asked too, and that applies"
    return f"the plan's weeks are too small for a {kind} session"


def _said(day: Day | None) -> str:
    assert day is not None
    size = f"{day.rep_distance_m} m" if day.rep_distance_m else f"{day.rep_seconds // 60} min"
    return f"{day.reps} x {size}"
