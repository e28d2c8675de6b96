"""Each week's sessions on the days the coach named ("tempo on Thursdays", "strides after
Friday's easy run", "parkrun every Saturday"), and, for a week that cannot hold one, why.

A named quality session takes its day before the plan chooses the others; a parkrun is a
5 km hard effort (a time trial) on its day, standing for one of the plan's own sessions; a
strides day ends its easy run with strides first. A week that holds no such session (easy
weeks, a race week, a tune-up's easy days) says so in the plan's notes."""

from __future__ import annotations

from agents.planning.build.context import WeekContext
from agents.planning.build.easy_days import strides_days
from agents.planning.build.sessions import distance_day
from agents.planning.build.tune_ups import tune_up_in
from agents.planning.core.kinds import Kind
from agents.planning.core.plan import Day
from agents.planning.core.promises import PromiseKind

QUALITY_NAMED: tuple[Kind, ...] = ("tempo", "intervals", "hills")
PARKRUN_M = 5000
_NAMES = ("", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# What a week's day must hold to keep each named session.
_HELD: dict[str, tuple[str, ...]] = {
    "tempo": ("tempo",),
    "intervals": ("intervals", "repetition"),
    "hills": ("hills",),
    "parkrun": ("time-trial",),
    "trail": (),  # any run on trails
}
_STEADY = ("easy", "long", "recovery")


# Which named days a week of few runs keeps first: the hard sessions, then the rest.
_KEEP_ORDER = ("tempo", "intervals", "hills", "parkrun", "trail", "strides")


def kept_days(week: WeekContext, runs: int, taken: set[int]) -> tuple[int, ...]:
    """The run days the week keeps for the sessions named on them, as many as its runs
    leave beside the days already taken (the long run's, a pair's)."""
    named = week.setup.session_days
    days = [named[k] for k in _KEEP_ORDER if k in named and named[k] not in taken]
    return tuple(days[: max(0, runs - len(taken))])


def parkrun_day(week: WeekContext, days_run: list[int], easy_only: set[int]) -> int | None:
    """The parkrun's day this week, run hard; None in a week that runs it not at all hard."""
    frame, setup = week.frame, week.setup
    day = setup.session_days.get("parkrun")
    if day is None or day not in days_run or day in easy_only or frame.race_week:
        return None
    if frame.number <= setup.no_speed_weeks or tune_up_in(frame.number, setup) is not None:
        return None
    return day


def named_quality(week: WeekContext, free: list[int]) -> list[int]:
    """The free run days named for a quality session this week."""
    named = week.setup.session_days
    return sorted(named[k] for k in QUALITY_NAMED if k in named and named[k] in free)


def not_for_quality(week: WeekContext) -> set[int]:
    """Days named for strides or a parkrun: the plan's own sessions go elsewhere."""
    named = week.setup.session_days
    return {d for k, d in named.items() if k in ("strides", "parkrun", "trail")}


def placed_kinds(week: WeekContext, quality: list[int], kinds: list[Kind]) -> list[Kind]:
    """The kinds in the order of the quality days, each named kind on its own day."""
    named = {d: k for k, d in week.setup.session_days.items() if k in QUALITY_NAMED}
    left = list(kinds)
    fixed: dict[int, Kind] = {}
    for day in quality:
        kind = named.get(day)
        if kind is not None and kind in left:
            fixed[day] = kind
            left.remove(kind)
    return [fixed[day] if day in fixed else left.pop(0) for day in quality]


def parkrun(week: WeekContext, weekday: int) -> Day:
    """A parkrun raced: 5 km at a hard, even effort."""
    return distance_day("time-trial", weekday, PARKRUN_M, week.paces)


def on_trails(week: WeekContext, days: list[Day]) -> list[Day]:
    """The easy or long run on the day said for trails, on trails."""
    day = week.setup.session_days.get("trail")
    return [
        d.model_copy(update={"trail": True}) if d.weekday == day and d.kind in _STEADY else d
        for d in days
    ]


def misses(week: WeekContext, days: list[Day]) -> list[tuple[PromiseKind, int, str]]:
    """Each named session the finished week does not hold on its day, with why."""
    found: list[tuple[PromiseKind, int, str]] = []
    for kind, weekday in week.setup.session_days.items():
        there = [d for d in days if d.weekday == weekday and d.kind != "cross-training"]
        if kind == "strides" and any(d.strides for d in there):
            continue
        if kind == "trail" and any(d.trail for d in there):
            continue
        if kind != "strides" and any(d.kind in _HELD[kind] for d in there):
            continue
        why = f"the {kind} on {_NAMES[weekday]}: {_why(week, kind, there, days)}"
        found.append(("session-day", week.frame.number, why))
    return found


def _why(week: WeekContext, kind: str, there: list[Day], days: list[Day]) -> str:
    frame, setup = week.frame, week.setup
    athlete = setup.athlete
    if athlete is not None and frame.number <= athlete.walk_weeks:
        return "walking and low-impact work only before running"
    if athlete is not None and frame.number <= athlete.run_walk_weeks:
        return "run-walk comes first, easy running only"
    if frame.race_week:
        return "the race week runs easy but for one short session"
    if tune_up_in(frame.number, setup) is not None:
        return "the tune-up race takes the week's hard day"
    if frame.number <= setup.no_speed_weeks:
        return "easy running only this week"
    if kind == "strides" and strides_days(week) == 0:
        return "no strides this week (a first week, or easy running only)"
    if not there:
        return "no run fits that day this week (the runs asked go elsewhere)"
    held = there[0].kind
    if held in ("easy", "recovery") and kind != "strides":
        if not any(d.is_quality for d in days):
            return "the week holds no quality session yet (the plan's build-up)"
        return "the week holds fewer quality sessions (a lighter week)"
    return f"that day holds the {held} run this week"
