"""A ninth round of coach shorthand: the classes the eighth round left misread with
confidence, each written several ways (52 lines), and probes of 399 fresh lines of other
shapes (race week, taper, track splits in seconds, one distance in two units, durations as
'1h15', '75mins', '1:15:00' and ranges, emoji and bullets, notes in brackets, 'OFF',
'X-train', cross-training in zones).

FIXED_READ holds lines the reader misread before this round, now read as written: short hill
sprints beside an easy run, also written after it ('10 x 10s hill sprints after easy 40' was
a hill session with the run lost) are its strides; an allowance to walk on a time on feet
('3 hrs on feet, walk breaks ok' was a walk); one strength session written twice ('gym +
core' was two); bare-number parts beside a clock pace ('8km: 2 easy, 4 @ 4:20, 2 easy' was
the whole run at 4:20); 'double threshold' doubles (the second run was I pace); 'full
recovery' after repetitions (it made the day a recovery run); 'prog' for progression; one
distance in two units ('13 mi (21 km) LR' was 42 km); track splits in bare seconds after 'in'
or in brackets ('8 x 400 in 88-90' was an 88-minute day); a range of two clock times
('1h30-1h45' was 195 minutes) or of two sizes with their units ('90'-100'' was 190); '1 1/2
hours' (2 hours); a frequency ('gels every 5k' was 5 km more); an activity's emoji (a bike's
was an easy run); '40ish'; a parkrun at an easy effort ('parkrun (easy effort)' was a time
trial); a rest day beside travel or a race ('rest, travel to race' and 'post-marathon: rest'
were races).
FIXED_SHOWN holds lines misread with confidence before, now shown back with a reason: sizes
alone joined by '+' ('10k + 6k' was one run of 16 km: a double or one run, nothing says which);
short repetitions with no run and no pace ('8 x 100m', 'drills + 6 x 100m' were I-pace
intervals: they are strides or sprints); sized work beside repetitions ('tempo 3 km then 4 x
400m' was 4 x 400 m at T in a 3 km day); short repetitions with no pace between two parts of
easy running ('3 km easy + 6 x 100m + 3 km easy' was two runs, '2 km wu, 10 x 100m, 2 km cd'
I-pace intervals).
HELD_READ holds probe lines read right before and after, kept so.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_shorthand_eighth import assert_reads, assert_shown

TWO_RUNS = "could be one run or two"
SHORT_REPS = "are strides or sprints"
BETWEEN_RUNS = "between two runs with no pace"
OTHER_WORK = "a piece of work at another pace beside the repetitions"

FIXED_READ: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Wed: 10 x 10s hill sprints after easy 40",
        [{"kind": "easy", "duration_min": 40, "strides": 10, "stride_seconds": 10}],
    ),
    (
        "Wed: 8 x 10s hill sprints after 40 min easy",
        [{"kind": "easy", "duration_min": 40, "strides": 8, "stride_seconds": 10}],
    ),
    (
        "Wed: easy 40 + 8 x 10s hill sprints",
        [{"kind": "easy", "duration_min": 40, "strides": 8, "stride_seconds": 10}],
    ),
    (
        "Wed: 6 x 8s hill sprints after easy 30'",
        [{"kind": "easy", "duration_min": 30, "strides": 6, "stride_seconds": 8}],
    ),
    (
        "Wed: 30' easy + 6 x 10s hill sprints",
        [{"kind": "easy", "duration_min": 30, "strides": 6, "stride_seconds": 10}],
    ),
    ("Sun: 3 hrs on feet, walk breaks ok", [{"kind": "long", "duration_min": 180}]),
    ("Sun: 3h time on feet, walk the hills", [{"kind": "long", "duration_min": 180}]),
    ("Sun: 2.5 hrs on feet with walk breaks", [{"kind": "long", "duration_min": 150}]),
    ("Sun: 90 min on feet, walking allowed", [{"kind": "long", "duration_min": 90}]),
    ("Wed: gym + core", [{"kind": "cross-training", "activity": "strength"}]),
    ("Wed: core + gym", [{"kind": "cross-training", "activity": "strength"}]),
    (
        "Thu: 8km: 2 easy, 4 @ 4:20, 2 easy",
        [
            {
                "kind": "tempo",
                "distance_m": 8000,
                "rep_distance_m": 4000,
                "warmup_m": 2000,
                "cooldown_m": 2000,
                "own_pace": (260, 260),
            }
        ],
    ),
    (
        "Thu: 10 km: 3 easy, 4 @ 4:15, 3 easy",
        [{"distance_m": 10000, "rep_distance_m": 4000, "warmup_m": 3000, "cooldown_m": 3000}],
    ),
    (
        "Thu: 8 mi: 2 easy, 4 @ 7:00, 2 easy",
        [{"distance_m": 12875, "rep_distance_m": 6437, "warmup_m": 3219, "cooldown_m": 3219}],
    ),
    (
        "Thu: 12km: 3 easy, 6 @ 4:30, 3 easy",
        [{"distance_m": 12000, "rep_distance_m": 6000, "warmup_m": 3000, "cooldown_m": 3000}],
    ),
    (
        "Thu: 10km (2 easy, 6 @ 4:10, 2 easy)",
        [{"distance_m": 10000, "rep_distance_m": 6000, "warmup_m": 2000, "cooldown_m": 2000}],
    ),
    (
        "Sun: 24k: 4 easy, 16 @ 4:50, 4 easy",
        [{"distance_m": 24000, "rep_distance_m": 16000, "own_pace": (290, 290)}],
    ),
    (
        "Tue: double threshold AM 5 x 6' / PM 10 x 1k",
        [
            {"kind": "tempo", "reps": 5, "rep_seconds": 360},
            {"kind": "tempo", "reps": 10, "rep_distance_m": 1000},
        ],
    ),
    (
        "Tue: double threshold: AM 5 x 6 min, PM 10 x 1k",
        [
            {"kind": "tempo", "reps": 5, "rep_seconds": 360},
            {"kind": "tempo", "reps": 10, "rep_distance_m": 1000},
        ],
    ),
    (
        "Tue: double T - AM 4 x 2k / PM 8 x 1k",
        [
            {"kind": "tempo", "reps": 4, "rep_distance_m": 2000},
            {"kind": "tempo", "reps": 8, "rep_distance_m": 1000},
        ],
    ),
    (
        "Tue: 6 x 200m fast, full recovery",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 200}],
    ),
    (
        "Thu: prog run 8 km",  # the eleventh round: a short progression ends at threshold
        [{"kind": "tempo", "distance_m": 8000, "finish": True, "rep_distance_m": 1600}],
    ),
    (
        "Sun: prog run 10k, finish at 10k pace",
        [{"distance_m": 10000, "finish": True, "rep_distance_m": 2000, "work_pace": "10k"}],
    ),
    ("Sun: 5 mi / 8 km easy", [{"kind": "easy", "distance_m": 8047}]),
    ("Sun: 10 mi / 16 km long", [{"kind": "long", "distance_m": 16093}]),
    ("Sun: 8 km (5 mi) easy", [{"kind": "easy", "distance_m": 8000}]),
    ("Sun: 13 mi (21 km) LR", [{"kind": "long", "distance_m": 20921}]),
    ("Wed: 6 miles (~10k) easy", [{"kind": "easy", "distance_m": 9656}]),
    (
        "Tue: 8 x 400 in 88-90",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 400, "own_pace": (220, 225)}],
    ),
    (
        "Tue: 8 x 400 in 84-86",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 400, "own_pace": (210, 215)}],
    ),
    (
        "Tue: 4 x 400s in 88-90",
        [{"kind": "repetition", "reps": 4, "rep_distance_m": 400, "own_pace": (220, 225)}],
    ),
    (
        "Tue: 12 x 200s in 40",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 200, "own_pace": (200, 200)}],
    ),
    (
        "Tue: 200s x 10 in 38",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 200, "own_pace": (190, 190)}],
    ),
    (
        "Tue: 12 x 400 (72-74), 200 jog",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 400, "own_pace": (180, 185)}],
    ),
    (
        "Tue: 6 x 200 (32-34)",
        [{"kind": "repetition", "reps": 6, "rep_distance_m": 200, "own_pace": (160, 170)}],
    ),
    (
        "Tue: 5 x 1000 (200-205)",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "own_pace": (200, 205)}],
    ),
    (
        "Tue: 5 x 1000 in 200",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "own_pace": (200, 200)}],
    ),
    (
        "Tue: 10 x 400s @ 90s",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 400, "own_pace": (225, 225)}],
    ),
    ("Tue: 10x400 90s", [{"reps": 10, "rep_distance_m": 400, "recovery_seconds": 90}]),
    ("Sat: parkrun (easy effort)", [{"kind": "easy", "distance_m": 5000}]),
    ("Sat: parkrun at easy effort", [{"kind": "easy", "distance_m": 5000}]),
    ("Sat: parkrun @ easy pace", [{"kind": "easy", "distance_m": 5000}]),
    ("Sun: 20 km long (with gels every 5k)", [{"kind": "long", "distance_m": 20000}]),
    ("Sun: 30 km, gel every 30 min", [{"kind": "long", "distance_m": 30000}]),
    ("Sun: 90'-100' long", [{"kind": "long", "duration_min": 90}]),
    ("Sun: 1h45-2h LR", [{"kind": "long", "duration_min": 105}]),
    ("Sun: 2h-2h15 long", [{"kind": "long", "duration_min": 120}]),
    ("Wed: 1 1/2 hours easy", [{"kind": "easy", "duration_min": 90}]),
    ("Sun: 2 1/2 hr long run", [{"kind": "long", "duration_min": 150}]),
    ("Thu: \U0001f6b4 1h Z2", [{"kind": "cross-training", "activity": "bike", "duration_min": 60}]),
    ("Thu: \U0001f3ca 30'", [{"kind": "cross-training", "activity": "swim", "duration_min": 30}]),
    (
        "Thu: \U0001f3cb\ufe0f 30 min",
        [{"kind": "cross-training", "activity": "strength", "duration_min": 30}],
    ),
    ("Sun: 1 hr 15 easy", [{"kind": "easy", "duration_min": 75}]),
    ("Sun: 1 hr 15 min easy", [{"kind": "easy", "duration_min": 75}]),
    ("Sun: 1h30-1h45 long run", [{"kind": "long", "duration_min": 90}]),
    ("Sun: 1:30-1:45 long run", [{"kind": "long", "duration_min": 90}]),
    ("Sun: 1:45-2:00 easy", [{"duration_min": 105}]),
    ("Wed: 40ish min easy", [{"kind": "easy", "duration_min": 40}]),
    ("Fri: rest, travel to race", []),
    ("Mon: post-marathon: rest", []),
    ("Mon: post race - rest", []),
    ("Sat: rest, race tomorrow", []),
    ("Fri: travel day - rest", []),
]

FIXED_SHOWN: list[tuple[str, str]] = [
    ("Tue: 10k + 6k", TWO_RUNS),
    ("Tue: 8k + 5k", TWO_RUNS),
    ("Tue: 10 km + 5 km", TWO_RUNS),
    ("Tue: 6 mi + 4 mi", TWO_RUNS),
    ("Tue: 40' + 20'", TWO_RUNS),
    ("Sun: 20k + 5k", TWO_RUNS),
    ("Tue: 10k easy + 6k", TWO_RUNS),
    ("Tue: 6 x 150m fast, full recovery", SHORT_REPS),
    ("Tue: 8 x 150m fast, walk back", SHORT_REPS),
    ("Tue: 10 x 100m fast, full rec", SHORT_REPS),
    ("Thu: 5 x 120m fast", SHORT_REPS),
    ("Tue: drills + 6 x 100m", SHORT_REPS),
    ("Tue: 8 x 100m", SHORT_REPS),
    ("Tue: 10 x 100m", SHORT_REPS),
    ("Tue: drills + 8 x 150m", SHORT_REPS),
    ("Thu: 6 x 120m", SHORT_REPS),
    ("Thu: 10 x 150m", SHORT_REPS),
    ("Tue: 6 x 100m fast", SHORT_REPS),
    ("Wed: 10 x 80m fast", SHORT_REPS),
    ("Thu: 4 x 150m, walk back", SHORT_REPS),
    ("Tue: 3 km easy + 6 x 100m + 3 km easy", BETWEEN_RUNS),
    ("Tue: 20' easy + 6 x 100m + 20' easy", BETWEEN_RUNS),
    ("Tue: 2 km wu, 10 x 100m, 2 km cd", BETWEEN_RUNS),
    ("Thu: tempo 3 km then 4 x 400m", OTHER_WORK),
    ("Thu: tempo 20 min then 6 x 200m", OTHER_WORK),
    ("Thu: 3 km tempo + 4 x 400m", OTHER_WORK),
    ("Thu: 5 km @ T, then 4 x 400", OTHER_WORK),
    ("Thu: tempo 4 km, then 6 x 200m @ R", OTHER_WORK),
    ("Thu: 2 mi @ T, 4 x 400", OTHER_WORK),
]

HELD_READ: list[tuple[str, list[dict[str, Any]]]] = [
    ("Sat: parkrun (steady effort)", [{"kind": "easy", "distance_m": 5000}]),
    ("Tue: 8 x 800 120s", [{"reps": 8, "rep_distance_m": 800, "recovery_seconds": 120}]),
    ("Tue: 12x200 45s jog", [{"reps": 12, "rep_distance_m": 200, "recovery_seconds": 45}]),
    ("Tue: 6 x 1000 90s rest", [{"reps": 6, "rep_distance_m": 1000, "recovery_seconds": 90}]),
    ("Sat: shakeout 15 min + 4 x 20s", [{"kind": "easy", "duration_min": 15, "strides": 4}]),
    ("Sat: 20 min shakeout w/ 4 strides", [{"kind": "easy", "duration_min": 20, "strides": 4}]),
    ("Fri: shakeout run 3 km", [{"kind": "easy", "distance_m": 3000}]),
    ("Sat: race: Berlin Marathon", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: RACE - Berlin Marathon", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: Race day: London Marathon", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: Chicago Marathon!!", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: race day 🏁 marathon", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: goal race: half marathon", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: A race - 10k", [{"kind": "race", "distance_m": 10000}]),
    ("Sat: B race 5k", [{"kind": "race", "distance_m": 5000}]),
    ("Sat: 2 mi shakeout + strides", [{"kind": "easy", "distance_m": 3219, "strides": 6}]),
    ("Wed: taper - 30' easy", [{"kind": "easy", "duration_min": 30}]),
    (
        "Tue: 6 x 800 in 2:50-2:55",
        [
            {
                "kind": "intervals",
                "duration_min": 55,
                "reps": 6,
                "rep_distance_m": 800,
                "own_pace": (212, 219),
            }
        ],
    ),
    (
        "Tue: 5 x 1000s @ 3:30, 2' jog",
        [
            {
                "kind": "intervals",
                "duration_min": 55,
                "reps": 5,
                "rep_distance_m": 1000,
                "own_pace": (210, 210),
            }
        ],
    ),
    (
        "Tue: 16 x 400 @ 85-86, 60s rest",
        [{"kind": "repetition", "reps": 16, "rep_distance_m": 400, "own_pace": (212, 215)}],
    ),
    (
        "Tue: 6 x 600 @ 2:05 (400 jog)",
        [
            {
                "kind": "repetition",
                "duration_min": 55,
                "reps": 6,
                "rep_distance_m": 600,
                "own_pace": (208, 208),
            }
        ],
    ),
    ("Sun: long run 1h15", [{"kind": "long", "duration_min": 75}]),
    ("Wed: 75mins easy", [{"kind": "easy", "duration_min": 75}]),
    ("Sun: 1:15:00 long run", [{"kind": "long", "duration_min": 75}]),
    ("Sun: long 1:30:00", [{"kind": "long", "duration_min": 90}]),
    ("Wed: easy 45-50'", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: 45 to 50 min easy", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: ~45 min easy", [{"kind": "easy", "duration_min": 45}]),
    ("Tue: ✅ 8 km easy", [{"kind": "easy", "distance_m": 8000}]),
    ("Tue: • 8 km easy", [{"kind": "easy", "distance_m": 8000}]),
    (
        "Thu: * 6 x 800 @ 5k, 2' jog",
        [
            {
                "kind": "intervals",
                "distance_m": 10921,
                "duration_min": 60,
                "reps": 6,
                "rep_distance_m": 800,
            }
        ],
    ),
    ("Sun: 🏃\u200d♂️ long run 16 km", [{"kind": "long", "distance_m": 16000}]),
    ("Wed: 45 min easy (flat route)", [{"kind": "easy", "duration_min": 45}]),
    ("Sun: long run 18 km (hilly)", [{"kind": "long", "distance_m": 18000}]),
    ("Wed: easy 40 (soft surface)", [{"kind": "easy"}]),
    (
        "Thu: 6 x 800 @ 5k (track, 400 jog)",
        [{"kind": "intervals", "distance_m": 11691, "reps": 6, "rep_distance_m": 800}],
    ),
    ("Sun: long 25k (bring gels)", [{"kind": "long", "distance_m": 25000}]),
    ("Fri: OFF (travel)", []),
    ("Wed: X-train 45'", [{"kind": "cross-training", "duration_min": 45}]),
    ("Wed: XT 1h", [{"kind": "cross-training", "duration_min": 60}]),
    ("Wed: bike 1h Z2", [{"kind": "cross-training", "duration_min": 60, "activity": "bike"}]),
    ("Wed: spin 45", [{"kind": "cross-training", "activity": "bike"}]),
    ("Wed: turbo 1h", [{"kind": "cross-training", "duration_min": 60, "activity": "bike"}]),
    ("Wed: bike 1h30 Z2", [{"kind": "cross-training", "duration_min": 90, "activity": "bike"}]),
    ("Wed: hike 2h", [{"kind": "cross-training", "duration_min": 120, "activity": "hike"}]),
    (
        "Thu: 2 x 20' @ LT, 3' jog",
        [{"kind": "tempo", "duration_min": 70, "reps": 2, "rep_seconds": 1200}],
    ),
    (
        "Sun: 32 km LR, last 8 @ MP",
        [{"kind": "long", "distance_m": 32000, "reps": 1, "rep_distance_m": 8000}],
    ),
    ("Sun: 2h30 long run", [{"kind": "long", "duration_min": 150}]),
    (
        "Tue: 5 x 5' @ 5k, 2:30 jog",
        [
            {
                "kind": "intervals",
                "distance_m": 11042,
                "duration_min": 60,
                "reps": 5,
                "rep_seconds": 300,
            }
        ],
    ),
    (
        "Tue: 12 x 400 @ mile pace, 200 jog",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 400}],
    ),
    ("Wed: 10 x 45s hills, jog down", [{"kind": "hills", "reps": 10, "rep_seconds": 45}]),
    ("Sat: 5k TT", [{"kind": "time-trial", "distance_m": 5000}]),
    (
        "Tue: 10 x 100m strides after 30' easy",
        [{"kind": "easy", "duration_min": 30, "strides": 10}],
    ),
    ("Fri: 5 km easy, 4 x 100m", [{"kind": "easy", "distance_m": 5000, "strides": 4}]),
    (
        "Tue: AM 8k easy, PM 6k easy",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 6000}],
    ),
    (
        "Tue: 8km + 6km (double)",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 6000}],
    ),
    (
        "Tue: double: 10k + 6k",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "easy", "distance_m": 6000}],
    ),
    (
        "Thu: 10k + gym",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "cross-training", "activity": "strength"}],
    ),
    (
        "Thu: 2 mi WU, 3 mi T, 2 mi CD",
        [{"kind": "tempo", "distance_m": 11266, "reps": 1, "rep_distance_m": 4828}],
    ),
    (
        "Thu: 15' WU | 20' T | 10' CD",
        [{"kind": "tempo", "duration_min": 45, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Sun: 18 km: 6 easy, 10 MP, 2 easy",
        [{"kind": "marathon-pace", "distance_m": 18000, "reps": 1, "rep_distance_m": 10000}],
    ),
    (
        "Thu: 10 km: 2 km easy, 6 km @ 4:15, 2 km easy",
        [
            {
                "kind": "tempo",
                "distance_m": 10000,
                "duration_min": 50,
                "reps": 1,
                "rep_distance_m": 6000,
                "own_pace": (255, 255),
            }
        ],
    ),
    (
        "Tue: 4 x 1 mile @ 6:00, 2:00 rest",
        [
            {
                "kind": "intervals",
                "distance_m": 11523,
                "duration_min": 55,
                "reps": 4,
                "rep_distance_m": 1609,
                "own_pace": (224, 224),
            }
        ],
    ),
    (
        "Sun: long run 2h w/ last 20' @ MP",
        [{"kind": "long", "duration_min": 120, "reps": 1, "rep_seconds": 1200}],
    ),
    (
        "Tue: 2 sets of 6 x 400 @ 5k, 1' / 3'",
        [
            {
                "kind": "intervals",
                "distance_m": 10897,
                "duration_min": 60,
                "reps": 12,
                "rep_distance_m": 400,
            }
        ],
    ),
    (
        "Sun: 28 km @ 5:40",
        [{"kind": "long", "distance_m": 28000, "duration_min": 159, "own_pace": (340, 340)}],
    ),
    ("Wed: medium long 20 km", [{"kind": "long", "distance_m": 20000}]),
    ("Thu: 10k easy w/ 8 x 20s pickups", [{"kind": "easy", "distance_m": 10000, "strides": 8}]),
    ("Sat: Race - 10K (target 40:00)", [{"kind": "race", "distance_m": 10000, "duration_min": 40}]),
    ("Sun: HM race 1:35", [{"kind": "race", "distance_m": 21097, "duration_min": 95}]),
    ("Sun: 10 mi taper long run", [{"kind": "long", "distance_m": 16093}]),
    ("Mon: 20' recovery (post race)", [{"kind": "recovery", "duration_min": 20}]),
    ("Wed: 8 x 60m sprints", [{"kind": "repetition", "reps": 8, "rep_distance_m": 60}]),
    (
        "Tue: 1k repeats x 5 @ 3:40",
        [
            {
                "kind": "intervals",
                "distance_m": 11000,
                "duration_min": 55,
                "reps": 5,
                "rep_distance_m": 1000,
                "own_pace": (220, 220),
            }
        ],
    ),
    ("Tue: 6x800/400 jog", [{"kind": "intervals", "reps": 6, "rep_distance_m": 800}]),
    ("Sun: 2-2.5h long run", [{"kind": "long", "duration_min": 120}]),
    ("Sun: run 1h20", [{"kind": "long", "duration_min": 80}]),  # eleventh: a plain run's size
    ("Wed: 1h05 easy", [{"kind": "easy", "duration_min": 65}]),
    ("Sun: LSD 2h15", [{"kind": "long", "duration_min": 135}]),
    (
        "Thu: 2 x 15 min @ T (4:05), 3 min jog",
        [
            {
                "kind": "tempo",
                "duration_min": 60,
                "reps": 2,
                "rep_seconds": 900,
                "own_pace": (245, 245),
            }
        ],
    ),
    (
        "Wed: bike 45' + core 15'",
        [
            {"kind": "cross-training", "duration_min": 45, "activity": "bike"},
            {"kind": "cross-training", "duration_min": 15, "activity": "strength"},
        ],
    ),
    (
        "Wed: 40' easy run, 20' bike",
        [
            {"kind": "easy", "duration_min": 40},
            {"kind": "cross-training", "duration_min": 20, "activity": "bike"},
        ],
    ),
    (
        "Wed: gym + stretching",
        [
            {"kind": "cross-training", "activity": "strength"},
            {"kind": "cross-training", "activity": "mobility"},
        ],
    ),
    (
        "Tue: AM 3 x 10' T, PM 10 x 400m",
        [
            {"kind": "tempo", "duration_min": 60, "reps": 3, "rep_seconds": 600},
            {"kind": "intervals", "duration_min": 65, "reps": 10, "rep_distance_m": 400},
        ],
    ),
    ("Tue: 10 km + 4 x 100m", [{"kind": "easy", "distance_m": 10000, "strides": 4}]),
]


@pytest.mark.parametrize(("line", "expected"), FIXED_READ)
def test_ninth_fixed_lines_are_read_as_written(line: str, expected: list[dict[str, Any]]) -> None:
    assert_reads(line, expected)


@pytest.mark.parametrize(("line", "reason"), FIXED_SHOWN)
def test_ninth_fixed_lines_are_shown_back_with_the_reason(line: str, reason: str) -> None:
    assert_shown(line, reason)


@pytest.mark.parametrize(("line", "expected"), HELD_READ)
def test_ninth_held_lines_keep_their_reading(line: str, expected: list[dict[str, Any]]) -> None:
    assert_reads(line, expected)


def test_ninth_lines_are_written_once() -> None:
    """No line of this round is written twice (a repeat would count twice)."""
    lines = [line for line, _ in (*FIXED_READ, *HELD_READ)] + [line for line, _ in FIXED_SHOWN]
    assert len(lines) == len(set(lines))
