"""Parts of a day written one after another ('20 min EL, 3 x 2 km @ T, 15 min AL', '5 km + 6 x
100m', 'steady 30' then 10' hard'): the words that name them, and the ones that cannot be
read into one session without guessing.

Every pattern works on a normalised session text (lower case, single spaces) and is bounded.
"""

from __future__ import annotations

import re
from functools import partial

from agents.planning.draft.foreign_words import foreign_word
from agents.planning.draft.pace_words import PACE_NAMES, paces_apart

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
# A run's size alone before repetitions ('5 km + 6 x 100m', '40 min, 6 x 20s'): a run, and
# short repetitions after it are its strides.
RUN_BEFORE_REPS = re.compile(
    r"^ ?\d{1,3}(?:\.\d{1,2})? ?(?:km|k|mi|miles?|mins?|minutes?|'|h|hours?) ?"
    r"(?:\+|,|;|/|&|and|then|plus|w/|with) ?$"
)
# A pace written as a time ('5k @ 20 min pace', '8 km @ 22 min 5k pace', 'at 45' 10k pace'): a
# race's time or a duration, not a pace per km or mile.
PACE_AS_TIME = re.compile(
    r"(?:@|\bat) ?\d{1,3}(?:h\d{2}|(?::\d{2})? ?(?:mins?|minutes?|'|h|hours?))"
    r" ?(?:(?:\d{1,2}(?:\.\d)? ?(?:k|km|mi|miles?)|hm|half|marathon|mp|race) ?)?(?:pace|effort)\b"
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
# A heart rate as the target ('20' @ 170bpm', '3 x 8' @ LT HR (165-170)', '20 min @ 88-92%
# HRmax'): no pace the plan knows without the runner's own heart rates (a cap, 'HR < 145', is
# read apart: an easy run's ceiling).
HR_TARGET = re.compile(
    r"(?<![<\w.])(?<!< )(?<!under )(?<!below )(?<!max )(?<!cap )\d{2,3}(?: ?[-\u2013] ?\d{2,3})?"
    r" ?(?:bpm\b|% ?(?:of )?(?:hr ?max|mhr|max ?hr|hrr)\b)|\bhr \(?\d{2,3}"
)
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
# A bare size after an effort or its repetitions joined by '+' ('threshold 20 min + 10 min', '8
# km @ MP + 2 km', '2 x 15 min T + 10 min'): more of the effort, or an easy cool-down, cannot
# be told.
_SIZE = r"\d{1,3}(?:\.\d{1,2})? ?(?:km|k|mi|miles?|mins?|minutes?|'|m)"
BARE_SIZE_PART = re.compile(_SIZE)
EFFORT_PART = re.compile(
    r"\b(?:tempo|threshold|lt|t|mp|hmp|steady|fartlek|intervals?|cruise)\b|@|\bat\b"
)
NO_SINGLE_EFFORT = re.compile(r"\b(?:easy|e|jog|wu|cd|warm|cool|long|lr|strides?)\b")
# A part sized and called hard without saying how hard ('10' hard', '2 km fast', 'hard 10 min');
# a word with no size beside it ('run it hard', 'nothing fast') says how to run, no part.
_HARD = r"(?:hard|harder|fast|faster|quick|hardish)"
HARD_PART = re.compile(
    r"(?<=\d)(?: ?(?:km|k|mi|miles?|mins?|minutes?|'|h|hours?|m))? ?(?P<w>" + _HARD + r")\b"
    r"(?! ?(?:finish|strides?)\b)|\b(?P<v>" + _HARD + r") (?=\d)"
)
REPEATS = re.compile(r"\d ?[x*] ?[\d(]")
# Repetitions or a fartlek, where 'hard' is the on-part of each.
REPEATED = re.compile(r"\d ?[x*] ?[\d(]|\b(?:fartlek|strides?|finish|last|final)\b")
# Efforts with easy running between them ('20 min tempo, 5 min easy, 10 min tempo'): no one
# effort of the plan's, and repetitions only when they are one size.
PART_BREAK = re.compile(r",? then |, |; | / | \+ |,? followed by ")
EASY_PART = re.compile(r"\b(?:easy|e|jog|steady|recovery|rec|wu|cd|warm-up|cool-down|float)\b")
EFFORT_NAME = re.compile(
    r"\b(?:tempo|threshold|t|lt|mp|hmp|marathon pace|intervals?|i|cruise)\b|@|\bat\b|\bpace\b"
)
# Words that make a line a sequence of parts.
SEQUENCE = re.compile(r"\bthen\b|[+,;/]|\bfollowed by\b|\band\b|\bwith\b")


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
    if "easy " in text or "jog " in text:
        if EVERY_REPS.search(text) is not None:
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


def run_before_reps(text: str, reps_at: int) -> bool:
    """Only a run's size comes before the repetitions ('5 km + 6 x 100m')."""
    return RUN_BEFORE_REPS.match(text[:reps_at]) is not None


def sequence_problem(text: str) -> str | None:
    """Why a day of parts is not read into one session (it would be a guess), if it is not."""
    foreign = foreign_word(text)
    if foreign is not None:
        return (
            f"'{foreign}' is a word of another language: the reader reads English shorthand; "
            "write the day in it ('Thu: easy 40 min')"
        )
    heart = HR_TARGET.search(text) if "bpm" in text or "hr" in text else None
    if heart is not None:
        return (
            f"'{heart.group(0)}' gives a heart rate, no pace the plan knows: write a zone "
            "('Z2'), an effort ('easy', 'tempo') or a pace"
        )
    pace = PACE_AS_TIME.search(text)
    if pace is not None:
        return (
            f"'{pace.group(0).strip()}' gives a pace as a time: write it per km or mile "
            "('@ 4:00/km') or name the pace ('@ 5K pace')"
        )
    apart = [] if REPEATS.search(text) else paces_apart(text)
    if apart:  # 'threshold 20' + 10' @ MP' was read at the first pace, the second part lost
        shown = ", ".join(PACE_NAMES[p] for p in apart)
        return f"several paces in stages ({shown}): a session holds one, write one a line"
    if bare_part_after_effort(text):
        return (
            f"the part after '+' in '{text.strip()}' names no effort: write the repetitions "
            "('2 x 15 min') for more of it, or 'easy' for a cool-down"
        )
    if REPEATED.search(text) is not None:
        return None
    if efforts_apart(text):
        return (
            "several efforts with easy running between them: write them as repetitions "
            "('2 x 10 min @ T, 5 min easy') or one a line"
        )
    return hard_part_beside(text)  # '20 min easy, 10 min hard, 10 min easy'


def efforts_apart(text: str) -> bool:
    """Two efforts or more with easy running between them ('2 km @ T, 1 km easy, 2 km @ T')."""
    kinds = [
        "easy" if EASY_PART.search(part) else "effort" if EFFORT_NAME.search(part) else ""
        for part in PART_BREAK.split(text)
    ]
    efforts = [i for i, kind in enumerate(kinds) if kind == "effort"]
    return len(efforts) > 1 and "easy" in kinds[efforts[0] : efforts[-1]]


def one_session(body: str) -> bool:
    """The day's parts must be read (or shown back) as one: '20 min tempo + 5 min easy + 10
    min tempo' is no double, nor is 'steady 30' then 10' hard'."""
    return sequence_problem(body) is not None


def hard_part_beside(text: str) -> str | None:
    """Why a day of parts with one called hard or fast and no pace ('steady 30' then 10'
    hard') is not read: the hard part would be lost in an easy run."""
    hard = HARD_PART.search(text)
    if hard is None or SEQUENCE.search(text) is None:
        return None
    return (
        f"'{hard.group('w') or hard.group('v')}' says no pace for a part of the day: write "
        "tempo, threshold, a race pace or a pace"
    )


def bare_part_after_effort(text: str) -> bool:
    """The day is one effort and a bare size after it, joined by '+' ('tempo 20 min + 10 min')."""
    parts = text.strip().split(" + ")
    if len(parts) != 2 or BARE_SIZE_PART.fullmatch(parts[1]) is None:
        return False
    return EFFORT_PART.search(parts[0]) is not None and not NO_SINGLE_EFFORT.search(parts[0])
