"""Named paces in a session's words: '@ T', 'at 10K pace', 'HM pace', 'MP', 'race pace'.

A pace reference is found from a few cheap anchors ('pace', 'effort', '@', 'at', 'mp',
'hmp', 'threshold') and then matched only around each anchor, so a line pays for the long list of
ways to name a pace only where a pace may be named; every pattern is bounded.
"""

from __future__ import annotations

import re

from agents.planning.core.kinds import DANIELS_PACES, NamedPace, WorkPace

ANCHOR = re.compile(
    r"\bpace\b|\beffort\b|@|\bat\b|\bh?mp\b|\blt\b|\bthreshold\b|(?<![\w'./-])[emtir](?![\w'./-])"
    r"|\bz[1-6]\b"
)
# The planner's own zones by name (z1-z6): easy, marathon, threshold, interval, repetition.
ZONE_WORDS: dict[str, NamedPace] = {
    "z1": "easy",
    "z2": "easy",
    "z3": "marathon",
    "z4": "threshold",
    "z5": "interval",
    "z6": "repetition",
}
# A zone's letter on its own ("2 x 20' T", "E 45'"), not a unit after a number ("400 m").
LONE_LETTER = re.compile(r"(?<![\w'./-])(?P<zone>[emtir])(?![\w'./-])")
UNIT_BEFORE = re.compile(r"\d ?$")
# "@ T", "at I", "@ 10k", "@ 1500": a zone letter or a race distance right after the anchor
# (a track race's distance names its pace, as in NAMED below).
_TRACK_PACE = (
    r"(?:(?P<r>800|1500|1600|mile(?! ?\d))|(?P<i>3 ?k|3000|3200|2 ?mi(?:les?)?)"
    r"|(?P<t>15 ?k|10 ?mi(?:les?)?)|(?P<k5>5000)|(?P<k10>10000))"
    r"(?: ?m)?(?: (?:race )?(?:pace|effort))?(?![\w.:/-]| race)"  # not "at mile 10"
)
# "@ 3k-5k", "@ 5-10k": a range of race paces, read at its slower end (not "@ 10-mile").
_RANGE_START = r"(?:(?:\d{1,2}(?: ?km?)?|\d{3,4} ?m?) ?[-/] ?(?=\d))?"
AT_REFERENCE = re.compile(
    r"(?:@|at) ?" + _RANGE_START + r"(?:(?P<zone>[mtire])\b|(?P<race>10|5) ?km?\b(?! ?race)"
    r"|(?P<lt>lt|lthr|thr)\b|(?P<hm>hm|half(?:[- ]?marathon)?)(?: goal)?(?: (?:pace|effort))?"
    r"\b(?! ?race)|" + _TRACK_PACE + ")"
)
TRACK_GROUPS: dict[str, NamedPace] = {
    "r": "repetition",
    "i": "interval",
    "t": "threshold",
    "k5": "5k",
    "k10": "10k",
}
THRESHOLD = re.compile(r"threshold(?: pace)?\b")
LACTATE_THRESHOLD = re.compile(r"lt(?: pace| effort)?\b")
# (the group's name in NAMED, the pace it names, how coaches write it)
_QUALIFIERS: tuple[tuple[str, NamedPace, str], ...] = (
    ("half_marathon", "half-marathon", r"(?:hm|half[- ]?marathon|half)(?: goal)?"),
    ("pace_10k", "10k", r"10 ?(?:km|k|000 ?m?)"),
    ("pace_5k", "5k", r"5 ?(?:km|k|000 ?m?)"),
    # Daniels' I pace: 3K to 5K race pace (two miles, 3200 m, between).
    ("pace_3k", "interval", r"3 ?(?:km|k|000 ?m?)|3200 ?m?|2[- ]?mi(?:le)?"),
    ("marathon", "marathon", r"marathon(?: goal)?|m"),  # "marathon goal pace": MP
    # Daniels' T pace: what can be raced for about an hour (15K to 10 miles).
    ("threshold", "threshold", r"lt|tempo|t|15 ?km?|10[- ]?mi(?:le)?"),
    ("interval", "interval", r"interval|vo2 ?max|i"),
    # Daniels' R pace: about mile race pace (1500 m, 1600 m); 800 m pace, faster still,
    # has no faster zone in the plan.
    (
        "repetition",
        "repetition",
        r"repetition|rep|(?<!\b\d[- ])(?<!\b\d\d[- ])mile|r|1[56]00 ?m?|800 ?m?",
    ),
    ("easy", "easy", r"easy|conversational|e"),
    ("race", "race", r"(?:race|goal)(?=[- ]?pace)"),  # "race effort" is a time trial
)
# "<qualifier> pace" ending at a 'pace' or 'effort' anchor; "5K race effort" is a time trial.
NAMED = re.compile(
    # not a repetition's size ('5 x 1500 pace')
    r"(?<![\w.])(?<![x*] )(?:(?:\d{1,2} ?km?|\d{3,4} ?m?) ?[-/] ?)?(?:"
    + "|".join(f"(?P<{group}>{pattern})" for group, _, pattern in _QUALIFIERS)
    + r")[- ]?(?:race[- ]?pace|pace|effort)\b"
)
LOOK_BACK = 26  # the longest qualifier, "half-marathon race ", and some room
ZONE_LETTERS: dict[str, NamedPace] = {letter.lower(): name for letter, name, _ in DANIELS_PACES}
RACE_OF_NUMBER: dict[str, NamedPace] = {"10": "10k", "5": "5k"}
NAMES: dict[str, NamedPace] = {group: name for group, name, _ in _QUALIFIERS}
# How a note names each pace.
PACE_NAMES: dict[NamedPace, str] = {
    "marathon": "marathon pace",
    "threshold": "threshold pace",
    "interval": "I pace",
    "repetition": "R pace",
    "5k": "5K pace",
    "10k": "10K pace",
    "half-marathon": "half marathon pace",
    "race": "race pace",
    "easy": "easy pace",
}


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
    if word in ZONE_WORDS:
        return anchor, ZONE_WORDS[word]
    if len(word) == 1 and word in ZONE_LETTERS:
        if word == "m" and UNIT_BEFORE.search(text, max(0, anchor.start() - 2), anchor.start()):
            return None  # "400 m": a unit
        letter = LONE_LETTER.match(text, anchor.start())
        return (letter, ZONE_LETTERS[word]) if letter is not None else None
    if word in ("@", "at"):
        match = AT_REFERENCE.match(text, anchor.start())
        if match is None:
            return None
        zone = match.group("zone")
        if match.group("lt"):
            return match, "threshold"
        if match.group("hm"):
            return match, "half-marathon"
        track = next((g for g in TRACK_GROUPS if match.group(g)), None)
        if track is not None:
            return match, TRACK_GROUPS[track]
        return match, ZONE_LETTERS[zone] if zone else RACE_OF_NUMBER[match.group("race")]
    if word == "lt":  # "2 x 15' LT", "LT run 25 min": lactate threshold
        lactate = LACTATE_THRESHOLD.match(text, anchor.start())
        return (lactate, "threshold") if lactate is not None else None
    if word in ("mp", "hmp"):
        return anchor, "marathon" if word == "mp" else "half-marathon"
    if word == "threshold":
        match = THRESHOLD.match(text, anchor.start())
        return (match, "threshold") if match is not None else None
    match = NAMED.search(text, max(cursor, anchor.start() - LOOK_BACK), anchor.end())
    if match is None or match.lastgroup is None:
        return None
    return match, NAMES[match.lastgroup]


# Parts of a day one after another ('threshold 20' + 10' @ MP', '5 km @ MP, 2 km @ T').
PART_APART = re.compile(r" \+ |, |; | / |,? then ")
TEMPO_WORD = re.compile(r"\b(?:tempo|lt|threshold)\b")
DIGIT = re.compile(r"\d")


def paces_apart(detail: str) -> list[NamedPace]:
    """The work paces of a day's sized parts when two parts each name a different one
    ('threshold 20' + 10' @ MP': one session would hold the first and drop the second
    silently); none when the parts name one pace, or a part names a range ('@ 5k-10k')."""
    if PART_APART.search(detail) is None:
        return []
    named = {name for name, _, _ in pace_references(detail)[1] if name != "easy"}
    if len(named) + (TEMPO_WORD.search(detail) is not None) < 2:
        return []  # one pace named in the whole day: no part can name another
    seen: list[NamedPace] = []
    for part in PART_APART.split(detail):
        if DIGIT.search(part) is None:
            continue
        paces = {name for name, _, _ in pace_references(part)[1] if name != "easy"}
        if not paces and TEMPO_WORD.search(part):
            paces.add("threshold")
        if len(paces) == 1 and next(iter(paces)) not in seen:
            seen.extend(paces)
    return seen if len(seen) > 1 else []


# Easy running written beside the work: 'easy', '20 E', 'Z2'.
EASY_PART = re.compile(r"\beasy\b|\d ?e\b|\bz[12]\b")


def pace_stages(
    quality: list[WorkPace], named: list[NamedPace], finish: bool, detail: str
) -> str | None:
    """Why a line that runs through several paces in stages ('20' Z2, 20' Z3, 10' Z4', '60 min
    progression: 20 E, 20 M, 20 T') is not one session: it holds one work pace, and reading one
    would drop the others silently. None for one pace, or two named side by side."""
    if len(set(quality)) < 2:
        return None
    easy = "easy" in named or EASY_PART.search(detail) is not None
    if not (easy or len(quality) > 2 or finish):
        return None
    shown = ", ".join(PACE_NAMES[p] for p in dict.fromkeys(quality))
    return f"several paces in stages ({shown}): a session holds one, write one a line"
