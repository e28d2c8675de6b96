"""Completing a read session into a plan day: its work, its totals, and what was assumed."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

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
from agents.planning.draft.session_shorthand import FASTEST_S_PER_KM, SLOWEST_S_PER_KM
from agents.planning.draft.session_words import (
    DEFAULT_EASY_MIN,
    MAX_METRES,
    MAX_MINUTES,
    Size,
    Sizes,
    Words,
)
from agents.planning.draft.session_work import DEFAULT_SHAPES, work_shape

# A run shorter than this is no run ('15E/10M' is not 10 m of running).
MIN_RUN_METRES = 400

WARMUP_COOLDOWN_MIN = 25
RUN_WALK_WARMUP_MIN = 5  # a brisk walk before the cycles
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
    unlikely = _unlikely_sizes(kind, sizes.whole, words)
    if unlikely is not None:
        return unlikely
    if kind in ("race", "time-trial"):
        _parts_not_used(sizes, words, notes, "a race or time trial keeps none")
        built = race_like_day(weekday, kind, words, sizes, paces, race, notes)
    elif kind == "cross-training":
        built = cross_training_day(weekday, words, minutes, metres, notes)
    else:
        shape = work_shape(kind, work_pace, words, sizes, minutes, notes)
        if isinstance(shape, str):
            return shape
        easy = _easy_parts(sizes, shape, paces, words, notes)
        built = _run(weekday, shape, (minutes, metres, easy), words, paces, race, notes)
    if isinstance(built, str):
        return built
    # A race's distance may be written twice ("RACE 10K — 10.0 km"): that is not extra.
    extra = [s for s in sizes.extra if s.is_time or s.metres != built.distance_m]
    unused = [f"'{words.source[s.start : s.end]}'" for s in extra]
    if unused:
        notes.append(f"not used: {', '.join(unused)}")
    if sizes.leftover:
        notes.append(
            f"not understood, so not used: {', '.join(sizes.leftover)} (in '{words.source}')"
        )
    return built, notes


def _unlikely_sizes(kind: Kind, whole: list[Size], words: Words) -> str | None:
    """Why a run's time and distance, both written, cannot both be its size (a pace outside
    2:00 to 15:00 per km: 'long run 20 km, rest 2 min at halfway'), if they cannot."""
    time = next((s for s in whole if s.is_time), None)
    distance = next((s for s in whole if not s.is_time), None)
    if time is None or distance is None or kind in ("race", "time-trial", "cross-training"):
        return None
    per_km = time.seconds * 1000 / max(distance.metres, 1)
    if FASTEST_S_PER_KM <= per_km <= SLOWEST_S_PER_KM:
        return None
    written = [words.source[s.start : s.end] for s in (distance, time)]
    return f"'{written[0]}' in '{written[1]}' cannot both be the day's size"


def _range_notes(words: Words, sizes: Sizes) -> list[str]:
    ranged = [s for s in (*sizes.whole, *sizes.easy_parts) if s.ranged]
    if sizes.effort is not None and sizes.effort.ranged:
        ranged.append(sizes.effort)
    notes = [f"'{words.source[s.start : s.end]}' is a range: the lower end used" for s in ranged]
    if words.reps is not None and words.reps.ranged:
        notes.append(f"a range of repetitions: {words.reps.count} used")
    return notes


def _easy_parts(
    sizes: Sizes, shape: Shape, paces: Paces, words: Words, notes: list[str]
) -> EasyParts | None:
    """The warm-up and cool-down the coach sized ('20' WU', '2 mi CD'): kept as written on a
    workout, said not used on a run with none."""
    if not shape.has_work:
        _parts_not_used(sizes, words, notes, "it is part of a workout")
    if (sizes.warmup is None and sizes.cooldown is None) or not shape.has_work:
        return None
    pace = flex_pace(shape.kind, paces)
    parts = [(p.seconds, p.metres) if p else (0, 0) for p in (sizes.warmup, sizes.cooldown)]
    seconds = sum(s or seconds_for(m, pace) for s, m in parts)
    metres = sum(m or metres_in(s, pace) for s, m in parts)
    return EasyParts(parts[0], parts[1], seconds, metres)


def _parts_not_used(sizes: Sizes, words: Words, notes: list[str], why: str) -> None:
    """A warm-up or cool-down the session cannot carry, said not used."""
    if sizes.easy_parts:
        written = ", ".join(f"'{words.source[p.start : p.end]}'" for p in sizes.easy_parts)
        notes.append(f"a warm-up or cool-down is not used here, {why} ({written})")


def _first_sizes(whole: list[Size], notes: list[str]) -> tuple[int | None, int | None]:
    times = [s for s in whole if s.is_time]
    distances = [s for s in whole if not s.is_time]
    if len(times) > 1 or len(distances) > 1:
        notes.append("more than one total given: the first time and distance used")
    minutes = round(times[0].seconds / 60) if times else None
    return minutes, (distances[0].metres if distances else None)


def _run(
    weekday: int,
    shape: Shape,
    sizes: tuple[int | None, int | None, EasyParts | None],
    words: Words,
    paces: Paces,
    race: Race | None,
    notes: list[str],
) -> Day | str:
    """A run from its work and the day's (minutes, metres, warm-up and cool-down) as written."""
    minutes, metres, easy = sizes
    core_s, core_m = core_totals(shape, paces, race)
    if easy is not None:
        minutes, metres = _with_parts(minutes, metres, easy, core_s, core_m, notes)
    by_time = metres is None  # a long run given in minutes is sized by time on feet
    if minutes is None and metres is None:
        if shape.kind == "long":
            return "a long run without a distance or time"
        minutes = _default_minutes(shape, core_s)
        notes.append(f"no total given: {minutes} min assumed")
    needed_s = core_s + (easy.seconds if easy else 0)
    if minutes is None and metres is not None:
        # Derived, not written: at least what the work and the parts take.
        minutes = max(natural_duration_min(shape, metres, paces, race), math.ceil(needed_s / 60))
    assert minutes is not None
    if minutes * 60 < needed_s:
        minutes = math.ceil(needed_s / 60)
        notes.append(f"the work alone takes {minutes} min: the day set to {minutes} min")
    if metres is None:
        metres = natural_distance_m(shape, minutes, paces, race)
    needed_m = core_m + (easy.metres if easy else 0)
    if metres < needed_m:
        metres = needed_m
        notes.append(f"the work alone covers {needed_m} m: the day set to {needed_m} m")
    if not 1 <= minutes <= MAX_MINUTES or not MIN_RUN_METRES <= metres <= MAX_METRES:
        return "the size is out of range"
    day = _day(weekday, shape, minutes, metres, words, shape.kind == "long" and by_time)
    return day if easy is None else _with_easy_parts(day, easy)


def _with_easy_parts(day: Day, easy: EasyParts) -> Day:
    """The day with the warm-up and cool-down the coach wrote."""
    (ws, wm), (cs, cm) = easy.warmup, easy.cooldown
    parts = {"warmup_seconds": ws, "warmup_m": wm, "cooldown_seconds": cs, "cooldown_m": cm}
    return day.model_copy(update=parts)


def _with_parts(
    minutes: int | None,
    metres: int | None,
    easy: EasyParts,
    core_s: int,
    core_m: int,
    notes: list[str],
) -> tuple[int | None, int | None]:
    """The day's size with a warm-up and cool-down written: their sum with the work when no
    total is given, or both are written and the total says otherwise (said)."""
    parts_min, parts_m = math.ceil((core_s + easy.seconds) / 60), core_m + easy.metres
    if minutes is None and metres is None:
        # Parts sized by time: the distance follows from the paces; else both are fixed.
        by_time = not any(part[1] for part in (easy.warmup, easy.cooldown))
        return parts_min, (None if by_time else parts_m)
    both = all(any(part) for part in (easy.warmup, easy.cooldown))
    if not both:
        return minutes, metres
    if minutes is not None and minutes != parts_min:
        written = f"{minutes} min"
    elif minutes is None and metres is not None and abs(metres - parts_m) > 100:
        written = f"{metres / 1000:g} km"
    else:
        return minutes, metres
    notes.append(
        f"the warm-up, work and cool-down add up to {parts_min} min, not the {written} "
        f"written: {parts_min} min used"
    )
    return parts_min, parts_m


def _default_minutes(shape: Shape, core_s: int) -> int:
    if shape.kind == "run-walk":
        return math.ceil(core_s / 60) + RUN_WALK_WARMUP_MIN
    if shape.kind not in DEFAULT_SHAPES:
        return DEFAULT_EASY_MIN
    return int(5 * math.ceil((core_s / 60 + WARMUP_COOLDOWN_MIN) / 5))


def _day(weekday: int, shape: Shape, minutes: int, metres: int, words: Words, by_time: bool) -> Day:
    steady = shape.kind in ("easy", "long", "recovery")
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
        work_pace=shape.work_pace if shape.own_pace is None else None,
        strides=shape.strides,
        stride_seconds=shape.stride_seconds,
        stride_distance_m=shape.stride_distance_m,
        trail=steady and bool(TRAIL.search(words.text)),
        by_time=by_time,
        finish=words.finish is not None and shape.has_work and shape.reps == 1,
        own_pace=shape.own_pace,
    )


@dataclass(frozen=True)
class EasyParts:
    """A warm-up and cool-down the coach sized, each (seconds, metres) as written, and
    their total time and distance at easy pace."""

    warmup: tuple[int, int]
    cooldown: tuple[int, int]
    seconds: int
    metres: int
