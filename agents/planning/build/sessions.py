"""Sizing each kind of run for a week: quality sessions inside the training-science caps."""

from __future__ import annotations

from agents.planning.build.context import WeekContext
from agents.planning.build.periodise import WeekFrame
from agents.planning.build.session_goal import aimed, with_goal_kind, work_cap_m
from agents.planning.build.setup import Setup
from agents.planning.core.kinds import Kind
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day
from agents.planning.core.segments import (
    Shape,
    core_totals,
    natural_distance_m,
    natural_duration_min,
)

WARMUP_COOLDOWN_MIN = {"beginner": 20, "intermediate": 25, "advanced": 30}
TEMPO_MAX_MIN = {"beginner": 20, "intermediate": 30, "advanced": 40}
MARATHON_PACE_MAX_KM = {"beginner": 6, "intermediate": 12, "advanced": 16}
# Rep distances tried from longest to shortest; (metres, most reps) keep reps from creeping.
INTERVAL_REPS = ((1200, 6), (1000, 6), (800, 8), (600, 8), (400, 10))
REPETITION_REPS = ((400, 8), (300, 8), (200, 12))


def quality_kinds(week: WeekContext, count: int) -> list[Kind]:
    """The kinds of this week's quality sessions, most important first."""
    frame, setup = week.frame, week.setup
    menu = _menu(frame, setup)
    wanted = list(setup.quality_kinds)
    kinds = [wanted[i] if i < len(wanted) else menu[i % len(menu)] for i in range(count)]
    if len(set(kinds)) < len(kinds) and kinds[0] == "intervals" and frame.phase == "peak":
        kinds[1] = "repetition"  # two track sessions: one VO2max, one speed
    # Polarised training never brings a tempo in to stand for a kind not wanted.
    polarised = setup.style == "polarised" and "tempo" not in setup.asked.named_kinds
    kinds = with_goal_kind(kinds, len(wanted), frame, setup.asked.session_target)
    return _without_avoided(kinds, setup.asked.avoided, {"tempo"} if polarised else set())


# What takes the place of a kind the coach does not want, in this order of preference.
STAND_INS: tuple[Kind, ...] = ("fartlek", "tempo", "intervals", "hills", "marathon-pace")


def _without_avoided(kinds: list[Kind], avoided: set[str], barred: set[str]) -> list[Kind]:
    """Each kind not wanted replaced by one that is (and is not barred as a stand-in), one not
    in the week yet if it can."""
    if not avoided:
        return kinds
    allowed = [k for k in STAND_INS if k not in avoided | barred]
    chosen: list[Kind] = []
    for kind in kinds:
        if kind in avoided:
            fresh = [k for k in allowed if k not in chosen and k not in kinds]
            kind = (fresh or allowed or ["fartlek"])[0]
        chosen.append(kind)
    return chosen


def _menu(frame: WeekFrame, setup: Setup) -> list[Kind]:
    odd = frame.phase_week % 2 == 1
    race_m = setup.race.distance_m if setup.race else None
    if frame.phase == "taper":
        return [
            "tempo"
            if setup.ultra
            else "marathon-pace"
            if race_m == 42195
            else "tempo"
            if race_m == 21097
            else "intervals"
            if race_m
            else "fartlek"
        ]
    if frame.number == 1 and not setup.quality_kinds:
        return ["fartlek"]  # the first week: relaxed surges, before hills and tempo
    if setup.level == "beginner":
        # Polarised training keeps beginners off tempo too: hills or intervals instead.
        tempo: Kind = "hills" if setup.style == "polarised" else "tempo"
        beginner: dict[str, list[Kind]] = {
            "base": ["hills" if setup.hills else "fartlek"],
            "build": [tempo if not odd else ("hills" if setup.hills else "fartlek")],
            "peak": ["intervals" if not odd else tempo],
        }
        return beginner[frame.phase]
    if frame.phase == "base":
        first: Kind = "hills" if setup.hills or setup.style == "lydiard" or not odd else "fartlek"
        second: Kind = "fartlek" if setup.style in ("polarised", "lydiard") else "tempo"
        return [first, second]
    if frame.phase == "build":
        second = "hills" if setup.hills and odd else "intervals"
        if setup.style == "polarised":
            return ["intervals", "hills" if odd else "repetition"]
        return ["tempo", "tempo" if setup.style == "pyramidal" and odd else second]
    if setup.ultra:  # race-specific for an ultra: sustained effort and climbing (Koop)
        return ["intervals" if setup.style == "polarised" else "tempo", "hills"]
    by_race: dict[int, list[Kind]] = {
        42195: ["marathon-pace", "tempo" if not odd else "intervals"],
        21097: ["tempo", "intervals"],
        10000: ["intervals", "tempo"],
        5000: ["intervals", "repetition"],
    }
    peak = by_race.get(race_m or 0, ["intervals", "tempo"])
    if setup.style == "polarised":
        peak = [k if k != "tempo" else "repetition" for k in peak]
    return peak


def quality_day(week: WeekContext, kind: Kind, weekday: int, week_km: float) -> Day | None:
    """A quality session sized to the week, or None when the week is too small for it."""
    sizer = {
        "tempo": _tempo,
        "fartlek": _fartlek,
        "intervals": _intervals,
        "repetition": _repetition,
        "hills": _hills,
        "marathon-pace": _marathon_pace,
    }[kind]
    shape = aimed(week, kind, sizer(week, week_km), week_km)
    if shape is None and kind != "fartlek" and "fartlek" not in week.setup.asked.avoided:
        shape = _fartlek(week, week_km)
    if shape is None:
        return None
    return _with_totals(shape, weekday, week.setup, week.paces)


def _with_totals(shape: Shape, weekday: int, setup: Setup, paces: Paces) -> Day:
    if shape.kind == "marathon-pace":
        easy_km = 4 if setup.level == "beginner" else 5
        distance = shape.rep_distance_m + easy_km * 1000
        minutes = natural_duration_min(shape, distance, paces)
    else:
        core_s, _ = core_totals(shape, paces)
        # Whole five minutes, rounded up, around the work plus warm-up and cool-down.
        minutes = int(5 * -(-(core_s / 60 + WARMUP_COOLDOWN_MIN[setup.level]) // 5))
        distance = natural_distance_m(shape, minutes, paces)
    return Day(
        weekday=weekday,
        kind=shape.kind,
        duration_min=minutes,
        distance_m=distance,
        reps=shape.reps,
        rep_distance_m=shape.rep_distance_m,
        rep_seconds=shape.rep_seconds,
        recovery_seconds=shape.recovery_seconds,
        work_pace=shape.work_pace,
    )


def _tempo(week: WeekContext, week_km: float) -> Shape | None:
    setup, paces, frame = week.setup, week.paces, week.frame
    cap_min = work_cap_m("tempo", week_km) / 1000 * paces.zone_pace("z4") / 60
    minutes = int(min(TEMPO_MAX_MIN[setup.level], cap_min) // 5 * 5)
    if frame.phase == "taper":
        minutes = min(minutes, 15)
    if minutes < 10:
        return None
    if minutes > 25:
        return Shape("tempo", reps=minutes // 10, rep_seconds=600, recovery_seconds=120)
    return Shape("tempo", reps=1, rep_seconds=minutes * 60)


def _fartlek(week: WeekContext, week_km: float) -> Shape | None:
    setup, paces, frame = week.setup, week.paces, week.frame
    cap_s = work_cap_m("tempo", week_km) / 1000 * paces.zone_pace("z4")
    reps = min(10, int(cap_s // 60))
    # A few more surges each week at the start, never a jump from nothing to ten.
    reps = min(reps, 4 + 2 * frame.number, 6 if setup.level == "beginner" else 10)
    if frame.phase == "taper":
        reps = min(reps, 6)
    if reps < 4:
        return None
    return Shape("fartlek", reps=reps, rep_seconds=60, recovery_seconds=60)


def _intervals(week: WeekContext, week_km: float) -> Shape | None:
    setup, paces, frame = week.setup, week.paces, week.frame
    cap_m = work_cap_m("intervals", week_km) * (0.6 if frame.phase == "taper" else 1)
    longest = {"beginner": 400, "intermediate": 1000, "advanced": 1200}[setup.level]
    for rep_m, most in INTERVAL_REPS:
        reps = min(most, int(cap_m // rep_m))
        if rep_m <= longest and reps >= (3 if rep_m >= 800 else 4):
            rep_s = rep_m / 1000 * paces.interval
            recovery = max(60, int(rep_s * 0.8 // 30 * 30))
            return Shape("intervals", reps=reps, rep_distance_m=rep_m, recovery_seconds=recovery)
    return None


def _repetition(week: WeekContext, week_km: float) -> Shape | None:
    cap_m = work_cap_m("repetition", week_km)
    for rep_m, most in REPETITION_REPS:
        reps = min(most, int(cap_m // rep_m))
        if reps >= 5:
            return Shape(
                "repetition", reps=reps, rep_distance_m=rep_m, recovery_seconds=rep_m // 200 * 90
            )
    return None


def _hills(week: WeekContext, week_km: float) -> Shape | None:
    setup, paces = week.setup, week.paces
    rep_s = 45 if setup.level == "beginner" else 60
    rep_m = rep_s / (paces.interval * 1.2) * 1000
    reps = min(
        10 if setup.level == "advanced" else 8, int(work_cap_m("intervals", week_km) // rep_m)
    )
    if reps < 4:
        return None
    return Shape("hills", reps=reps, rep_seconds=rep_s, recovery_seconds=90)


def _marathon_pace(week: WeekContext, week_km: float) -> Shape | None:
    setup, frame = week.setup, week.frame
    km = min(MARATHON_PACE_MAX_KM[setup.level], int(week_km * 0.15))
    if frame.phase == "taper":
        km = min(km, 6)
    if km < 4:
        return None
    return Shape("marathon-pace", reps=1, rep_distance_m=km * 1000)


def steady_day(
    kind: Kind, weekday: int, minutes: int, paces: Paces, strides: int = 0, trail: bool = False
) -> Day:
    """An easy or recovery run of whole minutes, with optional strides."""
    shape = Shape(kind, strides=strides)
    return Day(
        weekday=weekday,
        kind=kind,
        duration_min=minutes,
        distance_m=natural_distance_m(shape, minutes, paces),
        strides=strides,
        trail=trail,
    )


def distance_day(
    kind: Kind, weekday: int, distance_m: int, paces: Paces, trail: bool = False
) -> Day:
    """A long run or race of a set distance."""
    minutes = natural_duration_min(Shape(kind), distance_m, paces)
    return Day(
        weekday=weekday,
        kind=kind,
        duration_min=minutes,
        distance_m=distance_m,
        trail=trail,
    )
