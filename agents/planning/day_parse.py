"""Reading one draft day line ("Tue: tempo 20 min @ T — 45 min") into a plan day."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.planning.model import DISTANCE_FIRST_KINDS, Day, Race
from agents.planning.paces import Paces
from agents.planning.segments import (
    Shape,
    core_segments,
    natural_distance_m,
    natural_duration_min,
    totals,
)
from agents.planning.text_values import WEEKDAY, race_distance, weekdays_in

DAY_LINE = re.compile(
    r"^\s*[-*•]?\s*(" + WEEKDAY + r")\.?\s*[:\-\u2013—|,)]*\s*(.*)$", re.IGNORECASE
)
REST = re.compile(r"^(?:rest|off|day off|rest day|none|free|nothing|-+|—|\u2013)?\s*(?:day)?\W*$")
KIND_PATTERNS: tuple[tuple[str, str], ...] = (
    ("race", r"\brace\b(?!\s*pace)"),
    ("run-walk", r"\brun[- /]?walk\b"),
    ("marathon-pace", r"marathon[- ]pace|\bmp\b"),
    ("long", r"\blong\b"),
    ("hills", r"\bhills?\b|uphill"),
    ("fartlek", r"fartlek"),
    ("repetition", r"\brepetitions?\b|\breps?\b"),
    ("intervals", r"interval|track|vo2"),
    ("tempo", r"tempo|threshold|cruise"),
    ("recovery", r"\brecovery\b"),
    ("easy", r"\beasy\b|\bjog\b|\brun\b|aerobic|steady|shake ?out|\btrails?\b|strides"),
    # A named pace alone ("6 x 1 km @ I") says the kind only when no word did.
    ("marathon-pace", r"@ ?m\b"),
    ("repetition", r"@ ?r\b"),
    ("intervals", r"@ ?i\b"),
    ("tempo", r"@ ?t\b"),
)
PACE = re.compile(r"\d{1,2}:\d{2}\s*(?:[-\u2013]\s*\d{1,2}:\d{2})?\s*/\s*(?:km|mi)")
APPROX = re.compile(r"[≈~]\s*\d+(?:\.\d+)?\s*(?:km|min)")
REPS = re.compile(
    r"(\d+)\s*[x\u00d7*]\s*(\d+(?:\.\d+)?)\s*"
    r"(minutes|mins|min|km|m|seconds|secs|sec|s|')(?!\w)"
)
RECOVERY = re.compile(
    r"(\d+)\s*(minutes|mins|min|seconds|secs|sec|s|')\s*(?:jog|easy|rest|walk|"
    r"recovery|float)"
)
MINUTES = re.compile(r"(\d+)\s*(?:min|mins|minutes|')")
HOURS = re.compile(r"\b(\d)\s*(?:h|hrs?|hours?)\s*(\d{1,2})?\b|\b(\d):(\d{2})(?::\d{2})?\b")
KM = re.compile(r"(\d+(?:\.\d+)?)\s*(km|k|mi|miles?)\b")
TOTALS_SPLIT = re.compile(r"\s(?:—|\u2013|-|\|)\s|\s*(?:—|\u2013|\|)\s*")
TOTALS_ONLY = re.compile(
    r"^[\s\d.,:()'x]*(?:(?:km|k|mi|miles?|min|mins|minutes|h|hrs?|hours?)"
    r"[\s\d.,:()']*)*$"
)
# A shape for a quality day the coach named without saying how (e.g. "Thu: intervals").
DEFAULT_SHAPES = {
    "tempo": Shape("tempo", 1, 0, 1200, 0),
    "intervals": Shape("intervals", 5, 800, 0, 120),
    "repetition": Shape("repetition", 8, 200, 0, 90),
    "hills": Shape("hills", 8, 0, 60, 90),
    "fartlek": Shape("fartlek", 8, 0, 60, 60),
    "marathon-pace": Shape("marathon-pace", 1, 8000, 0, 0),
}
DEFAULT_EASY_MIN = 30
# "8 x (1 min run, 90 s walk)": cycles of running and walking.
RUN_WALK = re.compile(r"(\d+)\s*x\s*\(\s*(\d+)\s*(min|s)\s*run\s*,?\s*(\d+)\s*(min|s)\s*walk\s*\)")
# Up to a 100-mile race (about 161 km) and the 30-odd hours it may take.
MAX_MINUTES = 48 * 60
MAX_METRES = 170_000
WARMUP_COOLDOWN_MIN = 25


@dataclass(frozen=True)
class DayLine:
    """What a line said: a rest day, a training day, or nothing usable (with why)."""

    weekday: int
    day: Day | None
    problem: str | None = None


def match_day_line(line: str) -> tuple[int, str] | None:
    """(weekday, the rest of the line) when the line starts with a weekday name."""
    match = DAY_LINE.match(line)
    if not match:
        return None
    return weekdays_in(match.group(1).lower())[0], match.group(2).strip()


def parse_day(weekday: int, body: str, paces: Paces, race: Race | None) -> DayLine:
    text = re.sub(r"(\d),(\d)", r"\1.\2", body.lower())
    text = PACE.sub(" ", text.replace(",", ", ")).replace("\u00d7", "x")
    text = APPROX.sub(" ", text)
    if REST.match(text.strip()):
        return DayLine(weekday, None)
    # "2 min jog" between repeats does not make the day an easy run.
    named = RECOVERY.sub(" ", text)
    kind = next((k for k, pattern in KIND_PATTERNS if re.search(pattern, named)), None)
    if kind is None:
        return DayLine(weekday, None, "not a kind of run the planner knows")
    detail, totals_text = _split_totals(text, kind)
    shape = _shape(kind, detail)
    minutes, metres = _read_totals(totals_text)
    return _complete(weekday, shape, minutes, metres, detail, paces, race)


def _split_totals(text: str, kind: str) -> tuple[str, str]:
    parts = TOTALS_SPLIT.split(text)
    if len(parts) > 1 and TOTALS_ONLY.match(parts[-1]) and re.search(r"\d", parts[-1]):
        return " ".join(parts[:-1]), parts[-1]
    if kind in ("easy", "recovery", "long", "race"):
        return text, text
    if kind == "run-walk":  # the cycles' minutes are not the day's
        return text, RUN_WALK.sub(" ", text)
    leftover = RECOVERY.sub(" ", REPS.sub(" ", text))
    if kind == "tempo" and not REPS.search(text):
        leftover = MINUTES.sub(" ", leftover, count=1)  # "tempo 20 min": the tempo itself
    if kind == "marathon-pace":
        leftover = KM.sub(" ", leftover, count=1)
    return text, leftover


def _read_totals(text: str) -> tuple[int | None, int | None]:
    minutes: int | None = None
    minute_match = MINUTES.search(text)
    hour_match = HOURS.search(text)
    if minute_match and not (hour_match and hour_match.group(1) and hour_match.group(2)):
        minutes = int(minute_match.group(1))
    if hour_match and minutes is None:
        hours = hour_match.group(1) or hour_match.group(3)
        rest = hour_match.group(2) or hour_match.group(4) or "0"
        minutes = int(hours) * 60 + int(rest)
    metres: int | None = None
    km_match = KM.search(text)
    if km_match:
        factor = 1000 if km_match.group(2) in ("km", "k") else 1609.344
        metres = round(float(km_match.group(1)) * factor)
    return minutes, metres


# "8 x (1 min run, 90 s walk)": cycles of running and walking.
RUN_WALK = re.compile(r"(\d+)\s*x\s*\(\s*(\d+)\s*(min|s)\s*run\s*,?\s*(\d+)\s*(min|s)\s*walk\s*\)")


def _run_walk_shape(detail: str) -> Shape:
    found = RUN_WALK.search(detail)
    if not found:
        return Shape("run-walk", 8, 0, 60, 90)
    cycles, run, run_unit, walk, walk_unit = found.groups()
    return Shape("run-walk", int(cycles), 0, _seconds(run, run_unit), _seconds(walk, walk_unit))


def _shape(kind: str, detail: str) -> Shape:
    if kind == "run-walk":
        return _run_walk_shape(detail)
    strides_match = re.search(r"(\d+)\s*(?:x\s*)?strides", detail)
    strides = int(strides_match.group(1)) if strides_match else (6 if "strides" in detail else 0)
    if kind not in DEFAULT_SHAPES:
        return Shape(kind, strides=strides if kind == "easy" else 0)
    reps = REPS.search(detail)
    recovery = RECOVERY.search(detail)
    default = DEFAULT_SHAPES[kind]
    recovery_s = _seconds(recovery.group(1), recovery.group(2)) if recovery else None
    if reps:
        count, size, unit = int(reps.group(1)), float(reps.group(2)), reps.group(3)
        rep_m = round(size * 1000) if unit == "km" else (round(size) if unit == "m" else 0)
        rep_s = 0 if rep_m else _seconds(str(round(size)), unit)
        rest = recovery_s if recovery_s is not None else (default.recovery_seconds or 60)
        return Shape(kind, count, rep_m, rep_s, rest if count > 1 else 0)
    single = _single_effort(kind, detail)
    return single or default


SINGLE_DISTANCE = re.compile(r"(\d+(?:\.\d+)?)\s*(km|k|m)\b")


def _single_effort(kind: str, detail: str) -> Shape | None:
    """One continuous effort: 'tempo 20 min', 'tempo 5 km', 'marathon pace 10 km'."""
    minutes = MINUTES.search(detail)
    if kind == "tempo" and minutes:
        return Shape(kind, 1, 0, int(minutes.group(1)) * 60, 0)
    distance = SINGLE_DISTANCE.search(detail)
    if kind in ("tempo", "marathon-pace") and distance:
        size = float(distance.group(1))
        return Shape(kind, 1, round(size * 1000) if distance.group(2) != "m" else round(size), 0, 0)
    return None


def _seconds(amount: str, unit: str) -> int:
    return int(amount) * (60 if unit.startswith("min") or unit == "'" else 1)


def _complete(
    weekday: int,
    shape: Shape,
    minutes: int | None,
    metres: int | None,
    detail: str,
    paces: Paces,
    race: Race | None,
) -> DayLine:
    if shape.kind == "race" and metres is None:
        named = race_distance(detail)
        metres = named[0] if named else (race.distance_m if race else None)
        if metres is None:
            return DayLine(weekday, None, "a race without a distance")
    by_time = metres is None  # a long run given in minutes is sized by time on feet
    if minutes is None and metres is None:
        if shape.kind == "long":
            return DayLine(weekday, None, "a long run without a distance or time")
        minutes = _default_minutes(shape, paces)
    if minutes is None and metres is not None:
        minutes = _race_minutes(metres, race) if shape.kind == "race" else None
        minutes = minutes or natural_duration_min(shape, metres, paces)
    assert minutes is not None
    if metres is None:
        metres = natural_distance_m(shape, minutes, paces)
    if not 1 <= minutes <= MAX_MINUTES or not 0 <= metres <= MAX_METRES:
        return DayLine(weekday, None, "the size is out of range")
    day = Day(
        weekday=weekday,
        kind=shape.kind,  # type: ignore[arg-type]
        duration_min=minutes,
        distance_m=metres,
        reps=shape.reps,
        rep_distance_m=shape.rep_distance_m,
        rep_seconds=shape.rep_seconds,
        recovery_seconds=shape.recovery_seconds,
        strides=shape.strides,
        trail=bool(re.search(r"\btrails?\b", detail)),
        by_time=shape.kind == "long" and by_time,
    )
    return DayLine(weekday, day)


def _default_minutes(shape: Shape, paces: Paces) -> int:
    if shape.kind == "run-walk":  # the cycles after a 5-minute brisk walk
        return -(-totals(core_segments(shape, paces))[0] // 60) + 5
    if shape.kind not in DEFAULT_SHAPES:
        return DEFAULT_EASY_MIN
    core_s, _ = totals(core_segments(shape, paces))
    return int(5 * -(-(core_s / 60 + WARMUP_COOLDOWN_MIN) // 5))


def _race_minutes(metres: int, race: Race | None) -> int | None:
    if race and race.goal_s and race.distance_m == metres:
        return max(1, round(race.goal_s / 60))
    return None


def is_distance_first(kind: str) -> bool:
    return kind in DISTANCE_FIRST_KINDS
