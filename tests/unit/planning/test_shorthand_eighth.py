"""An eighth round of coach shorthand: 537 day lines written as coaches write them in apps,
spreadsheets and messages (track sets, ladders, fartlek, hills, progressions, paces per km and
per mile, heart rates and RPE, treadmill, time on feet, doubles, race-specific work, WU/CD,
cross-training, typos, primes and dashes typed on phones, the zone letters E/M/T/I/R, LR,
Rec, Str, two-letter weekdays, other languages), each probed against the reader.

FIXED_READ holds the lines the reader misread or could not read before this round, now read
right: two-letter weekdays ('Mo: 8k easy', 'Th 20' T', 'Sa - parkrun': not a day line before);
easy then steady running as one run ('20 min easy, then 20 min steady' was two runs) and a
steady part before the work counted in the warm-up ('5 km easy, 5 km steady, 5 km MP' dropped
the steady 5 km); a pace in 'min/km' (read per mile), with a point ('4.20/km'), a clock in
brackets after one distance ('tempo 6k (4:15)' was 4 h 15 min), a curly closing quote as
seconds ('90” jog' was 90 minutes); coaches' short words ('Str', 'R&R', 'temp', 'warmdown',
'w-up', 'c-down', 'rower'); doubles said by the time of day ('morning 10 km, evening 5 km'
was one 15 km run); sets' two rests without brackets ('2 x 3 x 1 km, 90s/3''); easy running
written word first around repetitions ('easy 2k, 4 x 1 mi @ T, easy 2k' had a 2 km
recovery); a run then a gym session ('40 min easy, then gym' lost the run); 'N x hill SIZE'
('6 x hill 300m' was 6 x 1 min) and a fartlek's ratio ('Kenyan fartlek 2/1' was 1 on 1
off); a count after hill repeats ('hill repeats x 10 (60s)' was 8) or after a size at its
pace ('1 mi @ T x 3' was one mile).
FIXED_SHOWN holds the lines the reader misread with confidence before and now shows back,
each with its reason: parts at two work paces ('threshold 20' + 10' @ MP' was 20 min of
tempo); a bare size after repetitions of an effort ('2 x 15 min T + 10 min'); lines in another
language ('10 km a ritmo de maratón' was an easy run); a heart rate as the target ('3 x 8' @
LT HR (165-170)' was a 165-minute day); ladders listed with commas or spaces and a cutdown's
paces one by one.
NEWLY_SHOWN holds lines shown back now with a clearer reason, or no longer read on a guess: a
heart rate as the target of an easy run ('45 min @ 140-150 bpm' was an easy run, the heart
rate dropped), and other languages (said as no kind of session the planner knows before).
HELD_READ and HELD_SHOWN hold the rest of the probe set, read or shown back the same before and
after, kept so they stay so. The probe lines still misread (twelve) are listed in
docs/draft-format.md, not tested here; 'Mon: rest + stretch' is left out (its rest is said
not used beside the stretching).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from reader_helpers import DRAFT

from agents.planning import Note, read_draft, render_draft
from agents.planning.core.plan import WEEKDAY_NAMES, Day

# A line's weekday, in three letters or two ('Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su').
WEEKDAY = re.compile(r"^\W{0,3}(mon|tue|wed|thu|fri|sat|sun|mo|tu|we|th|fr|sa|su)", re.IGNORECASE)
TWO_LETTERS = {
    "mo": "Mon",
    "tu": "Tue",
    "we": "Wed",
    "th": "Thu",
    "fr": "Fri",
    "sa": "Sat",
    "su": "Sun",
}


def weekday_name(line: str) -> str | None:
    """The weekday a line starts with, as the draft writes it ('Th 20' T' is 'Thu')."""
    found = WEEKDAY.match(line)
    if found is None:
        return None
    word = found.group(1).lower()
    return TWO_LETTERS[word] if len(word) == 2 else word.title()


def placed(line: str) -> str:
    """The draft with the line in place of week 1's line for its weekday (after week 1's
    Sunday when it names none), as reader_helpers.with_line, two-letter weekdays too."""
    name, out, week, done = weekday_name(line), [], 0, False
    for text in DRAFT.splitlines():
        if text.startswith("Week "):
            week = int(text.split()[1])
        if week == 1 and name and text.startswith(name + ":"):
            if not done:
                out.append(line)
                done = True
            continue
        out.append(text)
        if week == 1 and not name and text.startswith("Sun:"):
            out.append(line)
    return "\n".join(out) + "\n"


def reading(line: str) -> tuple[list[Day], list[Note], str]:
    """(the days read on the line's weekday, the notes about the line, the draft)."""
    draft = placed(line)
    read = read_draft(draft)
    number = draft.splitlines().index(line) + 1
    name = weekday_name(line)
    weekday = WEEKDAY_NAMES.index(name) + 1 if name else None
    days = [d for d in read.weeks[0].week.days if d.weekday == weekday]
    return days, [n for n in read.notes if n.line == number], draft


def assert_reads(line: str, expected: list[dict[str, Any]]) -> None:
    """The line gives these sessions (the fields named; none for a rest day), with no
    `not_used` note, and the plan renders to a draft that reads back the same."""
    days, notes, draft = reading(line)
    assert [n for n in notes if n.kind == "not_used"] == [], notes
    assert len(days) == len(expected), (line, days)
    for day, wanted in zip(days, expected, strict=True):
        assert {name: getattr(day, name) for name in wanted} == wanted, (line, day)
    plan = read_draft(draft).plan()
    again = read_draft(render_draft(plan))
    assert again.plan() == plan and again.notes == []


def assert_shown(line: str, reason: str) -> None:
    """Nothing is used from the line, and a `not_used` note gives this reason."""
    days, notes, _ = reading(line)
    assert days == [], (line, days)
    assert any(n.kind == "not_used" and reason in n.message for n in notes), notes


APART = "several efforts with easy running between them"
BARE_PART = "names no effort"
CHOICE = "it offers a choice or a condition"
HARD = "says no pace for a part of the day"
HEART_RATE = "gives a heart rate"
LADDER = "are not one series"
LONG_REPS = "repetitions this long with no kind or pace named"
NO_DAY = "not a day line"
NO_UNIT = "have no unit"
OTHER_LANGUAGE = "is a word of another language"
OTHER_WORK = "a piece of work at another pace"
OUT_OF_RANGE = "the size is out of range"
PACE_LIST = "several paces one after another"
REP_NO_UNIT = "the repetition size has no unit"
SECOND_SERIES = "a second series of repetitions"
STAGES = "several paces in stages"
STRIDES_ALONE = "strides go with a run"
TWO_SIZES = "cannot both be the day's size"
UNKNOWN = "no kind of session, size or pace"

FIXED_READ: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Tue: 2 x 3 x 1 km, 90s/3'",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 90}],
    ),
    (
        "Tue: 3 x (3 x 800m) 2'/4'",
        [{"kind": "intervals", "reps": 9, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    ("Thu: Kenyan fartlek 2/1", [{"kind": "fartlek", "rep_seconds": 120, "recovery_seconds": 60}]),
    ("Wed: hill repeats x 10 (60s)", [{"kind": "hills", "reps": 10, "rep_seconds": 60}]),
    ("Wed: 6 x hill 300m", [{"kind": "hills", "reps": 6, "rep_distance_m": 300}]),
    (
        "Sun: 5 km easy, 5 km steady, 5 km MP",
        [{"kind": "marathon-pace", "rep_distance_m": 5000, "distance_m": 15000}],
    ),
    ("Sat: 20 min easy, then 20 min steady", [{"kind": "easy", "duration_min": 40}]),
    ("Sat: 30' easy then 30' steady", [{"kind": "easy", "duration_min": 60}]),
    ("Sat: easy 20 + steady 25", [{"kind": "easy", "duration_min": 45}]),
    ("Sat: 6 km easy then 4 km steady", [{"kind": "easy", "distance_m": 10000}]),
    ("Sat: 1h easy + 20' steady", [{"kind": "easy", "duration_min": 80}]),
    ("Mo: 8k easy", [{"kind": "easy", "distance_m": 8000}]),
    (
        "Tu: 6 x 800 @ 5k, 400 jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_distance_m": 400}],
    ),
    ("We: rest", []),
    ("Th: 40 min easy + strides", [{"kind": "easy", "duration_min": 40}]),
    ("Fr: rest day", []),
    ("Sa: parkrun", [{"kind": "time-trial"}]),
    ("Su: long run 18 km", [{"kind": "long", "distance_m": 18000}]),
    ("Mo - rest", []),
    ("Tu. 45 min E", [{"kind": "easy", "duration_min": 45}]),
    ("We \u2013 10 km steady", [{"kind": "easy", "distance_m": 10000}]),
    ("Th 20' T", [{"kind": "tempo", "rep_seconds": 1200}]),
    ("Fr: 30 min recovery", [{"kind": "recovery", "duration_min": 30}]),
    ("Sa - 5 km easy + 4 x 100m", [{"kind": "easy", "distance_m": 5000, "strides": 4}]),
    ("Su - LR 2h", [{"kind": "long", "duration_min": 120}]),
    ("MO: 50 min easy", [{"kind": "easy", "duration_min": 50}]),
    (
        "Tue: 2 runs: 8 km and 5 km easy",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Tue: morning 10 km, evening 5 km",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Tue: 6am 40 min easy, 6pm 20 min jog",
        [{"kind": "easy", "duration_min": 40}, {"kind": "easy", "duration_min": 20}],
    ),
    (
        "Tue: AM 12 km E | PM 6 km E",
        [{"kind": "easy", "distance_m": 12000}, {"kind": "easy", "distance_m": 6000}],
    ),
    (
        "Thu: warmup 15 min, tempo 25 min, warmdown 10 min",
        [{"kind": "tempo", "rep_seconds": 1500, "warmup_seconds": 900, "cooldown_seconds": 600}],
    ),
    (
        "Thu: 1.5 mi wu, 1 mi @ T x 3, 1.5 mi cd",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 1609}],
    ),
    (
        "Thu: 20 min w-up, 3 mi tempo, 10 min c-down",
        [
            {
                "kind": "tempo",
                "rep_distance_m": 4828,
                "warmup_seconds": 1200,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: 15\u2019 WU, 6 \u00d7 3\u2019 @ 10k w/ 90\u201d jog, 10\u2019 CD",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_seconds": 180,
                "recovery_seconds": 90,
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: easy 2k, 4 x 1 mi @ T, easy 2k",
        [
            {
                "kind": "tempo",
                "reps": 4,
                "rep_distance_m": 1609,
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Fri: 40 min easy, then gym",
        [{"kind": "easy", "duration_min": 40}, {"kind": "cross-training", "activity": "strength"}],
    ),
    ("Fri: rower 20 min", [{"kind": "cross-training"}]),
    ("Wed: 6 miels easy", [{"kind": "easy", "distance_m": 9656}]),
    ("Wed: temp 20 min", [{"kind": "tempo", "rep_seconds": 1200}]),
    ("Mon: 8k E + 6 Str", [{"kind": "easy", "distance_m": 8000, "strides": 6}]),
    ("Mon: E 45' + 6 x Str", [{"kind": "easy", "duration_min": 45, "strides": 6}]),
    ("Mon: Str x 8 after E 30", [{"kind": "easy", "duration_min": 30, "strides": 8}]),
    ("Mon: R&R", []),
    (
        "Thu: 6 km @ 4:25 min/km",
        [{"kind": "tempo", "rep_distance_m": 6000, "own_pace": (265, 265)}],
    ),
    ("Thu: tempo 6k (4:15)", [{"kind": "tempo", "rep_distance_m": 6000, "own_pace": (255, 255)}]),
    ("Thu: 5 km @ 4.20/km", [{"kind": "tempo", "rep_distance_m": 5000, "own_pace": (260, 260)}]),
    (
        "Tue: 4 x 4 x 400 @ 5k, 1'/3'",
        [{"kind": "intervals", "reps": 16, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
]

FIXED_SHOWN: list[tuple[str, str]] = [
    ("Wed: 3-2-1 km descending pace", LADDER),
    ("Wed: mile, 1200, 800, 400 w/ 400 jog", LADDER),
    ("Wed: 5', 4', 3', 2', 1' w/ 1' jog", LADDER),
    ("Wed: pyramid 1' 2' 3' 4' 3' 2' 1'", LADDER),
    ("Wed: 800m, 600m, 400m, 200m r/ 200m", LADDER),
    ("Sat: cutdown 4 x 1 mi 7:00, 6:45, 6:30, 6:15", PACE_LIST),
    ("Thu: threshold 20' + 10' @ MP", STAGES),
    ("Thu: 20 min @ T + 10 min @ MP", STAGES),
    ("Thu: 15' tempo + 15' MP", STAGES),
    ("Thu: 3 km @ T + 3 km @ MP", STAGES),
    ("Thu: tempo 20 min, then 20 min at MP", STAGES),
    ("Thu: 10 min @ HMP + 10 min @ T", STAGES),
    ("Thu: 5 km @ MP, 2 km @ T", STAGES),
    ("Thu: 20' MP / 10' T", STAGES),
    ("Thu: 2 x 15 min T + 10 min", BARE_PART),
    ("Thu: 2 x 15' T + 10'", BARE_PART),
    ("Thu: 3 x 10 min @ T + 5 min", BARE_PART),
    ("Thu: 2 x 3 km @ MP + 2 km", BARE_PART),
    ("Thu: 4 x 5 min @ 10k + 10 min", BARE_PART),
    ("Thu: tirada larga 25 km", OTHER_LANGUAGE),
    ("Thu: 10 km a ritmo de marat\u00f3n", OTHER_LANGUAGE),
    ("Thu: cambios de ritmo 10 x 1 min", OTHER_LANGUAGE),
    ("Thu: 45 min rodaje suave", OTHER_LANGUAGE),
    ("Thu: sortie longue 1h30", OTHER_LANGUAGE),
    ("Thu: 10 x 400 m r\u00e9cup 1 min", OTHER_LANGUAGE),
    ("Thu: endurance fondamentale 45 min", OTHER_LANGUAGE),
    ("Thu: duurloop 10 km", OTHER_LANGUAGE),
    ("Thu: rustig 45 min", OTHER_LANGUAGE),
    ("Thu: lugn jogg 40 min", OTHER_LANGUAGE),
    ("Thu: 3 x 2 km rodaje a umbral", OTHER_LANGUAGE),
    ("Thu: 30 min suave + 4 rectas", OTHER_LANGUAGE),
    ("Thu: 20 min calentamiento, 5 x 1 km, 10 min vuelta a la calma", OTHER_LANGUAGE),
    ("Thu: 20' @ 170bpm", HEART_RATE),
    ("Thu: 20 min @ 88-92% HRmax", HEART_RATE),
    ("Thu: 3 x 8' @ LT HR (165-170)", HEART_RATE),
    ("Thu: tempo: 15' @ HMP, 5' @ 10k", STAGES),
]

HELD_READ: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Thu: 2 x (4 x 400m) r90s / 3' between sets",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 90}],
    ),
    ("Thu: 3 sets of 5x300", [{"kind": "intervals", "reps": 15, "rep_distance_m": 300}]),
    (
        "Thu: 3 sets of 5 x 300m, 100m jog, 3 min between sets",
        [{"kind": "intervals", "reps": 15, "rep_distance_m": 300, "recovery_distance_m": 100}],
    ),
    (
        "Thu: 2 sets 6 x 200m @ mile pace, 200 jog",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 12 x 400m @ 5k, 60s rest",
        [
            {
                "kind": "intervals",
                "reps": 12,
                "rep_distance_m": 400,
                "recovery_seconds": 60,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 6 x 800 m at 10k pace w/ 400 jog",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_distance_m": 400,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 5 x 1000m r/ 2:00",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 4x1200 @ 3:55/km, 2' rec",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1200,
                "recovery_seconds": 120,
                "own_pace": (235, 235),
            }
        ],
    ),
    (
        "Tue: 8x600m rec 200m",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 600, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 10 x 300m (100m walk)",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 300, "recovery_distance_m": 100}],
    ),
    (
        "Tue: 16x400 off 60s",
        [{"kind": "intervals", "reps": 16, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Tue: 7 x 1k w 75s",
        [{"kind": "intervals", "reps": 7, "rep_distance_m": 1000, "recovery_seconds": 75}],
    ),
    (
        "Tue: 3 x 1 mi @ HMP, 3 min jog",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 1609, "recovery_seconds": 180}],
    ),
    (
        "Tue: 5 x 2k @ T w/ 2'",
        [{"kind": "tempo", "reps": 5, "rep_distance_m": 2000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 4 x 2000m threshold, 90 sec recovery",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 2000, "recovery_seconds": 90}],
    ),
    (
        "Tue: 8 x 200m R pace, 200m jog",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    ("Tue: 10x200 @ R", [{"kind": "repetition", "reps": 10, "rep_distance_m": 200}]),
    (
        "Tue: 20 x 400m @ 90s, 200m float",
        [
            {
                "kind": "repetition",
                "reps": 20,
                "rep_distance_m": 400,
                "recovery_distance_m": 200,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Tue: 5 x 1km @ 4:00 per km, 2 min jog",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (240, 240),
            }
        ],
    ),
    (
        "Tue: 3 x 3km @ 4:15/km, 3' recovery",
        [
            {
                "kind": "intervals",
                "reps": 3,
                "rep_distance_m": 3000,
                "recovery_seconds": 180,
                "own_pace": (255, 255),
            }
        ],
    ),
    (
        "Tue: 6 x 800 @ 2:50, 2:00 rest",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    (
        "Tue: 4 x 1600 @ 6:10 mile pace, 400 jog",
        [{"kind": "repetition", "reps": 4, "rep_distance_m": 1600, "recovery_distance_m": 400}],
    ),
    (
        "Tue: 12x1' @ 5k pace, 1' jog",
        [{"kind": "intervals", "reps": 12, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: 8 x 3 min @ 10k, 90s jog",
        [{"kind": "intervals", "reps": 8, "rep_seconds": 180, "recovery_seconds": 90}],
    ),
    (
        "Tue: 5 x 5 min @ threshold, 1 min rest",
        [{"kind": "tempo", "reps": 5, "rep_seconds": 300, "recovery_seconds": 60}],
    ),
    (
        "Tue: 3 x 10 min @ T, 2 min jog",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 600, "recovery_seconds": 120}],
    ),
    (
        "Tue: 4 x 6 min at LT, 90 sec",
        [{"kind": "tempo", "reps": 4, "rep_seconds": 360, "recovery_seconds": 90}],
    ),
    (
        "Tue: 6x4min @ I w/3min jg",
        [{"kind": "intervals", "reps": 6, "rep_seconds": 240, "recovery_seconds": 180}],
    ),
    ("Tue: 30 x 200m on 60s", [{"kind": "intervals", "reps": 30, "rep_distance_m": 200}]),
    (
        "Tue: 10 x 400m, 400m recovery jog",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "recovery_distance_m": 400}],
    ),
    (
        "Tue: 8 x 1km (1 min)",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    (
        'Tue: 6 \u00d7 800m / 90"',
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 90}],
    ),
    (
        "Tue: 10\u00d7400m w/ 200m jog",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 5X1000M @5K 2MIN JOG",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 4 x 5 min @ RPE 8, 2 min easy",
        [{"kind": "tempo", "reps": 4, "rep_seconds": 300, "recovery_seconds": 120}],
    ),
    ("Wed: 2k-1k-500m @ 5k pace, 3' jog", [{"kind": "intervals"}]),
    (
        "Thu: 10 x 1' on 1' off",
        [{"kind": "intervals", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Thu: fartlek 2' on / 1' off x 10",
        [{"kind": "fartlek", "reps": 10, "rep_seconds": 120, "recovery_seconds": 60}],
    ),
    (
        "Thu: 8 x 2 min on, 1 min off",
        [{"kind": "intervals", "reps": 8, "rep_seconds": 120, "recovery_seconds": 60}],
    ),
    (
        "Thu: 20 x 30/30",
        [{"kind": "intervals", "reps": 20, "rep_seconds": 30, "recovery_seconds": 30}],
    ),
    (
        "Thu: 30/30s x 12",
        [{"kind": "intervals", "reps": 12, "rep_seconds": 30, "recovery_seconds": 30}],
    ),
    (
        "Thu: fartlek 40 min w/ 10 x 1 min surges",
        [{"kind": "fartlek", "reps": 10, "rep_seconds": 60, "duration_min": 40}],
    ),
    ("Thu: Mona fartlek", [{"kind": "fartlek"}]),
    (
        "Thu: fartlek 5 x 3 min hard / 2 min easy",
        [{"kind": "fartlek", "reps": 5, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    (
        "Thu: fartlek 6 x 2', 2' jog",
        [{"kind": "fartlek", "reps": 6, "rep_seconds": 120, "recovery_seconds": 120}],
    ),
    ("Thu: fartlek 45'", [{"kind": "fartlek", "duration_min": 45}]),
    ("Thu: 45 min fartlek", [{"kind": "fartlek", "duration_min": 45}]),
    (
        "Thu: fartlek: 12 x 1 min @ 5k, 1 min float",
        [{"kind": "fartlek", "reps": 12, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Thu: 15 x 1 min fast / 1 min slow",
        [{"kind": "intervals", "reps": 15, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Thu: fartlek 10x(1'/1')",
        [{"kind": "fartlek", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Thu: fartlek 4 x 4' @ 10k / 2'",
        [{"kind": "fartlek", "reps": 4, "rep_seconds": 240, "recovery_seconds": 120}],
    ),
    (
        "Thu: 40' fartlek incl 8 x 1'",
        [{"kind": "fartlek", "reps": 8, "rep_seconds": 60, "duration_min": 40}],
    ),
    (
        "Thu: fartlek (5x3' hard w/ 90\" jog)",
        [{"kind": "fartlek", "reps": 5, "rep_seconds": 180, "recovery_seconds": 90}],
    ),
    (
        "Thu: 1 min on 1 min off for 20 min",
        [{"kind": "intervals", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    ("Thu: swedish fartlek 30 min", [{"kind": "fartlek", "duration_min": 30}]),
    ("Thu: fartlek: 3', 2', 1' x 3", [{"kind": "fartlek"}]),
    ("Thu: Fartlek 8 x 90s", [{"kind": "fartlek", "reps": 8, "rep_seconds": 90}]),
    (
        "Thu: fartlek 20 x 45s / 45s",
        [{"kind": "fartlek", "reps": 20, "rep_seconds": 45, "recovery_seconds": 45}],
    ),
    (
        "Thu: fartlek 6 x 3' @ threshold, 1' easy",
        [{"kind": "fartlek", "reps": 6, "rep_seconds": 180, "recovery_seconds": 60}],
    ),
    ("Thu: easy fartlek 40'", [{"kind": "fartlek", "duration_min": 40}]),
    ("Wed: 8 x 60s hill, jog down", [{"kind": "hills", "reps": 8, "rep_seconds": 60}]),
    ("Wed: hills 10 x 45 sec", [{"kind": "hills", "reps": 10, "rep_seconds": 45}]),
    ("Wed: 6 x 90s uphill, walk back", [{"kind": "hills", "reps": 6, "rep_seconds": 90}]),
    ("Wed: hill reps 8 x 200m", [{"kind": "hills", "reps": 8, "rep_distance_m": 200}]),
    ('Wed: 10 x 30" steep hill sprints', [{"kind": "hills", "reps": 10, "rep_seconds": 30}]),
    ("Wed: 12 x hill (60-75 sec)", [{"kind": "hills", "reps": 12}]),
    ("Wed: hill session: 6 x 2 min, jog back", [{"kind": "hills", "reps": 6, "rep_seconds": 120}]),
    ("Wed: 5 x 3 min hill @ 10k effort", [{"kind": "hills", "reps": 5, "rep_seconds": 180}]),
    ("Wed: hills 8x1min", [{"kind": "hills", "reps": 8, "rep_seconds": 60}]),
    ("Wed: 4 x 400m hill, jog recovery", [{"kind": "hills", "reps": 4, "rep_distance_m": 400}]),
    (
        "Wed: 15' wu, 8 x 1' hill, 10' cd",
        [
            {
                "kind": "hills",
                "reps": 8,
                "rep_seconds": 60,
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Wed: 2 km wu + 10 x 100m hill sprints + 2 km cd",
        [
            {
                "kind": "hills",
                "reps": 10,
                "rep_distance_m": 100,
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    ("Wed: hill circuit 30 min", [{"kind": "hills", "duration_min": 30}]),
    ("Wed: 45 min hilly run", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: hilly 10k easy", [{"kind": "easy", "distance_m": 10000}]),
    ("Wed: 6 x 2:00 hills", [{"kind": "hills", "reps": 6, "rep_seconds": 120}]),
    (
        "Wed: 8 x 1 min uphill @ 5k effort w/ jog down rec",
        [{"kind": "hills", "reps": 8, "rep_seconds": 60}],
    ),
    ("Wed: hills: 3 sets of 4 x 30s", [{"kind": "hills", "reps": 12, "rep_seconds": 30}]),
    ("Wed: Hill reps 6-8 x 1 min", [{"kind": "hills", "rep_seconds": 60}]),
    ("Wed: 40 min easy + 6 hill strides", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Wed: hills 5x 2' (jog down)", [{"kind": "hills", "reps": 5, "rep_seconds": 120}]),
    ("Wed: long hill reps 4 x 4 min", [{"kind": "hills", "reps": 4, "rep_seconds": 240}]),
    (
        "Sun: 12 km progression, last 3 km @ MP",
        [{"kind": "marathon-pace", "rep_distance_m": 3000, "distance_m": 12000}],
    ),
    ("Sun: progressive 45', E to T", [{"kind": "tempo", "duration_min": 45}]),
    ("Sun: 10 km cutdown 5:30 to 4:30/km", [{"kind": "tempo", "distance_m": 10000}]),
    (
        "Sun: 90 min, progressing last 30 to MP",
        [{"kind": "long", "rep_seconds": 1800, "duration_min": 90, "work_pace": "marathon"}],
    ),
    (
        "Sun: 16 km w/ last 4 km @ HMP",
        [{"kind": "long", "rep_distance_m": 4000, "distance_m": 16000}],
    ),
    ("Sun: LR 20 km, last 5k fast finish", [{"kind": "long", "distance_m": 20000}]),
    ("Sun: 2 hr LR, final 20' @ MP", [{"kind": "long", "rep_seconds": 1200, "duration_min": 120}]),
    (
        "Sun: 30 km long, last 10 km @ M",
        [{"kind": "long", "rep_distance_m": 10000, "distance_m": 30000}],
    ),
    ("Sun: 14 mi, progressing to MP over the last 4", [{"kind": "long", "rep_distance_m": 6437}]),
    ("Sat: 10 km easy, 5 km steady", [{"kind": "easy", "distance_m": 15000}]),
    ("Sat: 40 min easy, 20 min moderate", [{"kind": "easy", "duration_min": 60}]),
    ("Sat: 25 min easy followed by 15 min steady", [{"kind": "easy", "duration_min": 40}]),
    ("Sat: 30 min E, 15 min steady", [{"kind": "easy", "duration_min": 45}]),
    ("Sat: 45' steady, 15' easy", [{"kind": "easy", "duration_min": 60}]),
    (
        "Thu: 2 x 20 min @ T + 10 min easy",
        [{"kind": "tempo", "reps": 2, "rep_seconds": 1200, "cooldown_seconds": 600}],
    ),
    (
        "Thu: 3 x 8 min T + 10 min cd",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 480, "cooldown_seconds": 600}],
    ),
    ("Thu: series 8 x 400 m", [{"kind": "intervals", "reps": 8, "rep_distance_m": 400}]),
    ("Thu: 8 km footing", [{"kind": "easy", "distance_m": 8000}]),
    ("Thu: fractionn\u00e9 6 x 1000", [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000}]),
    ("Thu: ripetute 5 x 1000 m", [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000}]),
    ("Thu: 45' @ <145bpm", [{"kind": "easy", "duration_min": 45}]),
    ("Thu: 60 min HR < 150", [{"kind": "easy", "duration_min": 60}]),
    ("Thu: 40 min Z2", [{"kind": "easy", "duration_min": 40}]),
    ("Thu: 50' zone 2", [{"kind": "easy", "duration_min": 50}]),
    ("Thu: 30 min Z1 recovery", [{"kind": "recovery", "duration_min": 30}]),
    ("Thu: 20 min @ Z4", [{"kind": "tempo", "rep_seconds": 1200}]),
    (
        "Thu: 3 x 10 min Z4, 2 min Z1",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 600, "recovery_seconds": 120}],
    ),
    ("Thu: 60 min MAF", [{"kind": "easy", "duration_min": 60}]),
    ("Thu: MAF run 45 min", [{"kind": "easy", "duration_min": 45}]),
    ("Thu: 10 km @ MAF HR", [{"kind": "easy", "distance_m": 10000}]),
    ("Thu: 40 min RPE 3", [{"kind": "easy", "duration_min": 40}]),
    ("Thu: 30 min @ RPE 6-7", [{"kind": "marathon-pace", "rep_seconds": 1800}]),
    ("Thu: 6 x 3 min RPE 8", [{"kind": "tempo", "reps": 6, "rep_seconds": 180}]),
    ("Thu: 20 min RPE 7", [{"kind": "tempo", "rep_seconds": 1200}]),
    ("Thu: easy 50 (keep HR under 145)", [{"kind": "easy", "duration_min": 50}]),
    ("Thu: 45 min conversational pace", [{"kind": "easy", "duration_min": 45}]),
    ("Thu: 1 hr aerobic", [{"kind": "easy", "duration_min": 60}]),
    ("Thu: 40 min aerobic, HR cap 150", [{"kind": "easy", "duration_min": 40}]),
    ("Thu: zone 3 40'", [{"kind": "marathon-pace", "rep_seconds": 2400}]),
    ("Thu: 45 min low HR", [{"kind": "easy", "duration_min": 45}]),
    ("Thu: 8 km Z2", [{"kind": "easy", "distance_m": 8000}]),
    ("Thu: recovery 25' HR<130", [{"kind": "recovery", "duration_min": 25}]),
    ("Thu: Z2 run 1h10", [{"kind": "easy", "duration_min": 70}]),
    ("Thu: 2 x 20' Z3", [{"kind": "marathon-pace", "reps": 2, "rep_seconds": 1200}]),
    ("Thu: treadmill 40 min @ 1%", [{"kind": "easy", "duration_min": 40}]),
    ("Thu: TM 30 min easy, 1% incline", [{"kind": "easy", "duration_min": 30}]),
    ("Thu: treadmill hills 8 x 2 min @ 6%", [{"kind": "hills", "reps": 8, "rep_seconds": 120}]),
    ("Thu: treadmill 10 x 1 min @ 16 km/h", [{"kind": "intervals", "reps": 10, "rep_seconds": 60}]),
    ("Thu: 45 min on treadmill", [{"kind": "easy", "duration_min": 45}]),
    ("Thu: dreadmill 5 miles", [{"kind": "easy", "distance_m": 8047}]),
    ("Thu: incline walk 30 min @ 12%", [{"kind": "cross-training"}]),
    ("Sun: 2h time on feet", [{"kind": "long", "duration_min": 120}]),
    ("Sun: TOF 90 min", [{"kind": "long", "duration_min": 90}]),
    ("Sun: time on feet 2:30", [{"kind": "long", "duration_min": 150}]),
    ("Sun: 150 min long run", [{"kind": "long", "duration_min": 150}]),
    ("Sun: long 1:45", [{"kind": "long", "duration_min": 105}]),
    ("Sun: LR 2:20 nice and easy", [{"kind": "long", "duration_min": 140}]),
    ("Sun: 100' long", [{"kind": "long", "duration_min": 100}]),
    ("Sun: long run 28k", [{"kind": "long", "distance_m": 28000}]),
    (
        "Tue: AM 8k easy / PM 5k",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Tue: am 45' E, pm 30' E",
        [{"kind": "easy", "duration_min": 45}, {"kind": "easy", "duration_min": 30}],
    ),
    (
        "Tue: AM: 6 x 1 km @ T / PM: 30 min easy",
        [
            {"kind": "tempo", "reps": 6, "rep_distance_m": 1000},
            {"kind": "easy", "duration_min": 30},
        ],
    ),
    (
        "Tue: double: 40' + 30'",
        [{"kind": "easy", "duration_min": 40}, {"kind": "easy", "duration_min": 30}],
    ),
    (
        "Tue: a.m. 50 min easy; p.m. 6 km recovery",
        [{"kind": "easy", "duration_min": 50}, {"kind": "recovery", "distance_m": 6000}],
    ),
    (
        "Tue: AM run 10k / PM gym",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "cross-training", "activity": "strength"}],
    ),
    (
        "Tue: AM 30' easy, PM 8 x 400",
        [
            {"kind": "easy", "duration_min": 30},
            {"kind": "intervals", "reps": 8, "rep_distance_m": 400},
        ],
    ),
    (
        "Tue: am: 10km easy pm: 5km easy + strides",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Tue: 8 mi (AM) + 4 mi (PM)",
        [{"kind": "easy", "distance_m": 12875}, {"kind": "easy", "distance_m": 6437}],
    ),
    ("Sun: MP 3 x 5k", [{"kind": "marathon-pace", "reps": 3, "rep_distance_m": 5000}]),
    (
        "Sun: 3 x 5 km @ MP, 1 km float",
        [{"kind": "marathon-pace", "reps": 3, "rep_distance_m": 5000, "recovery_distance_m": 1000}],
    ),
    (
        "Sun: 2 x 8 km @ marathon pace, 2 km easy",
        [{"kind": "marathon-pace", "reps": 2, "rep_distance_m": 8000, "recovery_distance_m": 2000}],
    ),
    (
        "Sun: 32 km with 3 x 6 km @ MP",
        [{"kind": "marathon-pace", "reps": 3, "rep_distance_m": 6000}],
    ),
    (
        "Sun: 25k w/ 15k @ MP",
        [{"kind": "marathon-pace", "rep_distance_m": 15000, "distance_m": 25000}],
    ),
    ("Sun: 20 mi incl 12 @ MP", [{"kind": "marathon-pace", "rep_distance_m": 19312}]),
    ("Sun: 18 km @ goal marathon pace", [{"kind": "marathon-pace", "rep_distance_m": 18000}]),
    (
        "Sun: HM race pace 3 x 3 km, 2' jog",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 3000, "recovery_seconds": 120}],
    ),
    (
        "Sun: 6 x 1 mi @ HMP w/ 400m jog",
        [{"kind": "tempo", "reps": 6, "rep_distance_m": 1609, "recovery_distance_m": 400}],
    ),
    ("Sun: 10k race pace 5 x 1 km", [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000}]),
    ("Sun: 4 x 2 km @ goal HM pace", [{"kind": "tempo", "reps": 4, "rep_distance_m": 2000}]),
    ("Sun: race sim 16 km @ HMP", [{"kind": "race"}]),
    ("Sun: dress rehearsal 10k @ race pace", [{"kind": "tempo", "rep_distance_m": 10000}]),
    (
        "Sun: MP long run 26 km (16 @ MP)",
        [{"kind": "long", "rep_distance_m": 16000, "distance_m": 26000, "work_pace": "marathon"}],
    ),
    ("Sat: race: local 10k", [{"kind": "race"}]),
    ("Sat: 3k TT", [{"kind": "time-trial"}]),
    ("Sat: time trial 3 km", [{"kind": "time-trial"}]),
    ("Sat: parkrun (tempo effort)", [{"kind": "time-trial"}]),
    ("Sat: parkrun at marathon effort", [{"kind": "marathon-pace", "rep_distance_m": 5000}]),
    ("Sat: 10k race + 2 km wd", [{"kind": "race"}]),
    (
        "Thu: WU 15', 4 x 8' @ T w/ 2', CD 10'",
        [
            {
                "kind": "tempo",
                "reps": 4,
                "rep_seconds": 480,
                "recovery_seconds": 120,
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: wu 2k, 5x1k @ 10k/1', cd 2k",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 60,
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Thu: w/u 20 min, 20 min @ T, c/d 10 min",
        [{"kind": "tempo", "rep_seconds": 1200, "warmup_seconds": 1200, "cooldown_seconds": 600}],
    ),
    (
        "Thu: W/U 3km - 6 x 800m - C/D 3km",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "warmup_m": 3000,
                "cooldown_m": 3000,
            }
        ],
    ),
    (
        "Thu: warm up 2 mi, 4 mi tempo, cool down 2 mi",
        [{"kind": "tempo", "rep_distance_m": 6437, "warmup_m": 3219, "cooldown_m": 3219}],
    ),
    (
        "Thu: 3k wu / 20' T / 2k cd",
        [{"kind": "tempo", "rep_seconds": 1200, "warmup_m": 3000, "cooldown_m": 2000}],
    ),
    (
        "Thu: WU+CD 15 min each, 6 x 1000",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "warmup_seconds": 900,
                "cooldown_seconds": 900,
            }
        ],
    ),
    (
        "Thu: 15 min WU; 5 x 3 min hard (2 min jog); 15 min CD",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_seconds": 180,
                "recovery_seconds": 120,
                "warmup_seconds": 900,
                "cooldown_seconds": 900,
            }
        ],
    ),
    (
        "Thu: 2 mi WU, 3 x 2 mi @ T (2' rest), 2 mi CD",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_distance_m": 3219,
                "recovery_seconds": 120,
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    (
        "Thu: wu 10' + drills + 6 x 200 R + cd 10'",
        [
            {
                "kind": "repetition",
                "reps": 6,
                "rep_distance_m": 200,
                "warmup_seconds": 600,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: 10 mins warm-up, 8 x 400m, 10 mins cool-down",
        [
            {
                "kind": "intervals",
                "reps": 8,
                "rep_distance_m": 400,
                "warmup_seconds": 600,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: WU: 2km | 4x2km @T r2' | CD: 2km",
        [
            {
                "kind": "tempo",
                "reps": 4,
                "rep_distance_m": 2000,
                "recovery_seconds": 120,
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Thu: 20' wu inc. strides, 3 x 10' T, 15' cd",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_seconds": 600,
                "warmup_seconds": 1200,
                "cooldown_seconds": 900,
            }
        ],
    ),
    (
        "Thu: 2k WU - 8km @ 4:20 - 2k CD",
        [{"kind": "tempo", "rep_distance_m": 8000, "warmup_m": 2000, "cooldown_m": 2000}],
    ),
    (
        "Thu: 15 wu / 30 T / 15 cd",
        [{"kind": "tempo", "rep_seconds": 1800, "warmup_seconds": 900, "cooldown_seconds": 900}],
    ),
    (
        "Thu: WU 10 min then 10 x 1' @ 3k pace w/ 1' then CD",
        [
            {
                "kind": "intervals",
                "reps": 10,
                "rep_seconds": 60,
                "recovery_seconds": 60,
                "warmup_seconds": 600,
            }
        ],
    ),
    (
        "Thu: 10' WU | 5 x 5' @ T / 1' | 10' CD",
        [
            {
                "kind": "tempo",
                "reps": 5,
                "rep_seconds": 300,
                "recovery_seconds": 60,
                "warmup_seconds": 600,
                "cooldown_seconds": 600,
            }
        ],
    ),
    ("Thu: wu/cd 2 km + 10 x 400 @ 5k", [{"kind": "intervals", "reps": 10, "rep_distance_m": 400}]),
    (
        "Thu: 15\u2032 WU, 20\u2032 @ T, 10\u2032 CD",
        [{"kind": "tempo", "rep_seconds": 1200, "warmup_seconds": 900, "cooldown_seconds": 600}],
    ),
    (
        "Thu: 3 km wu; 3 x 3 km @ MP w/ 1 km float; 2 km cd",
        [
            {
                "kind": "marathon-pace",
                "reps": 3,
                "rep_distance_m": 3000,
                "recovery_distance_m": 1000,
                "warmup_m": 3000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Thu: 2 mile w/u, 6 x 800 @ 5k w/ 400 jog, 2 mile c/d",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_distance_m": 400,
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    (
        "Thu: wu 15min - 2x15min @ T (3min) - cd 10min",
        [
            {
                "kind": "tempo",
                "reps": 2,
                "rep_seconds": 900,
                "recovery_seconds": 180,
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: WU 1 mile | tempo 3 miles | CD 1 mile",
        [{"kind": "tempo", "rep_distance_m": 4828, "warmup_m": 1609, "cooldown_m": 1609}],
    ),
    ("Fri: cross-train 45 min", [{"kind": "cross-training"}]),
    ("Fri: bike 60' easy", [{"kind": "cross-training", "activity": "bike"}]),
    ("Fri: spin class 45 min", [{"kind": "cross-training"}]),
    ("Fri: swim 30 min", [{"kind": "cross-training", "activity": "swim"}]),
    ("Fri: pool running 40 min", [{"kind": "cross-training"}]),
    ("Fri: aqua jog 30'", [{"kind": "cross-training"}]),
    ("Fri: elliptical 40 min", [{"kind": "cross-training"}]),
    ("Fri: strength & conditioning 45'", [{"kind": "cross-training", "activity": "strength"}]),
    ("Fri: S&C", [{"kind": "cross-training"}]),
    ("Fri: yoga 60 min", [{"kind": "cross-training"}]),
    ("Fri: XT 40 min", [{"kind": "cross-training"}]),
    (
        "Fri: 30 min easy + 20 min core",
        [{"kind": "easy", "duration_min": 30}, {"kind": "cross-training", "duration_min": 20}],
    ),
    (
        "Fri: 20 min bike + 20 min run",
        [{"kind": "cross-training"}, {"kind": "easy", "duration_min": 20}],
    ),
    ("Fri: hike 2 hrs", [{"kind": "cross-training"}]),
    ("Fri: walk 45 min", [{"kind": "cross-training"}]),
    ("Wed: 35min easy", [{"kind": "easy", "duration_min": 35}]),
    ("Wed: 8km  easy ", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed:45 min easy", [{"kind": "easy", "duration_min": 45}]),
    ("Wed : 50 min E", [{"kind": "easy", "duration_min": 50}]),
    ("Wed: eazy 30 min", [{"kind": "easy", "duration_min": 30}]),
    ("Wed: 40 mni easy", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: 10 kms easy", [{"kind": "easy", "distance_m": 10000}]),
    ("Wed: tempo 20 mins", [{"kind": "tempo", "rep_seconds": 1200}]),
    (
        "Wed: 5x1km@10k,2'jog",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Wed: 6 x 800m@5k pace,  90s  jog",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 90,
                "work_pace": "5k",
            }
        ],
    ),
    ("Wed: 8 x400", [{"kind": "intervals", "reps": 8, "rep_distance_m": 400}]),
    ("Wed: 8x 400", [{"kind": "intervals", "reps": 8, "rep_distance_m": 400}]),
    (
        "Wed: 4 x 1 km \u2013 2 min",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    ("Wed: 30\u201340 min easy", [{"kind": "easy"}]),
    ("Wed: 6\u20138 km easy", [{"kind": "easy"}]),
    ("Wed: 20\u2032 easy", [{"kind": "easy", "duration_min": 20}]),
    ("Wed: 1:00 easy", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: 0:45 E", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: 45 min. easy", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: easy run, 40 minutes.", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: Easy run 8k!!", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed: easy 8k :)", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed: \ud83d\udc5f easy 40 min", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: 40' easy \ud83d\ude42", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: EASY 10KM", [{"kind": "easy", "distance_m": 10000}]),
    ("Wed: Recovery jog 5km", [{"kind": "recovery", "distance_m": 5000}]),
    ("Wed: 5k easy jog", [{"kind": "easy", "distance_m": 5000}]),
    ("Mon: E 40", [{"kind": "easy", "duration_min": 40}]),
    ("Mon: E 8k", [{"kind": "easy", "distance_m": 8000}]),
    ("Mon: Rec 30", [{"kind": "recovery", "duration_min": 30}]),
    ("Mon: Rec 5k", [{"kind": "recovery", "distance_m": 5000}]),
    ("Mon: LR 22k", [{"kind": "long", "distance_m": 22000}]),
    ("Mon: M 10k", [{"kind": "marathon-pace", "rep_distance_m": 10000}]),
    ("Mon: T 3 x 1 mi", [{"kind": "tempo", "reps": 3, "rep_distance_m": 1609}]),
    ("Mon: I 5 x 1000", [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000}]),
    ("Mon: R 8 x 200", [{"kind": "repetition", "reps": 8, "rep_distance_m": 200}]),
    ("Mon: 3E 4M 1E", [{"kind": "marathon-pace"}]),
    ("Mon: LR 16 mi", [{"kind": "long", "distance_m": 25750}]),
    ("Mon: LSD 2h", [{"kind": "long", "duration_min": 120}]),
    ("Mon: GA 60", [{"kind": "easy", "duration_min": 60}]),
    ("Mon: E 10k w/ 6 strides", [{"kind": "easy", "distance_m": 10000, "strides": 6}]),
    ("Mon: OFF!", []),
    ("Mon: OFF / mobility", []),
    ("Mon: day off", []),
    ("Mon: -", []),
    ("Tue: 40 min easy + 6 x 20s strides", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Tue: 8 km E w/ 4 x 100 strides", [{"kind": "easy", "distance_m": 8000, "strides": 4}]),
    ("Tue: 30' easy + 5 strides", [{"kind": "easy", "duration_min": 30, "strides": 5}]),
    ("Tue: easy 45 + 8 x strides", [{"kind": "easy", "duration_min": 45, "strides": 8}]),
    ("Tue: 6 km easy + drills + strides", [{"kind": "easy", "distance_m": 6000}]),
    ("Tue: 40 min easy incl. 6 pickups", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Tue: easy 35' + 4 \u00d7 80m", [{"kind": "easy", "duration_min": 35, "strides": 4}]),
    ("Tue: 5 mi easy + 6 x 100m strides", [{"kind": "easy", "distance_m": 8047, "strides": 6}]),
    ("Tue: 50' E + 6 x 15\"", [{"kind": "easy", "duration_min": 50, "strides": 6}]),
    ("Tue: 30 min jog, 6 accelerations", [{"kind": "easy", "duration_min": 30, "strides": 6}]),
    ("Thu: tempo 25' @ 4:20/km", [{"kind": "tempo", "rep_seconds": 1500, "own_pace": (260, 260)}]),
    (
        "Thu: 5 km @ 4:10-4:15/km",
        [{"kind": "tempo", "rep_distance_m": 5000, "own_pace": (250, 255)}],
    ),
    (
        "Thu: 4 mi tempo @ 6:50/mi",
        [{"kind": "tempo", "rep_distance_m": 6437, "own_pace": (255, 255)}],
    ),
    (
        "Thu: 20 min @ 7:00 min/mile",
        [{"kind": "tempo", "rep_seconds": 1200, "own_pace": (261, 261)}],
    ),
    (
        "Thu: 3 x 2 mi @ 6:45 w/ 2'",
        [
            {
                "kind": "intervals",
                "reps": 3,
                "rep_distance_m": 3219,
                "recovery_seconds": 120,
                "own_pace": (252, 252),
            }
        ],
    ),
    ("Thu: 10k @ 4:30", [{"kind": "tempo", "rep_distance_m": 10000, "own_pace": (270, 270)}]),
    ("Thu: 30 min @ 4:40 pace", [{"kind": "tempo", "rep_seconds": 1800, "own_pace": (280, 280)}]),
    (
        "Thu: 8 x 1 km @ 3:45, 1'",
        [
            {
                "kind": "intervals",
                "reps": 8,
                "rep_distance_m": 1000,
                "recovery_seconds": 60,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Thu: 4 x 1 mile @ 6:20/mile, 90s",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1609,
                "recovery_seconds": 90,
                "own_pace": (236, 236),
            }
        ],
    ),
    (
        "Thu: 40 min @ 5:15-5:30",
        [{"kind": "marathon-pace", "rep_seconds": 2400, "own_pace": (315, 330)}],
    ),
    ("Thu: 12 km @ 5:00/km", [{"kind": "tempo", "rep_distance_m": 12000, "own_pace": (300, 300)}]),
    (
        "Thu: 3 x 3k @ 4:05-4:10, 2'",
        [
            {
                "kind": "intervals",
                "reps": 3,
                "rep_distance_m": 3000,
                "recovery_seconds": 120,
                "own_pace": (245, 250),
            }
        ],
    ),
    ("Thu: 20' @ 4'20/km", [{"kind": "tempo", "rep_seconds": 1200, "own_pace": (260, 260)}]),
    ("Thu: 20' @ 4'20\"/km", [{"kind": "tempo", "rep_seconds": 1200, "own_pace": (260, 260)}]),
    ("Thu: 25 min threshold (~4:15)", [{"kind": "tempo", "rep_seconds": 1500}]),
    (
        "Thu: 2 x 20 min @ 4:20-4:25/km, 3 min jog",
        [
            {
                "kind": "intervals",
                "reps": 2,
                "rep_seconds": 1200,
                "recovery_seconds": 180,
                "own_pace": (260, 265),
            }
        ],
    ),
    ("Thu: 7 mi @ 7:30/mi", [{"kind": "tempo", "rep_distance_m": 11265, "own_pace": (280, 280)}]),
    ("Thu: 1 hr @ 5:30/km", [{"kind": "easy", "duration_min": 60, "own_pace": (330, 330)}]),
    ("Thu: 15 km @ 5:45", [{"kind": "easy", "distance_m": 15000, "own_pace": (345, 345)}]),
    (
        "Thu: tempo 4 km @ 4:15 /km",
        [{"kind": "tempo", "rep_distance_m": 4000, "own_pace": (255, 255)}],
    ),
    (
        "Thu: 6 x 1 km at 3.50, 90 sec rec",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 90}],
    ),
    (
        "Thu: 5 \u00d7 1000 m @ 3:55\u20134:00/km, 2\u2032 jog",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (235, 240),
            }
        ],
    ),
    (
        "Thu: 30' tempo \u2014 4:25/km",
        [{"kind": "tempo", "rep_seconds": 1800, "own_pace": (265, 265)}],
    ),
    (
        "Thu: 10 km: 2 wu, 6 T, 2 cd",
        [{"kind": "tempo", "rep_distance_m": 6000, "distance_m": 10000}],
    ),
    (
        "Thu: 50 min: 10 wu, 30 @ T, 10 cd",
        [{"kind": "tempo", "rep_seconds": 1800, "duration_min": 50}],
    ),
    ("Thu: 60': 15' E, 30' T, 10' E", [{"kind": "tempo", "rep_seconds": 1800}]),
    ("Thu: 45 min: 10 E, 20 T, 10 E", [{"kind": "tempo", "rep_seconds": 1200}]),
    ("Thu: 1h: 15' wu, 20' T, 10' cd", [{"kind": "tempo", "rep_seconds": 1200}]),
    (
        "Thu: 14 km: 4 km wu, 6 km @ MP, 2 km cd",
        [{"kind": "marathon-pace", "rep_distance_m": 6000}],
    ),
    ("Thu: 40' = 10' + 20' T + 5'", [{"kind": "tempo", "rep_seconds": 1200}]),
    ("Thu: 16k (4k E, 8k M, 2k E)", [{"kind": "marathon-pace", "rep_distance_m": 8000}]),
    ("Sun: long run 26 km incl. 4 x 2 km @ HMP", [{"kind": "long"}]),
    ("Sun: 22 km long with 8 x 1 min pickups", [{"kind": "long", "distance_m": 22000}]),
    ("Sun: 2h long, middle 30' @ MP", [{"kind": "long", "duration_min": 120}]),
    ("Sun: 30k LR, km 20-25 @ MP", [{"kind": "long", "distance_m": 30000}]),
    ("Sun: long run 18 mi easy", [{"kind": "long", "distance_m": 28968}]),
    ("Sun: 32 km (easy, fuel practice)", [{"kind": "easy", "distance_m": 32000}]),
    ("Sun: Long run 2h w/ gels", [{"kind": "long", "duration_min": 120}]),
    (
        "Sun: 20 mi @ 8:30/mi",
        [{"kind": "marathon-pace", "distance_m": 32187, "own_pace": (317, 317)}],
    ),
    ("Sun: long trail run 2h30", [{"kind": "long", "duration_min": 150, "trail": True}]),
    # Tenth round: a trail run as long as a long run (80 min or 16 km) is a long run.
    ("Sun: trail 25 km, hilly", [{"kind": "long", "distance_m": 25000, "trail": True}]),
    ("Sun: easy long 100 min", [{"kind": "long", "duration_min": 100}]),
    ("Sun: LR 24-26 km", [{"kind": "long"}]),
    ("Sun: long run - 2 hours", [{"kind": "long", "duration_min": 120}]),
    ("Sun: long: 15mi", [{"kind": "long", "distance_m": 24140}]),
    ("Sun: 35k, last 5 @ MP", [{"kind": "long", "rep_distance_m": 5000, "distance_m": 35000}]),
    ("Fri: easy 6k shakeout", [{"kind": "easy", "distance_m": 6000}]),
    ("Fri: shakeout 20' + 4 strides", [{"kind": "easy", "duration_min": 20, "strides": 4}]),
    ("Fri: pre-race jog 15 min", [{"kind": "easy", "duration_min": 15}]),
    ("Fri: 3 mi easy w/ 4 x 20s pickups", [{"kind": "easy", "distance_m": 4828, "strides": 4}]),
    ("Sat: 10 mi steady", [{"kind": "easy", "distance_m": 16093}]),
    ("Sat: steady state 40 min", [{"kind": "easy", "duration_min": 40}]),
    ("Sat: moderate 50 min", [{"kind": "easy", "duration_min": 50}]),
    ("Sat: 60 min @ moderate effort", [{"kind": "easy", "duration_min": 60}]),
    ("Sat: 45 min medium", [{"kind": "easy", "duration_min": 45}]),
    ("Sat: medium long run 16 km", [{"kind": "long", "distance_m": 16000}]),
    ("Sat: MLR 14 mi", [{"kind": "long", "distance_m": 22531}]),
    ("Sat: general aerobic 10 mi", [{"kind": "easy", "distance_m": 16093}]),
    ("Sat: 8 mi GA", [{"kind": "easy", "distance_m": 12875}]),
    ("Sat: recovery 4 mi", [{"kind": "recovery", "distance_m": 6437}]),
    (
        "Thu: 2 x 20' tempo w/ 5' easy",
        [{"kind": "tempo", "reps": 2, "rep_seconds": 1200, "recovery_seconds": 300}],
    ),
    (
        "Thu: cruise intervals 4 x 1 mi, 1'",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 1609, "recovery_seconds": 60}],
    ),
    (
        "Thu: cruise 5 x 1k w/ 60s",
        [{"kind": "tempo", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    ("Thu: threshold 3 x 12 min", [{"kind": "tempo", "reps": 3, "rep_seconds": 720}]),
    ("Thu: LT run 25 min", [{"kind": "tempo", "rep_seconds": 1500}]),
    ("Thu: tempo run 5 mi", [{"kind": "tempo", "rep_distance_m": 8047}]),
    ("Thu: sub-threshold 4 x 10'", [{"kind": "tempo", "reps": 4, "rep_seconds": 600}]),
    ("Thu: 25 min comfortably hard", [{"kind": "tempo", "rep_seconds": 1500}]),
    ("Thu: 25' @ HM effort", [{"kind": "tempo", "rep_seconds": 1500}]),
    ("Thu: 5 km @ 10k effort", [{"kind": "intervals", "rep_distance_m": 5000}]),
    ("Thu: 8 km @ HM pace", [{"kind": "tempo", "rep_distance_m": 8000}]),
    (
        "Thu: 6 x 5' @ 10k pace / 1'",
        [{"kind": "intervals", "reps": 6, "rep_seconds": 300, "recovery_seconds": 60}],
    ),
    (
        "Thu: 10 x 1k @ 10k pace, 30s rest",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 1000, "recovery_seconds": 30}],
    ),
    ("Thu: 3 x 3 mi @ 15k pace", [{"kind": "tempo", "reps": 3, "rep_distance_m": 4828}]),
    ("Thu: 4 x 1 mi @ 10 mile pace", [{"kind": "tempo", "reps": 4, "rep_distance_m": 1609}]),
    (
        "Thu: 8 x 3' @ 3k pace, 2' jog",
        [{"kind": "intervals", "reps": 8, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    (
        "Thu: 12 x 200 @ mile pace w/ 200 walk",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Thu: 6 x 400 @ 1500 pace, full rest",
        [{"kind": "repetition", "reps": 6, "rep_distance_m": 400}],
    ),
    ("Thu: 5 x 1000 @ 3k-5k pace", [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000}]),
    (
        "Thu: 3 x 1 mile @ 5k-10k pace, 2'",
        [{"kind": "intervals", "reps": 3, "rep_distance_m": 1609, "recovery_seconds": 120}],
    ),
    (
        "Thu: 10 x 90s @ 5k / 90s jog",
        [{"kind": "intervals", "reps": 10, "rep_seconds": 90, "recovery_seconds": 90}],
    ),
    (
        "Thu: 6 x 600 @ 3k, 3' rest",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 600, "recovery_seconds": 180}],
    ),
    (
        "Thu: 24 x 200 @ 5k, 100 jog",
        [{"kind": "intervals", "reps": 24, "rep_distance_m": 200, "recovery_distance_m": 100}],
    ),
    (
        "Tue: 2 x (5 x 1 min @ 5k / 1 min)",
        [{"kind": "intervals", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: 10 x 400 in 90s, 60s rest",
        [
            {
                "kind": "repetition",
                "reps": 10,
                "rep_distance_m": 400,
                "recovery_seconds": 60,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Tue: 5 x 1k in 3:50, 2'",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (230, 230),
            }
        ],
    ),
    (
        "Tue: 6 x 800 in 3:00 w/ 400 jog",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_distance_m": 400,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Tue: 4 x mile in 6:00",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1609, "own_pace": (224, 224)}],
    ),
    (
        "Tue: 3 x 2k in 8:00 (3' jog)",
        [
            {
                "kind": "intervals",
                "reps": 3,
                "rep_distance_m": 2000,
                "recovery_seconds": 180,
                "own_pace": (240, 240),
            }
        ],
    ),
    ("Tue: 6 x 1000 @ 3:40", [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000}]),
    (
        "Sat: 5 km parkrun + 5 km easy",
        [{"kind": "time-trial", "distance_m": 5000}, {"kind": "easy", "distance_m": 5000}],
    ),
    ("Sat: parkrun then 20' cd", [{"kind": "time-trial"}]),
    ("Sat: 10k race (goal sub 45)", [{"kind": "race"}]),
    ("Sat: race day - half marathon", [{"kind": "race"}]),
    ("Sat: RACE: 5K", [{"kind": "race"}]),
    ("Sat: XC race 8k", [{"kind": "race"}]),
    ("Sun: Half marathon (race)", [{"kind": "race"}]),
    ("Sun: Marathon!!!", [{"kind": "race"}]),
    ("Sun: 10 mile race @ HMP effort", [{"kind": "time-trial", "distance_m": 16093}]),
    ("Thu: 10 x 10s sprints", [{"kind": "repetition", "reps": 10, "rep_seconds": 10}]),
    ('Thu: 30 min easy w 6 x 20"', [{"kind": "easy", "duration_min": 30, "strides": 6}]),
    (
        "Thu: 6 x 1 km @ T, then 4 x 100 strides",
        [{"kind": "tempo", "reps": 6, "rep_distance_m": 1000}],
    ),
    ("Thu: 5x1000 + strides", [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000}]),
    ("Thu: 10 km easy (Kenyan camp style - start slow)", [{"kind": "easy", "distance_m": 10000}]),
    ("Thu: 60 min easy (group)", [{"kind": "easy", "duration_min": 60}]),
    ("Thu: 40 min easy, on grass", [{"kind": "easy", "duration_min": 40}]),
    ("Thu: 12k easy on trails", [{"kind": "easy", "distance_m": 12000, "trail": True}]),
    ("Thu: 8 km easy, flat route", [{"kind": "easy", "distance_m": 8000}]),
    ("Thu: 1h10 easy", [{"kind": "easy", "duration_min": 70}]),
    ("Thu: 1hr 15 min easy", [{"kind": "easy", "duration_min": 75}]),
    ("Thu: 75-80 min easy", [{"kind": "easy"}]),
    ("Thu: 90 mins easy", [{"kind": "easy", "duration_min": 90}]),
    ("Thu: 11 km @ E", [{"kind": "easy", "distance_m": 11000}]),
    ("Thu: 7 mi E", [{"kind": "easy", "distance_m": 11265}]),
    ("Thu: 7.5 km easy", [{"kind": "easy", "distance_m": 7500}]),
    ("Thu: 6,5 km easy", [{"kind": "easy", "distance_m": 6500}]),
    ("Thu: 10km ez", [{"kind": "easy", "distance_m": 10000}]),
    ("Thu: easy 5 miles + 4 strides", [{"kind": "easy", "distance_m": 8047, "strides": 4}]),
    ("Thu: 40 min recovery pace", [{"kind": "recovery", "duration_min": 40}]),
    ("Thu: 30 min very easy", [{"kind": "easy", "duration_min": 30}]),
    ("Thu: recovery run 4 km", [{"kind": "recovery", "distance_m": 4000}]),
    ("Thu: 25 min shuffle", [{"kind": "easy", "duration_min": 25}]),
]

NEWLY_SHOWN: list[tuple[str, str]] = [
    ("Thu: rodaje 40 minutos", OTHER_LANGUAGE),
    ("Sun: tirada larga 2 horas", OTHER_LANGUAGE),
    ("Thu: descanso", OTHER_LANGUAGE),
    ("Thu: corsa lenta 40 minuti", OTHER_LANGUAGE),
    ("Thu: 45 min @ 140-150 bpm", HEART_RATE),
    ("Thu: 60 min @ 75% HRmax", HEART_RATE),
]

HELD_SHOWN: list[tuple[str, str]] = [
    ("Tue: 2 x (1200, 800, 400) w/ 2 min", LADDER),
    ("Tue: 4 x 400 + 4 x 200", SECOND_SERIES),
    ("Tue: 5 x 1 km @ 10k pace + 4 x 200m fast", SECOND_SERIES),
    ("Wed: 400-800-1200-800-400", LADDER),
    ("Wed: pyramid 200-400-600-800-600-400-200 @ 5k, equal jog", LADDER),
    ("Wed: ladder 1-2-3-4-3-2-1 min, 1 min jog", LADDER),
    ("Wed: 1-2-3-2-1 min hard with equal recovery", HARD),
    ("Wed: ladder 400/800/1200/1600 @ 10k", LADDER),
    ("Wed: 200/400/600/400/200", LADDER),
    ("Wed: 10-8-6-4-2 min @ T w/ 2 min", LADDER),
    ("Wed: 1000-800-600-400-200 cutdown", LADDER),
    ("Wed: 4-3-2-1 fartlek", LADDER),
    ("Sun: 60 min prog: 20 E / 20 M / 20 T", STAGES),
    ("Sun: 8 km progressive, each km 5s faster", TWO_SIZES),
    ("Sun: 3 x 10 min E/M/T", LONG_REPS),
    ("Sun: progression 4 x 2 mi (E, M, HM, T)", STAGES),
    ("Sat: 5k E + 5k M + 5k T", STAGES),
    ("Mar: 10 km suave", NO_DAY),
    ("Jue: 6 x 1000 m, rec 2 min", NO_DAY),
    ("Thu: 30 min, HR <140, walk if needed", CHOICE),
    ("Tue: 2x/day: 40 + 30", UNKNOWN),
    ("Thu: WU 15 / 12 x 400 @ 5k (200 j) / CD 10", NO_UNIT),
    ("Thu: 10m wu, 20m tempo, 10m cd", OUT_OF_RANGE),
    ("Fri: cycle 1h or rest", CHOICE),
    ("Fri: rest or 30 min cross", CHOICE),
    ("Wed: easy40", UNKNOWN),
    ("Wed: easy 40 min (legs tired?)", CHOICE),
    ("Mon: 2E + 4T + 2E (miles)", UNKNOWN),
    ("Mon: 2 E, 3 x 1 T w/ 1' rest, 2 E", REP_NO_UNIT),
    ("Mon: 30E", UNKNOWN),
    ("Mon: T20", UNKNOWN),
    ("Mon: rest / XT optional", CHOICE),
    ("Mon: rest (or 20' walk)", CHOICE),
    # "Mon: full rest day" left this list in the tenth round: read as a rest day now.
    ("Thu: 20 min @ 12 km/h", TWO_SIZES),
    ("Thu: 12 km (3 wu, 5 MP, 3 cd)", NO_UNIT),
    ("Thu: 70 min total: 20 easy, 3 x 10 T, 10 easy", REP_NO_UNIT),
    ("Thu: 20 min tempo, 10 min easy, 20 min tempo", APART),
    ("Tue: 3 x (1 km + 500 m)", LADDER),
    ("Tue: 4 x (800, 400) @ 5k / 200 jog", LADDER),
    ("Tue: 5 x (3' @ T + 1' @ I)", LADDER),
    ("Tue: 6 x (200 fast + 200 float)", LADDER),
    ("Sat: club XC champs", UNKNOWN),
    ("Thu: strides x6", STRIDES_ALONE),
    ("Thu: 6 x strides only", STRIDES_ALONE),
    ("Thu: tempo 20 @ T then 6 x 200 @ R", OTHER_WORK),
    ("Thu: 20' T + 4 x 200m @ R", OTHER_WORK),
    ("Thu: 3 x 1 km @ T + 4 x 400 @ I", SECOND_SERIES),
    ("Thu: 4 x 1 km @ 10k, 4 x 200 @ mile", SECOND_SERIES),
    ("Thu: ez 40", UNKNOWN),
]


@pytest.mark.parametrize(("line", "expected"), FIXED_READ)
def test_eighth_fixed_lines_are_read_as_written(line: str, expected: list[dict[str, Any]]) -> None:
    assert_reads(line, expected)


@pytest.mark.parametrize(("line", "reason"), FIXED_SHOWN)
def test_eighth_fixed_lines_are_shown_back_with_the_reason(line: str, reason: str) -> None:
    assert_shown(line, reason)


@pytest.mark.parametrize(("line", "reason"), NEWLY_SHOWN)
def test_eighth_lines_shown_back_with_a_clearer_reason(line: str, reason: str) -> None:
    assert_shown(line, reason)


@pytest.mark.parametrize(("line", "expected"), HELD_READ)
def test_eighth_held_lines_keep_their_reading(line: str, expected: list[dict[str, Any]]) -> None:
    assert_reads(line, expected)


@pytest.mark.parametrize(("line", "reason"), HELD_SHOWN)
def test_eighth_held_lines_stay_shown_back(line: str, reason: str) -> None:
    assert_shown(line, reason)


def test_eighth_probe_set_is_large_and_new() -> None:
    shown = FIXED_SHOWN + NEWLY_SHOWN + HELD_SHOWN
    lines = [line for line, _ in FIXED_READ + HELD_READ] + [line for line, _ in shown]
    assert len(lines) == len(set(lines)) >= 500
