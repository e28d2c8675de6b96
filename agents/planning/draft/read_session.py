"""Reading one session of a draft day ("tempo 20 min @ T — 45 min") into a plan day."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agents.planning.core.kinds import PACED_KINDS, WORK_ZONE, Kind, WorkPace
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day, Race
from agents.planning.draft.kind_words import HEDGE, NO_RUNNING, OPTIONAL, is_rest
from agents.planning.draft.line_rewrites import rewrite_shorthand
from agents.planning.draft.phrase_rewrites import REST_OR
from agents.planning.draft.read_words import day_length, read_words
from agents.planning.draft.rest_days import (
    RECOVERY_REST,
    recovery_aside,
    recovery_rest,
    rest_aside,
)
from agents.planning.draft.sequence_words import sequence_problem
from agents.planning.draft.session_day import build_day
from agents.planning.draft.session_kind import decide_kind
from agents.planning.draft.session_series import repetitions_problem, sizes_problem
from agents.planning.draft.session_shorthand import (
    BARE_MINUTES_FROM,
    BARE_MINUTES_UP_TO,
    bare_number,
    easy_numbers_as_parts,
    in_day_unit,
    whole_run,
)
from agents.planning.draft.session_words import (
    EASY_PART,
    GOAL,
    STRIDES,
    Size,
    Sizes,
    Words,
    blank,
    find_sizes,
    normalise,
)
from agents.planning.draft.spelling import correct_spelling
from agents.planning.draft.stride_rewrites import long_strides, middle_strides_problem

# Words a single effort's size stands next to: "tempo 20 min", "20 min tempo".
EFFORT_WORDS = re.compile(r"\btempo\b|\bcruise\b|\bthreshold\b")
EASY_WORDS = re.compile(r"\b(?:easy|jog|steady|recovery|aerobic)\b")
NAMES_WITH_DIGITS = re.compile(r"vo2(?:max)?|z[1-6]|5k|10k")
FILLER = frozenset({"", "at", "of", "@", "in"})
DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class SessionReading:
    """One session as read: a day, a rest day, or nothing usable (with why)."""

    day: Day | None
    rest: bool = False
    problem: str | None = None
    assumptions: tuple[str, ...] = ()
    # What the coach should know of how it was read, shown beside the reading ("your pace").
    remarks: tuple[str, ...] = ()


class SessionReader:
    """Reads the session texts of one draft, whose paces and goal race are fixed: each distinct
    text once (a draft repeats its lines, 'easy run @ E — 40 min' week after week)."""

    def __init__(self, paces: Paces, race: Race | None) -> None:
        self.paces = paces
        self.race = race
        self._readings: dict[tuple[str, Kind | None], SessionReading] = {}

    def read(self, body: str, previous: Day | None = None) -> SessionReading:
        """The session as read; its day's weekday is a placeholder the caller sets.
        `previous` is the session before it on the same line (a double's second run takes
        its kind when it names none)."""
        key = (body, previous.kind if previous else None)
        reading = self._readings.get(key)
        if reading is None:
            reading = read_session(1, body, self.paces, self.race, previous)
            self._readings[key] = reading
        return reading


def read_session(
    weekday: int, body: str, paces: Paces, race: Race | None, previous: Day | None = None
) -> SessionReading:
    """One session's words as a plan day; what it assumed is said, what it cannot read is not
    guessed."""
    text, spelt = correct_spelling(normalise(body))
    if is_rest(text):
        return SessionReading(None, rest=True, assumptions=tuple(spelt))
    if recovery_rest(text):
        return SessionReading(None, rest=True, assumptions=(RECOVERY_REST,))
    aside = rest_aside(text) or recovery_aside(text)
    if HEDGE.search(text) or (aside is None and REST_OR.search(text)):  # 'Rest/XT' too
        return SessionReading(None, problem="it offers a choice or a condition: say one session")
    if NO_RUNNING.search(text) and aside is None:  # 'no running, XT 30 min': not a run
        return SessionReading(
            None, problem="it says 'no running' beside a session: write the session alone"
        )
    if aside is not None:
        return SessionReading(None, rest=True, assumptions=(f"'{aside}' is not kept: a rest day",))
    text, rewritten = rewrite_shorthand(text)
    words = read_words(text, paces, race)
    words.notes.extend([*spelt, *rewritten])
    problem = (
        sequence_problem(text)
        or repetitions_problem(text, words.text, bool(words.reps))
        or long_strides(text)
        or middle_strides_problem(text)
    )
    if problem is not None:
        return SessionReading(None, problem=problem)
    length = day_length(words)
    kind, work_pace, problem = decide_kind(words, race, length, paces)
    steady_before = previous is not None and previous.kind in ("easy", "recovery", "long")
    if kind is None and problem is None and steady_before and length is not None:
        kind = "easy"
        words.remarks.append("a second run on the day: easy")
    if problem or kind is None:
        return SessionReading(None, problem=problem or not_understood(text))
    sizes = split_sizes(words, kind, work_pace)
    problem = sizes_problem(words, sizes, kind)
    if problem is not None:
        return SessionReading(None, problem=problem)
    if OPTIONAL.search(text):
        words.notes.append("marked optional: kept in the plan")
    result = build_day(weekday, kind, work_pace, words, sizes, paces, race)
    if isinstance(result, str):
        return SessionReading(None, problem=result)
    day, notes = result
    return SessionReading(
        day, assumptions=tuple([*words.notes, *notes]), remarks=tuple(words.remarks)
    )


def not_understood(text: str) -> str:
    """Why nothing could be used from a session's words, naming them."""
    shown = text if len(text) <= 60 else text[:57] + "..."
    if STRIDES.search(text):
        return f"strides go with a run ('easy 30 min + 6 strides'): no run in '{shown}'"
    return f"no kind of session, size or pace the planner knows in '{shown}'"


def split_sizes(words: Words, kind: Kind, work_pace: WorkPace | None) -> Sizes:
    """The sizes of the work (a single effort), of the whole day, and of its warm-up and
    cool-down."""
    at = words.totals_at
    detail = find_sizes(words.text[:at])
    totals = [replace(s, start=s.start + at, end=s.end + at) for s in find_sizes(words.text[at:])]
    goal = GOAL.search(words.text) if kind in ("race", "time-trial") else None
    if goal:
        detail = [s for s in detail if not goal.start() <= s.start < goal.end()]
    warmup, cooldown = _easy_part(words, detail, "warm"), _easy_part(words, detail, "cool")
    easy_parts = [part for part in (warmup, cooldown) if part is not None]
    detail = [s for s in detail if s not in easy_parts]
    effort = _effort(words, kind, work_pace, detail)
    detail = [s for s in detail if s is not effort]
    if kind in WORK_ZONE and (effort is not None or words.reps) and len(easy_parts) < 2:
        before, after = _easy_beside(words, detail, effort)
        warmup, cooldown = warmup or before, cooldown or after
        easy_parts = [part for part in (warmup, cooldown) if part is not None]
        detail = [s for s in detail if s not in easy_parts]
    if not totals and len(detail) > 1 and len({s.is_time for s in detail}) == 1:
        detail = [_sum_of(detail, words, effort, easy_parts)]  # '5 km easy, 5 km steady'
    # A size in the detail counts for the day when the totals do not give that dimension.
    given = {size.is_time for size in totals}
    whole = [*totals, *(s for s in detail if s.is_time not in given)]
    extra = [s for s in detail if s.is_time in given]
    for size in (*detail, *totals, *easy_parts, *([effort] if effort else [])):
        words.text = blank(words.text, size.start, size.end)
    if goal:
        words.text = blank(words.text, goal.start(), goal.end())
    if not whole and effort is None and kind not in ("race", "time-trial"):
        whole = _bare_size(words)
    effort = effort or _unitless_effort(words, whole)
    if words.kind_by_pace and kind in WORK_ZONE and not (easy_parts or words.reps):
        effort, whole = whole_run(words, effort, whole)
    warmup, cooldown = easy_numbers_as_parts(words, whole, warmup, cooldown)
    easy_parts = [part for part in (warmup, cooldown) if part is not None]
    goal_text = goal.group("t") if goal else None
    return Sizes(
        effort, whole, extra, goal_text, _leftover(words.text), easy_parts, warmup, cooldown
    )


def _easy_part(words: Words, detail: list[Size], which: str) -> Size | None:
    """The size of the warm-up ('warm') or cool-down ('cool') the words give, if any."""
    spans = [m.span() for m in EASY_PART.finditer(words.text[: words.totals_at]) if m.group(which)]
    return next((s for s in detail if _next_to(words.text, s, spans)), None)


def _easy_beside(
    words: Words, detail: list[Size], effort: Size | None
) -> tuple[Size | None, Size | None]:
    """Sizes of easy running written beside the work ('10k easy, 10k MP'): a warm-up when
    before it, a cool-down after."""
    spans = [*words.easy_spans, *(m.span() for m in EASY_WORDS.finditer(words.text))]
    at = effort.start if effort is not None else words.reps_at if words.reps else words.totals_at
    easy = [s for s in detail if _next_to(words.text, s, spans)]
    before = next((s for s in easy if s.start < at), None)
    after = next((s for s in easy if s.start > at), None)
    return before, after


def _sum_of(
    sizes: list[Size], words: Words, effort: Size | None = None, beside: list[Size] | None = None
) -> Size:
    """Parts of the day in one dimension, added up ('5 km easy, 5 km steady'); a size
    written before parts that add up to it is the day's ('16 mi: 12 mi easy, last 4 mi @
    MP' is 16 miles, not 32; 'long run 26 km: 20 km easy, 6 km MP' 26 km, the work one of
    the parts)."""
    first, parts = sizes[0], sizes[1:]
    written = first.seconds + first.metres
    finish = words.finish.seconds + words.finish.metres if words.finish else 0
    for part in [effort, *(beside or [])]:  # the work, a warm-up: parts of the size too
        if part is not None and part.is_time == first.is_time and part.start > first.end:
            finish += part.seconds + part.metres
    several = len(parts) + (finish > 0) >= 2  # '5 km easy, 5 km steady' is 10 km
    if (
        several
        and abs(sum(s.seconds + s.metres for s in parts) + finish - written) <= written / 200
    ):
        return replace(first, end=sizes[-1].end)
    total = Size(
        seconds=sum(s.seconds for s in sizes),
        metres=sum(s.metres for s in sizes),
        start=sizes[0].start,
        end=sizes[-1].end,
        miles=all(s.miles for s in sizes),
    )
    amount = f"{total.seconds // 60} min" if total.is_time else f"{total.metres / 1000:g} km"
    words.remarks.append(f"the parts add up to {amount}")
    return total


def _bare_size(words: Words) -> list[Size]:
    """The day's size from a bare number ('easy 60' is 60 minutes, 'easy 8' 8 km)."""
    found = bare_number(words.text[: words.totals_at])
    if found is None:
        return []
    number, (start, end) = found
    if number > BARE_MINUTES_UP_TO:
        return []  # '3 x (1600, 800)': a track distance, not 13 hours; said not understood
    words.text = blank(words.text, start, end)
    if number >= BARE_MINUTES_FROM:
        words.remarks.append(f"'{number:g}' has no unit: read as minutes")
        return [Size(seconds=round(number * 60), start=start, end=end)]
    words.remarks.append(f"'{number:g}' has no unit: read as kilometres")
    return [Size(metres=round(number * 1000), start=start, end=end)]


def _unitless_effort(words: Words, whole: list[Size]) -> Size | None:
    """A part written without a unit ('6 miles w/ 4 @ tempo'), in the day's unit."""
    if not words.unitless:
        return None
    size = in_day_unit(words.unitless[0], whole)
    if size is None:
        return None
    return Size(seconds=size[0], metres=size[1])


def _effort(
    words: Words, kind: Kind, work_pace: WorkPace | None, detail: list[Size]
) -> Size | None:
    """The size of a single effort: the one next to the pace or the effort's name, else the
    first (for kinds that are one effort)."""
    single = kind in ("tempo", "marathon-pace") or (work_pace is not None and kind != "easy")
    single = single or (kind in PACED_KINDS and words.own_pace is not None)
    single = single or (kind == "long" and words.own_pace_at is not None and len(detail) > 1)
    if not single or words.reps is not None or not detail or words.finish or words.unitless:
        return None
    if kind == "long" and len(detail) < 2:
        return None  # a long run's one size is its own
    quality = [span for span in words.pace_spans if span not in words.easy_spans]
    spans = [*quality, *(m.span() for m in EFFORT_WORDS.finditer(words.text))]
    spans += [words.own_pace_at] if words.own_pace_at and len(detail) > 1 else []
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
    """Words with digits that no reading used ('8 x 1:30' leaves ':30'), but for the names
    that hold a digit ('vo2max', 'z2')."""
    return [
        f"'{w}'"
        for w in text.split()
        if any(c.isdigit() for c in w) and NAMES_WITH_DIGITS.fullmatch(w.strip(".,;:()")) is None
    ]
