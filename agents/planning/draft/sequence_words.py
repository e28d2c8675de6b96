"""Parts of a day written one after another ('20 min EL, 3 x 2 km @ T, 15 min AL', '5 km + 6 x
100m', 'steady 30' then 10' hard'): the words that name them, and the ones that cannot be
read into one session without guessing.

Every pattern works on a normalised session text (lower case, single spaces) and is bounded.
"""

from __future__ import annotations

import re

from agents.planning.draft.foreign_words import foreign_word
from agents.planning.draft.pace_words import PACE_NAMES, paces_apart
from agents.planning.draft.unsure_days import unsure_shape

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
# A heart rate as the target ('20' @ 170bpm', '3 x 8' @ LT HR (165-170)', '20 min @ 88-92%
# HRmax'): no pace the plan knows without the runner's own heart rates (a cap, 'HR < 145', is
# read apart: an easy run's ceiling).
HR_TARGET = re.compile(
    r"(?<![<\w.])(?<!< )(?<!under )(?<!below )(?<!max )(?<!cap )\d{2,3}(?: ?[-\u2013] ?\d{2,3})?"
    r" ?(?:bpm\b|% ?(?:of )?(?:hr ?max|mhr|max ?hr|hrr)\b)|\bhr \(?\d{2,3}"
)
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
    unsure = unsure_shape(text)
    if unsure is not None:
        return unsure
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
