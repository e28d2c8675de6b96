"""Named paces in a session's words: '@ T', 'at 10K pace', 'HM pace', 'MP', 'race pace'.

A pace reference is found from a few cheap anchors ('pace', 'effort', '@', 'at', 'mp',
'hmp', 'threshold') and then matched only around each anchor, so a line pays for the long list of
ways to name a pace only where a pace may be named; every pattern is bounded.
"""

from __future__ import annotations

import re

from agents.planning.core.kinds import DANIELS_PACES, NamedPace

ANCHOR = re.compile(r"\bpace\b|\beffort\b|@|\bat\b|\bh?mp\b|\bthreshold\b")
# "@ T", "at I", "@ 10k": a zone letter or a race distance right after the anchor.
AT_REFERENCE = re.compile(r"(?:@|at) ?(?:(?P<zone>[mtire])\b|(?P<race>10|5) ?km?\b(?! ?race))")
THRESHOLD = re.compile(r"threshold(?: pace)?\b")
# (the group's name in NAMED, the pace it names, how coaches write it)
_QUALIFIERS: tuple[tuple[str, NamedPace, str], ...] = (
    ("half_marathon", "half-marathon", r"hm|half[- ]?marathon|half"),
    ("pace_10k", "10k", r"10 ?(?:km|k|000 ?m?)"),
    ("pace_5k", "5k", r"5 ?(?:km|k|000 ?m?)"),
    ("marathon", "marathon", r"marathon|m"),
    ("threshold", "threshold", r"lt|tempo|t"),
    ("interval", "interval", r"interval|vo2 ?max|i"),
    ("repetition", "repetition", r"repetition|rep|mile|r"),
    ("easy", "easy", r"easy|conversational|e"),
    ("race", "race", r"(?:race|goal)(?=[- ]?pace)"),  # "race effort" is a time trial
)
# "<qualifier> pace" ending at a 'pace' or 'effort' anchor; "5K race effort" is a time trial.
NAMED = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(f"(?P<{group}>{pattern})" for group, _, pattern in _QUALIFIERS)
    + r")[- ]?(?:race[- ]?pace|pace|effort)\b"
)
LOOK_BACK = 26  # the longest qualifier, "half-marathon race ", and some room
ZONE_LETTERS: dict[str, NamedPace] = {letter.lower(): name for letter, name, _ in DANIELS_PACES}
RACE_OF_NUMBER: dict[str, NamedPace] = {"10": "10k", "5": "5k"}
NAMES: dict[str, NamedPace] = {group: name for group, name, _ in _QUALIFIERS}


def pace_references(text: str) -> tuple[str, list[tuple[NamedPace, int, int]]]:
    """The text with its named paces blanked, and the paces named with where they are."""
    named: list[tuple[NamedPace, int, int]] = []
    spans: list[tuple[int, int]] = []
    cursor = 0
    for anchor in ANCHOR.finditer(text):
        if anchor.start() < cursor:
            continue
        reference = _reference_at(text, anchor, cursor)
        if reference is not None:
            match, name = reference
            named.append((name, match.start(), match.end()))
            spans.append((match.start(), match.end()))
            cursor = match.end()
    if not spans:
        return text, named
    parts, end = [], 0
    for start, stop in spans:
        parts.append(text[end:start] + " " * (stop - start))
        end = stop
    return "".join(parts) + text[end:], named


def _reference_at(
    text: str, anchor: re.Match[str], cursor: int
) -> tuple[re.Match[str], NamedPace] | None:
    """The pace named at an anchor and where, if one is."""
    word = anchor.group(0)
    if word in ("@", "at"):
        match = AT_REFERENCE.match(text, anchor.start())
        if match is None:
            return None
        zone = match.group("zone")
        return match, ZONE_LETTERS[zone] if zone else RACE_OF_NUMBER[match.group("race")]
    if word in ("mp", "hmp"):
        return anchor, "marathon" if word == "mp" else "half-marathon"
    if word == "threshold":
        match = THRESHOLD.match(text, anchor.start())
        return (match, "threshold") if match is not None else None
    match = NAMED.search(text, max(cursor, anchor.start() - LOOK_BACK), anchor.end())
    if match is None or match.lastgroup is None:
        return None
    return match, NAMES[match.lastgroup]
