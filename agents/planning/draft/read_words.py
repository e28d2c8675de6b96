"""What a session's words name, taken out of the text one by one as each is read: the
coach's own pace, named paces, strides, a finish, a run-walk split, repetitions and their
recovery, efforts on and off, and numbers in the day's unit."""

from __future__ import annotations

import re

from agents.planning.core.kinds import NamedPace
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Race
from agents.planning.draft.kind_words import run_kind
from agents.planning.draft.own_pace_words import own_pace_remark, own_paces, rep_times
from agents.planning.draft.pace_words import pace_references
from agents.planning.draft.recovery_words import read_recovery
from agents.planning.draft.sequence_words import run_before_reps
from agents.planning.draft.session_series import (
    flattened_sets,
    kept_words,
    numbered_blocks,
    reps_written_after,
)
from agents.planning.draft.session_shorthand import (
    easy_numbers,
    find_finish,
    find_on_off,
    find_run_walk,
    unitless_parts,
)
from agents.planning.draft.session_words import (
    APPROX,
    PACE_TEXT,
    STRIDES,
    Reps,
    Size,
    Words,
    blank,
    find_reps,
    find_sizes,
)

TOTALS_SEPARATOR = re.compile(r" ?[\u2014\u2013|] ?| - ")
TOTALS_FILLER = frozenset({"total", "in", "about", "approx", "approximately", "ca", "and", "c"})
NON_WORD = re.compile(r"[^\w ]+")
CYCLES_BEFORE = re.compile(r"(?<![\w.:])(?P<n>\d{1,2}) ?(?:x|\*|times) ?\(? ?$")
CYCLES_AFTER = re.compile(
    r" ?\)? ?(?:x|\*) ?(?P<n>\d{1,2})(?![\w.:])| ?\)? ?(?P<n2>\d{1,2}) times\b"
)
# Repetitions this short (and this few) on an easy run are strides.
STRIDE_MAX_M = 200
STRIDE_MAX_S = 30
STRIDES_MAX = 12
EASY_PART_WORD = re.compile(
    r"\b(?:easy jog|easy|jog)(?= (?:warm[- ]?up|wu|w/u|cool[- ]?down|cd|c/d)(?![\w/]))"
)
RUN_WALK_WORDS = re.compile(r"\b(?:run|walk)[ /-]?(?:walk|run)\b|\bgalloway\b")


def read_words(source: str, paces: Paces, race: Race | None) -> Words:
    """The values a session's words name, each taken out of the text as it is read."""
    text, blocks = numbered_blocks(APPROX.sub(_spaces, source))
    text, sets = flattened_sets(text)
    text, own, other, after = own_paces(text, paces, race)
    text = PACE_TEXT.sub(_spaces, text)  # a pace text naming a zone's own pace: informational
    text = EASY_PART_WORD.sub(_spaces, text)  # '10' easy cd': how the part is run, not a kind
    text, named = pace_references(text)
    refs = list(dict.fromkeys([*after, *(name for name, _, _ in named)]))
    words = Words(text, _totals_start(text), source, refs, False)
    words.pace_spans = [(start, end) for _, start, end in named]
    words.easy_spans = [(start, end) for name, start, end in named if name == "easy"]
    words.remarks.extend(blocks)
    words.notes.extend(sets)
    if own is not None:
        words.own_pace, words.own_pace_at = own
        words.remarks.append(own_pace_remark(own[0], words.paces))
    if own is not None and other is not None:
        words.notes.append(
            f"a second pace of yours, '{other.written}', is not used: one pace a session "
            f"({own[0].written} used)"
        )
    _read_strides(words)
    _read_finish(words)
    _read_run_walk(words)
    detail = words.text[: words.totals_at]
    reps = None if words.reps else find_reps(detail) or reps_written_after(detail)
    if reps:
        words.reps, match = reps
        words.reps_at = match.start()
        words.text = kept_words(words.text, match)
        rep_times(words, match.end(), paces)
        read_recovery(words, match.start())
        _strides_from_reps(words)
    _read_on_off(words)
    _unitless(words, named)
    return words


def _read_run_walk(words: Words) -> None:
    """A run-walk split and its cycles: '8 x (1 min run, 90 s walk)', 'run 3 min walk 1
    min x 8', '4 min run / 1 min walk'."""
    split = find_run_walk(words.text[: words.totals_at])
    if split is None or not (RUN_WALK_WORDS.search(words.source) or "walk" in words.source):
        return
    words.run_walk = split[:2]
    start, end = split[2]
    cycles = CYCLES_BEFORE.search(words.text, 0, start)
    after = CYCLES_AFTER.match(words.text, end)
    if cycles is not None:
        words.reps = Reps(int(cycles.group("n")), 0, split[0], False)
        start = cycles.start()
    elif after is not None:
        words.reps = Reps(int(after.group("n") or after.group("n2")), 0, split[0], False)
        end = after.end()
    words.text = blank(words.text, start, end)


def _read_on_off(words: Words) -> None:
    """Efforts on and off ('1' on 1' off'), with their count if written after them."""
    on_off = find_on_off(words.text[: words.totals_at]) if words.reps is None else None
    if on_off is None:
        return
    words.on_off = on_off[:2]
    start, end = on_off[2]
    after = CYCLES_AFTER.match(words.text, end)  # "30" on 30" off x 10"
    if after is not None:
        count = int(after.group("n") or after.group("n2"))
        words.reps, words.recovery = Reps(count, 0, on_off[0], False), (on_off[1], 0)
        end = after.end()
    words.text = blank(words.text, start, end)


def _read_strides(words: Words) -> None:
    strides = STRIDES.search(words.text[: words.totals_at])
    if not strides:
        return
    words.strides = int(strides.group("n") or 0)
    if "hill" in strides.group(0):
        words.remarks.append("hill strides: strides (the hill is not kept)")
    if not words.strides:
        words.strides = 6
        words.notes.append("strides without a count: 6 strides")
    if strides.group("size"):
        unit = strides.group("su")
        size = int(strides.group("size"))
        words.stride_size = (0, size) if unit == "m" else (size, 0)
    words.text = blank(words.text, strides.start(), strides.end())


def _read_finish(words: Words) -> None:
    found = find_finish(words.text[: words.totals_at])
    if found is None:
        return
    words.finish, span = found
    words.text = blank(words.text, *span)


def day_length(words: Words) -> Size | None:
    """The longest size left in the words (the day's, most likely), if any."""
    sizes = find_sizes(words.text)
    if not sizes:
        return None
    return max(sizes, key=lambda s: s.seconds / 360 + s.metres / 1000)


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _unitless(words: Words, named: list[tuple[NamedPace, int, int]]) -> None:
    """Numbers in the day's unit: the work's ('w/ 4 @ tempo', '4 T') and, beside work,
    easy running ('10 easy + 4 @ MP', '2 E, 4 T, 2 E')."""
    detail = words.text[: words.totals_at]
    starts = [start for name, start, _ in named if start < words.totals_at and name != "easy"]
    easy = [start for name, start, _ in named if start < words.totals_at and name == "easy"]
    for number, span in unitless_parts(detail, starts):
        words.unitless.append(number)
        words.text = blank(words.text, *span)
    if not (words.unitless or words.reps or words.finish):
        return
    work_at = min(starts, default=words.totals_at)
    found = easy_numbers(words.text[: words.totals_at]) + unitless_parts(words.text, easy)
    for number, span in found:
        words.easy_numbers.append((number, span[0] < work_at))
        words.text = blank(words.text, *span)


def _strides_from_reps(words: Words) -> None:
    """Short repetitions on an easy run ('40' E + 6 x 100m', 'easy 45 w/ 5 x 30s'): strides
    by another name."""
    reps = words.reps
    easy = run_kind(words.text) in ("easy", "recovery", "long") or "easy" in words.paces
    easy = easy or (run_kind(words.text) is None and run_before_reps(words.text, words.reps_at))
    quality = [p for p in words.paces if p != "easy"]
    if reps is None or words.strides or words.recovery is not None or quality or not easy:
        return
    if reps.count > STRIDES_MAX or not (
        0 < reps.metres <= STRIDE_MAX_M or 0 < reps.seconds <= STRIDE_MAX_S
    ):
        return
    size = f"{reps.metres} m" if reps.metres else f"{reps.seconds} s"
    words.remarks.append(f"{reps.count} x {size} on an easy run: strides")
    words.strides, words.stride_size, words.reps = reps.count, (reps.seconds, reps.metres), None
    if reps.metres:
        words.stride_size = (0, reps.metres)


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
