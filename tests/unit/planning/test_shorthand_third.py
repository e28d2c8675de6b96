"""A third round of shorthand, from lines the reader misread with confidence: each line must
give the workout written beside it (or say nothing could be used), be shown back in a `read`
note, and read back the same from its canonical rendering.

The classes it covers: repetitions written with 'repeats' or 'reps' and their count after
('1k repeats x 6', 'mile repeats x4', '90s hill repeats x 8') or before ('5 x mile
repeats'); recoveries with a qualifier ('standing rest', 'walk rest', 'float', 'active
recovery', 'easy jog between', 'jog between reps') or as a range ('60-90s rest'), which never
make the day a recovery run; sets written in words ('3 sets of 4 x 400', '2 sets 8 x 200', '3
sets x 5 x 200') with bare track distances and the rest between sets; race paces named by a
track distance ('1500 pace', '1600m pace', '10-mile pace', '1500-3000 pace', and with no
'pace': '@ 1500', '@ 3k', '@ 15K', '@ 3k-5k') beside the others (mile, 3K, 5K, 10K, HM, MP);
a distance or time at the coach's own clock pace with no kind named, which is that run at that
pace, with no warm-up or cool-down added; parts of a mile ('1/4 mile jog', '6 x half mile');
a warm-up or cool-down run easy after a '+' ('+ 10' easy cd'); and paces relative to a named
one ('MP-10s', '10 sec/mi faster than MP', Hansons' 'Strength: 3 x 2 mi @ MP-10s').
Repeats with no count ('400m repeats'), ladders ('400-300-200'), a rest with no repetitions
('60s standing rest') and a time and distance that cannot go together ('20 km, 2 min') are
not used, and say so.
"""

from __future__ import annotations

from typing import Any

import pytest
from reader_helpers import assert_honoured, assert_not_used, read_line

MILE = 1609
WORKOUTS: list[tuple[str, list[dict[str, Any]]]] = [
    # Repetitions with 'repeats' or 'reps', the count after the size or before it.
    (
        "Tue: 1k repeats x 6 at 10K pace, 400 jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_distance_m": 400}],
    ),
    (
        "Tue: mile repeats x4 @ 5k pace, 3 min rest",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": MILE, "recovery_seconds": 180}],
    ),
    (
        "Thu: 800m repeats x 5 @ 5k, 2 min jog",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    (
        "Tue: mile repeats x 3 @ T, 1 min rest",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": MILE, "recovery_seconds": 60}],
    ),
    (
        "Tue: 2k repeats x 4 @ HMP w/ 2' jog",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 2000, "recovery_seconds": 120}],
    ),
    (
        "Tue: km repeats x 5 @ 10k pace, 2' jog",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Thu: 1200 repeats x 4 @ 5K, 400 jog",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1200, "recovery_distance_m": 400}],
    ),
    (
        "Wed: 600m reps x 8 @ R, 400m walk",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 600, "recovery_distance_m": 400}],
    ),
    (
        "Tue: 90s hill repeats x 8, jog down",
        [{"kind": "hills", "reps": 8, "rep_seconds": 90}],
    ),
    (
        "Wed: 6 x 1k repeats @ 10K, 90s jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 90}],
    ),
    (
        "Tue: 5 x mile repeats @ 10k, 3' jog",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": MILE, "recovery_seconds": 180}],
    ),
    ("Tue: 8 x 200m hill repeats, jog down", [{"kind": "hills", "reps": 8, "rep_distance_m": 200}]),
    # A finish or a pace on hill repeats is said not used (the draft writes neither: such a
    # line did not read back the same).
    ("Tue: hill repeats 8 x 1 min, fast finish", [{"kind": "hills", "reps": 8, "finish": False}]),
    ("Sat: hills 10 x 1 min @ 5:00/km", [{"kind": "hills", "reps": 10, "own_pace": None}]),
    (
        "Tue: 400s x 10 @ 3k w/ 60s standing rest",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Tue: 400m repeats x 12 @ 5k (90s standing), 2 mi wu, 2 mi cd",
        [{"kind": "intervals", "reps": 12, "recovery_seconds": 90, "warmup_m": 3219}],
    ),
    (
        "Tue: 2 mile repeats x 3 @ T, 3' jog",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 3219, "recovery_seconds": 180}],
    ),
    (
        "Tue: 3 x 2 mile repeats @ HMP, 800m float",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 3219, "recovery_distance_m": 800}],
    ),
    (
        "Tue: 6 x 1km reps (90s)",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 90}],
    ),
    (
        "Tue: 8 x 200m reps (60s)",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 200, "recovery_seconds": 60}],
    ),
    # Parts of a mile.
    (
        "Thu: 4 x 1 mile @ 10k, 1/4 mile jog",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": MILE, "recovery_distance_m": 402}],
    ),
    (
        "Tue: 6 x half mile @ 5k, 400 jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 805, "recovery_distance_m": 400}],
    ),
    (
        "Tue: 4 x 3/4 mile @ 5k, 1/4 mi jog",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1207, "recovery_distance_m": 402}],
    ),
    # Recoveries with a qualifier: the recovery's size, never a recovery run.
    (
        "Tue: 8x400 @ mile pace, 60s standing rest",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Tue: 6 x 800 @ 5k, 90s walk rest",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 90}],
    ),
    (
        "Thu: 5 x 1k @ 10k, 1 min standing recovery",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    (
        "Thu: 5 x 4 min @ I, 3 min active recovery",
        [{"kind": "intervals", "reps": 5, "rep_seconds": 240, "recovery_seconds": 180}],
    ),
    (
        "Wed: 4 x 1 mile @ T, 200m float",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": MILE, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 10 x 300 @ R, 100m walk recovery",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 300, "recovery_distance_m": 100}],
    ),
    (
        "Thu: 3 x 2 km @ T, 2 min easy jog between",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 2000, "recovery_seconds": 120}],
    ),
    (
        "Wed: 4 x 5 min @ T, 60s jog between reps",
        [{"kind": "tempo", "reps": 4, "rep_seconds": 300, "recovery_seconds": 60}],
    ),
    (
        "Tue: 8 x 600 @ 5k w/ 90 sec static rest",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 600, "recovery_seconds": 90}],
    ),
    (
        "Thu: 6 x 3' @ 10k, 75s standing",
        [{"kind": "intervals", "reps": 6, "rep_seconds": 180, "recovery_seconds": 75}],
    ),
    (
        "Tue: 10 x 400 @ 5k, 60-90s rest",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Tue: 6 x 800 @ 5k, 2 min jog between each",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    # Sets written in words, bare track distances inside them.
    (
        "Thu: 3 sets of 4 x 400 @ 1500 pace, 1' between reps, 3' between sets",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Tue: 2 sets of 5 x 300 @ mile pace, 100m jog, 5 min between sets",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 300, "recovery_distance_m": 100}],
    ),
    (
        "Tue: 4 sets of 3 x 400 @ 3k pace (60s rest, 3 min between sets)",
        [{"kind": "intervals", "reps": 12, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Thu: 2 sets 8 x 200 @ mile pace, 200 jog, 400 jog between sets",
        [{"kind": "repetition", "reps": 16, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 2 x 4 x 400m @ R, 200m jog, 800m jog between sets",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 2 x (6 x 200 @ R, 200 jog), 4' between sets",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 3 sets x 5 x 200 @ R, 200 jog",
        [{"kind": "repetition", "reps": 15, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Tue: WU 2 mi, 3 sets of 4 x 400 @ 1500 pace (1' / 3'), CD 2 mi",
        [{"kind": "repetition", "reps": 12, "recovery_seconds": 60, "warmup_m": 3219}],
    ),
    # Race paces named by a track distance, beside the others.
    (
        "Tue: 6 x 400 @ 1500m pace, 2' rest",
        [{"kind": "repetition", "reps": 6, "rep_distance_m": 400, "recovery_seconds": 120}],
    ),
    (
        "Tue: 5 x 600 @ 1500 pace w/ 3' walk",
        [{"kind": "repetition", "reps": 5, "rep_distance_m": 600, "recovery_seconds": 180}],
    ),
    (
        "Thu: 8 x 400 @ 1600 pace, 400 jog",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 400, "recovery_distance_m": 400}],
    ),
    (
        "Thu: 4 x 1200 @ 3k pace, 3' jog",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1200, "recovery_seconds": 180}],
    ),
    (
        "Tue: 2 sets of 10 x 200 @ 800 pace, 200 walk",
        [{"kind": "repetition", "reps": 20, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Thu: 5 x 1000 @ 3200m pace, 2' jog",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 6 x 1 mile @ 10 mile pace, 1' jog",
        [{"kind": "tempo", "reps": 6, "rep_distance_m": MILE, "recovery_seconds": 60}],
    ),
    (
        "Thu: 3 x 3 mi @ 10-mile pace, 3' jog",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 4828, "recovery_seconds": 180}],
    ),
    (
        "Thu: 6 x 800 @ 1500-3000 pace, 2' jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "work_pace": None}],
    ),
    (
        "Tue: 5 x 1500 pace, 3' jog",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1500, "recovery_seconds": 180}],
    ),
    ("Sun: 1/2 marathon", [{"kind": "race", "distance_m": 21097}]),
    # ... and with no 'pace' after them.
    (
        "Tue: 8 x 400 @ 1500, 200 jog",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 8 x 300 @ 1600m, 100m walk",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 300, "recovery_distance_m": 100}],
    ),
    ("Tue: 10 x 200 @ 800, 200 jog", [{"kind": "repetition", "reps": 10}]),
    ("Tue: 8 x 400 @ mile, 400 jog", [{"kind": "repetition", "reps": 8}]),
    (
        "Tue: 5 x 1k @ 3k, 2' jog",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "work_pace": None}],
    ),
    (
        "Tue: 4 x 1 mile @ 15K, 1' jog",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": MILE, "recovery_seconds": 60}],
    ),
    (
        "Tue: 4 x 2k @ 10,000m pace, 2' jog",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 2000, "work_pace": "10k"}],
    ),
    (
        "Tue: 6 x 800 @ 3k-5k, 400 jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "work_pace": "5k"}],
    ),
    (
        "Tue: 6 x 1k @ 5-10k pace, 1' jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "work_pace": "10k"}],
    ),
    ("Tue: 8 x 400 @ 1500-mile pace, 200 jog", [{"kind": "repetition", "reps": 8}]),
    (
        "Wed: 6 x 1k @ 5K race pace, 2' jog",
        [{"kind": "intervals", "reps": 6, "work_pace": "5k", "recovery_seconds": 120}],
    ),
    (
        "Sat: 3 x 3 km @ MP, 1 km float",
        [{"kind": "marathon-pace", "reps": 3, "rep_distance_m": 3000}],
    ),
    # A pace relative to a named one: the coach's own pace, the kind the named one's.
    (
        "Thu: Strength: 3 x 2 mi @ MP-10s, 800m recovery",
        [{"kind": "marathon-pace", "reps": 3, "rep_distance_m": 3219, "own_pace": (310, 310)}],
    ),
    (
        "Thu: 2 x 3 mi @ 10 sec/mi faster than MP, 1 mi jog",
        [{"kind": "marathon-pace", "reps": 2, "recovery_distance_m": MILE, "own_pace": (310, 310)}],
    ),
    (
        "Tue: 5 x 1k @ T - 5 sec, 90s jog",
        [{"kind": "tempo", "reps": 5, "recovery_seconds": 90, "own_pace": (291, 291)}],
    ),
    (
        "Sat: 8 km @ HMP + 5s/km",
        [{"kind": "tempo", "rep_distance_m": 8000, "own_pace": (310, 310)}],
    ),
    # A distance or time at the coach's own pace, no kind named: that run, at that pace.
    (
        "Sat: 10 mi @ 8:30/mi",
        [{"kind": "marathon-pace", "distance_m": 16093, "rep_distance_m": 16093, "reps": 1}],
    ),
    (
        "Sat: 12 km @ 5:15/km",
        [{"kind": "marathon-pace", "distance_m": 12000, "own_pace": (315, 315)}],
    ),
    ("Thu: 8 km @ 4:55/km", [{"kind": "tempo", "distance_m": 8000, "rep_distance_m": 8000}]),
    ("Sat: 10 km @ 5:00/km", [{"kind": "tempo", "distance_m": 10000, "duration_min": 50}]),
    ("Thu: 5 mi at 7:55/mi", [{"kind": "tempo", "distance_m": 8047, "rep_distance_m": 8047}]),
    ("Sat: 1h @ 5:20/km", [{"kind": "marathon-pace", "duration_min": 60, "rep_seconds": 3600}]),
    ("Wed: 45' @ 6:00/km", [{"kind": "easy", "duration_min": 45, "own_pace": (360, 360)}]),
    ("Sat: 6 miles @ 9:45/mi", [{"kind": "easy", "distance_m": 9656}]),
    ("Sun: 18 km @ 5:50/km", [{"kind": "long", "distance_m": 18000}]),
    ("Sat: @ 5:00/km — 50 min", [{"kind": "tempo", "duration_min": 50, "rep_seconds": 3000}]),
    # Two paces of the coach's: the finish's is the work's (the other is said not used).
    (
        "Sat: 15 km @ 5:20/km, last 3 km @ 4:50/km",
        [{"kind": "marathon-pace", "distance_m": 15000, "finish": True, "own_pace": (290, 290)}],
    ),
    # A warm-up or cool-down run easy, joined by '+': a part of the session, not a second one.
    (
        "Sat: 10 mi @ 8:30/mi + 10' easy cd",
        [{"kind": "marathon-pace", "rep_distance_m": 16093, "cooldown_seconds": 600}],
    ),
    (
        "Tue: 2 mi easy wu + 6 x 800 @ 5k, 400 jog + 1 mi easy cd",
        [{"kind": "intervals", "reps": 6, "warmup_m": 3219, "cooldown_m": MILE}],
    ),
    # A kind named beside the coach's pace is that session: a tempo's warm-up is added.
    (
        "Thu: tempo 6 km @ 4:55/km",
        [{"kind": "tempo", "rep_distance_m": 6000, "own_pace": (295, 295)}],
    ),
]
# Lines nothing can be used from stay so: a `not_used` note saying why.
NOT_USED: list[tuple[str, str]] = [
    ("Tue: repeats x 6", "in 'repeats x 6'"),
    ("Tue: 3 sets of 4 @ 1500 pace", "the repetition size has no unit"),
    ("Thu: 4 x 4 @ 1500 pace", "the repetition size has no unit"),
    ("Tue: 6 x 5 repeats", "the repetition size has no unit"),
    ("Tue: 400m repeats", "repetitions without a count"),
    ("Tue: mile repeats @ 10k", "repetitions without a count"),
    ("Tue: 10 reps", "repetitions without a size"),
    ("Sat: 8:30/mi", "a pace without a distance or time"),
    ("Tue: 3 sets of 4 x 10,000m pace", "12 repetitions of that size are more work"),
    ("Tue: 15K x 6", "6 repetitions of that size are more work"),
    ("Sat: 0 km parkrun", "the size is out of range"),  # it raised ZeroDivisionError
    ("Fri: 10 reps of squats", "repetitions without a size"),
    ("Tue: 4 sets of 400-300-200 @ mile pace", "repetitions of several sizes"),
    ("Tue: 200-400-600-400-200 @ 5k, 200 jog", "repetitions of several sizes"),
    ("Wed: 5000 pace", "a pace is named without an amount of work"),
    ("Wed: standing rest between sets", "a rest ('standing rest') with no repetitions"),
    ("Tue: 60s standing rest", "a rest ('60s standing rest') with no repetitions"),
    ("Tue: 2 min rest", "a rest ('2 min rest') with no repetitions"),
    ("Sun: long run 20 km, rest 2 min at halfway", "'20 km' in '2 min' cannot both be"),
    ("Sun: 20 km — 5 min", "'20 km' in '5 min' cannot both be"),
    ("Wed: easy 45 min, 90 km", "'90 km' in '45 min' cannot both be"),
]


@pytest.mark.parametrize(("line", "expected"), WORKOUTS)
def test_third_shorthand_gives_the_workout_written_and_shows_it_back(
    line: str, expected: list[dict[str, Any]]
) -> None:
    assert_honoured(line, expected)


@pytest.mark.parametrize(("line", "message"), NOT_USED)
def test_third_shorthand_nothing_can_be_used_from_says_so(line: str, message: str) -> None:
    assert_not_used(line, message)


def test_a_distance_at_the_coachs_own_pace_gets_no_warm_up() -> None:
    # A kind named beside the pace is a workout (warm-up and cool-down around it); none named,
    # the line is the run itself.
    workout = read_line("Thu: tempo 8 km @ 4:55/km")[0][0]
    run = read_line("Thu: 8 km @ 4:55/km")[0][0]
    assert workout.distance_m > 8000 and run.distance_m == 8000


def test_the_third_table_is_large_enough() -> None:
    assert len(WORKOUTS) + len(NOT_USED) >= 30
