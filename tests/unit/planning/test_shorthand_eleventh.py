"""An eleventh round of coach shorthand: the classes the tenth round left, each written many
ways, and probes of fresh lines (typos like 'tempo 20mins', '2x 3km @ HM', WU/CD, 'e.g.',
bullets, '0:45', "45'", 'strides x6', doubles, cross-training, paces per km and mile).

FIXED_READ holds lines the reader misread before this round, now read as written:
- a progression with no pace to end at, shorter than a long run, ends at threshold ('45 min
  progressive run', '10k prog' were marathon-pace runs; a long one still ends at M);
- a plain run of a long run's size (80 minutes or 16 km) is a long run, by the threshold a
  size alone and a trail run have ('Sun: 25 km run', 'run 2h' were easy runs);
- easy running, strides, easy running is one run of both sizes, however the strides are
  written ('20 min easy + 6 x strides + 20 min easy' was two runs, '5k easy + 6 x 100m strides
  + 2k easy' a 30-minute run with the easy parts dropped as a warm-up and cool-down);
- recovery words with no run and no size are a rest day, with a note ('active recovery',
  'recovery day (rest)' were recovery runs of 30 minutes), so are they beside an aside that is
  no session ('recovery day, foam roll', as 'rest, foam roll'), and rest said at more length is
  rest ('days off', 'full day of rest', 'active rest day' were shown back);
- times in words, read with the core's table ('two hours easy', 'forty-five minutes steady'
  were 30-minute runs, 'long run two hours' was shown back, 'an hour and a quarter' 60
  minutes, '2 and a half hours long run' 12 minutes, 'easy half hour' 60 minutes, '1 ¾ hours
  easy' 6 minutes, 'an hour forty-five long run' 60 minutes, '3 x ten minutes @ T' one 20-minute
  tempo, 'last twenty minutes @ MP' dropped, '½ marathon race' a marathon);
- hill sprints with no size beside an easy run, or short ones written before it or name first
  ('hill sprints 10 x 8s + 30' easy'), are its strides (they were a hill session);
- a double marked '(am)' and '(pm)' ('10k easy (am), 5k easy (pm)' was one run of 15 km);
- 'rest and stretch' is a rest day, as 'rest, stretching' (it was a mobility session);
- a count of a track distance's plural ('six 800s @ 5k pace' was one effort of 800 seconds), a
  recovery after a semicolon ('6 x 800 m @ 5k; 90s jog' was a 90-second cool-down), and what a
  long run practises for a race ('practice race nutrition' made it a 30 km race);
- a progressive tempo is all tempo ('progressive tempo 30 min' was 6 minutes of it), and a
  recovery after a bracketed pace ('6 x 800 (5K pace) 90s' lost it, in a 33-minute day).
FIXED_SHOWN also holds easy running in minutes and in km around strides ('20 min easy + 6 x
strides + 2 km easy' was a 20-minute run of 2 km).
FIXED_SHOWN holds lines misread with confidence before, now shown back with a reason: sizes
listed at a pace ('1k, 2k, 1k @ T' was 1 km at T), pick-ups of a minute on an easy run
('easy 10k w/ 5 x 1' pickups' was I-pace intervals in a 73-minute day).
HELD_READ and HELD_SHOWN hold probe lines read (or shown back) right before and after.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_shorthand_eighth import assert_reads, assert_shown, reading

CHOICE = "it offers a choice or a condition"
LADDER = "are not one series"
LONG_PICKUPS = "are longer than strides"
STRIDES_ALONE = "strides go with a run"
UNKNOWN = "no kind of session, size or pace"
NO_WORK = "a pace is named without an amount of work"
NO_TIME = "cross-training needs a time"
OUT_OF_RANGE = "the size is out of range"
NO_SIZE = "repetitions without a size"
FINISH_SIZE = "a finish at pace needs the day's size"
MIXED_UNITS = "easy running in minutes and in km around the strides"
NO_RUN_WALK_TIME = "a run-walk without a time"
TWO_SIZES = "cannot both be the day's size"

FIXED_READ: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Thu: 45 min progressive run",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 540, "finish": True}],
    ),
    (
        "Sat: 8 km prog run finishing fast",
        [{"kind": "tempo", "distance_m": 8000, "reps": 1, "rep_distance_m": 1600, "finish": True}],
    ),
    (
        "Wed: 12k progression run",
        [{"kind": "tempo", "distance_m": 12000, "reps": 1, "rep_distance_m": 2400, "finish": True}],
    ),
    (
        "Thu: progression run 50 min",
        [{"kind": "tempo", "duration_min": 50, "reps": 1, "rep_seconds": 600, "finish": True}],
    ),
    (
        "Sat: 60' progressive",
        [{"kind": "tempo", "duration_min": 60, "reps": 1, "rep_seconds": 720, "finish": True}],
    ),
    (
        "Tue: 40 min progression",
        [{"kind": "tempo", "duration_min": 40, "reps": 1, "rep_seconds": 480, "finish": True}],
    ),
    (
        "Sat: 14 km progressive",
        [{"kind": "tempo", "distance_m": 14000, "reps": 1, "rep_distance_m": 2800, "finish": True}],
    ),
    (
        "Thu: 6 mi progression",
        [{"kind": "tempo", "distance_m": 9656, "reps": 1, "rep_distance_m": 1900, "finish": True}],
    ),
    (
        "Fri: progression 35 min",
        [{"kind": "tempo", "duration_min": 35, "reps": 1, "rep_seconds": 420, "finish": True}],
    ),
    (
        "Thu: 10k prog",
        [{"kind": "tempo", "distance_m": 10000, "reps": 1, "rep_distance_m": 2000, "finish": True}],
    ),
    (
        "Sat: 1h progression run",
        [{"kind": "tempo", "duration_min": 60, "reps": 1, "rep_seconds": 720, "finish": True}],
    ),
    ("Sun: 25 km run", [{"kind": "long", "distance_m": 25000}]),
    ("Sun: 30k run", [{"kind": "long", "distance_m": 30000}]),
    ("Sun: run 2h", [{"kind": "long", "duration_min": 120}]),
    ("Sun: 18 mi run", [{"kind": "long", "distance_m": 28968}]),
    ("Sun: 1h45 run", [{"kind": "long", "duration_min": 105}]),
    ("Sun: run 28 km", [{"kind": "long", "distance_m": 28000}]),
    ("Sat: 22k run", [{"kind": "long", "distance_m": 22000}]),
    ("Sun: 100 min run", [{"kind": "long", "duration_min": 100}]),
    ("Sun: run 20 miles", [{"kind": "long", "distance_m": 32187}]),
    ("Sun: 2:15 run", [{"kind": "long", "duration_min": 135}]),
    (
        "Wed: 20 min easy + 6 x strides + 20 min easy",
        [{"kind": "easy", "duration_min": 40, "strides": 6}],
    ),
    (
        "Wed: 30 min easy, 6x strides, 10 min easy",
        [{"kind": "easy", "duration_min": 40, "strides": 6}],
    ),
    (
        "Wed: 5k easy + 6 x 100m strides + 2k easy",
        [{"kind": "easy", "distance_m": 7000, "strides": 6}],
    ),
    (
        "Wed: 15 min jog + 4 x strides + 15 min jog",
        [{"kind": "easy", "duration_min": 30, "strides": 4}],
    ),
    (
        "Wed: 3 km easy + 6 x 20 sec strides + 3 km easy",
        [{"kind": "easy", "distance_m": 6000, "strides": 6}],
    ),
    ("Wed: easy 30' + 6x strides + easy 10'", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Mon: active recovery", []),
    ("Mon: recovery day (rest)", []),
    ("Mon: rest / active recovery", []),
    ("Mon: active recovery day", []),
    ("Mon: Active Recovery", []),
    ("Mon: rest (active recovery)", []),
    ("Mon: recovery (rest)", []),
    ("Mon: recovery day", []),
    ("Mon: days off", []),
    ("Mon: full day of rest", []),
    ("Mon: recovery (off)", []),
    ("Mon: active rest day", []),
    ("Sun: two hours easy", [{"kind": "easy", "duration_min": 120}]),
    ("Wed: forty-five minutes steady", [{"kind": "easy", "duration_min": 45}]),
    ("Sun: an hour and a quarter", [{"kind": "easy", "duration_min": 75}]),
    ("Sun: long run two hours", [{"kind": "long", "duration_min": 120}]),
    ("Sun: three hours on feet", [{"kind": "long", "duration_min": 180}]),
    ("Sun: long run, two and a half hours", [{"kind": "long", "duration_min": 150}]),
    ("Wed: easy run forty minutes", [{"kind": "easy", "duration_min": 40}]),
    ("Sat: an hour and three quarters long", [{"kind": "long", "duration_min": 105}]),
    ("Tue: easy 1 hour and a quarter", [{"kind": "easy", "duration_min": 75}]),
    ("Wed: recovery run twenty-five minutes", [{"kind": "recovery", "duration_min": 25}]),
    ("Sun: 2 and a half hours long run", [{"kind": "long", "duration_min": 150}]),
    ("Wed: 40' easy + 6x hill sprints", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Wed: easy 40 + 6 x hill sprints", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Mon: Full day off.", []),
    ("Mon: a day of rest", []),
    ("Mon: active recovery (rest)", []),
    ("Mon: Recovery", []),
    ("Fri: rec", []),
    ("Mon: recovery / rest day", []),
    ("Sun: one and a half hours easy", [{"kind": "easy", "duration_min": 90}]),
    ("Wed: easy fifty minutes", [{"kind": "easy", "duration_min": 50}]),
    ("Sat: ninety minutes long", [{"kind": "long", "duration_min": 90}]),
    ("Sun: long run three and a half hours", [{"kind": "long", "duration_min": 210}]),
    (
        "Thu: tempo thirty-five minutes",
        [{"kind": "tempo", "duration_min": 60, "reps": 1, "rep_seconds": 2100}],
    ),
    (
        "Wed: 25' easy + 4 x strides + 25' easy",
        [{"kind": "easy", "duration_min": 50, "strides": 4}],
    ),
    (
        "Wed: 6 km easy + 8 x 100m strides + 2 km easy",
        [{"kind": "easy", "distance_m": 8000, "strides": 8}],
    ),
    (
        "Wed: 30 mins easy then 6 x strides then 10 mins easy",
        [{"kind": "easy", "duration_min": 40, "strides": 6}],
    ),
    ("Sun: 26k run", [{"kind": "long", "distance_m": 26000}]),
    ("Sun: run 1h50", [{"kind": "long", "duration_min": 110}]),
    (
        "Thu: 8 mi progression",
        [{"kind": "tempo", "distance_m": 12875, "reps": 1, "rep_distance_m": 2600, "finish": True}],
    ),
    (
        "Sat: 50' progression run",
        [{"kind": "tempo", "duration_min": 50, "reps": 1, "rep_seconds": 600, "finish": True}],
    ),
    ("Mon: Rest / Recovery", []),
    ("Mon: rest & recovery", []),
    ("Mon: Rest and stretch", []),
    (
        "Tue: 10k easy (am), 5k easy (pm)",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "easy", "distance_m": 5000}],
    ),
    ("Sun: two hours long run", [{"kind": "long", "duration_min": 120}]),
    ("Sun: long run - two hours", [{"kind": "long", "duration_min": 120}]),
    ("Sun: LR two and a half hrs", [{"kind": "long", "duration_min": 150}]),
    ("Sun: long run 2½ hours", [{"kind": "long", "duration_min": 150}]),
    ("Sun: 1 ¾ hours easy", [{"kind": "easy", "duration_min": 105}]),
    ("Wed: easy half hour", [{"kind": "easy", "duration_min": 30}]),
    ("Wed: half-hour easy", [{"kind": "easy", "duration_min": 30}]),
    (
        "Tue: 8k easy (AM) 5k easy (PM)",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 5000}],
    ),
    ("Sun: 1½h long run", [{"kind": "long", "duration_min": 90}]),
    ("Sun: lond run 25k", [{"kind": "long", "distance_m": 25000}]),
    (
        "Tue: 6 x 800 m @ 5k; 90s jog",
        [
            {
                "kind": "intervals",
                "distance_m": 10127,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 6 x 800 (5K pace) 90s",
        [
            {
                "kind": "intervals",
                "distance_m": 10127,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: six 800s @ 5k pace",
        [
            {
                "kind": "intervals",
                "distance_m": 10921,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    ("Sun: long run 30k, practice race nutrition", [{"kind": "long", "distance_m": 30000}]),
    (
        "Tue: 8 400s @ 5k, 200 jog",
        [
            {
                "kind": "intervals",
                "distance_m": 8913,
                "reps": 8,
                "rep_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    ("Sun: 28k LR - race day kit", [{"kind": "long", "distance_m": 28000}]),
    ("Sun: LR 30k w/ race gels", [{"kind": "long", "distance_m": 30000}]),
    (
        "Tue: 5 x 1k @ 10k; 2 min jog",
        [
            {
                "kind": "intervals",
                "distance_m": 10861,
                "reps": 5,
                "rep_distance_m": 1000,
                "work_pace": "10k",
            }
        ],
    ),
    ("Sun: 20 km run at 5:30/km", [{"kind": "long", "distance_m": 20000}]),
    ("Sat: 18k run with friends", [{"kind": "long", "distance_m": 18000}]),
    ("Sat: group run 20 km", [{"kind": "long", "distance_m": 20000}]),
    ("Sat: club run 90 min", [{"kind": "long", "duration_min": 90}]),
    ("Sun: run 16 km", [{"kind": "long", "distance_m": 16000}]),
    ("Fri: run 80 min", [{"kind": "long", "duration_min": 80}]),
    ("Mon: rest day/active recovery", []),
    (
        "Sun: 45-60 min progression",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 540, "finish": True}],
    ),
    (
        "Thu: progressive tempo 30 min",
        [{"kind": "tempo", "duration_min": 55, "reps": 1, "rep_seconds": 1800}],
    ),
    ("Wed: 4 mi E + 6x strides + 1 mi E", [{"kind": "easy", "distance_m": 8047, "strides": 6}]),
    ("Sun: two hrs easy", [{"kind": "easy", "duration_min": 120}]),
    ("Sun: two hours fifteen long", [{"kind": "long", "duration_min": 135}]),
    ("Sun: an hour forty-five long run", [{"kind": "long", "duration_min": 105}]),
    ("Sun: ninety mins easy", [{"kind": "easy", "duration_min": 90}]),
    ("Wed: sixty minutes easy", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: fifty minute easy run", [{"kind": "easy", "duration_min": 50}]),
    ("Wed: forty minute run", [{"kind": "easy", "duration_min": 40}]),
    ("Sun: two hours and thirty minutes long", [{"kind": "long", "duration_min": 150}]),
    ("Wed: forty minutes easy", [{"kind": "easy", "duration_min": 40}]),
    ("Sun: an hour twenty easy", [{"kind": "easy", "duration_min": 80}]),
    ("Sun: one hour fifty-five long", [{"kind": "long", "duration_min": 115}]),
    (
        "Thu: tempo 20 min progressive",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    ("Mon: No training", []),
    ("Mon: Recovery day - off", []),
    ("Tue: hill sprints 10 x 8s + 30' easy", [{"kind": "easy", "duration_min": 30, "strides": 10}]),
    ("Sun: ½ marathon race", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: ½marathon", [{"kind": "race", "distance_m": 21097}]),
    (
        "Tue: 10k easy (am) 5k easy (pm)",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Sun: long run 2h, last twenty minutes @ MP",
        [
            {
                "kind": "long",
                "duration_min": 120,
                "reps": 1,
                "rep_seconds": 1200,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Thu: 3 x ten minutes @ T, two min jog",
        [{"kind": "tempo", "duration_min": 60, "reps": 3, "rep_seconds": 600}],
    ),
    (
        "Tue: hill sprints 8 x 10s, then 40' easy",
        [{"kind": "easy", "duration_min": 40, "strides": 8}],
    ),
    ("Tue: 30' easy + hill sprints 6 x 10s", [{"kind": "easy", "duration_min": 30, "strides": 6}]),
    ("Tue: 6 x 10s hill sprints + 30' easy", [{"kind": "easy", "duration_min": 30, "strides": 6}]),
    ("Mon: recovery day, foam roll", []),
    ("Mon: active recovery - stretching", []),
    ("Mon: Recovery day - stretch & foam roll", []),
    ("Mon: rec day (massage)", []),
]
FIXED_SHOWN: list[tuple[str, str]] = [
    ("Sat: easy 10k w/ 5 x 1' pickups", LONG_PICKUPS),
    ("Tue: 1k, 2k, 1k @ T", LADDER),
    ("Sat: easy 10k + 5 x 1 min pick-ups", LONG_PICKUPS),
    ("Tue: 2k, 3k, 2k at HMP", LADDER),
    ("Wed: 20 min easy + 6 x strides + 2 km easy", MIXED_UNITS),
]
HELD_READ: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Sun: 10 mi progression",
        [
            {
                "kind": "long",
                "distance_m": 16093,
                "reps": 1,
                "rep_distance_m": 3200,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: 20 mi progression run",
        [
            {
                "kind": "long",
                "distance_m": 32187,
                "reps": 1,
                "rep_distance_m": 6400,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: 2h progressive long run",
        [
            {
                "kind": "long",
                "duration_min": 120,
                "reps": 1,
                "rep_seconds": 1440,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sat: 90 min progression run",
        [
            {
                "kind": "long",
                "duration_min": 90,
                "reps": 1,
                "rep_seconds": 1080,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Wed: 10 km progressive run, finish at T",
        [{"kind": "tempo", "distance_m": 10000, "reps": 1, "rep_distance_m": 2000, "finish": True}],
    ),
    (
        "Thu: 50 min progression to HMP",
        [
            {
                "kind": "tempo",
                "duration_min": 50,
                "reps": 1,
                "rep_seconds": 600,
                "work_pace": "half-marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sat: 16 km progression finishing at MP",
        [
            {
                "kind": "long",
                "distance_m": 16000,
                "reps": 1,
                "rep_distance_m": 3200,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Thu: progressive 8 mi ending at threshold",
        [{"kind": "tempo", "distance_m": 12875, "reps": 1, "rep_distance_m": 2600, "finish": True}],
    ),
    (
        "Sun: 25 km progression, last 5 km @ MP",
        [
            {
                "kind": "long",
                "distance_m": 25000,
                "reps": 1,
                "rep_distance_m": 5000,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    ("Wed: 10 km run", [{"kind": "easy", "distance_m": 10000}]),
    ("Tue: run 45 min", [{"kind": "easy", "duration_min": 45}]),
    ("Sat: 12k run", [{"kind": "easy", "distance_m": 12000}]),
    ("Wed: 20' E + strides x6 + 15' E", [{"kind": "easy", "duration_min": 35, "strides": 6}]),
    (
        "Wed: easy 25 min + 8 strides + easy 10 min",
        [{"kind": "easy", "duration_min": 35, "strides": 8}],
    ),
    ("Wed: 4 km easy, 6 strides, 3 km easy", [{"kind": "easy", "distance_m": 7000, "strides": 6}]),
    (
        "Wed: 2 mi easy + 4-6 strides + 2 mi easy",
        [{"kind": "easy", "duration_min": 38, "strides": 4}],
    ),
    (
        "Wed: 20 min easy / 6 strides / 20 min easy",
        [{"kind": "easy", "duration_min": 40, "strides": 6}],
    ),
    ("Wed: 20' easy, strides, 20' easy", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Mon: active recovery jog 20 min", [{"kind": "recovery", "duration_min": 20}]),
    ("Mon: active recovery run 25'", [{"kind": "recovery", "duration_min": 25}]),
    ("Mon: rest day (complete)", []),
    ("Mon: off - full rest", []),
    ("Wed: easy thirty minutes", [{"kind": "easy", "duration_min": 30}]),
    ("Sat: one hour easy", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: half an hour easy", [{"kind": "easy", "duration_min": 30}]),
    (
        "Thu: tempo twenty minutes",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    ("Tue: tempo 20mins", [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}]),
    (
        "Thu: 2x 3km @ HM",
        [
            {
                "kind": "tempo",
                "distance_m": 10926,
                "reps": 2,
                "rep_distance_m": 3000,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Tue: WU/CD 15', 5 x 1k @ 5k pace w/ 2' jog",
        [
            {
                "kind": "intervals",
                "distance_m": 11336,
                "reps": 5,
                "rep_distance_m": 1000,
                "work_pace": "5k",
            }
        ],
    ),
    ("Wed: e.g. 40 min easy", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: - easy 40'", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: • 45 min easy", [{"kind": "easy", "duration_min": 45}]),
    ("Sun: 0:45 easy", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: 45' easy", [{"kind": "easy", "duration_min": 45}]),
    ("Sat: easy 30 + strides x6", [{"kind": "easy", "duration_min": 30, "strides": 6}]),
    (
        "Tue: 6x800 @ 10k, 90s jog",
        [
            {
                "kind": "intervals",
                "distance_m": 10831,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Thu: tempo 4 mi",
        [{"kind": "tempo", "distance_m": 11172, "reps": 1, "rep_distance_m": 6437}],
    ),
    ("Thu: 25' @ T", [{"kind": "tempo", "duration_min": 50, "reps": 1, "rep_seconds": 1500}]),
    (
        "Tue: 5 x 1 mile @ T, 1' rest",
        [{"kind": "tempo", "distance_m": 13054, "reps": 5, "rep_distance_m": 1609}],
    ),
    (
        "Tue: 10 x 400m @ 5k pace, 200m jog",
        [
            {
                "kind": "intervals",
                "distance_m": 10716,
                "reps": 10,
                "rep_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Thu: 3 x 2 km @ threshold, 2 min jog",
        [{"kind": "tempo", "distance_m": 11023, "reps": 3, "rep_distance_m": 2000}],
    ),
    ("Sun: LR 2h15", [{"kind": "long", "duration_min": 135}]),
    ("Sun: long run 1:50", [{"kind": "long", "duration_min": 110}]),
    ("Sun: long 32k", [{"kind": "long", "distance_m": 32000}]),
    ("Wed: easy 8 km", [{"kind": "easy", "distance_m": 8000}]),
    ("Fri: recovery 25'", [{"kind": "recovery", "duration_min": 25}]),
    ("Fri: rec jog 20 min", [{"kind": "recovery", "duration_min": 20}]),
    ("Fri: 30' rec", [{"kind": "recovery", "duration_min": 30}]),
    (
        "Tue: 8 x 1 min hills, jog back",
        [{"kind": "hills", "duration_min": 45, "reps": 8, "rep_seconds": 60}],
    ),
    ("Tue: hills 10x45s", [{"kind": "hills", "duration_min": 50, "reps": 10, "rep_seconds": 45}]),
    (
        "Thu: fartlek 10 x 1' on / 1' off",
        [{"kind": "fartlek", "duration_min": 45, "reps": 10, "rep_seconds": 60}],
    ),
    ("Sun: half marathon race", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: RACE 10K", [{"kind": "race", "distance_m": 10000}]),
    ("Wed: easy 50 min + strides", [{"kind": "easy", "duration_min": 50, "strides": 6}]),
    ("Wed: 1h easy", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: 1hr easy", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: 1 hr 10 easy", [{"kind": "easy", "duration_min": 70}]),
    ("Sun: 2h10 LR", [{"kind": "long", "duration_min": 130}]),
    ("Wed: 10km E", [{"kind": "easy", "distance_m": 10000}]),
    ("Wed: 6 miles easy", [{"kind": "easy", "distance_m": 9656}]),
    ("Wed: 6mi E", [{"kind": "easy", "distance_m": 9656}]),
    (
        "Thu: 8 mi w/ 4 @ MP",
        [{"kind": "marathon-pace", "distance_m": 12875, "reps": 1, "rep_distance_m": 6437}],
    ),
    (
        "Thu: 10 km with 6 km @ MP",
        [{"kind": "marathon-pace", "distance_m": 10000, "reps": 1, "rep_distance_m": 6000}],
    ),
    (
        "Thu: 12k @ MP",
        [{"kind": "marathon-pace", "distance_m": 16492, "reps": 1, "rep_distance_m": 12000}],
    ),
    (
        "Tue: 12 x 400 @ R, 400 jog",
        [{"kind": "repetition", "duration_min": 80, "reps": 12, "rep_distance_m": 400}],
    ),
    (
        "Tue: 8 x 200m @ R, 200m walk",
        [{"kind": "repetition", "duration_min": 45, "reps": 8, "rep_distance_m": 200}],
    ),
    (
        "Tue: 6 x 1k @ I, 3' jog",
        [{"kind": "intervals", "distance_m": 12983, "reps": 6, "rep_distance_m": 1000}],
    ),
    (
        "Tue: 5x1000m/2'",
        [{"kind": "intervals", "duration_min": 60, "reps": 5, "rep_distance_m": 1000}],
    ),
    (
        "Tue: 4 x 1200m @ 10k pace, 400m jog",
        [
            {
                "kind": "intervals",
                "distance_m": 10818,
                "reps": 4,
                "rep_distance_m": 1200,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Thu: threshold 3 x 10 min, 2 min jog",
        [{"kind": "tempo", "duration_min": 60, "reps": 3, "rep_seconds": 600}],
    ),
    (
        "Thu: 2 x 20 min @ T, 3' rec",
        [{"kind": "tempo", "duration_min": 70, "reps": 2, "rep_seconds": 1200}],
    ),
    (
        "Thu: cruise intervals 5 x 1 mi, 1 min rest",
        [{"kind": "tempo", "distance_m": 13054, "reps": 5, "rep_distance_m": 1609}],
    ),
    ("Thu: tempo 30 min", [{"kind": "tempo", "duration_min": 55, "reps": 1, "rep_seconds": 1800}]),
    ("Wed: bike 60 min", [{"kind": "cross-training", "duration_min": 60, "activity": "bike"}]),
    ("Wed: swim 45'", [{"kind": "cross-training", "duration_min": 45, "activity": "swim"}]),
    (
        "Wed: strength 30 min",
        [{"kind": "cross-training", "duration_min": 30, "activity": "strength"}],
    ),
    ("Wed: yoga 1h", [{"kind": "cross-training", "duration_min": 60, "activity": "yoga"}]),
    ("Wed: XT 45 min", [{"kind": "cross-training", "duration_min": 45}]),
    ("Wed: cross train 40 min", [{"kind": "cross-training", "duration_min": 40}]),
    (
        "Wed: elliptical 30'",
        [{"kind": "cross-training", "duration_min": 30, "activity": "elliptical"}],
    ),
    ("Wed: core 20 min", [{"kind": "cross-training", "duration_min": 20, "activity": "strength"}]),
    (
        "Fri: easy 30 + core",
        [
            {"kind": "easy", "duration_min": 30},
            {"kind": "cross-training", "duration_min": 30, "activity": "strength"},
        ],
    ),
    ("Sat: easy 6k + 6 x 100m strides", [{"kind": "easy", "distance_m": 6000, "strides": 6}]),
    ("Sat: 40 min easy w/ 6 strides", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Sat: 5 mi easy + 4 strides", [{"kind": "easy", "distance_m": 8047, "strides": 4}]),
    ("Sun: 16 km long", [{"kind": "long", "distance_m": 16000}]),
    ("Sun: long run 90 min", [{"kind": "long", "duration_min": 90}]),
    ("Sun: 24k LR", [{"kind": "long", "distance_m": 24000}]),
    (
        "Sun: LR 26k, last 6k @ MP",
        [
            {
                "kind": "long",
                "distance_m": 26000,
                "reps": 1,
                "rep_distance_m": 6000,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: 20 mi LR w/ last 3 @ MP",
        [
            {
                "kind": "long",
                "distance_m": 32187,
                "reps": 1,
                "rep_distance_m": 4828,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: long run 28 km with 3 x 4 km @ MP",
        [
            {
                "kind": "long",
                "distance_m": 28000,
                "reps": 3,
                "rep_distance_m": 4000,
                "work_pace": "marathon",
            }
        ],
    ),
    (
        "Tue: 3 x 1 mi @ 10K, 400 jog",
        [
            {
                "kind": "intervals",
                "distance_m": 10032,
                "reps": 3,
                "rep_distance_m": 1609,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 6 x 3' @ I, 2' jog",
        [{"kind": "intervals", "duration_min": 55, "reps": 6, "rep_seconds": 180}],
    ),
    (
        "Tue: 20 x 1' on/1' off",
        [{"kind": "intervals", "duration_min": 65, "reps": 20, "rep_seconds": 60}],
    ),
    ("Thu: 45' steady", [{"kind": "easy", "duration_min": 45}]),
    ("Thu: steady 10 km", [{"kind": "easy", "distance_m": 10000}]),
    ("Thu: 60 min steady run", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: 8-10 km easy", [{"kind": "easy", "distance_m": 8000}]),
    (
        "Thu: 30' tempo @ 4:15/km",
        [{"kind": "tempo", "duration_min": 55, "reps": 1, "rep_seconds": 1800}],
    ),
    (
        "Thu: 5 km @ 4:20/km",
        [{"kind": "tempo", "distance_m": 5000, "reps": 1, "rep_distance_m": 5000}],
    ),
    ("Sun: 18 km @ 5:30/km", [{"kind": "long", "distance_m": 18000}]),
    ("Wed: 45 min @ 5:45/km", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: 10k easy @ 5:30", [{"kind": "easy", "distance_m": 10000}]),
    ("Sun: 2 hrs", [{"kind": "long", "duration_min": 120}]),
    ("Sun: 2.5h long run", [{"kind": "long", "duration_min": 150}]),
    ("Sun: 150' LR", [{"kind": "long", "duration_min": 150}]),
    (
        "Tue: 2 km wu, 6 x 800 @ 5k, 2 km cd",
        [
            {
                "kind": "intervals",
                "distance_m": 10295,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 15' wu / 4 x 5' @ T / 10' cd",
        [{"kind": "tempo", "duration_min": 48, "reps": 4, "rep_seconds": 300}],
    ),
    (
        "Tue: WU 2k, 3x2k @ T (90s), CD 2k",
        [{"kind": "tempo", "distance_m": 10448, "reps": 3, "rep_distance_m": 2000}],
    ),
    (
        "Thu: 10' WU + 20' T + 10' CD",
        [{"kind": "tempo", "duration_min": 40, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Thu: 2 mi WU, 3 mi tempo, 1 mi CD",
        [{"kind": "tempo", "distance_m": 9656, "reps": 1, "rep_distance_m": 4828}],
    ),
    (
        "Wed: am 8k easy, pm 5k easy",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Wed: AM 40' easy / PM 20' easy",
        [{"kind": "easy", "duration_min": 40}, {"kind": "easy", "duration_min": 20}],
    ),
    (
        "Wed: double: 10k + 5k easy",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Tue: easy 40 + 20 min core",
        [
            {"kind": "easy", "duration_min": 40},
            {"kind": "cross-training", "duration_min": 20, "activity": "strength"},
        ],
    ),
    (
        "Tue: 40 min easy + gym",
        [
            {"kind": "easy", "duration_min": 40},
            {"kind": "cross-training", "duration_min": 30, "activity": "strength"},
        ],
    ),
    (
        "Tue: run 40 min + strength 30",
        [
            {"kind": "easy", "duration_min": 40},
            {"kind": "cross-training", "duration_min": 30, "activity": "strength"},
        ],
    ),
    (
        "Sat: 6 x 30s hill sprints + 30 min easy",
        [
            {"kind": "hills", "duration_min": 40, "reps": 6, "rep_seconds": 30},
            {"kind": "easy", "duration_min": 30},
        ],
    ),
    (
        "Wed: hill sprints 8 x 10s",
        [{"kind": "hills", "duration_min": 40, "reps": 8, "rep_seconds": 10}],
    ),
    ("Sun: race 5k", [{"kind": "race", "distance_m": 5000}]),
    ("Sat: TT 3k", [{"kind": "time-trial", "distance_m": 3000}]),
    ("Sat: 10k TT", [{"kind": "time-trial", "distance_m": 10000}]),
    ("Fri: shakeout 20'", [{"kind": "easy", "duration_min": 20}]),
    ("Fri: 20 min shakeout + 4 strides", [{"kind": "easy", "duration_min": 20, "strides": 4}]),
    ("Wed: treadmill 40 min easy", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: tm 30' easy", [{"kind": "easy", "duration_min": 30}]),
    (
        "Thu: 6 x 1 km @ 3:50, 90s rec",
        [{"kind": "intervals", "distance_m": 12064, "reps": 6, "rep_distance_m": 1000}],
    ),
    (
        "Thu: 4 x 1 mi @ 6:20, 2:00 jog",
        [{"kind": "intervals", "distance_m": 12137, "reps": 4, "rep_distance_m": 1609}],
    ),
    (
        "Thu: 8 x 400 @ 85s, 200 jog",
        [{"kind": "repetition", "duration_min": 50, "reps": 8, "rep_distance_m": 400}],
    ),
    ("Mon: rest, stretching", []),
    ("Mon: Rest + foam roll", []),
    ("Tue: easy 35' + drills", [{"kind": "easy", "duration_min": 35}]),
    ("Tue: drills + strides + 30' easy", [{"kind": "easy", "duration_min": 30, "strides": 6}]),
    ("Thu: 30min tempo", [{"kind": "tempo", "duration_min": 55, "reps": 1, "rep_seconds": 1800}]),
    ("Thu: tempo 5k", [{"kind": "tempo", "distance_m": 9246, "reps": 1, "rep_distance_m": 5000}]),
    (
        "Thu: 20mins @ threshold",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Thu: 3x10mins @ T w/ 2mins jog",
        [{"kind": "tempo", "duration_min": 60, "reps": 3, "rep_seconds": 600}],
    ),
    ("Sun: 13.1 mi race", [{"kind": "race", "distance_m": 21082}]),
    ("Sun: marathon", [{"kind": "race", "distance_m": 42195}]),
    ("Wed: 50 mins easy", [{"kind": "easy", "duration_min": 50}]),
    ("Wed: 7.5 km easy", [{"kind": "easy", "distance_m": 7500}]),
    ("Wed: 7,5 km easy", [{"kind": "easy", "distance_m": 7500}]),
    (
        "Thu: 5 x 5' @ 10k / 1' jog",
        [
            {
                "kind": "intervals",
                "distance_m": 10124,
                "reps": 5,
                "rep_seconds": 300,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 3 sets of 4 x 400 @ 5k, 200 jog, 3' between sets",
        [
            {
                "kind": "intervals",
                "distance_m": 11682,
                "reps": 12,
                "rep_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    ("Sun: long run 20k + 5 x 20s strides", [{"kind": "long", "distance_m": 20000}]),
    ("Thu: medium long run 14 mi", [{"kind": "long", "distance_m": 22531}]),
    ("Thu: MLR 22k", [{"kind": "long", "distance_m": 22000}]),
    ("Wed: GA 10 mi", [{"kind": "easy", "distance_m": 16093}]),
    ("Wed: zone 2 45 min", [{"kind": "easy", "duration_min": 45}]),
    (
        "Thu: Z3 30 min",
        [{"kind": "marathon-pace", "duration_min": 55, "reps": 1, "rep_seconds": 1800}],
    ),
    ("Sun: long run 30k @ 5:40", [{"kind": "long", "distance_m": 30000}]),
    ("Sun: 16 mi easy", [{"kind": "easy", "distance_m": 25750}]),
    ("Sun: 3 hrs easy", [{"kind": "easy", "duration_min": 180}]),
    ('Wed: 40 min E + 6 x 20" strides', [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    (
        "Tue: 2 x (4 x 400) @ 5k, 200 jog",
        [
            {
                "kind": "intervals",
                "distance_m": 8913,
                "reps": 8,
                "rep_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Thu: 10 km steady @ M-ish",
        [{"kind": "marathon-pace", "distance_m": 14581, "reps": 1, "rep_distance_m": 10000}],
    ),
    (
        "Thu: 25 min @ HMP",
        [
            {
                "kind": "tempo",
                "duration_min": 50,
                "reps": 1,
                "rep_seconds": 1500,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: tempo 6 km @ HMP",
        [
            {
                "kind": "tempo",
                "distance_m": 10944,
                "reps": 1,
                "rep_distance_m": 6000,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Tue: 5 x 1000 @ 10k pace (2 min jog)",
        [
            {
                "kind": "intervals",
                "distance_m": 10861,
                "reps": 5,
                "rep_distance_m": 1000,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: VO2 5 x 3 min",
        [{"kind": "intervals", "duration_min": 50, "reps": 5, "rep_seconds": 180}],
    ),
    (
        "Tue: VO2max 6 x 800m",
        [{"kind": "intervals", "duration_min": 60, "reps": 6, "rep_distance_m": 800}],
    ),
    ("Sun: 90' trail", [{"kind": "long", "duration_min": 90, "trail": True}]),
    ("Sun: trail 60 min", [{"kind": "easy", "duration_min": 60, "trail": True}]),
    ("Fri: easy 5k", [{"kind": "easy", "distance_m": 5000}]),
    (
        'Tue: 6 x 800m (3:10-3:15) w/ 90" jog',
        [{"kind": "intervals", "duration_min": 55, "reps": 6, "rep_distance_m": 800}],
    ),
    (
        "Thu: T 3x2mi w/ 2' rec",
        [{"kind": "tempo", "distance_m": 15006, "reps": 3, "rep_distance_m": 3219}],
    ),
    (
        "Tue: 8x400 @ mile pace, full rec",
        [{"kind": "repetition", "duration_min": 50, "reps": 8, "rep_distance_m": 400}],
    ),
    ("Sat: 10K race - goal sub 45", [{"kind": "race", "distance_m": 10000}]),
    (
        "Sun: 30k easy w/ last 10k @ M",
        [
            {
                "kind": "long",
                "distance_m": 30000,
                "reps": 1,
                "rep_distance_m": 10000,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    ("Wed: 40min E w/ 6x20s strides", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Wed: 50min aerobic", [{"kind": "easy", "duration_min": 50}]),
    (
        "Thu: 4 x 10 min tempo / 2 min jog",
        [{"kind": "tempo", "duration_min": 75, "reps": 4, "rep_seconds": 600}],
    ),
    (
        "Tue: 12x1min @ 5k effort, 1min easy",
        [
            {
                "kind": "intervals",
                "distance_m": 8732,
                "reps": 12,
                "rep_seconds": 60,
                "work_pace": "5k",
            }
        ],
    ),
    ("Wed: 8 km recovery", [{"kind": "recovery", "distance_m": 8000}]),
    ("Wed: rec 5 mi", [{"kind": "recovery", "distance_m": 8047}]),
    ("Thu: 10 mi steady", [{"kind": "easy", "distance_m": 16093}]),
    ("Sun: LR 22km, easy", [{"kind": "long", "distance_m": 22000}]),
    ("Sun: 3h trail", [{"kind": "long", "duration_min": 180, "trail": True}]),
    (
        "Sat: hill repeats 6x2min",
        [{"kind": "hills", "duration_min": 45, "reps": 6, "rep_seconds": 120}],
    ),
    (
        "Tue: 5 x 2k @ 10k pace, 3 min rest",
        [
            {
                "kind": "intervals",
                "distance_m": 16764,
                "reps": 5,
                "rep_distance_m": 2000,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Thu: 2 x 5k @ HMP, 5' jog",
        [
            {
                "kind": "tempo",
                "distance_m": 15634,
                "reps": 2,
                "rep_distance_m": 5000,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Sat: 15 km with 10 km at MP",
        [{"kind": "marathon-pace", "distance_m": 15000, "reps": 1, "rep_distance_m": 10000}],
    ),
    (
        "Sat: 18km: 3E, 12MP, 3E",
        [{"kind": "marathon-pace", "distance_m": 18000, "reps": 1, "rep_distance_m": 12000}],
    ),
    (
        "Sat: 3 mi wu, 6 mi @ MP, 1 mi cd",
        [{"kind": "marathon-pace", "distance_m": 16093, "reps": 1, "rep_distance_m": 9656}],
    ),
    ("Sun: 90 min easy on trails", [{"kind": "easy", "duration_min": 90, "trail": True}]),
    ("Wed: 35 mins rec jog", [{"kind": "recovery", "duration_min": 35}]),
    ("Wed: 35mins recovery", [{"kind": "recovery", "duration_min": 35}]),
    ("Fri: 20' shake-out + strides", [{"kind": "easy", "duration_min": 20, "strides": 6}]),
    (
        "Thu: 20-25 min tempo",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Tue: 8-10 x 400m @ R",
        [{"kind": "repetition", "duration_min": 50, "reps": 8, "rep_distance_m": 400}],
    ),
    (
        "Thu: Tempo run: 25 mins",
        [{"kind": "tempo", "duration_min": 50, "reps": 1, "rep_seconds": 1500}],
    ),
    (
        "Thu: tempo (20 min)",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    ("Thu: 20' @ T pace", [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}]),
    (
        "Thu: tempo 20' @ 4:10",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Thu: tempo 4 x 1 mile w/ 60s",
        [{"kind": "tempo", "distance_m": 11118, "reps": 4, "rep_distance_m": 1609}],
    ),
    (
        "Tue: intervals 6x3min @ 3k, 2min jog",
        [{"kind": "intervals", "distance_m": 10064, "reps": 6, "rep_seconds": 180}],
    ),
    ("Wed: easy 8km + 4x100m", [{"kind": "easy", "distance_m": 8000, "strides": 4}]),
    ("Wed: 45 mins easy + 6 x 100m", [{"kind": "easy", "duration_min": 45, "strides": 6}]),
    ("Wed: easy 10 km incl. 6 strides", [{"kind": "easy", "distance_m": 10000, "strides": 6}]),
    ("Sun: long run 2hrs 15mins", [{"kind": "long", "duration_min": 135}]),
    ("Sun: LR 2 hrs 30 mins", [{"kind": "long", "duration_min": 150}]),
    ("Sun: 2hr 10min LR", [{"kind": "long", "duration_min": 130}]),
    ("Sun: long 1 hr 45", [{"kind": "long", "duration_min": 105}]),
    ("Wed: easy 1 1/2 hours", [{"kind": "easy", "duration_min": 90}]),
    ("Mon: recovery jog 3 mi", [{"kind": "recovery", "distance_m": 4828}]),
    ("Mon: 20' recovery jog", [{"kind": "recovery", "duration_min": 20}]),
    (
        "Tue: 10 x 200 hill sprints",
        [{"kind": "hills", "duration_min": 50, "reps": 10, "rep_distance_m": 200}],
    ),
    (
        "Sat: Parkrun + 5k easy",
        [{"kind": "time-trial", "distance_m": 5000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Sat: parkrun, then 20 min easy",
        [{"kind": "time-trial", "distance_m": 5000}, {"kind": "easy", "duration_min": 20}],
    ),
    ("Sun: long run (hilly) 24 km", [{"kind": "long", "distance_m": 24000}]),
    ("Sun: 24 km hilly", [{"kind": "long", "distance_m": 24000}]),
    ("Sun: 20 km (hilly)", [{"kind": "long", "distance_m": 20000}]),
    (
        "Thu: fartlek 40' (mixed)",
        [{"kind": "fartlek", "duration_min": 40, "reps": 8, "rep_seconds": 60}],
    ),
    (
        "Thu: fartlek 30 mins",
        [{"kind": "fartlek", "duration_min": 30, "reps": 8, "rep_seconds": 60}],
    ),
    ("Wed: cross-train 45'", [{"kind": "cross-training", "duration_min": 45}]),
    ("Wed: bike 1hr easy", [{"kind": "cross-training", "duration_min": 60, "activity": "bike"}]),
    (
        "Wed: spin class 45 min",
        [{"kind": "cross-training", "duration_min": 45, "activity": "bike"}],
    ),
    (
        "Wed: 30 min swim + 20 min core",
        [
            {"kind": "cross-training", "duration_min": 30, "activity": "swim"},
            {"kind": "cross-training", "duration_min": 20, "activity": "strength"},
        ],
    ),
    (
        "Sat: 5k tempo + 5k easy",
        [{"kind": "tempo", "distance_m": 10000, "reps": 1, "rep_distance_m": 5000}],
    ),
    (
        "Tue: 3x(4x400) @ 5k, 200 jog / 3' between",
        [
            {
                "kind": "intervals",
                "distance_m": 7156,
                "reps": 12,
                "rep_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Sun: 32 km LR w/ 16 km @ MP",
        [
            {
                "kind": "long",
                "distance_m": 32000,
                "reps": 1,
                "rep_distance_m": 16000,
                "work_pace": "marathon",
            }
        ],
    ),
    (
        "Sun: marathon pace long run 26 km, 16 km @ MP",
        [
            {
                "kind": "long",
                "distance_m": 26000,
                "reps": 1,
                "rep_distance_m": 16000,
                "work_pace": "marathon",
            }
        ],
    ),
    (
        "Thu: MP run 12 km",
        [{"kind": "marathon-pace", "distance_m": 16492, "reps": 1, "rep_distance_m": 12000}],
    ),
    (
        "Thu: 12 km MP run",
        [{"kind": "marathon-pace", "distance_m": 16492, "reps": 1, "rep_distance_m": 12000}],
    ),
    (
        "Thu: 8mi @ MP",
        [{"kind": "marathon-pace", "distance_m": 17434, "reps": 1, "rep_distance_m": 12875}],
    ),
    ("Sun: half marathon", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: HM race", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: 21.1 km race", [{"kind": "race", "distance_m": 21097}]),
    ("Sat: 10 km easy (hilly)", [{"kind": "easy", "distance_m": 10000}]),
    ("Wed: 6 mi E + 6 x strides", [{"kind": "easy", "distance_m": 9656, "strides": 6}]),
    (
        "Thu: tempo 2 x 15' @ HMP, 3' jog",
        [
            {
                "kind": "tempo",
                "duration_min": 60,
                "reps": 2,
                "rep_seconds": 900,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Tue: 10 x 1' @ 5k / 1' easy",
        [
            {
                "kind": "intervals",
                "distance_m": 7839,
                "reps": 10,
                "rep_seconds": 60,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 5 x 5 min @ 10k pace w/ 2.5 min jog",
        [
            {
                "kind": "intervals",
                "distance_m": 10852,
                "reps": 5,
                "rep_seconds": 300,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Thu: 45 min progression: last 15 @ T",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 900, "finish": True}],
    ),
    (
        "Thu: 5 km progression from 5:30 to 4:30/km",
        [{"kind": "tempo", "distance_m": 5000, "reps": 1, "rep_distance_m": 5000}],
    ),
    (
        "Sun: 25k progression (last 5 @ HM)",
        [
            {
                "kind": "long",
                "distance_m": 25000,
                "reps": 1,
                "rep_distance_m": 5000,
                "work_pace": "half-marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sat: 10 miles w/ last 2 miles fast",
        [
            {
                "kind": "long",
                "distance_m": 16093,
                "reps": 1,
                "rep_distance_m": 3219,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sat: 8 km, last 2 km quick",
        [
            {
                "kind": "marathon-pace",
                "distance_m": 8000,
                "reps": 1,
                "rep_distance_m": 2000,
                "finish": True,
            }
        ],
    ),
    (
        "Sat: 60 min, last 10 min fast",
        [
            {
                "kind": "marathon-pace",
                "duration_min": 60,
                "reps": 1,
                "rep_seconds": 600,
                "finish": True,
            }
        ],
    ),
    ("Mon: Rest. Stretch.", []),
    ("Mon: Rest!", []),
    (
        "Tue: 6 x hill sprints",
        [{"kind": "hills", "duration_min": 35, "reps": 6, "rep_seconds": 10}],
    ),
    ("Sat: 45' easy w/ 6 x 20s pickups", [{"kind": "easy", "duration_min": 45, "strides": 6}]),
    (
        "Tue: 10 x hill sprints, walk back",
        [{"kind": "hills", "duration_min": 45, "reps": 10, "rep_seconds": 10}],
    ),
    (
        "Sun: 2h15 progression",
        [
            {
                "kind": "long",
                "duration_min": 135,
                "reps": 1,
                "rep_seconds": 1620,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Tue: 5x1k @ 5k w 2min jog",
        [
            {
                "kind": "intervals",
                "distance_m": 11000,
                "reps": 5,
                "rep_distance_m": 1000,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Thu: tempo 20 minutes @ 4:15",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Thu: Tempo: 20min @ T-pace",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    ("Thu: T-pace 20'", [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}]),
    (
        "Thu: threshold run 25 min",
        [{"kind": "tempo", "duration_min": 50, "reps": 1, "rep_seconds": 1500}],
    ),
    ("Thu: LT 4x8min/2min", [{"kind": "tempo", "duration_min": 65, "reps": 4, "rep_seconds": 480}]),
    ("Thu: 4 x 8' LT / 2'", [{"kind": "tempo", "duration_min": 65, "reps": 4, "rep_seconds": 480}]),
    (
        "Tue: Intervals: 6 x 800m @ 3:15, 400m jog recovery",
        [{"kind": "intervals", "duration_min": 60, "reps": 6, "rep_distance_m": 800}],
    ),
    (
        "Tue: 6x800m @3:15/400m",
        [{"kind": "intervals", "duration_min": 60, "reps": 6, "rep_distance_m": 800}],
    ),
    (
        "Tue: 8 x 1 min fast / 1 min slow",
        [{"kind": "intervals", "duration_min": 40, "reps": 8, "rep_seconds": 60}],
    ),
    (
        'Tue: 10 x 30" fast, 30" easy',
        [{"kind": "intervals", "duration_min": 35, "reps": 10, "rep_seconds": 30}],
    ),
    ("Wed: Recovery run 5k", [{"kind": "recovery", "distance_m": 5000}]),
    ("Wed: recovery 5 km @ 6:30/km", [{"kind": "recovery", "distance_m": 5000}]),
    ("Wed: Easy 8K", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed: easy 8K (5:45-6:00/km)", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed: easy run 50'", [{"kind": "easy", "duration_min": 50}]),
    ("Wed: easy run of 45 minutes", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: 45 minute easy run", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: 10 kilometres easy", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: 10 kilometers easy", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: 5 miles at easy pace", [{"kind": "easy", "distance_m": 8047}]),
    ("Wed: easy 5mi + 4 x 100", [{"kind": "easy", "distance_m": 8047, "strides": 4}]),
    (
        "Sun: long run 32k (last 8k @ MP)",
        [
            {
                "kind": "long",
                "distance_m": 32000,
                "reps": 1,
                "rep_distance_m": 8000,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: 35 km LR: 20 easy + 15 MP",
        [
            {
                "kind": "long",
                "distance_m": 35000,
                "reps": 1,
                "rep_distance_m": 15000,
                "work_pace": "marathon",
            }
        ],
    ),
    (
        "Sun: LR 18mi w/ 8 @ MP",
        [
            {
                "kind": "long",
                "distance_m": 28968,
                "reps": 1,
                "rep_distance_m": 12875,
                "work_pace": "marathon",
            }
        ],
    ),
    ("Sun: Long Run - 2 hours 15 minutes", [{"kind": "long", "duration_min": 135}]),
    ("Sun: Long run 2hr15", [{"kind": "long", "duration_min": 135}]),
    ("Sun: long run 2 h 15", [{"kind": "long", "duration_min": 135}]),
    ("Sun: LR (2:30)", [{"kind": "long", "duration_min": 150}]),
    ("Sun: long run 2:30:00", [{"kind": "long", "duration_min": 150}]),
    ("Sun: LR 150 min easy", [{"kind": "long", "duration_min": 150}]),
    ("Sun: long: 28 km", [{"kind": "long", "distance_m": 28000}]),
    ("Sun: 28km long run @ 5:45/km", [{"kind": "long", "distance_m": 28000}]),
    ("Sun: long 20 mi, easy pace", [{"kind": "long", "distance_m": 32187}]),
    (
        "Sat: 10k at race pace",
        [
            {
                "kind": "tempo",
                "distance_m": 14229,
                "reps": 1,
                "rep_distance_m": 10000,
                "work_pace": "race",
            }
        ],
    ),
    ("Sat: RACE: 10K", [{"kind": "race", "distance_m": 10000}]),
    ("Sat: 5K parkrun race", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: parkrun (race)", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: Parkrun - easy", [{"kind": "easy", "duration_min": 30}]),
    ("Sun: Race day - half marathon", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: HALF MARATHON RACE", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: Marathon!", [{"kind": "race", "distance_m": 42195}]),
    ("Mon: Off (travel)", []),
    ("Fri: 20 min very easy", [{"kind": "easy", "duration_min": 20}]),
    ("Fri: very easy 30'", [{"kind": "easy", "duration_min": 30}]),
    ("Fri: easy 20-30 min", [{"kind": "easy", "duration_min": 20}]),
    ("Fri: 30' easy jog", [{"kind": "easy", "duration_min": 30}]),
    ("Fri: 4 miles recovery pace", [{"kind": "recovery", "distance_m": 6437}]),
    (
        "Tue: hills: 8 x 200m",
        [{"kind": "hills", "duration_min": 45, "reps": 8, "rep_distance_m": 200}],
    ),
    (
        "Tue: hill reps 6 x 90s, jog down",
        [{"kind": "hills", "duration_min": 45, "reps": 6, "rep_seconds": 90}],
    ),
    (
        "Tue: 10 x 45s uphill, walk down",
        [{"kind": "hills", "duration_min": 50, "reps": 10, "rep_seconds": 45}],
    ),
    (
        "Tue: 8x hill repeats (1 min)",
        [{"kind": "hills", "duration_min": 45, "reps": 8, "rep_seconds": 60}],
    ),
    (
        "Thu: fartlek 8 x 2 min / 1 min",
        [{"kind": "fartlek", "duration_min": 50, "reps": 8, "rep_seconds": 120}],
    ),
    (
        "Thu: 30 min fartlek (1 min on, 1 min off)",
        [{"kind": "fartlek", "duration_min": 30, "reps": 15, "rep_seconds": 60}],
    ),
    (
        "Tue: 12 x 400m (200m jog) @ 5k pace",
        [
            {
                "kind": "intervals",
                "distance_m": 11682,
                "reps": 12,
                "rep_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 400m x 10 @ 3k pace / 60s",
        [{"kind": "intervals", "distance_m": 10062, "reps": 10, "rep_distance_m": 400}],
    ),
    (
        "Tue: 5 x (1000m) @ 10k",
        [
            {
                "kind": "intervals",
                "distance_m": 10861,
                "reps": 5,
                "rep_distance_m": 1000,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Thu: 2 x 3 mi @ T, 3' jog",
        [{"kind": "tempo", "distance_m": 15026, "reps": 2, "rep_distance_m": 4828}],
    ),
    (
        "Thu: 2 x 4 km @ 4:10, 3 min",
        [{"kind": "intervals", "distance_m": 13252, "reps": 2, "rep_distance_m": 4000}],
    ),
    (
        "Thu: 3 x 3k @ HMP w/ 1k float",
        [
            {
                "kind": "tempo",
                "distance_m": 15332,
                "reps": 3,
                "rep_distance_m": 3000,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: 6 mile tempo",
        [{"kind": "tempo", "distance_m": 14243, "reps": 1, "rep_distance_m": 9656}],
    ),
    (
        "Thu: 6-mile tempo run",
        [{"kind": "tempo", "duration_min": 75, "reps": 1, "rep_distance_m": 9656}],
    ),
    (
        "Thu: tempo 10k @ 4:20",
        [{"kind": "tempo", "distance_m": 14469, "reps": 1, "rep_distance_m": 10000}],
    ),
    (
        "Thu: MP 15k",
        [{"kind": "marathon-pace", "distance_m": 19358, "reps": 1, "rep_distance_m": 15000}],
    ),
    (
        "Thu: 15 km @ goal pace",
        [
            {
                "kind": "tempo",
                "distance_m": 19249,
                "reps": 1,
                "rep_distance_m": 15000,
                "work_pace": "race",
            }
        ],
    ),
    (
        "Thu: 8 miles @ marathon pace",
        [{"kind": "marathon-pace", "distance_m": 17434, "reps": 1, "rep_distance_m": 12875}],
    ),
    (
        "Sat: 5 x 1 mi @ HMP, 90s",
        [
            {
                "kind": "tempo",
                "distance_m": 13648,
                "reps": 5,
                "rep_distance_m": 1609,
                "work_pace": "half-marathon",
            }
        ],
    ),
    ("Wed: XT: bike 45'", [{"kind": "cross-training", "duration_min": 45, "activity": "bike"}]),
    (
        "Wed: Cross-train 45 min (bike)",
        [{"kind": "cross-training", "duration_min": 45, "activity": "bike"}],
    ),
    (
        "Wed: cross training (swim) 40 min",
        [{"kind": "cross-training", "duration_min": 40, "activity": "swim"}],
    ),
    ("Wed: gym 45 min", [{"kind": "cross-training", "duration_min": 45, "activity": "strength"}]),
    (
        "Wed: strength & conditioning 30 min",
        [{"kind": "cross-training", "duration_min": 30, "activity": "strength"}],
    ),
    ("Wed: S&C 30'", [{"kind": "cross-training", "duration_min": 30, "activity": "strength"}]),
    ("Wed: pilates 45", [{"kind": "cross-training", "duration_min": 45, "activity": "pilates"}]),
    ("Wed: yoga 60'", [{"kind": "cross-training", "duration_min": 60, "activity": "yoga"}]),
    ("Wed: walk 30 min", [{"kind": "cross-training", "duration_min": 30, "activity": "walk"}]),
    (
        "Wed: elliptical 45 min easy",
        [{"kind": "cross-training", "duration_min": 45, "activity": "elliptical"}],
    ),
    (
        "Wed: aqua jog 30'",
        [{"kind": "cross-training", "duration_min": 30, "activity": "aqua jogging"}],
    ),
    ("Wed: rowing 20 min", [{"kind": "cross-training", "duration_min": 20, "activity": "rowing"}]),
    (
        "Wed: 8k easy + core 15'",
        [
            {"kind": "easy", "distance_m": 8000},
            {"kind": "cross-training", "duration_min": 15, "activity": "strength"},
        ],
    ),
    (
        "Wed: 8k easy, then core 15'",
        [
            {"kind": "easy", "distance_m": 8000},
            {"kind": "cross-training", "duration_min": 15, "activity": "strength"},
        ],
    ),
    (
        "Tue: AM 6 x 1k @ T / PM 5k easy",
        [
            {"kind": "tempo", "distance_m": 11002, "reps": 6, "rep_distance_m": 1000},
            {"kind": "easy", "distance_m": 5000},
        ],
    ),
    (
        "Tue: am: 10k easy; pm: 5k easy",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Tue: two runs: 8k + 5k",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Thu: easy 5k + tempo 5k + easy 2k",
        [{"kind": "tempo", "distance_m": 12000, "reps": 1, "rep_distance_m": 5000}],
    ),
    (
        "Thu: 3k easy, 5k tempo, 2k easy",
        [{"kind": "tempo", "distance_m": 10000, "reps": 1, "rep_distance_m": 5000}],
    ),
    (
        "Thu: 15' easy, 20' tempo, 10' easy",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Thu: warm up 15 min, tempo 20 min, cool down 10 min",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Thu: wu 2mi / 4mi T / cd 1mi",
        [{"kind": "tempo", "distance_m": 11265, "reps": 1, "rep_distance_m": 6437}],
    ),
    (
        "Thu: 2mi wu, 4x1mi @ T w/ 1' rest, 1mi cd",
        [{"kind": "tempo", "distance_m": 11711, "reps": 4, "rep_distance_m": 1609}],
    ),
    (
        "Sun: 90 min (last 20 @ MP)",
        [
            {
                "kind": "long",
                "duration_min": 90,
                "reps": 1,
                "rep_seconds": 1200,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: 1:40 with final 20' @ MP",
        [
            {
                "kind": "long",
                "duration_min": 100,
                "reps": 1,
                "rep_seconds": 1200,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    ("Sun: 16 km easy + 4 strides", [{"kind": "easy", "distance_m": 16000, "strides": 4}]),
    ("Sun: 16k + strides", [{"kind": "long", "distance_m": 16000}]),
    ("Sat: 6 x 150m strides after 30' easy", [{"kind": "easy", "duration_min": 30, "strides": 6}]),
    ("Sat: 30' easy then 6 x 150m", [{"kind": "easy", "duration_min": 30, "strides": 6}]),
    ("Sat: easy 30min with 4x20sec strides", [{"kind": "easy", "duration_min": 30, "strides": 4}]),
    ("Sat: 4 x 20\" strides + 30' E", [{"kind": "easy", "duration_min": 30, "strides": 4}]),
    ("Sat: 30' E w/ 4 strides at end", [{"kind": "easy", "duration_min": 30, "strides": 4}]),
    (
        "Thu: 45 min w/ 20 min @ T",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Thu: 50' w/ 3 x 8' @ T",
        [{"kind": "tempo", "duration_min": 50, "reps": 3, "rep_seconds": 480}],
    ),
    (
        "Thu: 60 min incl. 4 x 5 min @ 10k",
        [
            {
                "kind": "intervals",
                "distance_m": 10731,
                "reps": 4,
                "rep_seconds": 300,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Thu: 10k incl 5k @ T",
        [{"kind": "tempo", "distance_m": 10000, "reps": 1, "rep_distance_m": 5000}],
    ),
    (
        "Thu: 12 km with 3 x 2 km @ T",
        [{"kind": "tempo", "distance_m": 12000, "reps": 3, "rep_distance_m": 2000}],
    ),
    ("Wed: easy 45 + 10 x 10s hill sprints", [{"kind": "easy", "duration_min": 45, "strides": 10}]),
    ("Wed: 1 hour steady", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: one hour steady", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: an hour easy + strides", [{"kind": "easy", "duration_min": 60, "strides": 6}]),
    ("Sun: long run 2 1/2 hours", [{"kind": "long", "duration_min": 150}]),
    ("Wed: 30-minute easy run", [{"kind": "easy", "duration_min": 30}]),
    ("Wed: 45-min easy", [{"kind": "easy", "duration_min": 45}]),
    ("Sun: 20-mile long run", [{"kind": "long", "duration_min": 192}]),
    ("Sun: 30-km long run", [{"kind": "long", "duration_min": 179}]),
    ("Thu: 20-min tempo", [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}]),
    (
        "Thu: 5-mile tempo",
        [{"kind": "tempo", "duration_min": 65, "reps": 1, "rep_distance_m": 8047}],
    ),
    ("Wed: a half hour easy", [{"kind": "easy", "duration_min": 30}]),
    ("Wed: 8k easy (am only)", [{"kind": "easy", "distance_m": 8000}]),
    ("Tue: temp 20 min", [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}]),
    ("Tue: tmepo 25'", [{"kind": "tempo", "duration_min": 50, "reps": 1, "rep_seconds": 1500}]),
    (
        "Thu: intervls 6x800",
        [{"kind": "intervals", "duration_min": 60, "reps": 6, "rep_distance_m": 800}],
    ),
    ("Wed: esay 8k", [{"kind": "easy", "distance_m": 8000}]),
    ("Sun: long rn 2h", [{"kind": "long", "duration_min": 120}]),
    ("Wed: recvoery 30'", [{"kind": "recovery", "duration_min": 30}]),
    (
        "Thu: threshhold 20 min",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    ("Thu: fartlec 30'", [{"kind": "fartlek", "duration_min": 30, "reps": 8, "rep_seconds": 60}]),
    ("Wed: - 45' E", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: * easy 40 min", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: 1. easy 40 min", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: e.g. 8 km easy", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed: eg 45 min easy", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: i.e. 40' easy", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: approx 8 km easy", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed: about 40 min easy", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: 40 min easy (approx)", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: 0:40 easy", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: 00:45 easy", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: 0h45 easy", [{"kind": "easy", "duration_min": 45}]),
    ("Sun: 1:30:00 long", [{"kind": "long", "duration_min": 90}]),
    ("Sun: 01:45 long run", [{"kind": "long", "duration_min": 105}]),
    (
        "Tue: 6 x 800m @ 5k (90 sec)",
        [
            {
                "kind": "intervals",
                "distance_m": 10127,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 6 x 800 @ 5K, r=90s",
        [
            {
                "kind": "intervals",
                "distance_m": 10127,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    (
        'Tue: 6 x 800 @ 5K, rec 90"',
        [
            {
                "kind": "intervals",
                "distance_m": 10127,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 800m x 6 @ 5k pace",
        [
            {
                "kind": "intervals",
                "distance_m": 10921,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 6 by 800 at 5k pace",
        [
            {
                "kind": "intervals",
                "distance_m": 10921,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: six x 800m @ 5k",
        [
            {
                "kind": "intervals",
                "distance_m": 10921,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 6 x 800s at 5K effort",
        [
            {
                "kind": "intervals",
                "distance_m": 10921,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Thu: 2 x 3km @ HM, 2' jog",
        [
            {
                "kind": "tempo",
                "distance_m": 10908,
                "reps": 2,
                "rep_distance_m": 3000,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: 2 x 3k HMP",
        [
            {
                "kind": "tempo",
                "distance_m": 10926,
                "reps": 2,
                "rep_distance_m": 3000,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: 2x3km HM pace",
        [
            {
                "kind": "tempo",
                "distance_m": 10926,
                "reps": 2,
                "rep_distance_m": 3000,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: 3 x 1 mile @ HM pace w/ 1 min",
        [
            {
                "kind": "tempo",
                "distance_m": 9893,
                "reps": 3,
                "rep_distance_m": 1609,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: 30 min @ half marathon pace",
        [
            {
                "kind": "tempo",
                "duration_min": 55,
                "reps": 1,
                "rep_seconds": 1800,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: 40 min at MP",
        [{"kind": "marathon-pace", "duration_min": 65, "reps": 1, "rep_seconds": 2400}],
    ),
    (
        "Thu: 40' @ M",
        [{"kind": "marathon-pace", "duration_min": 65, "reps": 1, "rep_seconds": 2400}],
    ),
    (
        "Thu: 10 km at marathon effort",
        [{"kind": "marathon-pace", "distance_m": 14581, "reps": 1, "rep_distance_m": 10000}],
    ),
    (
        "Thu: 10k M pace",
        [{"kind": "marathon-pace", "distance_m": 14581, "reps": 1, "rep_distance_m": 10000}],
    ),
    (
        "Sat: 30' E + 20' M + 10' E",
        [{"kind": "marathon-pace", "duration_min": 60, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Sat: 10' E, 30' M, 10' E",
        [{"kind": "marathon-pace", "duration_min": 50, "reps": 1, "rep_seconds": 1800}],
    ),
    (
        "Sat: 2k E / 8k M / 2k E",
        [{"kind": "marathon-pace", "distance_m": 12000, "reps": 1, "rep_distance_m": 8000}],
    ),
    (
        "Sun: 20km, the last 5km at MP",
        [
            {
                "kind": "long",
                "distance_m": 20000,
                "reps": 1,
                "rep_distance_m": 5000,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: 20k w/ final 5k @ mp",
        [
            {
                "kind": "long",
                "distance_m": 20000,
                "reps": 1,
                "rep_distance_m": 5000,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: long run 20km (final 5km at marathon pace)",
        [
            {
                "kind": "long",
                "distance_m": 20000,
                "reps": 1,
                "rep_distance_m": 5000,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: 2h LR, last 30 min @ MP",
        [
            {
                "kind": "long",
                "duration_min": 120,
                "reps": 1,
                "rep_seconds": 1800,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: 2 hour long run with last 20 minutes at MP",
        [
            {
                "kind": "long",
                "duration_min": 120,
                "reps": 1,
                "rep_seconds": 1200,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Tue: WU 15', 8x400 @ R (200 jog), CD 15'",
        [{"kind": "repetition", "duration_min": 54, "reps": 8, "rep_distance_m": 400}],
    ),
    (
        "Tue: 15' WU, 10 x 1' @ 5k / 1' jog, 10' CD",
        [
            {
                "kind": "intervals",
                "distance_m": 9189,
                "reps": 10,
                "rep_seconds": 60,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: wu 3k / 5x1k @ 10k / cd 2k",
        [
            {
                "kind": "intervals",
                "distance_m": 11196,
                "reps": 5,
                "rep_distance_m": 1000,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: WU/CD 2k, 5 x 1k @ 10k",
        [
            {
                "kind": "intervals",
                "distance_m": 10196,
                "reps": 5,
                "rep_distance_m": 1000,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 2k WU+CD, 3 x 2k @ T",
        [{"kind": "tempo", "distance_m": 10298, "reps": 3, "rep_distance_m": 2000}],
    ),
    ("Wed: strides x6 after 40' easy", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Wed: 40 easy + strides x 8", [{"kind": "easy", "duration_min": 40, "strides": 8}]),
    ("Wed: 40' easy, strides x4", [{"kind": "easy", "duration_min": 40, "strides": 4}]),
    ("Wed: easy 40' w strides", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Wed: 40min easy incl strides", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Wed: easy 8k incl. 6 x 100m", [{"kind": "easy", "distance_m": 8000, "strides": 6}]),
    ("Wed: 8k easy + 6 x 100m pickups", [{"kind": "easy", "distance_m": 8000, "strides": 6}]),
    (
        "Wed: 45 min easy + 6 x 15s accelerations",
        [{"kind": "easy", "duration_min": 45, "strides": 6}],
    ),
    ("Sat: parkrun + 3k cd", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: parkrun + 10 min wu", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: 2k wu, parkrun, 2k cd", [{"kind": "time-trial", "distance_m": 5000}]),
    (
        "Sat: parkrun tempo",
        [{"kind": "tempo", "duration_min": 50, "reps": 1, "rep_distance_m": 5000}],
    ),
    ("Sun: LR 30k (fuel practice)", [{"kind": "long", "distance_m": 30000}]),
    ("Sun: LR 30k - practice gels", [{"kind": "long", "distance_m": 30000}]),
    ("Sun: 25k LR on hilly route", [{"kind": "long", "distance_m": 25000}]),
    ("Sun: 25k hilly long run", [{"kind": "long", "distance_m": 25000}]),
    ("Sun: LR 25k, rolling hills", [{"kind": "long", "distance_m": 25000}]),
    ("Mon: rest - foam roller", []),
    ("Mon: rest. massage", []),
    ("Mon: rest day + massage", []),
    ("Mon: Rest & mobility", []),
    (
        "Mon: walk 30 min (rest day)",
        [{"kind": "cross-training", "duration_min": 30, "activity": "walk"}],
    ),
    (
        "Thu: 8 x 1 km @ threshold, 1 min rest",
        [{"kind": "tempo", "distance_m": 13825, "reps": 8, "rep_distance_m": 1000}],
    ),
    (
        "Thu: cruise 4 x 1 mile, 1'",
        [{"kind": "tempo", "distance_m": 11118, "reps": 4, "rep_distance_m": 1609}],
    ),
    (
        "Thu: tempo 3 x 2 miles (2 min)",
        [{"kind": "tempo", "distance_m": 15006, "reps": 3, "rep_distance_m": 3219}],
    ),
    (
        "Tue: 10 x 300m @ mile pace, 100m walk",
        [{"kind": "repetition", "duration_min": 45, "reps": 10, "rep_distance_m": 300}],
    ),
    (
        "Tue: 16 x 200 @ 800 pace, 200 jog",
        [{"kind": "repetition", "duration_min": 60, "reps": 16, "rep_distance_m": 200}],
    ),
    (
        "Tue: 5 x 600 @ 1500 pace, 3 min",
        [{"kind": "repetition", "duration_min": 50, "reps": 5, "rep_distance_m": 600}],
    ),
    (
        "Tue: 3 x 1600 @ 3k pace, 2:30 jog",
        [{"kind": "intervals", "distance_m": 10348, "reps": 3, "rep_distance_m": 1600}],
    ),
    (
        "Tue: 4 x 4 min @ VO2, 3 min jog",
        [{"kind": "intervals", "duration_min": 50, "reps": 4, "rep_seconds": 240}],
    ),
    (
        "Tue: VO2max: 5 x 1000",
        [{"kind": "intervals", "duration_min": 60, "reps": 5, "rep_distance_m": 1000}],
    ),
    (
        "Thu: 50 min total w/ 25 min tempo",
        [{"kind": "tempo", "duration_min": 50, "reps": 1, "rep_seconds": 1500}],
    ),
    (
        "Thu: 60' incl 30' @ T",
        [{"kind": "tempo", "duration_min": 60, "reps": 1, "rep_seconds": 1800}],
    ),
    (
        "Thu: 1h with 3 x 10' T",
        [{"kind": "tempo", "duration_min": 60, "reps": 3, "rep_seconds": 600}],
    ),
    (
        "Thu: tempo run 8 km total, 5 km at T",
        [{"kind": "tempo", "distance_m": 8000, "reps": 1, "rep_distance_m": 5000}],
    ),
    (
        "Thu: 10 km total: 2 wu, 6 T, 2 cd",
        [{"kind": "tempo", "distance_m": 10000, "reps": 1, "rep_distance_m": 6000}],
    ),
    (
        "Wed: 90 min run w/ 20 min tempo",
        [{"kind": "tempo", "duration_min": 90, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Thu: run 16 km with 8 x 400 @ 5k",
        [
            {
                "kind": "intervals",
                "distance_m": 16000,
                "reps": 8,
                "rep_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    ("Sun: 20 km run (hilly, easy)", [{"kind": "easy", "distance_m": 20000}]),
    ("Sun: 18 km run, easy pace", [{"kind": "easy", "distance_m": 18000}]),
    ("Sun: run 90 min steady", [{"kind": "easy", "duration_min": 90}]),
    (
        "Tue: 2 runs: 45' + 45'",
        [{"kind": "easy", "duration_min": 45}, {"kind": "easy", "duration_min": 45}],
    ),
    ("Sun: 90' run + 6 strides", [{"kind": "easy", "duration_min": 90, "strides": 6}]),
    (
        "Sun: 25 km run w/ 5 km @ MP",
        [{"kind": "marathon-pace", "distance_m": 25000, "reps": 1, "rep_distance_m": 5000}],
    ),
    (
        "Sun: 2h run, last 20' @ T",
        [
            {
                "kind": "long",
                "duration_min": 120,
                "reps": 1,
                "rep_seconds": 1200,
                "work_pace": "threshold",
                "finish": True,
            }
        ],
    ),
    ("Sun: 22 km trail run, easy", [{"kind": "easy", "distance_m": 22000, "trail": True}]),
    ("Sat: long group run 25k", [{"kind": "long", "distance_m": 25000}]),
    ("Sun: 15.9 km run", [{"kind": "easy", "distance_m": 15900}]),
    ("Sun: 79 min run", [{"kind": "easy", "duration_min": 79}]),
    (
        "Mon: active recovery: 20' walk",
        [{"kind": "cross-training", "duration_min": 20, "activity": "walk"}],
    ),
    (
        "Mon: active recovery (bike 30')",
        [{"kind": "cross-training", "duration_min": 30, "activity": "bike"}],
    ),
    (
        "Mon: recovery spin 20 min",
        [{"kind": "cross-training", "duration_min": 20, "activity": "bike"}],
    ),
    ("Mon: recovery swim", [{"kind": "cross-training", "duration_min": 30, "activity": "swim"}]),
    ("Mon: rec run", [{"kind": "recovery", "duration_min": 30}]),
    ("Mon: recovery jog", [{"kind": "recovery", "duration_min": 30}]),
    ("Mon: easy recovery", [{"kind": "recovery", "duration_min": 30}]),
    ("Mon: recovery - very easy 20'", [{"kind": "recovery", "duration_min": 20}]),
    (
        "Thu: progression run 8 km (last 2 km @ HMP)",
        [
            {
                "kind": "tempo",
                "distance_m": 8000,
                "reps": 1,
                "rep_distance_m": 2000,
                "work_pace": "half-marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Thu: 40 min progression, finish at 10k pace",
        [
            {
                "kind": "intervals",
                "distance_m": 7017,
                "reps": 1,
                "rep_seconds": 480,
                "work_pace": "10k",
                "finish": True,
            }
        ],
    ),
    (
        "Thu: progressive 10k, finishing at threshold",
        [{"kind": "tempo", "distance_m": 10000, "reps": 1, "rep_distance_m": 2000, "finish": True}],
    ),
    (
        "Thu: 60 min prog. run, last 15 min steady",
        [
            {
                "kind": "marathon-pace",
                "duration_min": 60,
                "reps": 1,
                "rep_seconds": 900,
                "finish": True,
            }
        ],
    ),
    (
        "Sat: 12 km progressive long run",
        [
            {
                "kind": "long",
                "distance_m": 12000,
                "reps": 1,
                "rep_distance_m": 2400,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: 30k progression long run",
        [
            {
                "kind": "long",
                "distance_m": 30000,
                "reps": 1,
                "rep_distance_m": 6000,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: LR 2h, progressive",
        [
            {
                "kind": "long",
                "duration_min": 120,
                "reps": 1,
                "rep_seconds": 1440,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Sun: long run 28 km progressive finish",
        [
            {
                "kind": "long",
                "distance_m": 28000,
                "reps": 1,
                "rep_distance_m": 5600,
                "work_pace": "marathon",
                "finish": True,
            }
        ],
    ),
    (
        "Tue: 10k progression w/ last 3k @ 10k",
        [
            {
                "kind": "intervals",
                "distance_m": 10000,
                "reps": 1,
                "rep_distance_m": 3000,
                "work_pace": "10k",
                "finish": True,
            }
        ],
    ),
    ("Wed: 3 mi easy / strides / 3 mi easy", [{"kind": "easy", "distance_m": 9656, "strides": 6}]),
    ("Wed: 15' jog, 6 x strides, 15' jog", [{"kind": "easy", "duration_min": 30, "strides": 6}]),
    ("Sun: 2 hrs 15 long", [{"kind": "long", "duration_min": 135}]),
    ("Sun: 1 hour 45 minutes long run", [{"kind": "long", "duration_min": 105}]),
    (
        "Tue: twelve by 400 @ 5k",
        [
            {
                "kind": "intervals",
                "distance_m": 12380,
                "reps": 12,
                "rep_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: ten x 200 @ R",
        [{"kind": "repetition", "duration_min": 50, "reps": 10, "rep_distance_m": 200}],
    ),
    (
        "Thu: three by 10 min @ T",
        [{"kind": "tempo", "duration_min": 60, "reps": 3, "rep_seconds": 600}],
    ),
    (
        "Thu: progressive MP 10 km",
        [
            {
                "kind": "marathon-pace",
                "distance_m": 10000,
                "reps": 1,
                "rep_distance_m": 2000,
                "finish": True,
            }
        ],
    ),
    (
        "Tue: 8 x 400 (R) 200m jog",
        [{"kind": "repetition", "duration_min": 50, "reps": 8, "rep_distance_m": 400}],
    ),
    (
        "Tue: 6 x 1k (10k pace) 2 min jog",
        [
            {
                "kind": "intervals",
                "distance_m": 11853,
                "reps": 6,
                "rep_distance_m": 1000,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: Speed: 8 x 400m @ 5K pace, 90s rest",
        [
            {
                "kind": "intervals",
                "distance_m": 9723,
                "reps": 8,
                "rep_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: Speedwork - 6x1k",
        [{"kind": "intervals", "distance_m": 12238, "reps": 6, "rep_distance_m": 1000}],
    ),
    (
        "Tue: Track - 5 x 1200 @ 10K w/ 400 jog",
        [
            {
                "kind": "intervals",
                "distance_m": 11835,
                "reps": 5,
                "rep_distance_m": 1200,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Thu: Threshold - 3 x 12 min",
        [{"kind": "tempo", "duration_min": 65, "reps": 3, "rep_seconds": 720}],
    ),
    (
        "Thu: Threshold: 2 x 20'",
        [{"kind": "tempo", "duration_min": 70, "reps": 2, "rep_seconds": 1200}],
    ),
    ("Thu: LT run 30'", [{"kind": "tempo", "duration_min": 55, "reps": 1, "rep_seconds": 1800}]),
    (
        "Thu: Lactate threshold 25 min",
        [{"kind": "tempo", "duration_min": 50, "reps": 1, "rep_seconds": 1500}],
    ),
    ("Thu: Steady state 40 min", [{"kind": "easy", "duration_min": 40}]),
    (
        "Thu: 40 min steady state @ M",
        [{"kind": "marathon-pace", "duration_min": 65, "reps": 1, "rep_seconds": 2400}],
    ),
    ("Wed: Aerobic 60'", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: Base run 50 min", [{"kind": "easy", "duration_min": 50}]),
    ("Wed: General aerobic 8 mi", [{"kind": "easy", "distance_m": 12875}]),
    ("Wed: GA run 10k", [{"kind": "easy", "distance_m": 10000}]),
    ("Wed: Medium long 14 mi", [{"kind": "long", "distance_m": 22531}]),
    ("Wed: mid-week long run 18 km", [{"kind": "long", "distance_m": 18000}]),
    ("Sat: Easy w/ strides 35'", [{"kind": "easy", "duration_min": 35, "strides": 6}]),
    ("Sat: 35' w/ 6 strides", [{"kind": "easy", "duration_min": 35, "strides": 6}]),
    ("Sat: Easy + strides (40 min)", [{"kind": "easy", "duration_min": 40, "strides": 6}]),
    ("Sat: Pre-race: 20' + 4 strides", [{"kind": "easy", "duration_min": 20, "strides": 4}]),
    ("Sat: shakeout 15 min w/ 3 strides", [{"kind": "easy", "duration_min": 15, "strides": 3}]),
    ("Sun: Race: Half Marathon", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: RACE - 10 km", [{"kind": "race", "distance_m": 10000}]),
    ("Sun: Goal race!", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: 5k race + cool down 2 km", [{"kind": "race", "distance_m": 5000}]),
    ("Sat: Long: 2:15", [{"kind": "long", "duration_min": 135}]),
    ("Sat: Long - 28k", [{"kind": "long", "distance_m": 28000}]),
    ("Sun: Long run 26 km / 2h30", [{"kind": "long", "distance_m": 26000}]),
    ("Sun: Long 30k (3:00)", [{"kind": "long", "distance_m": 30000}]),
    ("Sun: Long 18 mi (~2h45)", [{"kind": "long", "distance_m": 28968}]),
    ("Sun: LR 22 km ~2h", [{"kind": "long", "distance_m": 22000}]),
    ("Mon: Off/Rest", []),
    ("Mon: Rest - no training", []),
    ("Mon: nothing", []),
    ("Tue: 1h easy (Z2)", [{"kind": "easy", "duration_min": 60}]),
    ("Tue: 60' Z2", [{"kind": "easy", "duration_min": 60}]),
    ("Tue: Z2 run 1 hr", [{"kind": "easy", "duration_min": 60}]),
    ("Tue: zone 2 run 50'", [{"kind": "easy", "duration_min": 50}]),
    ("Wed: 40' @ Z1-Z2", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: easy 40' HR < 150", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: 40 min easy (HR cap 145)", [{"kind": "easy", "duration_min": 40}]),
    (
        "Thu: 3 x 3 min hard, 2 min easy",
        [{"kind": "intervals", "duration_min": 40, "reps": 3, "rep_seconds": 180}],
    ),
    (
        "Thu: 10 x 1 min hard / 1 min easy",
        [{"kind": "intervals", "duration_min": 45, "reps": 10, "rep_seconds": 60}],
    ),
    (
        "Thu: 6 x 2' @ 5k effort w/ 2' jog",
        [
            {
                "kind": "intervals",
                "distance_m": 8762,
                "reps": 6,
                "rep_seconds": 120,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Thu: 5x3' @ 3k / 3' jr",
        [{"kind": "intervals", "distance_m": 9855, "reps": 5, "rep_seconds": 180}],
    ),
    ("Tue: 30' easy + 8 x 10s hill sprints", [{"kind": "easy", "duration_min": 30, "strides": 8}]),
    (
        "Tue: 45' easy incl. 6 x 10s hill sprints",
        [{"kind": "easy", "duration_min": 45, "strides": 6}],
    ),
    (
        "Wed: 2 x 30 min easy (am/pm)",
        [{"kind": "easy", "duration_min": 30}, {"kind": "easy", "duration_min": 30}],
    ),
    (
        "Wed: 30' am, 30' pm",
        [{"kind": "easy", "duration_min": 30}, {"kind": "easy", "duration_min": 30}],
    ),
    (
        "Wed: 8k am + 6k pm",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 6000}],
    ),
    (
        "Thu: tempo 3 mi @ 7:00/mi",
        [{"kind": "tempo", "distance_m": 9688, "reps": 1, "rep_distance_m": 4828}],
    ),
    (
        "Thu: 4 mi @ 7:15",
        [{"kind": "tempo", "distance_m": 6437, "reps": 1, "rep_distance_m": 6437}],
    ),
    (
        "Thu: 6 x 1 mi @ 6:40, 60s",
        [{"kind": "intervals", "distance_m": 15410, "reps": 6, "rep_distance_m": 1609}],
    ),
    (
        "Sun: 20 mi @ 8:45/mi",
        [{"kind": "marathon-pace", "distance_m": 32187, "reps": 1, "rep_distance_m": 32187}],
    ),
    ("Sun: 32 km @ 5:40/km", [{"kind": "long", "distance_m": 32000}]),
    ("Sat: 10 mi easy @ 9:00-9:30", [{"kind": "easy", "distance_m": 16093}]),
    ("Sat: 16 km easy @ 5:30-5:50/km", [{"kind": "easy", "distance_m": 16000}]),
    ("Tue: 10k easy (am) with strides", [{"kind": "easy", "distance_m": 10000, "strides": 6}]),
    (
        "Tue: 6 x 800 @ 5k, two minutes jog",
        [
            {
                "kind": "intervals",
                "distance_m": 10921,
                "reps": 6,
                "rep_distance_m": 800,
                "work_pace": "5k",
            }
        ],
    ),
    ("Sun: a 2 hour long run", [{"kind": "long", "duration_min": 120}]),
    ("Wed: an easy hour", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: easy hour + strides", [{"kind": "easy", "duration_min": 60, "strides": 6}]),
    (
        "Tue: hill sprints 6 x 10s",
        [{"kind": "hills", "duration_min": 35, "reps": 6, "rep_seconds": 10}],
    ),
    (
        "Tue: hill sprints 6 x 60s + 30' easy",
        [{"kind": "hills", "duration_min": 44, "reps": 6, "rep_seconds": 60}],
    ),
    ("Mon: recovery, 30 min jog", [{"kind": "recovery", "duration_min": 30}]),
    (
        "Mon: recovery - bike 30'",
        [{"kind": "cross-training", "duration_min": 30, "activity": "bike"}],
    ),
]
HELD_SHOWN: list[tuple[str, str]] = [
    ("Mon: active recovery - walk or mobility", CHOICE),
    ("Sat: 10 x 100m strides", STRIDES_ALONE),
    ("Fri: strides only", STRIDES_ALONE),
    ("Fri: 4 x strides", STRIDES_ALONE),
    ("Mon: off / yoga", CHOICE),
    ("Sat: 10 km race pace", NO_WORK),
    ("Mon: recovery or rest", CHOICE),
    ("Wed: 40 min bike or swim", CHOICE),
    ("Wed: easy 6k + S&C", NO_TIME),
    ("Wed: eazy 40", UNKNOWN),
    ("Wed: 45 m easy", OUT_OF_RANGE),
    ("Wed: 45m E", OUT_OF_RANGE),
    ("Tue: 6 repeats of 800m @ 5k", NO_SIZE),
    ("Sun: 20km + last 5 at MP", FINISH_SIZE),
    ("Mon: rest (or light swim)", CHOICE),
    ("Fri: 30 min easy OR rest", CHOICE),
    ("Fri: 20-30' easy or off", CHOICE),
    ("Fri: off (or 20 min jog)", CHOICE),
    ("Sat: 16 km run/walk", NO_RUN_WALK_TIME),
    ("Mon: rest or active recovery", CHOICE),
    ("Sun: progression 10 km: 5:30 → 4:45", TWO_SIZES),
    ("Mon: Rest or cross train", CHOICE),
    ("Mon: no training today", UNKNOWN),
]


@pytest.mark.parametrize(("line", "expected"), FIXED_READ)
def test_eleventh_fixed_lines_are_read_as_written(
    line: str, expected: list[dict[str, Any]]
) -> None:
    assert_reads(line, expected)


@pytest.mark.parametrize(("line", "reason"), FIXED_SHOWN)
def test_eleventh_fixed_lines_are_shown_back_with_the_reason(line: str, reason: str) -> None:
    assert_shown(line, reason)


@pytest.mark.parametrize(("line", "expected"), HELD_READ)
def test_eleventh_held_lines_keep_their_reading(line: str, expected: list[dict[str, Any]]) -> None:
    assert_reads(line, expected)


@pytest.mark.parametrize(("line", "reason"), HELD_SHOWN)
def test_eleventh_held_lines_stay_shown_back(line: str, reason: str) -> None:
    assert_shown(line, reason)


@pytest.mark.parametrize(
    "line", ["Thu: 45 min progressive run", "Thu: 10k prog", "Sat: 8 km prog run finishing fast"]
)
def test_a_short_progression_says_it_ends_at_threshold(line: str) -> None:
    """The assumption is said on the line: a progression with no end pace, at threshold."""
    _, notes, _ = reading(line)
    assert any(n.kind == "changed" and "at threshold" in n.message for n in notes), notes


@pytest.mark.parametrize("line", ["Sun: 10 mi progression", "Sun: 2h15 progression"])
def test_a_long_progression_ends_at_marathon_pace(line: str) -> None:
    days, notes, _ = reading(line)
    assert [(d.kind, d.work_pace, d.finish) for d in days] == [("long", "marathon", True)]
    assert not any("at threshold" in n.message for n in notes), notes


@pytest.mark.parametrize("line", ["Mon: active recovery", "Mon: recovery day (rest)"])
def test_a_recovery_day_with_no_run_says_it_rests(line: str) -> None:
    """A recovery day read as rest says so (never a recovery run unless running is said)."""
    _, notes, _ = reading(line)
    assert any(n.kind == "changed" and "a rest day" in n.message for n in notes), notes


def test_strides_between_easy_running_keep_their_size() -> None:
    days, _, _ = reading("Wed: 5k easy + 6 x 100m strides + 2k easy")
    assert [(d.distance_m, d.strides, d.stride_distance_m) for d in days] == [(7000, 6, 100)]


def test_eleventh_probe_set_is_large_and_new() -> None:
    """No line of this round is in an earlier round's file (the probes are fresh)."""
    from pathlib import Path

    here = Path(__file__).parent
    earlier = "".join(
        p.read_text() for p in here.glob("test_shorthand_*.py") if p.name != Path(__file__).name
    )
    lines = [line for line, _ in [*FIXED_READ, *FIXED_SHOWN, *HELD_READ, *HELD_SHOWN]]
    assert len(lines) == len(set(lines)) >= 300
    assert [line for line in lines if repr(line) in earlier or f'"{line}"' in earlier] == []
