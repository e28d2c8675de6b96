"""Strides in the middle of an easy run ('20 min easy + 6 x strides + 20 min easy', '30 min
easy, 6x strides, 10 min easy', '5k easy + 6 x 100m strides + 2k easy'): one easy run of both
sizes with its strides. They were two runs, or the easy running a warm-up and cool-down
around strides read as the work (a 30-minute day). The two sizes must be of one dimension
(both times or both distances) to be added up; otherwise the line is left to the rest of the
reader.

Every pattern is bounded, as in session_words.
"""

from __future__ import annotations

import re

from agents.planning.draft.kind_words import run_kind
from agents.planning.draft.session_words import MILE_M, find_sizes

# 'easy' or its short forms before or after a size: '20 min easy', 'easy 20'', '3 mi E'.
_EASY = r"(?:easy|e|jog|z2)(?: run)?"
_SIZE = r"\d{1,3}(?:\.\d{1,2})? ?(?:kms?|k|miles?|mi|minutes?|mins?|min|')"
EASY_PART = re.compile(
    r"^(?:" + _EASY + r" (?P<a>" + _SIZE + r")|(?P<b>" + _SIZE + r") " + _EASY + r")$"
)
# '6 strides', '6 x strides', '6x 20s strides', '6 x 100m strides', 'strides x6', 'strides'.
STRIDES_PART = re.compile(
    r"^(?:\d{1,2}(?: ?- ?\d{1,2})? ?(?:[x*] ?)?(?:\d{1,3} ?(?:m|s|secs?|seconds?|\")? ?)?)?"
    r"(?:strides|pick-?ups|accelerations)(?: ?[x*] ?\d{1,2})?$"
)
SEPARATOR = re.compile(r" ?(?:\+|,|/|;|\bthen\b) ?")
# '6 x strides': the count of the strides, not repetitions of a size.
COUNT_X = re.compile(r"(?<![\w.:])(?P<n>\d{1,2}) ?[x*] ?(?=(?:strides|pick-?ups|accelerations)\b)")


# Marks easy running of a time and a distance around strides: no one size (see
# middle_strides_problem).
MIXED = "(mixed units around strides)"


def middle_strides_problem(text: str) -> str | None:
    """Why easy running of a time and of a distance around strides ('20 min easy + 6 x
    strides + 2 km easy') is not read: their sum has no unit (it was a 20-minute, 2 km day)."""
    if MIXED not in text:
        return None
    return "easy running in minutes and in km around the strides: write both parts in one unit"


def rewrite_middle_strides(text: str) -> str:
    """The text with easy running, strides and easy running as one easy run of both sizes
    and its strides; any other text as it is."""
    text = COUNT_X.sub(lambda m: f"{m.group('n')} ", text)
    parts = SEPARATOR.split(text.strip(" ."))
    if len(parts) != 3 or not STRIDES_PART.match(parts[1]):
        return text
    first, last = EASY_PART.match(parts[0]), EASY_PART.match(parts[2])
    if first is None or last is None:
        return text
    sizes = [find_sizes(m.group("a") or m.group("b")) for m in (first, last)]
    if any(len(found) != 1 for found in sizes):
        return text
    a, b = sizes[0][0], sizes[1][0]
    if a.is_time != b.is_time:
        return f"{text} {MIXED}"
    if a.is_time:
        total = f"{(a.seconds + b.seconds) / 60:g} min"
    elif a.miles and b.miles:
        total = f"{(a.metres + b.metres) / MILE_M:.2f}".rstrip("0").rstrip(".") + " mi"
    else:
        total = f"{(a.metres + b.metres) / 1000:g} km"
    return f"{total} easy + {parts[1]}"


# Pick-ups or strides of a minute or more on an easy run ('easy 10k w/ 5 x 1' pickups'): longer
# than strides (up to 30 s), and no interval session either (they were I-pace intervals in a
# 73-minute day). In a fartlek or a long run they are its own (earlier rounds read them so).
LONG_STRIDES = re.compile(
    r"(?<![\w.:])\d{1,2} ?[x*] ?(?P<size>\d{1,2}(?:\.\d)? ?(?:min|mins|minutes?|')) ?"
    r"(?:pick-?ups?|strides?|accelerations?|surges?)\b"
)


def long_strides(text: str) -> str | None:
    """Why strides or pick-ups of a minute or more are not read, if the text has them."""
    found = LONG_STRIDES.search(text)
    if found is None:
        return None
    if run_kind(LONG_STRIDES.sub(" ", text)) not in (None, "easy", "recovery"):
        return None  # surges in a fartlek or a long run are its own
    return (
        f"pick-ups of '{found.group('size')}' are longer than strides (up to 30 s): write "
        "strides ('6 x 20s strides') or a fartlek ('fartlek 5 x 1 min, 1 min easy')"
    )
