"""Completing a read session into a plan day: its work, its totals, and what was assumed."""

from __future__ import annotations

import math
import re

from agents.planning.core.kinds import Kind, WorkPace
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day, Race
from agents.planning.core.segments import (
    Shape,
    core_totals,
    flex_pace,
    metres_in,
    natural_distance_m,
    natural_duration_min,
    seconds_for,
)
from agents.planning.draft.named_days import cross_training_day, race_like_day
from agents.planning.draft.session_words import (
    DEFAULT_EASY_MIN,
    MAX_METRES,
    MAX_MINUTES,
    Size,
    Sizes,
    Words,
)

# The work of a quality day the coach named without saying how (e.g. "Thu: intervals").
DEFAULT_SHAPES: dict[Kind, Shape] = {
    "tempo": Shape("tempo", 1, 0, 1200, 0),
    "intervals": Shape("intervals", 5, 800, 0, 120),
    "repetition": Shape("repetition", 8, 200, 0, 90),
    "hills": Shape("hills", 8, 0, 60, 90),
    "fartlek": Shape("fartlek", 8, 0, 60, 60),
    "marathon-pace": Shape("marathon-pace", 1, 8000, 0, 0),
}
WARMUP_COOLDOWN_MIN = 25
RUN_WALK_WARMUP_MIN = 5  # a brisk walk before the cycles
RUN_WALK_DEFAULT = (60, 90)  # NHS Couch to 5K, week 1: 60 s running, 90 s walking
TRAIL = re.compile(r"\btrails?\b")


def build_day(
    weekday: int,
    kind: Kind,
    work_pace: WorkPace | None,
    words: Words,
    sizes: Sizes,
    paces: Paces,
    race: Race | None,
) -> tuple[Day, list[str]] | str:
    """The day and the assumptions made, or why the session cannot be used."""
    notes = _range_notes(words, sizes)
    minutes, metres = _first_sizes(sizes.whole, notes)
    given = minutes is not None or metres is not None
    easy = _easy_parts(sizes, given, kind, paces, notes)
    if kind in ("race", "time-trial"):
        built = race_like_day(weekday, kind, words, sizes, paces, race, notes)
    elif kind == "cross-training":
        built = cross_training_day(weekday, words, minutes, metres, notes)
    else:
        shape = _shape(kind, work_pace, words, sizes.effort, minutes, notes)
        if isinstance(shape, str):
            return shape
        built = _run(weekday, shape, (minutes, metres, easy), words, paces, race, notes)
    if isinstance(built, str):
        return built
    # A race's distance may be written twice ("RACE 10K — 10.0 km"): that is not extra.
    extra = [s for s in sizes.extra if s.is_time or s.metres != built.distance_m]
    unused = [f"'{words.source[s.start : s.end]}'" for s in extra] + sizes.leftover
    if unused:
        notes.append(f"not used: {', '.join(unused)}")
    return built, notes


def _range_notes(words: Words, sizes: Sizes) -> list[str]:
    ranged = [s for s in (*sizes.whole, *sizes.easy_parts) if s.ranged]
    if sizes.effort is not None and sizes.effort.ranged:
        ranged.append(sizes.effort)
    notes = [f"'{words.source[s.start : s.end]}' is a range: the lower end used" for s in ranged]
    if words.reps is not None and words.reps.ranged:
        notes.append(f"a range of repetitions: {words.reps.count} used")
    return notes


def _easy_parts(
    sizes: Sizes, given: bool, kind: Kind, paces: Paces, notes: list[str]
) -> tuple[int, int] | None:
    """(seconds, metres) of a warm-up and cool-down written with their sizes ('5 km warm up'):
    they add up with the work to the day, unless the day's total is given."""
    if not sizes.easy_parts or kind in ("race", "time-trial", "cross-training"):
        return None
    if given:
        notes.append("warm-up and cool-down sizes not used: the day's total is given")
        return None
    pace = flex_pace(kind, paces)
    seconds = sum(p.seconds or seconds_for(p.metres, pace) for p in sizes.easy_parts)
    metres = sum(p.metres or metres_in(p.seconds, pace) for p in sizes.easy_parts)
    return seconds, metres


def _first_sizes(whole: list[Size], notes: list[str]) -> tuple[int | None, int | None]:
    times = [s for s in whole if s.is_time]
    distances = [s for s in whole if not s.is_time]
    if len(times) > 1 or len(distances) > 1:
        notes.append("more than one total given: the first time and distance used")
    minutes = round(times[0].seconds / 60) if times else None
    return minutes, (distances[0].metres if distances else None)


def _shape(
    kind: Kind,
    work_pace: WorkPace | None,
    words: Words,
    effort: Size | None,
    minutes: int | None,
    notes: list[str],
) -> Shape | str:
    strides = words.strides if kind == "easy" else 0
    if words.strides and kind != "easy":
        notes.append(f"strides are kept on easy runs only: not added to this {kind} session")
    if kind == "run-walk":
        return _run_walk_shape(words, minutes, notes)
    if kind not in DEFAULT_SHAPES:
        if words.reps:
            notes.append(f"repetitions are not part of this {kind} session: not used")
        return Shape(kind, strides=strides)
    if words.reps:
        return _reps_shape(kind, work_pace, words, notes)
    if effort is not None:
        metres = effort.metres
        return Shape(kind, 1, metres, effort.seconds, 0, work_pace=work_pace)
    if kind in ("tempo", "marathon-pace", "intervals", "repetition") and work_pace in (
        "5k",
        "10k",
        "half-marathon",
        "race",
    ):
        return "a pace is named without an amount of work (e.g. '5 x 1 km at 10K pace')"
    default = DEFAULT_SHAPES[kind]
    notes.append(f"no work given: {_work_text(default)} assumed")
    return Shape(
        kind,
        default.reps,
        default.rep_distance_m,
        default.rep_seconds,
        default.recovery_seconds,
        work_pace=work_pace,
    )


def _reps_shape(
    kind: Kind, work_pace: WorkPace | None, words: Words, notes: list[str]
) -> Shape | str:
    reps = words.reps
    assert reps is not None
    if reps.unitless and not reps.metres:
        return "the repetition size has no unit (write '6 x 1 km' or '6 x 3 min')"
    if not 1 <= reps.count <= 60 or reps.metres > 21_097 or reps.seconds > 3600:
        return "the repetitions are out of range"
    recovery_s, recovery_m = words.recovery or (0, 0)
    if reps.count > 1 and words.recovery is None:
        recovery_s = DEFAULT_SHAPES[kind].recovery_seconds or 60
        notes.append(f"no recovery given: {recovery_s} s jog assumed")
    if recovery_s > 1800 or recovery_m > 3000:
        return "the recovery is out of range"
    if reps.count == 1:
        recovery_s = recovery_m = 0
    return Shape(
        kind,
        reps.count,
        reps.metres,
        0 if reps.metres else reps.seconds,
        recovery_s,
        recovery_distance_m=recovery_m,
        work_pace=work_pace,
    )


def _run_walk_shape(words: Words, minutes: int | None, notes: list[str]) -> Shape | str:
    reps = words.reps
    if reps is not None and reps.seconds:
        walk_s = (words.recovery or (0, 0))[0]
        if not walk_s:
            walk_s = RUN_WALK_DEFAULT[1]
            notes.append(f"no walk time given: {walk_s} s walking assumed")
        return Shape("run-walk", reps.count, 0, reps.seconds, walk_s)
    if minutes is None:
        return "a run-walk without a time"
    run_s, walk_s = RUN_WALK_DEFAULT
    cycles = max(1, minutes * 60 // (run_s + walk_s))
    notes.append(f"no run/walk split given: {cycles} x (1 min run, 90 s walk) assumed")
    return Shape("run-walk", cycles, 0, run_s, walk_s)


def _work_text(shape: Shape) -> str:
    size = f"{shape.rep_distance_m} m" if shape.rep_distance_m else f"{shape.rep_seconds} s"
    if shape.reps <= 1:
        return size
    return f"{shape.reps} x {size} with {shape.recovery_seconds} s recovery"


def _run(
    weekday: int,
    shape: Shape,
    sizes: tuple[int | None, int | None, tuple[int, int] | None],
    words: Words,
    paces: Paces,
    race: Race | None,
    notes: list[str],
) -> Day | str:
    """A run from its work and the day's (minutes, metres, warm-up and cool-down) as written."""
    minutes, metres, easy = sizes
    core_s, core_m = core_totals(shape, paces, race)
    if easy is not None:
        minutes, metres = math.ceil((core_s + easy[0]) / 60), core_m + easy[1]
    by_time = metres is None  # a long run given in minutes is sized by time on feet
    if minutes is None and metres is None:
        if shape.kind == "long":
            return "a long run without a distance or time"
        minutes = _default_minutes(shape, core_s)
        notes.append(f"no total given: {minutes} min assumed")
    if minutes is None and metres is not None:
        minutes = natural_duration_min(shape, metres, paces, race)
    assert minutes is not None
    if minutes * 60 < core_s:
        minutes = math.ceil(core_s / 60)
        notes.append(f"the work alone takes {minutes} min: the day set to {minutes} min")
    if metres is None:
        metres = natural_distance_m(shape, minutes, paces, race)
    if metres < core_m:
        metres = core_m
        notes.append(f"the work alone covers {core_m} m: the day set to {core_m} m")
    if not 1 <= minutes <= MAX_MINUTES or not 0 <= metres <= MAX_METRES:
        return "the size is out of range"
    return _day(weekday, shape, minutes, metres, words, by_time=shape.kind == "long" and by_time)


def _default_minutes(shape: Shape, core_s: int) -> int:
    if shape.kind == "run-walk":
        return math.ceil(core_s / 60) + RUN_WALK_WARMUP_MIN
    if shape.kind not in DEFAULT_SHAPES:
        return DEFAULT_EASY_MIN
    return int(5 * math.ceil((core_s / 60 + WARMUP_COOLDOWN_MIN) / 5))


def _day(
    weekday: int, shape: Shape, minutes: int, metres: int, words: Words, by_time: bool = False
) -> Day:
    return Day(
        weekday=weekday,
        kind=shape.kind,
        duration_min=minutes,
        distance_m=metres,
        reps=shape.reps,
        rep_distance_m=shape.rep_distance_m,
        rep_seconds=shape.rep_seconds,
        recovery_seconds=shape.recovery_seconds,
        recovery_distance_m=shape.recovery_distance_m,
        work_pace=shape.work_pace,
        strides=shape.strides,
        trail=bool(TRAIL.search(words.text)),
        by_time=by_time,
    )
