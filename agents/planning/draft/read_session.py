"""Reading one session of a draft day ("tempo 20 min @ T — 45 min") into a plan day."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agents.planning.core.kinds import (
    Kind,
    WorkPace,
)
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day, Race
from agents.planning.draft.pace_words import pace_references
from agents.planning.draft.session_day import build_day
from agents.planning.draft.session_kind import (
    HEDGE,
    OPTIONAL,
    decide_kind,
    is_rest,
)
from agents.planning.draft.session_words import (
    APPROX,
    EASY_PART,
    GOAL,
    PACE_TEXT,
    STRIDES,
    Size,
    Sizes,
    Words,
    blank,
    find_recovery,
    find_reps,
    find_sizes,
    normalise,
)

TOTALS_SEPARATOR = re.compile(r" ?[\u2014\u2013|] ?| - ")
# Words a single effort's size stands next to: "tempo 20 min", "20 min tempo".
EFFORT_WORDS = re.compile(r"\btempo\b|\bcruise\b|\bthreshold\b")
FILLER = frozenset({"", "at", "of", "@", "in"})
TOTALS_FILLER = frozenset({"total", "in", "about", "approx", "approximately", "ca", "and", "c"})
NON_WORD = re.compile(r"[^\w ]+")


@dataclass(frozen=True)
class SessionReading:
    """One session as read: a day, a rest day, or nothing usable (with why)."""

    day: Day | None
    rest: bool = False
    problem: str | None = None
    assumptions: tuple[str, ...] = ()


class SessionReader:
    """Reads the session texts of one draft, whose paces and goal race are fixed: each distinct
    text once (a draft repeats its lines, 'easy run @ E — 40 min' week after week)."""

    def __init__(self, paces: Paces, race: Race | None) -> None:
        self.paces = paces
        self.race = race
        self._readings: dict[str, SessionReading] = {}

    def read(self, body: str) -> SessionReading:
        """The session as read; its day's weekday is a placeholder the caller sets."""
        reading = self._readings.get(body)
        if reading is None:
            reading = read_session(1, body, self.paces, self.race)
            self._readings[body] = reading
        return reading


def read_session(weekday: int, body: str, paces: Paces, race: Race | None) -> SessionReading:
    """One session's words as a plan day; what it assumed is said, what it cannot read is not
    guessed."""
    text = normalise(body)
    if is_rest(text):
        return SessionReading(None, rest=True)
    if HEDGE.search(text):
        return SessionReading(None, problem="it offers a choice or a condition: say one session")
    words = read_words(text)
    kind, work_pace, problem = decide_kind(words, race)
    if problem or kind is None:
        return SessionReading(None, problem=problem or "not a kind of session the planner knows")
    sizes = split_sizes(words, kind, work_pace)
    if words.absolute_pace:
        words.notes.append("a pace in minutes per km is not applied: paces follow the VDOT")
    if OPTIONAL.search(text):
        words.notes.append("marked optional: kept in the plan")
    result = build_day(weekday, kind, work_pace, words, sizes, paces, race)
    if isinstance(result, str):
        return SessionReading(None, problem=result)
    day, notes = result
    return SessionReading(day, assumptions=tuple([*words.notes, *notes]))


def read_words(source: str) -> Words:
    absolute = bool(PACE_TEXT.search(source))
    text = source
    text = APPROX.sub(lambda m: " " * len(m.group(0)), PACE_TEXT.sub(_spaces, text))
    text, named = pace_references(text)
    refs = list(dict.fromkeys(name for name, _, _ in named))
    words = Words(text, _totals_start(text), source, refs, absolute and not refs)
    words.pace_spans = [(start, end) for _, start, end in named]
    strides = STRIDES.search(words.text[: words.totals_at])
    if strides:
        words.strides = int(strides.group("n") or 0)
        if not words.strides:
            words.strides = 6
            words.notes.append("strides without a count: 6 strides")
        words.text = blank(words.text, strides.start(), strides.end())
    reps = find_reps(words.text[: words.totals_at])
    if reps:
        words.reps, match = reps
        words.text = blank(words.text, match.start(), match.end())
        _read_recovery(words)
    return words


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _read_recovery(words: Words) -> None:
    recovery = find_recovery(words.text[: words.totals_at])
    if recovery is None:
        return
    seconds, metres, unitless, match = recovery
    words.recovery = (seconds, metres)
    words.text = blank(words.text, match.start(), match.end())
    if unitless:
        amount = f"{metres} m" if metres else f"{seconds} s"
        words.notes.append(f"the recovery '{match.group(0).strip()}' has no unit: read as {amount}")


def _totals_start(text: str) -> int:
    """Where the day's totals begin ('... — 45 min'), or the text's end if none are written."""
    separators = [m for m in TOTALS_SEPARATOR.finditer(text) if not _is_range(text, m)]
    if not separators:
        return len(text)
    last = separators[-1]
    tail = text[last.end() :]
    sizes = find_sizes(tail)
    for size in sizes:
        tail = blank(tail, size.start, size.end)
    if sizes and set(NON_WORD.sub(" ", tail).split()) <= TOTALS_FILLER:
        return last.start()
    return len(text)


def _is_range(text: str, dash: re.Match[str]) -> bool:
    """A hyphen or en dash between two numbers ('40 - 45 min') is a range, not a separator."""
    before, after = text[: dash.start()].rstrip(), text[dash.end() :].lstrip()
    hyphen = dash.group(0).strip() in ("-", "\u2013")
    return hyphen and before[-1:].isdigit() and after[:1].isdigit()


def split_sizes(words: Words, kind: Kind, work_pace: WorkPace | None) -> Sizes:
    """The sizes of the work (a single effort), of the whole day, and of its warm-up and
    cool-down."""
    at = words.totals_at
    detail = find_sizes(words.text[:at])
    totals = [replace(s, start=s.start + at, end=s.end + at) for s in find_sizes(words.text[at:])]
    goal = GOAL.search(words.text) if kind in ("race", "time-trial") else None
    if goal:
        detail = [s for s in detail if not goal.start() <= s.start < goal.end()]
    easy_spans = [m.span() for m in EASY_PART.finditer(words.text[:at])]
    easy_parts = [s for s in detail if _next_to(words.text, s, easy_spans)]
    detail = [s for s in detail if s not in easy_parts]
    effort = _effort(words, kind, work_pace, detail)
    detail = [s for s in detail if s is not effort]
    # A size in the detail counts for the day when the totals do not give that dimension.
    given = {size.is_time for size in totals}
    whole = [*totals, *(s for s in detail if s.is_time not in given)]
    extra = [s for s in detail if s.is_time in given]
    for size in (*detail, *totals, *easy_parts, *([effort] if effort else [])):
        words.text = blank(words.text, size.start, size.end)
    if goal:
        words.text = blank(words.text, goal.start(), goal.end())
    goal_text = goal.group("t") if goal else None
    return Sizes(effort, whole, extra, goal_text, _leftover(words.text), easy_parts)


def _effort(
    words: Words, kind: Kind, work_pace: WorkPace | None, detail: list[Size]
) -> Size | None:
    """The size of a single effort: the one next to the pace or the effort's name, else the
    first (for kinds that are one effort)."""
    single = kind in ("tempo", "marathon-pace") or (work_pace is not None and kind != "easy")
    if not single or words.reps is not None or not detail:
        return None
    spans = [*words.pace_spans, *(m.span() for m in EFFORT_WORDS.finditer(words.text))]
    return next((s for s in detail if _next_to(words.text, s, spans)), detail[0])


def _next_to(text: str, size: Size, spans: list[tuple[int, int]]) -> bool:
    """The size stands right before or after one of the spans (only 'at', '@', ':' between;
    a comma separates)."""
    for start, end in spans:
        gap = text[size.end : start] if start >= size.end else text[end : size.start]
        if (start >= size.end or end <= size.start) and gap.strip(" :-") in FILLER:
            return True
    return False


def _leftover(text: str) -> list[str]:
    """Words with digits that no reading used ('8 x 1:30' leaves ':30')."""
    return [f"'{w}'" for w in text.split() if any(c.isdigit() for c in w)]
