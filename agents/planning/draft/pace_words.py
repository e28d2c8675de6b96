"""Named paces in a session's words: '@ T', 'at 10K pace', 'HM pace', 'MP', 'race pace'.

A pace reference is found from a few cheap anchors ('pace', 'effort', '@', 'at', 'mp',
'hmp', 'threshold') and then matched only around each anchor, so a line pays for the long list of
ways to name a pace only where a pace may be named; every pattern is bounded.
"""

from __future__ import annotations

import re

ANCHOR = re.compile(r"\bpace\b|\beffort\b|@|\bat\b|\bh?mp\b|\bthreshold\b")
# "@ T", "at I", "@ 10k": a zone letter or a race distance right after the anchor.
AT_REFERENCE = re.compile(r"(?:@|at) ?(?:(?P<zone>[mtire])\b|(?P<race>10|5) ?km?\b(?! ?race))")
THRESHOLD = re.compile(r"threshold(?: pace)?\b")
_QUALIFIERS = (
    ("half_marathon", r"hm|half[- ]?marathon|half"),
    ("pace_10k", r"10 ?(?:km|k|000 ?m?)"),
    ("pace_5k", r"5 ?(?:km|k|000 ?m?)"),
    ("marathon", r"marathon|m"),
    ("threshold", r"lt|tempo|t"),
    ("interval", r"interval|vo2 ?max|i"),
    ("repetition", r"repetition|rep|mile|r"),
    ("easy", r"easy|conversational|e"),
    ("race", r"(?:race|goal)(?=[- ]?pace)"),  # "race effort" is a time trial
)
# "<qualifier> pace" ending at a 'pace' or 'effort' anchor; "5K race effort" is a time trial.
NAMED = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _QUALIFIERS)
    + r")[- ]?(?:race[- ]?pace|pace|effort)\b"
)
LOOK_BACK = 26  # the longest qualifier, "half-marathon race ", and some room
ZONE_LETTERS = {"m": "marathon", "t": "threshold", "i": "interval", "r": "repetition", "e": "easy"}
NAMES = {"half_marathon": "half-marathon", "pace_10k": "10k", "pace_5k": "5k"}


def pace_references(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The text with its named paces blanked, and the paces named with where they are."""
    found: list[tuple[str, int, int]] = []
    spans: list[tuple[int, int]] = []
    cursor = 0
    for anchor in ANCHOR.finditer(text):
        if anchor.start() < cursor:
            continue
        match, name = _reference_at(text, anchor, cursor)
        if match is not None:
            found.append((name, match.start(), match.end()))
            spans.append((match.start(), match.end()))
            cursor = match.end()
    if not spans:
        return text, found
    parts, end = [], 0
    for start, stop in spans:
        parts.append(text[end:start] + " " * (stop - start))
        end = stop
    return "".join(parts) + text[end:], found


def _reference_at(
    text: str, anchor: re.Match[str], cursor: int
) -> tuple[re.Match[str] | None, str]:
    word = anchor.group(0)
    if word in ("@", "at"):
        match = AT_REFERENCE.match(text, anchor.start())
        if match is None:
            return None, ""
        zone = match.group("zone")
        return match, ZONE_LETTERS[zone] if zone else f"{match.group('race')}k"
    if word in ("mp", "hmp"):
        return anchor, "marathon" if word == "mp" else "half-marathon"
    if word == "threshold":
        return THRESHOLD.match(text, anchor.start()), "threshold"
    match = NAMED.search(text, max(cursor, anchor.start() - LOOK_BACK), anchor.end())
    if match is None:
        return None, ""
    name = match.lastgroup or ""
    return match, NAMES.get(name, name)
