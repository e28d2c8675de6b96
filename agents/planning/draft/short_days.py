"""Weekdays written in two letters at a line's start ('Mo: 8k easy', 'Tu. 45 min E', 'Th 20'
T', 'Sa - parkrun'), as apps and spreadsheets abbreviate them: read as the three-letter names.

Two letters are a weekday only at the start of a line and only with a separator after them
(':', '.', '-', a dash, '|', ')') or a number next ('Th 20' T'): 'We ran', 'Su casa' stay
words. The rewrite is tried only when the line's first three characters could start one.
"""

from __future__ import annotations

import re

_TWO = {"mo": "mon", "tu": "tue", "we": "wed", "th": "thu", "fr": "fri", "sa": "sat", "su": "sun"}
_DAY = r"(?:mo|tu|we|th|fr|sa|su)"
# 'Mo', 'Tu/Th', 'Mo, We, Fr' at the start, after an optional bullet.
SHORT_START = re.compile(
    r"^(?P<lead>(?:[-*\u2022\u00b7]|\d{1,2}[.)])? ?)(?P<days>"
    + _DAY
    + r"(?: ?[/,&] ?"
    + _DAY
    + r")*)"
    r"(?=\.? ?[:\-\u2013\u2014|)]|\. |\.?$| \d)"
)
ONE = re.compile(r"\b" + _DAY + r"\b")
# A cheap pre-test: the first two letters (after a bullet) are one of the seven.
_FIRST = re.compile(r"^\W{0,3}\d{0,2}\W{0,2}" + _DAY + r"\b")


def expand_short_days(lowered: str) -> str:
    """The line with two-letter weekdays at its start written as three ('mo: 8k easy' ->
    'mon: 8k easy'); any other line as it is. `lowered` is a normalised line."""
    if _FIRST.match(lowered[:8]) is None:
        return lowered
    start = SHORT_START.match(lowered)
    if start is None:
        return lowered
    days = ONE.sub(lambda m: _TWO[m.group(0)], start.group("days"))
    return start.group("lead") + days + lowered[start.end() :]
