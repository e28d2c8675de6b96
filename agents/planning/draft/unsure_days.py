"""Day shapes the reader cannot read into sessions without a guess, found before any reading
('10k + 6k' could be one run or a double; '8 x 100m' with no run is strides or sprints, no
I-pace intervals; 'tempo 3 km then 4 x 400m' is two pieces of work), each with the reason
shown back to the coach.

Every pattern works on a normalised session text (lower case, single spaces), is bounded, and
runs only when a cheap test (a character or word the shape needs) passes.
"""

from __future__ import annotations

import re

_SIZE = r"\d{1,3}(?:[.,]\d{1,2})? ?(?:km|k|mi|miles?|mins?|minutes?|'|h|hrs?|hours?)"
# Sizes alone joined by '+' ('10k + 6k', '40' + 20'', '10k easy + 6k'): one run of the sum, or
# a double? Nothing says which (it was read as one run of the sum).
BARE_SIZES_JOINED = re.compile(
    r"^ ?" + _SIZE + r"(?: (?:easy|e))? ?(?:\+ ?" + _SIZE + r"(?: (?:easy|e))? ?)+$"
)
ONE_BARE = re.compile(r"^ ?" + _SIZE + r" ?$")
# Short repetitions (50 to 150 m, or up to 20 s) with nothing else on the line that has a
# size: strides or sprints, which go with a run (they were I-pace intervals with 2-minute jogs).
SHORT_REPS = re.compile(
    r"(?<![\w.:])(?P<n>\d{1,2}) ?[x*] ?(?P<size>(?P<m>\d{2,3}) ?m|(?P<s>\d{1,2}) ?(?:s|secs?|\"))"
    r"(?![\w.:'])"
)
SHORT_MAX_M, SHORT_MIN_M, SHORT_MAX_S = 150, 50, 20
# Words that name what short repetitions are (strides, sprints, hills, a pace): read as before.
NAMES_SHORT = re.compile(
    r"@|\bpace\b|\b(?:strides?|str|sprints?|hills?|hill|r|rep|reps|repetitions?|fartlek|pick-?ups?"
    r"|surges?|accelerations?|flying|flys?|relays?|race|mile|1500|800|3k|5k|10k|i|t|tempo)\b"
)
DIGIT = re.compile(r"\d")
# Easy running with its size, before and after short repetitions (the reader's rewrites make
# it a warm-up and cool-down: '3 km wu, 6 x 100m, 3 km cd').
EASY_BESIDE = re.compile(r"\d.{0,12}\b(?:easy|e|jog|wu|cd)\b|\b(?:easy|jog|wu|cd)\b.{0,12}\d")
# A piece of work with its size beside repetitions, as parts of one line ('tempo 3 km then 4 x
# 400m', '2 mi @ T, 4 x 400'): two pieces of work, a session holds one (it was the repetitions
# at tempo pace in a 3 km day).
PART_BREAK = re.compile(r",? then |, |; | \+ |,? followed by ")
REPS_PART = re.compile(r"\d ?[x*] ?[\d(]")
SIZED = re.compile(r"\d ?(?:km|k|mi|miles?|mins?|minutes?|'|m)\b|\d'")
EFFORT_PART = re.compile(r"\b(?:tempo|threshold|lt|t|mp|hmp|cruise)\b|@|\bat\b")
NOT_WORK = re.compile(
    r"\b(?:easy|e|jog|wu|cd|warm|cool|warm-?up|cool-?down|strides?|recovery|rec|walk|rest"
    r"|drills?|long|lr)\b"
)


def unsure_shape(text: str) -> str | None:
    """Why the day's shape is not read (it would be a guess), if it is not."""
    if "+" in text and BARE_SIZES_JOINED.match(text) and _one_bare(text):
        return (
            f"'{text.strip()}' could be one run or two: write a double ('AM 10k easy, PM 6k "
            "easy') or the day's size ('16k easy')"
        )
    if "x" in text or "*" in text:
        short = _short_reps_alone(text)
        if short is not None:
            return (
                f"repetitions of {short} with no run and no pace are strides or sprints: write "
                "them with a run ('easy 30 min + 6 x 100m') or name the pace ('@ R')"
            )
        middle = _short_reps_between_runs(text)
        if middle is not None:
            return (
                f"repetitions of {middle} between two runs with no pace: strides in one run or a "
                "workout, nothing says which; write 'easy 6 km + 6 x 100m' or name the pace"
            )
        if _work_beside_reps(text):
            return (
                "a piece of work at another pace beside the repetitions ('tempo 3 km then 4 x "
                "400m'): a session holds one; write the other on a line of its own"
            )
    return None


def _one_bare(text: str) -> bool:
    """One part at least is a size alone ('10k easy + 6k easy' says two easy runs)."""
    return any(ONE_BARE.match(part) for part in text.split("+"))


def _short_reps_alone(text: str) -> str | None:
    """The short repetitions' size, if they are the line's only sized part and nothing names
    what they are."""
    match = SHORT_REPS.search(text)
    if match is None or NAMES_SHORT.search(text):
        return None
    metres, seconds = match.group("m"), match.group("s")
    short = SHORT_MIN_M <= int(metres) <= SHORT_MAX_M if metres else 0 < int(seconds) <= SHORT_MAX_S
    rest = text[: match.start()] + text[match.end() :]
    return match.group("size") if short and DIGIT.search(rest) is None else None


def _short_reps_between_runs(text: str) -> str | None:
    """The short repetitions' size, if they stand between two parts of easy running with no
    pace named ('3 km easy + 6 x 100m + 3 km easy' was two runs, or I-pace intervals)."""
    match = SHORT_REPS.search(text)
    if match is None or NAMES_SHORT.search(text):
        return None
    before, after = text[: match.start()], text[match.end() :]
    if not (EASY_BESIDE.search(before) and EASY_BESIDE.search(after)):
        return None
    metres, seconds = match.group("m"), match.group("s")
    short = SHORT_MIN_M <= int(metres) <= SHORT_MAX_M if metres else 0 < int(seconds) <= SHORT_MAX_S
    return match.group("size") if short else None


def _work_beside_reps(text: str) -> bool:
    """A part of sized work at a pace or named effort beside a part of repetitions."""
    parts = PART_BREAK.split(text)
    if len(parts) < 2 or "(" in text:  # '4 x (1k @ T + 1k @ MP)': a mixed set, said apart
        return False
    reps = [p for p in parts if REPS_PART.search(p) and not NOT_WORK.search(p)]
    work = [
        p
        for p in parts
        if not REPS_PART.search(p)
        and SIZED.search(p)
        and EFFORT_PART.search(p)
        and not NOT_WORK.search(p)
    ]
    return bool(reps and work)
