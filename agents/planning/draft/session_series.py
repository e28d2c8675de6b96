"""Repetitions written in other shapes than 'N x size': sets ('2 x (4 x 400)'), size first
('800s x 6', '1k x 5'), and numbered miles of a run at pace ('miles 10-13 @ MP').

Each rewrites the text it reads with its length kept, so the positions the rest of the
reading uses stay valid; every pattern is bounded, as in session_words.
"""

from __future__ import annotations

import re

from agents.planning.draft.session_shorthand import in_unit
from agents.planning.draft.session_words import Reps, blank

# Numbered miles or kilometres of the day at pace: "miles 10-13 @ MP" is 4 of them.
NUMBERED_BLOCK = re.compile(
    r"\b(?P<unit>miles?|mi|km|kms|k) (?P<a>\d{1,2}) ?(?:-|\u2013|to|through|thru) ?"
    r"(?P<b>\d{1,2})(?![\w.:'/]| ?(?:min|/))"  # not a pace range ('8-9 min/mi')
)
# Sets of repetitions, "2 x (4 x 400)", and the rest between the sets.
SETS = re.compile(
    r"(?<![\w.:])(?P<sets>\d) ?[x*] ?\( ?(?P<count>\d{1,2}) ?[x*] ?(?P<inner>[^()]{1,60})\)"
)
SET_REST = re.compile(
    r"[/,]? ?(?:w/ |with )?(?P<n>\d{1,2}(?:\.\d)?) ?(?:min|mins|minutes?|'|s|secs?)? ?"
    r"(?:(?:jog|rest|recovery|easy) )?(?:between|after each) sets?\b"
)
# Repetitions with their count after them: "800s x 6", "1k x 5", "400m x 10".
REPS_AFTER = re.compile(
    r"(?<![\w.:])(?:(?P<plural>\d{3,4})s|(?P<n>\d{1,2}(?:\.\d)?) ?(?P<u>km|k|miles?|mi)"
    r"|(?P<metres>\d{3,4}) ?m) ?[x*] ?(?P<count>\d{1,2})(?![\w.:])"
)


def numbered_blocks(text: str) -> tuple[str, list[str]]:
    """The text with each block of numbered miles or kilometres ('miles 10-13') written as
    its count in the day's unit, length kept ('4', the unitless part of a day in miles),
    and a remark for each."""
    remarks = []
    for match in NUMBERED_BLOCK.finditer(text):
        first, last = int(match.group("a")), int(match.group("b"))
        if not 0 < first <= last:
            continue
        count = str(last - first + 1)
        start, end = match.span()
        text = text[:start] + count.rjust(end - start) + text[end:]
        remarks.append(f"'{match.group(0)}' read as {count} {match.group('unit')}")
    return text, remarks


def flattened_sets(text: str) -> tuple[str, list[str]]:
    """The text with sets of repetitions written as one series ('2 x (4 x 400)' as '8x400'),
    length kept, the rest between sets left out; and a note for each."""
    notes = []
    for match in SETS.finditer(text):
        total = int(match.group("sets")) * int(match.group("count"))
        series = f"{total}x{match.group('inner')}".ljust(match.end() - match.start())
        text = text[: match.start()] + series + text[match.end() :]
        notes.append(f"'{match.group(0)}' read as {total} x {match.group('inner').strip()}")
    rest = SET_REST.search(text)
    if notes and rest is not None:
        text = blank(text, *rest.span())
        notes.append(f"the rest between sets ('{rest.group(0).strip(' /,')}') is not kept")
    return text, notes


def reps_written_after(text: str) -> tuple[Reps, re.Match[str]] | None:
    """Repetitions written size first, count after ('800s x 6', '1k x 5'), and where."""
    match = REPS_AFTER.search(text)
    if match is None:
        return None
    if match.group("n"):
        metres = in_unit(float(match.group("n")), match.group("u"))[1]
    else:
        metres = int(match.group("plural") or match.group("metres"))
    return Reps(int(match.group("count")), metres, 0, False), match
