"""Parts of a day rewritten into the reader's forms before it reads them: the German part
words (EL, AL, DL, GA1, GA2, TDL), a distance at a time ('8 km @ 40 min') or with a clock in
brackets ('tempo 6k (4:15)'), repetitions in whole minutes, and easy running beside a warm-up,
a cool-down or steady running ('5 km easy, 5 km steady, 5 km MP'), each with a note.

Every pattern works on a normalised session text (lower case, single spaces) and is bounded.
"""

from __future__ import annotations

import re
from functools import partial

# German parts: Tempodauerlauf (TDL), Dauerlauf (DL) and GA1 (Grundlagenausdauer 1, easy), GA2
# (its brisker band, about marathon pace), Einlaufen (EL), Auslaufen (AL), and a recovery,
# Pause or Trabpause (P, TP) before its size.
_AFTER_SIZE = r"(?:(?<=km )|(?<=k )|(?<=min )|(?<=' )|(?<=\d ))"
# 'EL' and 'AL' only next to a size ('20 min EL', 'AL 10 min'): the Spanish 'al' is 'at'.
_SIZED = (
    r"(?:" + _AFTER_SIZE + r"(?:{w})\b|\b(?:{w})(?= ?\d{{1,3}}(?:\.\d)? ?(?:min|km|k|mi|')(?!\w)))"
)
GERMAN_PARTS = (
    (re.compile(r"(?<![\w.])(?:tdl|tempodauerlauf)(?![\w-])"), "tempo"),
    (re.compile(r"(?<![\w.])(?:dl|dauerlauf|ga ?1)(?![\w-])"), "easy"),
    (re.compile(r"(?<![\w.])(?:ga ?2)(?![\w-])"), "@ mp"),
    (re.compile(r"\b(?:einlaufen|einl\.?)(?![\w-])|" + _SIZED.format(w="el|ein")), "wu"),
    (re.compile(r"\b(?:auslaufen|ausl\.?)(?![\w-])|" + _SIZED.format(w="al|aus")), "cd"),
    (re.compile(r"(?<![\w.])(?:p|tp|pause|trabpause)\.? ?(?=\d)"), "rest "),
)
# A distance at a time with nothing after it ('8 km @ 40 min', 'tempo 10k @ 42'', '5 mi @
# 40 min'): the whole distance in that time, a pace of the coach's.
DISTANCE_AT_TIME = re.compile(
    r"(?<![\w.:])(?P<d>\d{1,2}(?:\.\d{1,2})?) ?(?P<u>km|k|mi|miles?) ?@ ?(?P<t>\d{1,3})"
    r" ?(?:mins?|minutes?|')(?= ?(?:$|[,;(]))"
)
# A clock in brackets after one distance ('tempo 6k (4:15)', '10 mi (1:20)'): the run's time
# when that makes a pace a runner runs, else a pace per the distance's unit (4:15 for 6 km
# was read as 4 h 15 min).
DISTANCE_CLOCK = re.compile(
    r"(?<![x*@] )(?<![\w.:*@])(?<!\bat )(?P<d>\d{1,2}(?:\.\d{1,2})?) ?(?P<u>km|k|mi|miles?) ?"
    r"\((?P<a>\d{1,2}):(?P<b>\d{2})\)"
)
SLOWEST_S_PER_KM = 900  # 15:00 per km: a slower 'time' for a distance is a pace
# Repetitions 'in' whole minutes ('5 x 1 km in 4 min'): each one's time, as a clock.
REPS_IN_MINUTES = re.compile(
    r"(?P<reps>\d{1,2} ?[x*] ?\d{1,4}(?:\.\d{1,2})? ?(?:m|k|km|mi|miles?)?) in "
    r"(?P<t>\d{1,2}) ?(?:mins?|minutes?|')(?![\w:'])"
)
# Easy running written beside a warm-up or cool-down ('2 km wu, 1 km easy, 5 km @ T', '5 km
# @ T, 1 km easy, 2 km cd'): part of it (it was dropped).
_NUM = r"(?<![\w.:])\d{1,3}(?:\.\d)?"
_UNIT = r" ?(?P<u>km|k|mi|mins?|')"
_JOIN = r"(?:,|;| ?/| ?\+|,? then) "
EASY_THEN_CD = re.compile(
    r"(?P<a>"
    + _NUM
    + r")"
    + _UNIT
    + r" (?:easy|steady|jog|e)"
    + _JOIN
    + r"(?P<b>"
    + _NUM
    + r") ?(?P=u) (?:cd|cool-down)\b"
)
WU_THEN_EASY = re.compile(
    r"(?P<a>"
    + _NUM
    + r")"
    + _UNIT
    + r" (?:wu|warm-up)"
    + _JOIN
    + r"(?P<b>"
    + _NUM
    + r") ?(?P=u) (?:easy|steady|jog|e)(?=,|;| ?/| ?\+|,? then)"
)
# Easy and steady running one after the other in one unit ('5 km easy, 5 km steady, 5 km MP',
# '20 min easy, then 20 min steady'): one stretch of easy running (the second was dropped
# when a warm-up took the first).
EASY_PAIR = re.compile(
    r"(?P<a>"
    + _NUM
    + r")"
    + _UNIT
    + r" (?:easy|steady|jog|e|moderate)"
    + _JOIN
    + r"(?P<b>"
    + _NUM
    + r") ?(?P=u) (?:easy|steady|jog|e|moderate)\b(?! ?(?:\+|,|;|/|then) ?\d[^,;/+]*\b(?:cd|cool))"
)
# The same with numbers alone ('90 min: 30 easy, 30 steady, 20 MP'): minutes, as one.
EASY_PAIR_BARE = re.compile(
    r"(?P<a>" + _NUM + r") (?:easy|steady|jog|e|moderate)" + _JOIN + r"(?P<b>" + _NUM + r") "
    r"(?:easy|steady|jog|e|moderate)\b(?! ?(?:\+|,|;|/|then) ?\d[^,;/+]*\b(?:cd|cool))"
)
# ... and with the word first ('easy 20 + steady 25').
EASY_PAIR_WORD_FIRST = re.compile(
    r"\b(?:easy|steady|jog|e|moderate) (?P<a>" + _NUM + r")" + _JOIN + r"(?:easy|steady|jog|e"
    r"|moderate) (?P<b>" + _NUM + r")(?![\w.:'])(?! ?(?:\+|,|;|/|then) ?\d[^,;/+]*\b(?:cd|cool))"
)
# Easy running written word first around repetitions ('easy 2k, 4 x 1 mi @ T, easy 2k': the
# last was taken for a 2 km recovery): the size first, as the warm-up and cool-down are read.
EASY_WORD_FIRST = re.compile(
    r"(?:^|(?<=, )|(?<=; )|(?<=/ ))(?P<w>easy|jog) (?P<s>" + _NUM + r" ?(?:km|k|mi|mins?|'))"
    r"(?=,|;| /|$)"
)
EVERY_REPS = re.compile(r"\d ?[x*] ?\d")


def rewrite_german_parts(text: str) -> tuple[str, list[str]]:
    """The German abbreviations of a day's parts as the reader's ('20 min EL' is a 20-minute
    warm-up), with a note for each kind rewritten."""
    notes: list[str] = []
    steady = GERMAN_PARTS[1][0].search(text) is not None
    for pattern, meant in GERMAN_PARTS:
        found = pattern.search(text)
        if found is not None:
            meant = (
                "easy" if steady and meant != "tempo" else meant
            )  # with a steady run, all of it is easy running
            notes.append(f"'{found.group(0)}' read as {_PART_NAMES[meant]}")
            text = pattern.sub(meant, text)
    return text, notes


def rewrite_times(text: str) -> tuple[str, list[str]]:
    """A distance at a time ('8 km @ 40 min') as the pace it makes, and repetitions in whole
    minutes ('5 x 1 km in 4 min') as each one's clock, with a note for the first."""
    notes: list[str] = []

    def pace(match: re.Match[str]) -> str:
        unit = "mi" if match.group("u").startswith("mi") else "km"
        seconds = round(int(match.group("t")) * 60 / float(match.group("d")))
        clock = f"{seconds // 60}:{seconds % 60:02d}/{unit}"
        notes.append(f"'{match.group(0).strip()}' read as {match.group('d')} {unit} @ {clock}")
        return f"{match.group('d')} {unit} @ {clock}"

    text = DISTANCE_AT_TIME.sub(pace, text)
    if "(" in text and ":" in text:
        text = DISTANCE_CLOCK.sub(partial(_clock_after_distance, notes=notes), text)
    if "steady" in text or "moderate" in text:
        for found in EASY_PAIR.finditer(text):
            notes.append(f"'{found.group(0)}' read as one stretch of easy running")
        text = EASY_PAIR.sub(partial(_joined, part="easy"), text)
        for found in EASY_PAIR_BARE.finditer(text):
            notes.append(f"'{found.group(0)}' read as one stretch of easy running")
        text = EASY_PAIR_BARE.sub(partial(_joined, part="easy"), text)
        for found in EASY_PAIR_WORD_FIRST.finditer(text):
            notes.append(f"'{found.group(0)}' read as one stretch of easy running")
        text = EASY_PAIR_WORD_FIRST.sub(partial(_joined, part="easy"), text)
    if ("easy " in text or "jog " in text) and EVERY_REPS.search(text) is not None:
        text = EASY_WORD_FIRST.sub(lambda m: f"{m.group('s')} {m.group('w')}", text)
    for pattern, part in ((EASY_THEN_CD, "cd"), (WU_THEN_EASY, "wu")):
        for found in pattern.finditer(text):
            notes.append(f"'{found.group(0)}' read as one {_PART_NAMES[part]}")
        text = pattern.sub(partial(_joined, part=part), text)
    return REPS_IN_MINUTES.sub(lambda m: f"{m.group('reps')} in {m.group('t')}:00", text), notes


def _clock_after_distance(match: re.Match[str], notes: list[str]) -> str:
    """'6k (4:15)' as '6k @ 4:15/km' when 4 h 15 min is no pace for 6 km; else unchanged."""
    miles = match.group("u").startswith("mi")
    km = float(match.group("d")) * (1.609 if miles else 1.0)
    hours_minutes = (int(match.group("a")) * 60 + int(match.group("b"))) * 60
    if km == 0 or hours_minutes / km <= SLOWEST_S_PER_KM:
        return match.group(0)
    unit = "mi" if miles else "km"
    clock = f"{match.group('a')}:{match.group('b')}/{unit}"
    notes.append(f"'{match.group(0)}' read as {match.group('d')} {unit} @ {clock}")
    return f"{match.group('d')} {unit} @ {clock}"


def _joined(match: re.Match[str], part: str) -> str:
    total = float(match.group("a")) + float(match.group("b"))
    unit = match.groupdict().get("u")
    return f"{total:g} {unit} {part}" if unit else f"{total:g} {part}"


_PART_NAMES = {
    "wu": "warm-up",
    "cd": "cool-down",
    "easy": "easy running",
    "tempo": "tempo",
    "@ mp": "marathon pace",
    "rest ": "the recovery",
}
