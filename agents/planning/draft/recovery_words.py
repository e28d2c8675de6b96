"""Recoveries between repetitions as coaches write them: '2 min jog', '400m float', '60s
standing rest', 'rest 90s', '/ 90s', or a time alone after the repetitions ('8 x 400, 90s').

Every pattern is bounded, as in session_words.
"""

from __future__ import annotations

import re

from agents.planning.draft.session_words import (
    NUMBER,
    NUMBER_START,
    UNIT,
    Words,
    blank,
    unit_amount,
)

_RECOVERY_WORD = (
    r"(?:jog(?:ging)?|easy|slow|rest|walk(?:ing)?|recover(?:y|ies)|recs?|recov"
    r"|float|jr|off|standing)"
)
# "2 min jog recovery": a second recovery word is part of it, not a recovery run; so are how
# it is taken ("3 min active recovery") and where ("2 min easy jog between", "1' between
# reps"; the rest between sets is another thing).
_BETWEEN = r"between(?! sets?\b)(?: (?:reps|repeats|repetitions|efforts|intervals|each))?"
_TWO_WORDS = _RECOVERY_WORD + r"(?: " + _RECOVERY_WORD + r")?(?: " + _BETWEEN + r")?"
_RECOVERY_WORDS = (
    r"(?:(?:static|active|full|light|gentle) )?(?:" + _TWO_WORDS + "|" + _BETWEEN + ")"
)
# A range ("60-90s rest") is read at its lower end, as sizes are.
_LOWER_END = r"(?:(?P<lo>\d{1,3}) ?(?:-|\u2013|to) ?)?"
_AMOUNT = (
    r"(?:(?P<rm>\d{1,2}):(?P<rs>\d{2})|" + _LOWER_END + r"(?P<n>" + NUMBER + r") ?" + UNIT + "?)"
)
RECOVERY_AFTER = re.compile(NUMBER_START + _AMOUNT + r" ?(?:of )?" + _RECOVERY_WORDS + r"\b")
RECOVERY_BEFORE = re.compile(
    r"\b" + _RECOVERY_WORD + r" ?:? ?(?:of )?(?P<n>" + NUMBER + r") ?" + UNIT + r"?(?![\w.])"
)
# A time alone after the repetitions, "8 x 400 @ 5k, 90s", "6 x 800 (5K pace) 90s": their
# recovery (up to 5 min).
RECOVERY_BARE = re.compile(
    r"(?:[,;(]|\)(?= )) ?"
    r"(?:(?P<rm>\d):(?P<rs>\d{2})|(?P<n>\d{1,3}) ?(?P<u>s|secs?|seconds?|\"|'|mins?))"
    r"(?= *(?:[,;/)]|$))"
)
BARE_RECOVERY_MAX_S = 300
# A recovery after a slash: "5 x 1k @ 10K effort / 90s".
RECOVERY_SLASH = re.compile(
    r"/ ?(?:(?P<rm>\d{1,2}):(?P<rs>\d{2})|(?P<n>" + NUMBER + r") ?" + UNIT + r")(?![\w.])"
)
# A track distance after a slash, "8 x 200 / 200": metres (said, as for '400 jog').
RECOVERY_SLASH_METRES = re.compile(r"/ ?(?P<n>\d{3,4})(?![\w.:/])")

# A recovery not jogged ('60s standing rest', '400m walk'): its size is kept, the draft
# writes every recovery as a jog.
STILL_RECOVERY = re.compile(r"\b(?:standing|static|walk(?:ing)?)\b")


def find_recovery(text: str, start: int = 0) -> tuple[int, int, bool, re.Match[str]] | None:
    """(seconds, metres, unit was missing, match) of a recovery between repetitions, written
    from `start` on (after the repetitions)."""
    match = (
        RECOVERY_AFTER.search(text, start)
        or RECOVERY_BEFORE.search(text, start)
        or RECOVERY_SLASH.search(text, start)
        or RECOVERY_SLASH_METRES.search(text, start)
        or _bare_recovery(text, start)
    )
    if match is None:
        return None
    if match.groupdict().get("rm"):  # "2:00 jog"
        return int(match.group("rm")) * 60 + int(match.group("rs")), 0, False, match
    number = match.groupdict().get("lo") or match.group("n")
    unit = match.groupdict().get("u")
    seconds, metres = unit_amount(number, unit)
    unitless = unit is None
    if unitless:
        value = round(float(number))
        seconds, metres = (0, value) if value >= 100 else (value, 0)
    return seconds, metres, unitless, match


def _bare_recovery(text: str, start: int) -> re.Match[str] | None:
    match = RECOVERY_BARE.search(text, start)
    if match is None or match.group("rm"):
        return match
    seconds = unit_amount(match.group("n"), match.group("u"))[0]
    return match if seconds <= BARE_RECOVERY_MAX_S else None


def read_recovery(words: Words, start: int = 0) -> None:
    """The recovery written after the repetitions (from `start`), taken out of the words."""
    recovery = find_recovery(words.text[: words.totals_at], start)
    if recovery is None:
        return
    seconds, metres, unitless, match = recovery
    words.recovery = (seconds, metres)
    words.text = blank(words.text, match.start(), match.end())
    written = match.group(0).strip(" ,;/")
    if match.groupdict().get("lo"):
        words.notes.append(f"the recovery '{written}' is a range: the lower end used")
    if unitless:
        amount = f"{metres} m" if metres else f"{seconds} s"
        words.notes.append(f"the recovery '{written}' has no unit: read as {amount}")
    if STILL_RECOVERY.search(written):
        words.remarks.append(f"'{written}': its size kept, as the recovery (the draft says jog)")
