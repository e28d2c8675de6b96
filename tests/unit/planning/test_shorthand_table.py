"""The shorthand coaches really write, a class at a time: each line, put in a real draft, must
give the workout written beside it (or the note), be shown back in a `read` note, and read
back the same from its canonical rendering.

None of these lines is taken from the issue that asked for them: they are neighbours of its
examples, written to test the classes (bare sizes, abbreviations, clock durations, units,
finishes, warm-ups and cool-downs, sized strides, work inside a run, doubles, races with a
goal, run-walk splits, the coach's own pace, ranges, separators and casing), and the lines
nothing can be used from.
"""

from __future__ import annotations

from typing import Any

import pytest
from reader_helpers import assert_honoured, assert_not_used

# (line, the fields of the first session it gives on its weekday [and of the second, for a
# double]); fields not named are derived (from the paces) and not pinned.
WORKOUTS: list[tuple[str, list[dict[str, Any]]]] = [
    # Bare sizes: a long run from 80 minutes or 16 km, else an easy one.
    ("Sun: 24 km", [{"kind": "long", "distance_m": 24000}]),
    ("Sat: 1h50", [{"kind": "long", "duration_min": 110, "by_time": True}]),
    ("Wed: 50'", [{"kind": "easy", "duration_min": 50}]),
    ("Sun: 11 miles", [{"kind": "long", "distance_m": 17703}]),
    ("Thu: 8k", [{"kind": "easy", "distance_m": 8000}]),
    # Abbreviations.
    ("Sun: LR 1:40", [{"kind": "long", "duration_min": 100}]),
    ("Tue: 35' E", [{"kind": "easy", "duration_min": 35}]),
    ("Thu: 25' T", [{"kind": "tempo", "reps": 1, "rep_seconds": 1500}]),
    (
        "Wed: 5 x 4' I, 3' jr",
        [{"kind": "intervals", "reps": 5, "rep_seconds": 240, "recovery_seconds": 180}],
    ),
    (
        "Fri: 10 x 200 R w/ 200 jog",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Thu: 2 x 3 mi MP, 1 mi float",
        [{"kind": "marathon-pace", "reps": 2, "rep_distance_m": 4828}],
    ),
    ("Sat: 6 mi GA + 6 strides", [{"kind": "easy", "distance_m": 9656, "strides": 6}]),
    ("Wed: rec 25'", [{"kind": "recovery", "duration_min": 25}]),
    # Clock durations: h:mm is hours and minutes, mm:ss from six on minutes and seconds.
    ("Sun: 2:15 easy", [{"kind": "easy", "duration_min": 135}]),
    ("Sat: long run 1:50:00", [{"kind": "long", "duration_min": 110}]),
    ("Wed: 55:00 steady", [{"kind": "easy", "duration_min": 55}]),
    # Sizes in miles, k, km and metres.
    ("Wed: 9 mi easy", [{"kind": "easy", "distance_m": 14484}]),
    ("Tue: 12k", [{"kind": "easy", "distance_m": 12000}]),
    ("Thu: 5000m tempo", [{"kind": "tempo", "reps": 1, "rep_distance_m": 5000}]),
    # Finishes at pace: the work is the run's last part.
    (
        "Sun: 30 km, last 5 km @ HMP",
        [
            {"kind": "long", "distance_m": 30000, "finish": True, "rep_distance_m": 5000}
            | {"work_pace": "half-marathon"}
        ],
    ),
    (
        "Sun: 22 mi with final 4 @ MP",
        [{"kind": "long", "distance_m": 35406, "finish": True, "rep_distance_m": 6437}],
    ),
    (
        "Sat: 75' w/ last 15' @ T",
        [{"kind": "tempo", "duration_min": 75, "finish": True, "rep_seconds": 900}],
    ),
    (
        "Sun: LR 2h, fast finish",
        [{"kind": "long", "duration_min": 120, "finish": True, "work_pace": "marathon"}],
    ),
    (
        "Sun: 26k progression run",
        [{"kind": "long", "distance_m": 26000, "finish": True, "rep_distance_m": 5200}],
    ),
    (
        "Sun: 35k LR with last 10k @ goal pace",
        [{"kind": "long", "finish": True, "rep_distance_m": 10000, "work_pace": "race"}],
    ),
    # Warm-ups and cool-downs written with their sizes are kept as written.
    (
        "Tue: 15' WU, 6 x 3' @ I (2' jr), 10' CD",
        [
            {"kind": "intervals", "reps": 6, "rep_seconds": 180, "recovery_seconds": 120}
            | {"warmup_seconds": 900, "cooldown_seconds": 600, "duration_min": 53}
        ],
    ),
    (
        "Thu: 3k WU, 5k @ T, 2k CD",
        [
            {"kind": "tempo", "rep_distance_m": 5000, "warmup_m": 3000, "cooldown_m": 2000}
            | {"distance_m": 10000}
        ],
    ),
    (
        "Wed: 10 min warmup, 20 min tempo, 10 min cooldown",
        [
            {"kind": "tempo", "rep_seconds": 1200, "warmup_seconds": 600}
            | {"cooldown_seconds": 600, "duration_min": 40}
        ],
    ),
    (
        "Tue: WU 15', 3 x 1600 @ T, 1' rec, CD 10'",
        [{"kind": "tempo", "reps": 3, "warmup_seconds": 900, "cooldown_seconds": 600}],
    ),
    # Strides, pickups, accelerations with a size of their own.
    (
        "Fri: 30' easy + 8 x 15s pickups",
        [{"kind": "easy", "duration_min": 30, "strides": 8, "stride_seconds": 15}],
    ),
    (
        "Mon: 40 min easy, 5 x 80 m strides",
        [{"kind": "easy", "duration_min": 40, "strides": 5, "stride_distance_m": 80}],
    ),
    (
        "Wed: easy 45' with 6 x 25 sec accelerations",
        [{"kind": "easy", "duration_min": 45, "strides": 6, "stride_seconds": 25}],
    ),
    # A quality part inside a run, in the run's unit when it has none.
    (
        "Thu: 9 miles w/ 5 @ HMP",
        [{"kind": "tempo", "rep_distance_m": 8047, "distance_m": 14484}],
    ),
    (
        "Sun: long run 28 km with 2 x 5 km @ HM pace",
        [{"kind": "long", "reps": 2, "rep_distance_m": 5000, "work_pace": "half-marathon"}],
    ),
    (
        "Tue: 60 min with 4 x 5 min @ T",
        [{"kind": "tempo", "reps": 4, "rep_seconds": 300, "duration_min": 60}],
    ),
    # Doubles: two runs on a day.
    (
        "Wed: 8k easy am + 4k easy pm",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 4000}],
    ),
    (
        "Thu: AM 40' easy, PM 20' easy",
        [{"kind": "easy", "duration_min": 40}, {"kind": "easy", "duration_min": 20}],
    ),
    (
        "Tue: 6 mi + 3 mi (pm)",
        [{"kind": "easy", "distance_m": 9656}, {"kind": "easy", "distance_m": 4828}],
    ),
    # Races with a goal.
    ("Sun: Half - goal 1:50", [{"kind": "race", "distance_m": 21097, "duration_min": 110}]),
    (
        "Sat: 10k race (target 50 min)",
        [{"kind": "race", "distance_m": 10000, "duration_min": 50}],
    ),
    (
        "Sun: Marathon, aiming for 3:45",
        [{"kind": "race", "distance_m": 42195, "duration_min": 225}],
    ),
    ("Sat: 5K race - sub 25", [{"kind": "race", "distance_m": 5000, "duration_min": 25}]),
    # Run-walk with its split.
    (
        "Tue: run/walk 24 min (2' run, 1' walk)",
        [{"kind": "run-walk", "reps": 8, "rep_seconds": 120, "recovery_seconds": 60}],
    ),
    (
        "Thu: walk-run 30', 90s run / 30s walk",
        [{"kind": "run-walk", "reps": 15, "rep_seconds": 90, "recovery_seconds": 30}],
    ),
    (
        "Sat: run-walk 5 x (5 min run / 1 min walk)",
        [{"kind": "run-walk", "reps": 5, "rep_seconds": 300, "recovery_seconds": 60}],
    ),
    # The coach's own pace, kept on the work (or the whole steady run).
    (
        "Wed: tempo 5 km @ 4:45/km",
        [{"kind": "tempo", "rep_distance_m": 5000, "own_pace": (285, 285)}],
    ),
    (
        "Thu: 4 x 1 mi @ 7:20/mi, 2' jog",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1609, "own_pace": (273, 273)}],
    ),
    (
        "Tue: easy 8 km @ 6:10-6:30/km",
        [{"kind": "easy", "distance_m": 8000, "own_pace": (370, 390)}],
    ),
    ("Sun: long run 25 km @ 5:45", [{"kind": "long", "own_pace": (345, 345)}]),
    (
        "Tue: 3 x 10' @ 4:50/km w/ 2' jog",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 600, "own_pace": (290, 290)}],
    ),
    (
        "Fri: 8 x 400 in 1:45, 200 jog",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "own_pace": (262, 262)}],
    ),
    # Ranges: the lower end (a note says so).
    ("Wed: 6-8 mi easy", [{"kind": "easy", "distance_m": 9656}]),
    ("Tue: 40 to 50 min easy", [{"kind": "easy", "duration_min": 40}]),
    # Other separators and casing.
    ("Fri - 30 MIN RECOVERY", [{"kind": "recovery", "duration_min": 30}]),
    ("• Sat: Easy run — 45 minutes", [{"kind": "easy", "duration_min": 45}]),
    ("sun) long 16 km", [{"kind": "long", "distance_m": 16000}]),
    # More neighbours.
    ("Sat: parkrun (easy, with friends)", [{"kind": "easy", "distance_m": 5000}]),
    ("Wed: 45' aerobic", [{"kind": "easy", "duration_min": 45}]),
    (
        "Thu: 5 x 1k @ 10K effort / 90s",
        [{"kind": "intervals", "reps": 5, "work_pace": "10k", "recovery_seconds": 90}],
    ),
    ("Mon: 20' shake-out + drills", [{"kind": "easy", "duration_min": 20}]),
    ("Thu: hill reps 10 x 45s hard, jog back", [{"kind": "hills", "reps": 10, "rep_seconds": 45}]),
    # Tenth round: a trail run as long as a long run (80 min or 16 km) is a long run.
    ("Sat: 90 min trail run", [{"kind": "long", "duration_min": 90, "trail": True}]),
    ("Sun: 32 km LR", [{"kind": "long", "distance_m": 32000}]),
    (
        "Wed: 10 x 1 min on/1 min off",
        [{"kind": "intervals", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: bike 60' easy spin",
        [{"kind": "cross-training", "activity": "bike", "duration_min": 60}],
    ),
    (
        "Thu: 4 x 2k @ HMP w/ 2' jog",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 2000, "work_pace": "half-marathon"}],
    ),
    ("Wed: 5 km easy, 5 km steady", [{"kind": "easy", "distance_m": 10000}]),
    (
        "Thu: 6 x 1200m @ 3k-5k pace, 400m jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1200, "work_pace": "5k"}],
    ),
    (
        "Sun: 10k easy, 10k MP",
        [
            {"kind": "marathon-pace", "rep_distance_m": 10000, "warmup_m": 10000}
            | {"distance_m": 20000}
        ],
    ),
    (
        "Tue: Run-walk: 10 x (3 min run + 1 min walk)",
        [{"kind": "run-walk", "reps": 10, "rep_seconds": 180, "recovery_seconds": 60}],
    ),
    (
        "Sat: 12 mi LR, middle 4 @ MP",
        [{"kind": "long", "distance_m": 19312, "reps": 1, "rep_distance_m": 6437}],
    ),
    ("Thu: tempo 30' @ 4:35", [{"kind": "tempo", "rep_seconds": 1800, "own_pace": (275, 275)}]),
    (
        "Sun: long run 2h30 incl. last 30 min at MP",
        [{"kind": "long", "duration_min": 150, "finish": True, "rep_seconds": 1800}],
    ),
    (
        "Tue: 3 mi WU + 6 x 800m @ 5K (2:00 rest) + 2 mi CD",
        [
            {"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 120}
            | {"warmup_m": 4828, "cooldown_m": 3219, "work_pace": "5k"}
        ],
    ),
    (
        "Wed: 1h easy bike + 20' core",
        [
            {"kind": "cross-training", "activity": "bike", "duration_min": 60},
            {"kind": "cross-training", "activity": "strength", "duration_min": 20},
        ],
    ),
    ("Sun: 10 mile race goal 75 min", [{"kind": "race", "distance_m": 16093}]),
    (
        "Sun: 16 mi: 12 easy, last 4 @ MP",
        [{"kind": "long", "distance_m": 25750, "finish": True, "rep_distance_m": 6437}],
    ),
]
# Lines nothing can be used from: a `not_used` note saying what was not understood.
NOT_USED: list[tuple[str, str]] = [
    ("Wed: whatever feels right", "in 'whatever feels right'"),
    ("Thu: tempo or fartlek", "it offers a choice or a condition"),
    ("Sat: time trial", "a time trial without a distance"),
    ("Tue: 8 x 400 @ 0:50/km", "outside 2:00 to 15:00 per km"),
    ("Fri: massage", "in 'massage'"),
]


@pytest.mark.parametrize(("line", "expected"), WORKOUTS)
def test_shorthand_gives_the_workout_written_and_shows_it_back(
    line: str, expected: list[dict[str, Any]]
) -> None:
    assert_honoured(line, expected)


@pytest.mark.parametrize(("line", "message"), NOT_USED)
def test_shorthand_nothing_can_be_used_from_says_what_was_not_understood(
    line: str, message: str
) -> None:
    assert_not_used(line, message)


def test_the_table_is_large_enough() -> None:
    assert len(WORKOUTS) + len(NOT_USED) >= 60
