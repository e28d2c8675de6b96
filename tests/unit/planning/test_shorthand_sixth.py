"""A sixth round of coach shorthand, from about 800 day lines written fresh (UK, US, Australian
and European habits; miles, km and metres; clocks with marks; compact slash forms; typos,
emoji, abbreviations) and probed one by one: each line must give the workout written beside
it, be shown back in a `read` note, and read back the same from its canonical rendering; or,
when nothing can be used from it with confidence, say so in one `not_used` note.

FIXED holds the lines the reader misread (or could not read) before this round, by class: the
recovery written 'r' and a space or a bare number ('r 2\'', 'r 3', 'r=2', 'r 2:00', 'rec 1:30'
were 2 s, 3 s, a 3 km day or a 2-hour day); '@' written tight ('10x400m@85s r60s' had 85 s of
recovery); the French and Italian 'at' ('à 3\'50', 'a 3:50' were days of hours); a quality
kind with a bare number ('tempo 20' was a 20-minute day); counts in words and 'by' ('five by
1k' was an easy kilometre); 'comfortably hard' (an easy run); a finish 'at tempo' (marathon
pace); 'fast finish' right after a long run's size (not used) and 'FF' (dropped); a long run's
size written before parts that add up to it ('long run 26 km: 20 km easy, 6 km MP' was 46 km);
'S&C' (an easy run); 'N x hill' (a 10 km day); 'mile TT' (not used); 'parkrun as tempo' (a time
trial); an equal recovery after timed repetitions; compact slash forms ('2k wu/5x1k@4:00/2k cd'
had a 2 km recovery and no warm-up); a bare number after '@' on track repetitions ('12 x 400 @
75'); 'park run' (an easy run); '(opt.)'; a rest day with '& stretch' or '+ foam roll'; a long
run and a bare number ('long 30' was 30 minutes); a track distance first ('1200 x 4 @ 10k');
sizes around the work ('2 mi + 4 x 1 mi @ 10k w/ 400 jog + 2 mi' lost its cool-down); a bracket
of clocks ('3 x 1 mile (5:45, 5:40, 5:35)' was a day of 335 min); a run written twice over for
a double ('2 x 6 mi easy (am/pm)' was 2 x 6 mi at I pace).
HELD holds the lines of the round the reader already read right, kept so they stay so.
NOT_USED are lines nothing can be used from with confidence: several paces in stages ('20\' Z2,
20\' Z3, 10\' Z4' dropped a stage), a rest day and a session side by side ('Rest/XT' was the
cross-training), one effort called hard or fast with no pace ('20\' hard' was an easy run),
ladders, mixed sets, second series, choices.
"""

from __future__ import annotations

from typing import Any

import pytest
from reader_helpers import assert_honoured, assert_not_used

FIXED: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Tue: 5 x 1000m r=2",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 5 x 1000m r=3",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 180}],
    ),
    (
        "Tue: 4 x 1200 r 3",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1200, "recovery_seconds": 180}],
    ),
    (
        "Tue: 8 x 600m @ 3k, r 2:00",
        [
            {
                "kind": "intervals",
                "reps": 8,
                "rep_distance_m": 600,
                "recovery_seconds": 120,
                "duration_min": 65,
            }
        ],
    ),
    (
        "Tue: 10x400m@85s r60s",
        [
            {
                "kind": "repetition",
                "reps": 10,
                "rep_distance_m": 400,
                "recovery_seconds": 60,
                "own_pace": (212, 212),
            }
        ],
    ),
    (
        "Tue: 12x400@80s r200m",
        [
            {
                "kind": "repetition",
                "reps": 12,
                "rep_distance_m": 400,
                "recovery_distance_m": 200,
                "own_pace": (200, 200),
            }
        ],
    ),
    (
        "Tue: 6 x 800m in 2:50, r 2'",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "own_pace": (212, 212),
            }
        ],
    ),
    (
        "Tue: 5 x 1 km (3'50\") r 2'",
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
        "Tue: 6x1000 a 3:50 rec 1:30",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_seconds": 90,
                "own_pace": (230, 230),
            }
        ],
    ),
    (
        "Tue: 6 x 1000m à 3'50, r 1'30",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_seconds": 90,
                "own_pace": (230, 230),
            }
        ],
    ),
    (
        "Tue: 6 x 1k @ 3:45 rec 2:00",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (225, 225),
            }
        ],
    ),
    ("Thu: tempo 20", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "duration_min": 45}]),
    ("Thu: tempo 30", [{"kind": "tempo", "reps": 1, "rep_seconds": 1800}]),
    ("Thu: threshold 25", [{"kind": "tempo", "reps": 1, "rep_seconds": 1500}]),
    ("Thu: tempo 5", [{"kind": "tempo", "reps": 1, "rep_distance_m": 5000}]),
    ("Thu: LT 20", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "duration_min": 45}]),
    (
        "Tue: 5 by 1000m",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: five by 1k",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: ten x 400m",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "recovery_seconds": 120}],
    ),
    (
        "Tue: three x 2km @ T, 2 min",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 2000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 6 by 800 w/ 400 jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_distance_m": 400}],
    ),
    (
        "Tue: 4 by 1 mile @ T",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 1609, "recovery_seconds": 60}],
    ),
    (
        "Tue: six x 800",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    (
        "Tue: eight by 400m @ 5k, 90s jog",
        [
            {
                "kind": "intervals",
                "reps": 8,
                "rep_distance_m": 400,
                "recovery_seconds": 90,
                "work_pace": "5k",
            }
        ],
    ),
    ("Thu: 20 min comfortably hard", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    ("Thu: 4 mi comfortably hard", [{"kind": "tempo", "reps": 1, "rep_distance_m": 6437}]),
    ("Thu: 30 minutes comfortably hard", [{"kind": "tempo", "reps": 1, "rep_seconds": 1800}]),
    (
        "Sun: 2 hr long run with last 20 min at tempo",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_seconds": 1200,
                "work_pace": "threshold",
                "finish": True,
                "duration_min": 120,
            }
        ],
    ),
    (
        "Sun: long run 25 km fast finish",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 5000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 25000,
            }
        ],
    ),
    (
        "Sun: long run 28 km fast finish",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 5600,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 28000,
            }
        ],
    ),
    (
        "Sun: 28 km FF",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 5600,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 28000,
            }
        ],
    ),
    (
        "Sun: 16 miles FF",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 5200,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 25750,
            }
        ],
    ),
    (
        "Sun: 24 km with FF",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 4800,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 24000,
            }
        ],
    ),
    (
        "Sun: long run 26 km: 20 km easy, 6 km MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 6000,
                "work_pace": "marathon",
                "distance_m": 26000,
            }
        ],
    ),
    (
        "Sun: long run 28 km: 22 km easy, 6 km @ MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 6000,
                "work_pace": "marathon",
                "distance_m": 28000,
            }
        ],
    ),
    (
        "Sun: LR 30k: 20k easy + 10k MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 10000,
                "work_pace": "marathon",
                "distance_m": 30000,
            }
        ],
    ),
    (
        "Sun: long 2h: 90' easy, 30' MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_seconds": 1800,
                "work_pace": "marathon",
                "duration_min": 120,
            }
        ],
    ),
    (
        "Sun: 26 km long run: 20 km easy, 6 km MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 6000,
                "work_pace": "marathon",
                "distance_m": 26000,
            }
        ],
    ),
    ("Mon: S&C 45 min", [{"kind": "cross-training", "activity": "strength", "duration_min": 45}]),
    ("Mon: S+C 40 min", [{"kind": "cross-training", "activity": "strength", "duration_min": 40}]),
    ("Mon: S & C", [{"kind": "cross-training", "activity": "strength", "duration_min": 30}]),
    ("Mon: S&C 30'", [{"kind": "cross-training", "activity": "strength", "duration_min": 30}]),
    (
        "Thu: 10 x hill, walk down",
        [{"kind": "hills", "reps": 10, "rep_seconds": 60, "recovery_seconds": 90}],
    ),
    ("Sat: mile TT", [{"kind": "time-trial", "distance_m": 1609}]),
    ("Sat: a mile time trial", [{"kind": "time-trial", "distance_m": 1609}]),
    ("Sat: parkrun as tempo", [{"kind": "tempo", "reps": 1, "rep_distance_m": 5000}]),
    (
        "Tue: 6 x 3 min w/ equal jog recovery",
        [{"kind": "intervals", "reps": 6, "rep_seconds": 180, "recovery_seconds": 180}],
    ),
    (
        "Tue: 2k wu/5x1k@4:00/2k cd",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (240, 240),
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Tue: 15'wu/10x400/10'cd",
        [
            {
                "kind": "intervals",
                "reps": 10,
                "rep_distance_m": 400,
                "recovery_seconds": 120,
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Tue: 3mi wu/6x1k@10k w 2min/3mi cd",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "work_pace": "10k",
                "warmup_m": 4828,
                "cooldown_m": 4828,
            }
        ],
    ),
    (
        "Tue: 2 mi wu/4 x 1 mi @ T/2 mi cd",
        [
            {
                "kind": "tempo",
                "reps": 4,
                "rep_distance_m": 1609,
                "recovery_seconds": 60,
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    (
        "Tue: 12 x 400 @ 75",
        [
            {
                "kind": "repetition",
                "reps": 12,
                "rep_distance_m": 400,
                "recovery_seconds": 90,
                "own_pace": (188, 188),
            }
        ],
    ),
    (
        "Tue: 10 x 400 @ 80-82",
        [
            {
                "kind": "repetition",
                "reps": 10,
                "rep_distance_m": 400,
                "recovery_seconds": 90,
                "own_pace": (200, 205),
            }
        ],
    ),
    (
        "Tue: 16 x 200 @ 35, 200 jog",
        [
            {
                "kind": "repetition",
                "reps": 16,
                "rep_distance_m": 200,
                "recovery_distance_m": 200,
                "own_pace": (175, 175),
            }
        ],
    ),
    (
        "Tue: 8 x 800 @ 2:50 w 90s",
        [
            {
                "kind": "intervals",
                "reps": 8,
                "rep_distance_m": 800,
                "recovery_seconds": 90,
                "own_pace": (212, 212),
            }
        ],
    ),
    ("Sat: park run", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: Park Run (easy)", [{"kind": "easy", "distance_m": 5000}]),
    ("Mon: rest & stretch", []),
    ("Mon: rest + foam roll", []),
    ("Thu: 30 min comfortably hard", [{"kind": "tempo", "reps": 1, "rep_seconds": 1800}]),
    ("Sun: long 30", [{"kind": "long", "distance_m": 30000}]),
    ("Sun: long run 25", [{"kind": "long", "distance_m": 25000}]),
    ("Sun: LR 2", [{"kind": "long", "duration_min": 120}]),
    ("Sun: long 2.5", [{"kind": "long", "duration_min": 150}]),
    ("Sun: LR: 32", [{"kind": "long", "distance_m": 32000}]),
    (
        "Thu: 3 km + 4 x 1 km + 2 km",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "warmup_m": 3000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Tue: 2 mi + 6 x 800 @ 5k + 2 mi",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "work_pace": "5k",
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    (
        "Tue: 15' + 5 x 3' @ 5k + 10'",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_seconds": 180,
                "recovery_seconds": 120,
                "work_pace": "5k",
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Tue: 3 x 1 mile (5:45, 5:40, 5:35)",
        [
            {
                "kind": "intervals",
                "reps": 3,
                "rep_distance_m": 1609,
                "recovery_seconds": 120,
                "own_pace": (208, 214),
            }
        ],
    ),
    (
        "Tue: 4 x 1k (3:50, 3:45, 3:40, 3:35)",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (215, 230),
            }
        ],
    ),
    (
        "Wed: 2 x 20 min easy (am/pm)",
        [{"kind": "easy", "duration_min": 20}, {"kind": "easy", "duration_min": 20}],
    ),
    (
        "Wed: 2 x 5 km easy (double)",
        [{"kind": "easy", "distance_m": 5000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Wed: 2 x 30' (am & pm)",
        [{"kind": "easy", "duration_min": 30}, {"kind": "easy", "duration_min": 30}],
    ),
    (
        "Thu: tempo 20 @ 4:20",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1200,
                "own_pace": (260, 260),
                "duration_min": 45,
            }
        ],
    ),
    (
        "Sun: long 20 with 5 @ MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 5000,
                "work_pace": "marathon",
                "distance_m": 20000,
            }
        ],
    ),
    ("Sun: long 25 @ 5:40", [{"kind": "long", "own_pace": (340, 340), "distance_m": 25000}]),
    (
        "Sun: long run 30 (last 5 @ MP)",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 5000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 30000,
            }
        ],
    ),
    (
        "Tue: 5x1k r:2",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 400m x 8 @ 75s",
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_distance_m": 400,
                "recovery_seconds": 90,
                "own_pace": (188, 188),
            }
        ],
    ),
    (
        "Thu: 2 km + 5 km @ T + 2 km",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 5000,
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Thu: 10' + 20' @ T + 10'",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1200,
                "warmup_seconds": 600,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: 4 x 1 km (3:40,3:38,3:36,3:34)",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (214, 220),
            }
        ],
    ),
    (
        "Tue: wu 2mi/6x800@5k/cd 2mi",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "work_pace": "5k",
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    ("Thu: tempo 8", [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000}]),
    (
        "Tue: 6 x 200 r 200",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 6 x 200 r 1",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 200, "recovery_seconds": 60}],
    ),
    (
        "Tue: 8 x 400 r 90",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 90}],
    ),
    (
        "Tue: 5 x 1k r 400",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_distance_m": 400}],
    ),
    (
        "Tue: 3 x 2k r 3'",
        [{"kind": "intervals", "reps": 3, "rep_distance_m": 2000, "recovery_seconds": 180}],
    ),
    (
        "Tue: twelve x 400",
        [{"kind": "intervals", "reps": 12, "rep_distance_m": 400, "recovery_seconds": 120}],
    ),
    (
        "Tue: 10 by 400 @ 5k",
        [
            {
                "kind": "intervals",
                "reps": 10,
                "rep_distance_m": 400,
                "recovery_seconds": 120,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 3 by 2 miles @ T",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 3219, "recovery_seconds": 60}],
    ),
    (
        "Tue: 2mi WU/6x800 @5k/2mi CD",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "work_pace": "5k",
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    (
        "Thu: 5k WU/5k T/5k CD",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 5000,
                "warmup_m": 5000,
                "cooldown_m": 5000,
            }
        ],
    ),
    (
        "Tue: 12 x 200 @ 36-38",
        [
            {
                "kind": "repetition",
                "reps": 12,
                "rep_distance_m": 200,
                "recovery_seconds": 90,
                "own_pace": (180, 190),
            }
        ],
    ),
    (
        "Thu: 3 x 3 km @ T (10:30, 10:20, 10:10)",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_distance_m": 3000,
                "recovery_seconds": 60,
                "own_pace": (203, 210),
            }
        ],
    ),
    ("Mon: S&C", [{"kind": "cross-training", "activity": "strength", "duration_min": 30}]),
    (
        "Sat: park run @ MP",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 5000, "distance_m": 9804}],
    ),
    ("Thu: 45' comfortably hard", [{"kind": "tempo", "reps": 1, "rep_seconds": 2700}]),
    ("Thu: comfortably hard 20 min", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    (
        "Tue: 1200 x 4 @ 10k",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1200,
                "recovery_seconds": 120,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 800 x 6 w/ 400 jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_distance_m": 400}],
    ),
    (
        "Tue: 200 x 10 @ R",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 200, "recovery_seconds": 90}],
    ),
    (
        "Tue: 1000 x 5",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 3200 x 2 @ T",
        [{"kind": "tempo", "reps": 2, "rep_distance_m": 3200, "recovery_seconds": 60}],
    ),
    (
        "Tue: 6 x 1k w 90s",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 90}],
    ),
    (
        "Sun: 20 km strong finish",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 4000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 20000,
            }
        ],
    ),
    (
        "Tue: 5 x 2 km à 4'00 r 2'",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 2000,
                "recovery_seconds": 120,
                "own_pace": (240, 240),
            }
        ],
    ),
    (
        'Tue: 10x200 a 38"',
        [
            {
                "kind": "repetition",
                "reps": 10,
                "rep_distance_m": 200,
                "recovery_seconds": 90,
                "own_pace": (190, 190),
            }
        ],
    ),
    (
        "Tue: six by 1 mile @ T, 1 min",
        [{"kind": "tempo", "reps": 6, "rep_distance_m": 1609, "recovery_seconds": 60}],
    ),
    (
        "Thu: 10 min + 3 x 10 min @ T + 10 min",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_seconds": 600,
                "recovery_seconds": 60,
                "warmup_seconds": 600,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: 2 mi + 4 x 1 mi @ 10k w/ 400 jog + 2 mi",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1609,
                "recovery_distance_m": 400,
                "work_pace": "10k",
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    (
        "Tue: 6 x 3' equal recovery @ 5k",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_seconds": 180,
                "recovery_seconds": 180,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 5 x 5 min, equal rest",
        [{"kind": "intervals", "reps": 5, "rep_seconds": 300, "recovery_seconds": 300}],
    ),
    (
        "Tue: 8 x 400 (rest 2)",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 120}],
    ),
    (
        "Tue: 6 x 800 rec 2",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    (
        "Tue: 5 x 1 mi rec 3",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1609, "recovery_seconds": 180}],
    ),
    ("Sun: long 3", [{"kind": "long", "duration_min": 180}]),
    ("Sun: long 1.5", [{"kind": "long", "duration_min": 90}]),
    ("Sun: LR 22 @ 5:45", [{"kind": "long", "own_pace": (345, 345), "distance_m": 22000}]),
    (
        "Sun: long run 28 w/ last 6 @ MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 6000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 28000,
            }
        ],
    ),
    (
        "Wed: 2 x 6 mi easy (am/pm)",
        [{"kind": "easy", "distance_m": 9656}, {"kind": "easy", "distance_m": 9656}],
    ),
    (
        "Wed: 2 x 40' (double)",
        [{"kind": "easy", "duration_min": 40}, {"kind": "easy", "duration_min": 40}],
    ),
    (
        "Tue: 3 x 1 km (3:35 / 3:30 / 3:25)",
        [
            {
                "kind": "intervals",
                "reps": 3,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (205, 215),
            }
        ],
    ),
    (
        "Tue: 4 x 800 (2:50, 2:48, 2:45, 2:42) w/ 400 jog",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 800,
                "recovery_distance_m": 400,
                "own_pace": (202, 212),
            }
        ],
    ),
    (
        "Sun: 20 mi w/ 10 @ 8:00",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 16093,
                "own_pace": (298, 298),
                "distance_m": 32187,
            }
        ],
    ),
    (
        "Sun: 16 mi with 8 @ 7:45",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 12875,
                "own_pace": (289, 289),
                "distance_m": 25750,
            }
        ],
    ),
    (
        "Sun: 25 km incl 10 @ 4:50",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 10000,
                "own_pace": (290, 290),
                "distance_m": 25000,
            }
        ],
    ),
    (
        "Sun: 20 mi w/ 10 mi @ 8:00",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 16093,
                "own_pace": (298, 298),
                "distance_m": 32187,
            }
        ],
    ),
    (
        "Sun: 25 km with 10 km @ 4:50/km",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 10000,
                "own_pace": (290, 290),
                "distance_m": 25000,
            }
        ],
    ),
    (
        "Sun: long run 25 km with 10 km @ 4:50/km",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 10000,
                "own_pace": (290, 290),
                "distance_m": 25000,
            }
        ],
    ),
    (
        "Sun: LR 28 km w/ 8 km @ 4:45",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 8000,
                "own_pace": (285, 285),
                "distance_m": 28000,
            }
        ],
    ),
    (
        "Sun: long run 2h with 30 min @ 4:50",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_seconds": 1800,
                "own_pace": (290, 290),
                "duration_min": 120,
            }
        ],
    ),
]

HELD: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Sun: long run 30 km @ 5:40/km",
        [{"kind": "long", "own_pace": (340, 340), "distance_m": 30000}],
    ),
    ("Sun: long run 18", [{"kind": "long", "distance_m": 18000}]),
    ("Fri.: rest", []),
    ("Fri: --", []),
    ("Fri: 30 min very easy (recovery)", [{"kind": "recovery", "duration_min": 30}]),
    ("Fri: 30' easy + drills + 4 x 100m", [{"kind": "easy", "strides": 4, "distance_m": 5063}]),
    ("Fri: 4 mi recovery", [{"kind": "recovery", "distance_m": 6437}]),
    ("Fri: Day off", []),
    ("Fri: Off.", []),
    ("Fri: REST DAY", []),
    ("Fri: Rest", []),
    ("Fri: XT 45 min", [{"kind": "cross-training", "duration_min": 45}]),
    ("Fri: complete rest", []),
    ("Fri: cross train 40'", [{"kind": "cross-training", "duration_min": 40}]),
    ("Fri: easy 20 w/ 4 strides", [{"kind": "easy", "strides": 4, "duration_min": 20}]),
    ("Fri: easy 30 + drills", [{"kind": "easy", "duration_min": 30}]),
    ("Fri: nothing", []),
    ("Fri: off", []),
    ("Fri: optional XT", [{"kind": "cross-training", "duration_min": 30}]),
    ("Fri: optional easy 30 min", [{"kind": "easy", "duration_min": 30}]),
    ("Fri: pre-race 20' easy + 4 x 20s", [{"kind": "easy", "strides": 4, "distance_m": 3366}]),
    ("Fri: recovery 5k @ 6:30", [{"kind": "recovery", "own_pace": (390, 390), "distance_m": 5000}]),
    ("Fri: rest day (travel)", []),
    ("Fri: rest.", []),
    ("Fri: shakeout 15'", [{"kind": "easy", "duration_min": 15}]),
    ("Fri: shakeout 3 mi + 4 strides", [{"kind": "easy", "strides": 4, "distance_m": 4828}]),
    ("MONDAY - OFF", []),
    ("Mon - rest", []),
    ("Mon: 1 hr spin", [{"kind": "cross-training", "activity": "bike", "duration_min": 60}]),
    (
        "Mon: 30 min easy + 20 min strength",
        [
            {"kind": "easy", "duration_min": 30},
            {"kind": "cross-training", "activity": "strength", "duration_min": 20},
        ],
    ),
    ("Mon: 30' swim", [{"kind": "cross-training", "activity": "swim", "duration_min": 30}]),
    ("Mon: 45' bike easy", [{"kind": "cross-training", "activity": "bike", "duration_min": 45}]),
    ("Mon: OPTIONAL: easy 20'", [{"kind": "easy", "duration_min": 20}]),
    ("Mon: Pilates 45'", [{"kind": "cross-training", "activity": "pilates", "duration_min": 45}]),
    ("Mon: X-train 40", [{"kind": "cross-training", "duration_min": 40}]),
    ("Mon: XT 30-45 min", [{"kind": "cross-training", "duration_min": 30}]),
    (
        "Mon: aqua jog 30'",
        [{"kind": "cross-training", "activity": "aqua jogging", "duration_min": 30}],
    ),
    ("Mon: bike 1:30", [{"kind": "cross-training", "activity": "bike", "duration_min": 90}]),
    ("Mon: bike 60 min", [{"kind": "cross-training", "activity": "bike", "duration_min": 60}]),
    (
        "Mon: circuits 30 min",
        [{"kind": "cross-training", "activity": "strength", "duration_min": 30}],
    ),
    ("Mon: core 20 min", [{"kind": "cross-training", "activity": "strength", "duration_min": 20}]),
    (
        "Mon: cross training (bike) 60'",
        [{"kind": "cross-training", "activity": "bike", "duration_min": 60}],
    ),
    (
        "Mon: cross-train 45 mins (bike)",
        [{"kind": "cross-training", "activity": "bike", "duration_min": 45}],
    ),
    (
        "Mon: cycle 90 minutes easy",
        [{"kind": "cross-training", "activity": "bike", "duration_min": 90}],
    ),
    ("Mon: cycling 1h", [{"kind": "cross-training", "activity": "bike", "duration_min": 60}]),
    ("Mon: easy 30 (optional)", [{"kind": "easy", "duration_min": 30}]),
    (
        "Mon: elliptical 30 min",
        [{"kind": "cross-training", "activity": "elliptical", "duration_min": 30}],
    ),
    ("Mon: gym", [{"kind": "cross-training", "activity": "strength", "duration_min": 30}]),
    ("Mon: gym - legs", [{"kind": "cross-training", "activity": "strength", "duration_min": 30}]),
    (
        "Mon: gym session 45 min",
        [{"kind": "cross-training", "activity": "strength", "duration_min": 45}],
    ),
    ("Mon: hike 2 hours", [{"kind": "cross-training", "activity": "hike", "duration_min": 120}]),
    ("Mon: mobility 15'", [{"kind": "cross-training", "activity": "mobility", "duration_min": 15}]),
    ("Mon: optional swim", [{"kind": "cross-training", "activity": "swim", "duration_min": 30}]),
    ("Mon: optional: 30 min recovery", [{"kind": "recovery", "duration_min": 30}]),
    (
        "Mon: pool running 40 min",
        [{"kind": "cross-training", "activity": "aqua jogging", "duration_min": 40}],
    ),
    ("Mon: rowing 30 min", [{"kind": "cross-training", "activity": "rowing", "duration_min": 30}]),
    ("Mon: spin class", [{"kind": "cross-training", "activity": "bike", "duration_min": 30}]),
    (
        "Mon: strength & conditioning",
        [{"kind": "cross-training", "activity": "strength", "duration_min": 30}],
    ),
    (
        "Mon: strength (30')",
        [{"kind": "cross-training", "activity": "strength", "duration_min": 30}],
    ),
    (
        "Mon: strength 30 min",
        [{"kind": "cross-training", "activity": "strength", "duration_min": 30}],
    ),
    ("Mon: stretching", [{"kind": "cross-training", "activity": "mobility", "duration_min": 30}]),
    ("Mon: swim 45'", [{"kind": "cross-training", "activity": "swim", "duration_min": 45}]),
    ("Mon: walk 45 min", [{"kind": "cross-training", "activity": "walk", "duration_min": 45}]),
    (
        "Mon: weights 40 min",
        [{"kind": "cross-training", "activity": "strength", "duration_min": 40}],
    ),
    ("Mon: yoga", [{"kind": "cross-training", "activity": "yoga", "duration_min": 30}]),
    ("Mon: yoga 45", [{"kind": "cross-training", "activity": "yoga", "duration_min": 45}]),
    ("Monday: rest day", []),
    ("Sat.: 5 mi easy", [{"kind": "easy", "distance_m": 8047}]),
    ("Sat: 1 mile time trial", [{"kind": "time-trial", "distance_m": 1609}]),
    (
        "Sat: 10 mi @ 8:00",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 16093, "own_pace": (298, 298)}],
    ),
    ("Sat: 10 mile race", [{"kind": "race", "distance_m": 16093}]),
    ("Sat: 10K RACE!!! 🏁", [{"kind": "race", "distance_m": 10000}]),
    ("Sat: 10K race, target 45:00", [{"kind": "race", "distance_m": 10000}]),
    ("Sat: 10K time trial", [{"kind": "time-trial", "distance_m": 10000}]),
    (
        "Sat: 10km @ 4:50",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 10000, "own_pace": (290, 290)}],
    ),
    (
        "Sat: 15 km at 5:00-5:10",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 15000, "own_pace": (300, 310)}],
    ),
    (
        "Sat: 2 x 10' Z3 w/ 3' Z1",
        [
            {
                "kind": "marathon-pace",
                "reps": 2,
                "rep_seconds": 600,
                "recovery_seconds": 180,
                "duration_min": 50,
            }
        ],
    ),
    (
        "Sat: 20 km steady @ 5:15/km",
        [{"kind": "easy", "own_pace": (315, 315), "distance_m": 20000}],
    ),
    ("Sat: 20 min Z4", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    (
        "Sat: 3 x 8 min Z4, 2 min Z1",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 480, "recovery_seconds": 120}],
    ),
    (
        "Sat: 30 min @ Z3",
        [{"kind": "marathon-pace", "reps": 1, "rep_seconds": 1800, "duration_min": 55}],
    ),
    ("Sat: 3000m TT on track", [{"kind": "time-trial", "distance_m": 3000}]),
    ("Sat: 3k TT", [{"kind": "time-trial", "distance_m": 3000}]),
    ("Sat: 45 min easy then 4 x 30s fast", [{"kind": "easy", "strides": 4, "duration_min": 45}]),
    (
        "Sat: 45 min zone 3",
        [{"kind": "marathon-pace", "reps": 1, "rep_seconds": 2700, "duration_min": 70}],
    ),
    ("Sat: 5 km time trial", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: 5 mi easy + 6 x 100 m", [{"kind": "easy", "strides": 6, "distance_m": 8047}]),
    (
        "Sat: 5 x 3' Z5, 2' Z1",
        [{"kind": "intervals", "reps": 5, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    ("Sat: 5K race", [{"kind": "race", "distance_m": 5000}]),
    ("Sat: 5K tempo", [{"kind": "tempo", "reps": 1, "rep_distance_m": 5000}]),
    ("Sat: 5k TT (all out)", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: 5k parkrun", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: 5k race (goal 20:00)", [{"kind": "race", "distance_m": 5000}]),
    ("Sat: 8 km with 6 strides", [{"kind": "easy", "strides": 6, "distance_m": 8000}]),
    (
        "Sat: 8 mi @ 7:30/mi",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 12875, "own_pace": (280, 280)}],
    ),
    ("Sat: HM race 1:45", [{"kind": "race", "distance_m": 21097}]),
    ("Sat: HM tune-up race", [{"kind": "race", "distance_m": 21097}]),
    ("Sat: Half marathon (goal 1:40)", [{"kind": "race", "distance_m": 21097}]),
    ("Sat: Half marathon race", [{"kind": "race", "distance_m": 21097}]),
    ("Sat: Half marathon race (A race)", [{"kind": "race", "distance_m": 21097}]),
    ("Sat: easy 6 miles on trails", [{"kind": "easy", "distance_m": 9656}]),
    ("Sat: parkrun", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: parkrun (easy, with friends)", [{"kind": "easy", "distance_m": 5000}]),
    ("Sat: parkrun (hard)", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: parkrun + 3 km cd", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: parkrun @ tempo", [{"kind": "tempo", "reps": 1, "rep_distance_m": 5000}]),
    ("Sat: parkrun PB attempt", [{"kind": "time-trial", "distance_m": 5000}]),
    (
        "Sat: parkrun at MP",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 5000, "distance_m": 9804}],
    ),
    ("Sat: parkrun easy", [{"kind": "easy", "distance_m": 5000}]),
    (
        "Sat: progression 8 mi (last 2 @ T)",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 3219, "finish": True}],
    ),
    ("Sat: race - 10K", [{"kind": "race", "distance_m": 10000}]),
    ("Sat: race 10k", [{"kind": "race", "distance_m": 10000}]),
    ("Sat: race: 10 km", [{"kind": "race", "distance_m": 10000}]),
    ("Sun: 120 min LR @ 6:00/km", [{"kind": "long", "own_pace": (360, 360), "duration_min": 120}]),
    ("Sun: 120' long", [{"kind": "long", "duration_min": 120}]),
    ("Sun: 14 miles", [{"kind": "long", "distance_m": 22531}]),
    (
        "Sun: 16 mi with progressive finish",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 5200,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 25750,
            }
        ],
    ),
    (
        "Sun: 16 mi, last 4 @ 7:30",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 6437,
                "own_pace": (280, 280),
                "finish": True,
                "distance_m": 25750,
            }
        ],
    ),
    ("Sun: 18 mi LR (easy)", [{"kind": "long", "distance_m": 28968}]),
    (
        "Sun: 18 mi progression",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 5800,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 28968,
            }
        ],
    ),
    ("Sun: 2 hrs easy", [{"kind": "easy", "duration_min": 120}]),
    ("Sun: 2.5 hours", [{"kind": "long", "duration_min": 150}]),
    (
        "Sun: 20 mi w/ last 5 @ MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 8047,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 32187,
            }
        ],
    ),
    (
        "Sun: 22 km LR incl. 3x3km @ MP",
        [
            {
                "kind": "long",
                "reps": 3,
                "rep_distance_m": 3000,
                "recovery_distance_m": 1000,
                "work_pace": "marathon",
                "distance_m": 22000,
            }
        ],
    ),
    (
        "Sun: 24 km progression (last 6 km @ HMP)",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 6000,
                "work_pace": "half-marathon",
                "finish": True,
                "distance_m": 24000,
            }
        ],
    ),
    ("Sun: 24 km steady", [{"kind": "easy", "distance_m": 24000}]),
    (
        "Sun: 25k long run with the last 5k at HM pace",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 5000,
                "work_pace": "half-marathon",
                "finish": True,
                "distance_m": 25000,
            }
        ],
    ),
    ("Sun: 2:30:00 long run", [{"kind": "long", "duration_min": 150}]),
    (
        "Sun: 2h long incl 30' @ MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_seconds": 1800,
                "work_pace": "marathon",
                "duration_min": 120,
            }
        ],
    ),
    (
        "Sun: 2h w/ last 30' @ T",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_seconds": 1800,
                "work_pace": "threshold",
                "finish": True,
                "duration_min": 120,
            }
        ],
    ),
    ("Sun: 2h15 LR", [{"kind": "long", "duration_min": 135}]),
    ("Sun: 2h30 long", [{"kind": "long", "duration_min": 150}]),
    (
        "Sun: 3 x 5 km @ MP within 30 km long run",
        [
            {
                "kind": "long",
                "reps": 3,
                "rep_distance_m": 5000,
                "recovery_distance_m": 1000,
                "work_pace": "marathon",
                "distance_m": 30000,
            }
        ],
    ),
    (
        "Sun: 30 km long w/ fast finish",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 6000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 30000,
            }
        ],
    ),
    (
        "Sun: 30 km with last 10 km @ 4:45/km",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 10000,
                "own_pace": (285, 285),
                "finish": True,
                "distance_m": 30000,
            }
        ],
    ),
    ("Sun: 30k", [{"kind": "long", "distance_m": 30000}]),
    ("Sun: 42.2 km race", [{"kind": "race", "distance_m": 42195}]),
    (
        "Sun: 90 min easy + 15 min @ MP",
        [
            {
                "kind": "marathon-pace",
                "reps": 1,
                "rep_seconds": 900,
                "warmup_seconds": 5400,
                "duration_min": 105,
            }
        ],
    ),
    ("Sun: 90-100 min long", [{"kind": "long", "duration_min": 90}]),
    ("Sun: HM race — sub 1:40", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: Half (goal 1:45)", [{"kind": "race", "duration_min": 105}]),
    ("Sun: LR 20 mi 🏃\u200d♂️", [{"kind": "long", "distance_m": 32187}]),
    ("Sun: LR 28k", [{"kind": "long", "distance_m": 28000}]),
    ("Sun: LR 2:15 easy", [{"kind": "long", "duration_min": 135}]),
    ("Sun: LSD 2h", [{"kind": "long", "duration_min": 120}]),
    ("Sun: Long run - 22km", [{"kind": "long", "distance_m": 22000}]),
    ("Sun: MLR 15 mi", [{"kind": "long", "distance_m": 24140}]),
    ("Sun: Marathon - goal 3:15", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: Marathon race day", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: RACE DAY - marathon", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: half marathon @ 4:55/km", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: long 24km easy", [{"kind": "long", "distance_m": 24000}]),
    ("Sun: long run (hilly) 20 km", [{"kind": "long", "distance_m": 20000}]),
    ("Sun: long run 150 mins", [{"kind": "long", "duration_min": 150}]),
    (
        "Sun: long run 16 mi w/ last 3 @ MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 4828,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 25750,
            }
        ],
    ),
    ("Sun: long run 18-20 km", [{"kind": "long", "distance_m": 18000}]),
    ("Sun: long run 1:45", [{"kind": "long", "duration_min": 105}]),
    ("Sun: long run 1h50", [{"kind": "long", "duration_min": 110}]),
    ("Sun: long run 2-2.5h", [{"kind": "long", "duration_min": 120}]),
    (
        "Sun: long run 24 km, last 4 km at threshold",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 4000,
                "work_pace": "threshold",
                "finish": True,
                "distance_m": 24000,
            }
        ],
    ),
    (
        "Sun: long run 30 km, final 10 km at MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 10000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 30000,
            }
        ],
    ),
    (
        "Sun: long run 32 km, last 8 km fast finish",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 8000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 32000,
            }
        ],
    ),
    ("Sun: long run: 28 km", [{"kind": "long", "distance_m": 28000}]),
    ("Sun: long slow distance 25k", [{"kind": "long", "distance_m": 25000}]),
    ("Sun: long trail run 3 hours", [{"kind": "long", "duration_min": 180}]),
    ("Sun: marathon (goal 3:30)", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: marathon!!", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: medium long 24 km", [{"kind": "long", "distance_m": 24000}]),
    ("Sun: medium-long run 90'", [{"kind": "long", "duration_min": 90}]),
    # Tenth round: a trail run as long as a long run (80 min or 16 km) is a long run.
    ("Sun: trail 25 km", [{"kind": "long", "distance_m": 25000}]),
    ("Sunday: long 90 min", [{"kind": "long", "duration_min": 90}]),
    (
        "Thu: 1 mi wu + 5 mi @ MP + 1 mi cd",
        [
            {
                "kind": "marathon-pace",
                "reps": 1,
                "rep_distance_m": 8047,
                "warmup_m": 1609,
                "cooldown_m": 1609,
                "distance_m": 11265,
            }
        ],
    ),
    (
        "Thu: 10 km at half marathon pace",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 10000, "work_pace": "half-marathon"}],
    ),
    (
        "Thu: 10 mi @ goal MP",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 16093, "distance_m": 20325}],
    ),
    ("Thu: 10 mile pace 8 km", [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000}]),
    (
        "Thu: 10 min WU, 20 min tempo, 10 min CD",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1200,
                "warmup_seconds": 600,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: 10 x 1 min @ R pace, 2 min",
        [{"kind": "repetition", "reps": 10, "rep_seconds": 60, "recovery_seconds": 120}],
    ),
    (
        "Thu: 10 x hill sprint",
        [{"kind": "hills", "reps": 10, "rep_seconds": 10, "recovery_seconds": 90}],
    ),
    (
        "Thu: 10' WU, 30' @ HMP, 10' CD",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1800,
                "work_pace": "half-marathon",
                "warmup_seconds": 600,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        'Thu: 10x 30" hills',
        [{"kind": "hills", "reps": 10, "rep_seconds": 30, "recovery_seconds": 90}],
    ),
    (
        "Thu: 12 km @ marathon pace",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 12000, "distance_m": 16492}],
    ),
    (
        "Thu: 12 x 30s steep hill",
        [{"kind": "hills", "reps": 12, "rep_seconds": 30, "recovery_seconds": 90}],
    ),
    (
        "Thu: 15 km with 10 km @ HMP",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 10000, "work_pace": "half-marathon"}],
    ),
    (
        "Thu: 15 min easy / 20 min tempo / 15 min easy",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1200,
                "warmup_seconds": 900,
                "cooldown_seconds": 900,
            }
        ],
    ),
    (
        "Thu: 2 km WU, 20 min tempo, 2 km CD",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "warmup_m": 2000, "cooldown_m": 2000}],
    ),
    (
        "Thu: 2 km easy, 6 km tempo, 2 km easy",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 6000,
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Thu: 2 mi WU, 4 mi @ T, 2 mi CD",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 6437,
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    (
        "Thu: 2 x 15 min @ T, 3' jog",
        [{"kind": "tempo", "reps": 2, "rep_seconds": 900, "recovery_seconds": 180}],
    ),
    (
        "Thu: 2 x 20 min @ HMP, 3 min easy",
        [
            {
                "kind": "tempo",
                "reps": 2,
                "rep_seconds": 1200,
                "recovery_seconds": 180,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: 2 x 4 mi @ HMP, 1 mi jog",
        [
            {
                "kind": "tempo",
                "reps": 2,
                "rep_distance_m": 6437,
                "recovery_distance_m": 1609,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: 2 x 5k @ T / 1k jog",
        [{"kind": "tempo", "reps": 2, "rep_distance_m": 5000, "recovery_distance_m": 1000}],
    ),
    (
        "Thu: 2 x 6 km @ MP w/ 1 km easy",
        [
            {
                "kind": "marathon-pace",
                "reps": 2,
                "rep_distance_m": 6000,
                "recovery_distance_m": 1000,
                "distance_m": 17207,
            }
        ],
    ),
    ("Thu: 25 min at threshold effort", [{"kind": "tempo", "reps": 1, "rep_seconds": 1500}]),
    (
        "Thu: 2x20' LT w/ 5' jog",
        [{"kind": "tempo", "reps": 2, "rep_seconds": 1200, "recovery_seconds": 300}],
    ),
    (
        "Thu: 3 mi @ tempo, 1 mi wu, 1 mi cd",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 4828,
                "warmup_m": 1609,
                "cooldown_m": 1609,
            }
        ],
    ),
    (
        "Thu: 3 x 10 min @ T with 2 min jog",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 600, "recovery_seconds": 120}],
    ),
    (
        "Thu: 3 x 10'/2' @ T",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 600, "recovery_seconds": 120}],
    ),
    (
        "Thu: 3 x 12' @ LT (2')",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 720, "recovery_seconds": 120}],
    ),
    (
        "Thu: 3 x 15 min threshold, 3 min jog",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 900, "recovery_seconds": 180}],
    ),
    (
        "Thu: 3 x 3 km @ MP, 1 km float",
        [
            {
                "kind": "marathon-pace",
                "reps": 3,
                "rep_distance_m": 3000,
                "recovery_distance_m": 1000,
                "distance_m": 15894,
            }
        ],
    ),
    (
        "Thu: 3 x 3 km at HM pace with 2' recovery",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_distance_m": 3000,
                "recovery_seconds": 120,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: 30 min @ 4:20",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1800, "own_pace": (260, 260)}],
    ),
    ("Thu: 30 min @ threshold", [{"kind": "tempo", "reps": 1, "rep_seconds": 1800}]),
    (
        "Thu: 3k wu / 6k tempo / 2k cd",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 6000,
                "warmup_m": 3000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Thu: 4 x 10' @ T, 2' jog",
        [{"kind": "tempo", "reps": 4, "rep_seconds": 600, "recovery_seconds": 120}],
    ),
    (
        "Thu: 4 x 2k cruise intervals",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 2000, "recovery_seconds": 60}],
    ),
    ("Thu: 40 min steady", [{"kind": "easy", "duration_min": 40}]),
    ("Thu: 40' tempo", [{"kind": "tempo", "reps": 1, "rep_seconds": 2400}]),
    ("Thu: 45 min hilly route", [{"kind": "easy", "duration_min": 45}]),
    (
        "Thu: 4x5' T w/ 1' rec",
        [{"kind": "tempo", "reps": 4, "rep_seconds": 300, "recovery_seconds": 60}],
    ),
    ("Thu: 5 km tempo", [{"kind": "tempo", "reps": 1, "rep_distance_m": 5000}]),
    (
        "Thu: 5 mile tempo @ 6:50",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 8047, "own_pace": (255, 255)}],
    ),
    (
        "Thu: 5 x 2 min hills @ 5k effort",
        [{"kind": "hills", "reps": 5, "rep_seconds": 120, "recovery_seconds": 90}],
    ),
    (
        "Thu: 5 x 5 min @ threshold w/ 60 sec",
        [{"kind": "tempo", "reps": 5, "rep_seconds": 300, "recovery_seconds": 60}],
    ),
    ("Thu: 6 mi tempo", [{"kind": "tempo", "reps": 1, "rep_distance_m": 9656}]),
    (
        "Thu: 6 x 1 km @ T pace, 1 min",
        [{"kind": "tempo", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    (
        "Thu: 6 x 200m hill",
        [{"kind": "hills", "reps": 6, "rep_distance_m": 200, "recovery_seconds": 90}],
    ),
    (
        "Thu: 6 x 400m hill repeats, jog down",
        [{"kind": "hills", "reps": 6, "rep_distance_m": 400, "recovery_seconds": 90}],
    ),
    ("Thu: 60' steady state", [{"kind": "easy", "duration_min": 60}]),
    (
        "Thu: 6k @ 4:15",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 6000, "own_pace": (255, 255)}],
    ),
    ("Thu: 8 km @ 15k pace", [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000}]),
    ("Thu: 8 km incl 5 km @ T", [{"kind": "tempo", "reps": 1, "rep_distance_m": 5000}]),
    (
        "Thu: 8 x 1 mile @ MP, 1/4 mile jog",
        [
            {
                "kind": "marathon-pace",
                "reps": 8,
                "rep_distance_m": 1609,
                "recovery_distance_m": 402,
                "distance_m": 20440,
            }
        ],
    ),
    (
        "Thu: 8 x 45 sec uphill",
        [{"kind": "hills", "reps": 8, "rep_seconds": 45, "recovery_seconds": 90}],
    ),
    (
        "Thu: 8 x 60s hills, jog down",
        [{"kind": "hills", "reps": 8, "rep_seconds": 60, "recovery_seconds": 90}],
    ),
    (
        "Thu: 8 x 90s uphill, jog back",
        [{"kind": "hills", "reps": 8, "rep_seconds": 90, "recovery_seconds": 90}],
    ),
    ("Thu: E: 40 min", [{"kind": "easy", "duration_min": 40}]),
    (
        "Thu: HMP 8k",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000, "work_pace": "half-marathon"}],
    ),
    (
        "Thu: I: 5 x 3 min, 2 min jog",
        [{"kind": "intervals", "reps": 5, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    (
        "Thu: M: 10 mi",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 16093, "distance_m": 20325}],
    ),
    (
        "Thu: MP 10 km",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 10000, "distance_m": 14581}],
    ),
    (
        "Thu: MP 12",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 8000, "duration_min": 66}],
    ),
    (
        "Thu: MP run 8 mi",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 12875, "distance_m": 17434}],
    ),
    (
        "Thu: R: 10 x 200, 200 jog",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    ("Thu: T 20'", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    (
        "Thu: T: 4 x 1 mi, 1' jog",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 1609, "recovery_seconds": 60}],
    ),
    (
        "Thu: WU 15', 4 x 8' @ threshold (2' jog), CD 10'",
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
        "Thu: cruise intervals 5 x 1 mile @ T, 1 min rest",
        [{"kind": "tempo", "reps": 5, "rep_distance_m": 1609, "recovery_seconds": 60}],
    ),
    (
        "Thu: half marathon pace 10 km",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 10000, "work_pace": "half-marathon"}],
    ),
    (
        "Thu: hill repeats 10 x 45s",
        [{"kind": "hills", "reps": 10, "rep_seconds": 45, "recovery_seconds": 90}],
    ),
    (
        "Thu: hill reps 6 x 2 min",
        [{"kind": "hills", "reps": 6, "rep_seconds": 120, "recovery_seconds": 90}],
    ),
    (
        "Thu: hill sprints 8 x 10s",
        [{"kind": "hills", "reps": 8, "rep_seconds": 10, "recovery_seconds": 90}],
    ),
    (
        "Thu: hills 10 x 200m",
        [{"kind": "hills", "reps": 10, "rep_distance_m": 200, "recovery_seconds": 90}],
    ),
    (
        "Thu: hills 8x90sec",
        [{"kind": "hills", "reps": 8, "rep_seconds": 90, "recovery_seconds": 90}],
    ),
    ("Thu: hilly 10k", [{"kind": "easy", "distance_m": 10000}]),
    (
        "Thu: marathon pace 3 x 5k, 1k jog",
        [
            {
                "kind": "marathon-pace",
                "reps": 3,
                "rep_distance_m": 5000,
                "recovery_distance_m": 1000,
                "distance_m": 21626,
            }
        ],
    ),
    ("Thu: steady 10k", [{"kind": "easy", "distance_m": 10000}]),
    ("Thu: tempo 20 min @ 10 mile pace", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    ("Thu: tempo 25min", [{"kind": "tempo", "reps": 1, "rep_seconds": 1500}]),
    (
        "Thu: tempo 3 x 2 km w/ 1' jog",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 2000, "recovery_seconds": 60}],
    ),
    (
        "Thu: tempo 30' @ HM effort",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1800, "work_pace": "half-marathon"}],
    ),
    (
        "Thu: tempo 4 mi @ 7:00/mi",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 6437, "own_pace": (261, 261)}],
    ),
    (
        "Thu: tempo 6 mi w/ 2 mi wu & cd",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_distance_m": 9656,
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    ("Thu: tempo 8 km", [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000}]),
    (
        "Thu: tempo run 8k @ 4:20/km",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000, "own_pace": (260, 260)}],
    ),
    (
        "Thu: threshold 5 x 6 min, 60s jog",
        [{"kind": "tempo", "reps": 5, "rep_seconds": 360, "recovery_seconds": 60}],
    ),
    (
        "Thu: uphill 8 x 200m",
        [{"kind": "hills", "reps": 8, "rep_distance_m": 200, "recovery_seconds": 90}],
    ),
    (
        "Thu: warm-up 2km, 3 x 2km @ threshold w/ 90s, cool-down 2km",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_distance_m": 2000,
                "recovery_seconds": 90,
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    ("Thurs: tempo 20", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    (
        "Tue: 10 reps of 400m",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "recovery_seconds": 120}],
    ),
    (
        "Tue: 10 x (1 min on, 1 min off)",
        [{"kind": "intervals", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: 10 x 1 min (1 min jog)",
        [{"kind": "intervals", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: 10 x 1' / 1'",
        [{"kind": "intervals", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: 10 x 1' @ 5k, 1' jog",
        [
            {
                "kind": "intervals",
                "reps": 10,
                "rep_seconds": 60,
                "recovery_seconds": 60,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 10 x 200 @ R, 200 jog",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 10 x 30s fast, 90s easy",
        [{"kind": "intervals", "reps": 10, "rep_seconds": 30, "recovery_seconds": 90}],
    ),
    (
        "Tue: 10 x 400 r/ 1 min",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Tue: 10 x 400m @ 80-82s",
        [
            {
                "kind": "repetition",
                "reps": 10,
                "rep_distance_m": 400,
                "recovery_seconds": 90,
                "own_pace": (200, 205),
            }
        ],
    ),
    (
        "Tue: 10 x 400m at 1500m pace w/ 2 min standing recovery",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 400, "recovery_seconds": 120}],
    ),
    (
        "Tue: 10 x 800 @ HM, 200 jog",
        [
            {
                "kind": "tempo",
                "reps": 10,
                "rep_distance_m": 800,
                "recovery_distance_m": 200,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Tue: 10x400m/200m",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 12 x (30s on/30s off)",
        [{"kind": "intervals", "reps": 12, "rep_seconds": 30, "recovery_seconds": 30}],
    ),
    (
        "Tue: 12 x 1 km @ MP w/ 200m float",
        [
            {
                "kind": "marathon-pace",
                "reps": 12,
                "rep_distance_m": 1000,
                "recovery_distance_m": 200,
                "distance_m": 18747,
            }
        ],
    ),
    (
        "Tue: 12 x 400 @ 1:30, 60s standing",
        [
            {
                "kind": "repetition",
                "reps": 12,
                "rep_distance_m": 400,
                "recovery_seconds": 60,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Tue: 12x200m @ 38s, 200m jog",
        [
            {
                "kind": "repetition",
                "reps": 12,
                "rep_distance_m": 200,
                "recovery_distance_m": 200,
                "own_pace": (190, 190),
            }
        ],
    ),
    (
        "Tue: 12x400 (r=1')",
        [{"kind": "intervals", "reps": 12, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Tue: 15 min wu + 6 x 800m @ 3:10 + 15 min cd",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "own_pace": (238, 238),
                "warmup_seconds": 900,
                "cooldown_seconds": 900,
            }
        ],
    ),
    (
        "Tue: 15 x 100m sprints",
        [{"kind": "repetition", "reps": 15, "rep_distance_m": 100, "recovery_seconds": 90}],
    ),
    (
        "Tue: 16 x 200 @ 35s, 200 jog",
        [
            {
                "kind": "repetition",
                "reps": 16,
                "rep_distance_m": 200,
                "recovery_distance_m": 200,
                "own_pace": (175, 175),
            }
        ],
    ),
    (
        "Tue: 16 x 400 @ 10k, 100m jog",
        [
            {
                "kind": "intervals",
                "reps": 16,
                "rep_distance_m": 400,
                "recovery_distance_m": 100,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 1k repeats x 5 @ 10k, 2' jog",
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
        "Tue: 2 mile warm up, 4 x 1 mile @ 10k pace w/ 2 min rest, 2 mile cool down",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1609,
                "recovery_seconds": 120,
                "work_pace": "10k",
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    (
        "Tue: 2 sets of 6 x 200m @ R, 200 jog",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 2 x (3 x 1 mile @ HMP, 1 min), 3 min between",
        [
            {
                "kind": "tempo",
                "reps": 6,
                "rep_distance_m": 1609,
                "recovery_seconds": 60,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Tue: 2 x (6 x 300 @ mile, 100 jog) 5' between",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 300, "recovery_distance_m": 100}],
    ),
    (
        "Tue: 2 x 3k @ T w 3' jog",
        [{"kind": "tempo", "reps": 2, "rep_distance_m": 3000, "recovery_seconds": 180}],
    ),
    (
        "Tue: 2 x 5k @ MP, 1k easy",
        [
            {
                "kind": "marathon-pace",
                "reps": 2,
                "rep_distance_m": 5000,
                "recovery_distance_m": 1000,
                "distance_m": 15296,
            }
        ],
    ),
    (
        "Tue: 20 x 1 min hard/1 min easy",
        [{"kind": "intervals", "reps": 20, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: 20 x 30/30",
        [{"kind": "intervals", "reps": 20, "rep_seconds": 30, "recovery_seconds": 30}],
    ),
    (
        "Tue: 20x200 r200",
        [{"kind": "intervals", "reps": 20, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 24 x 200 @ mile pace w/ 200 jog",
        [{"kind": "repetition", "reps": 24, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 2mi wu, 5x1k @ 5k w/ 400 jog, 2mi cd",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_distance_m": 400,
                "work_pace": "5k",
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    (
        "Tue: 3 sets 5 x 300m @ mile, 100m jog, 4' between sets",
        [{"kind": "repetition", "reps": 15, "rep_distance_m": 300, "recovery_distance_m": 100}],
    ),
    (
        "Tue: 3 x (4 x 400) w/ 200 jog, 3 min between sets",
        [{"kind": "intervals", "reps": 12, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 3 x 1 mi @ HM pace, 2 min",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_distance_m": 1609,
                "recovery_seconds": 120,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Tue: 3 x 1 mile @ 5:55, 400m jog",
        [
            {
                "kind": "intervals",
                "reps": 3,
                "rep_distance_m": 1609,
                "recovery_distance_m": 400,
                "own_pace": (221, 221),
            }
        ],
    ),
    (
        "Tue: 3 x 1600m @ T, 1 min rest",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 1600, "recovery_seconds": 60}],
    ),
    (
        "Tue: 3 x 2 mi @ T, 2 min jog",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 3219, "recovery_seconds": 120}],
    ),
    (
        "Tue: 3 x 3k @ 15k pace, 3 min",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 3000, "recovery_seconds": 180}],
    ),
    (
        "Tue: 30' fartlek",
        [{"kind": "fartlek", "reps": 8, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: 30/30 x 10",
        [{"kind": "intervals", "reps": 10, "rep_seconds": 30, "recovery_seconds": 30}],
    ),
    (
        "Tue: 3mi wu / 6x1k @ 10k w/ 2min / 3mi cd",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "work_pace": "10k",
                "warmup_m": 4828,
                "cooldown_m": 4828,
            }
        ],
    ),
    (
        "Tue: 3x2000 @ HM, 400 jog",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_distance_m": 2000,
                "recovery_distance_m": 400,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Tue: 4 x (3 min @ I, 2 min)",
        [{"kind": "intervals", "reps": 4, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    (
        "Tue: 4 x 1 mi w/ 3 min easy jog",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1609, "recovery_seconds": 180}],
    ),
    (
        "Tue: 4 x 1 mile @ 6:10, 3 min jog",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1609,
                "recovery_seconds": 180,
                "own_pace": (230, 230),
            }
        ],
    ),
    (
        "Tue: 4 x 1200 @ 10k, 400 jog",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1200,
                "recovery_distance_m": 400,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 4 x 1200 @ 4:20 (400 jog)",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1200,
                "recovery_distance_m": 400,
                "own_pace": (260, 260),
            }
        ],
    ),
    (
        "Tue: 4 x 2km @ 10k pace / 2min jog",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 2000,
                "recovery_seconds": 120,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 4 x 4 min @ I w/ 3 min jog",
        [{"kind": "intervals", "reps": 4, "rep_seconds": 240, "recovery_seconds": 180}],
    ),
    (
        "Tue: 4 x 4 x 400",
        [{"kind": "intervals", "reps": 16, "rep_distance_m": 400, "recovery_seconds": 120}],
    ),
    (
        "Tue: 4 x 5 min hard w/ 2 min easy",
        [{"kind": "intervals", "reps": 4, "rep_seconds": 300, "recovery_seconds": 120}],
    ),
    (
        "Tue: 400s x 10 @ 5k",
        [
            {
                "kind": "intervals",
                "reps": 10,
                "rep_distance_m": 400,
                "recovery_seconds": 120,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 4x1km r2'",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 4x1mi@6:00/mi w/ 3:00 jog",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1609,
                "recovery_seconds": 180,
                "own_pace": (224, 224),
            }
        ],
    ),
    (
        "Tue: 5 x 1 km w/ 1 km jog",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_distance_m": 1000}],
    ),
    (
        "Tue: 5 x 1 mile @ 10k w/ 400m jog",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1609,
                "recovery_distance_m": 400,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 5 x 1000m @ 3:45 with 2' rest",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Tue: 5 x 1k @ 3:20-3:25 (2 min)",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (200, 205),
            }
        ],
    ),
    (
        "Tue: 5 x 1k w/ 2' walk",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 5 x 2k @ 7:40, 3' rec",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 2000,
                "recovery_seconds": 180,
                "own_pace": (230, 230),
            }
        ],
    ),
    (
        "Tue: 5 x 3' @ VO2 (2')",
        [{"kind": "intervals", "reps": 5, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    (
        "Tue: 5 x 4'/2'",
        [{"kind": "intervals", "reps": 5, "rep_seconds": 240, "recovery_seconds": 120}],
    ),
    (
        "Tue: 5 x 5' @ 10k (1')",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_seconds": 300,
                "recovery_seconds": 60,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 5 x 6 min @ 10k w/ 2 min",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_seconds": 360,
                "recovery_seconds": 120,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 5 x 600 @ 3k pace, 3 min",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 600, "recovery_seconds": 180}],
    ),
    (
        "Tue: 5x 1600 @ 10K, 2:30 rec",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1600,
                "recovery_seconds": 150,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 5x1km@3:50 r90s",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 90,
                "own_pace": (230, 230),
            }
        ],
    ),
    (
        "Tue: 5x2000m (r=3')",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 2000, "recovery_seconds": 180}],
    ),
    (
        "Tue: 6 * 800m @ 5k",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 6 x 1 km w/ 60 sec jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    (
        "Tue: 6 x 1 km, 1 min recovery",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    (
        "Tue: 6 x 1 mile @ 5:40-5:45",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1609,
                "recovery_seconds": 120,
                "own_pace": (211, 214),
            }
        ],
    ),
    (
        "Tue: 6 x 1 min fast 2 min slow",
        [{"kind": "intervals", "reps": 6, "rep_seconds": 60, "recovery_seconds": 120}],
    ),
    (
        "Tue: 6 x 1000 @ 3'45 rec 2'",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Tue: 6 x 1000 @ 5km pace, jog 400",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 6 x 150m @ R w/ full recovery",
        [{"kind": "repetition", "reps": 6, "rep_distance_m": 150, "recovery_seconds": 90}],
    ),
    (
        "Tue: 6 x 1k (1' rec)",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    (
        "Tue: 6 x 1k (2 min jog rec)",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 6 x 1k w/ 90s jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 90}],
    ),
    (
        "Tue: 6 x 1k with 1' rec",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    (
        "Tue: 6 x 2 min @ I, 1 min jog",
        [{"kind": "intervals", "reps": 6, "rep_seconds": 120, "recovery_seconds": 60}],
    ),
    (
        "Tue: 6 x 3 min @ 5k effort, 90 sec jog",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_seconds": 180,
                "recovery_seconds": 90,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 6 x 3'/90\"",
        [{"kind": "intervals", "reps": 6, "rep_seconds": 180, "recovery_seconds": 90}],
    ),
    (
        "Tue: 6 x 800 (400 jog)",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_distance_m": 400}],
    ),
    (
        "Tue: 6 x 800 @ 5K, 90s standing rest",
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
    (
        "Tue: 6 x 800 r=90",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 90}],
    ),
    (
        "Tue: 6 x 800 w/400 jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_distance_m": 400}],
    ),
    (
        "Tue: 6 x 800, 2 min recovery",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    (
        "Tue: 6 \u00d7 800 m, 2 min jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    (
        "Tue: 6X800M",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    (
        "Tue: 6x1000m/1'30\"",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 90}],
    ),
    (
        "Tue: 6x1k (60s)",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    (
        "Tue: 6x1k @ 3:45 (r=90s)",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_seconds": 90,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Tue: 6x1km@4:00/km r2min",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (240, 240),
            }
        ],
    ),
    (
        "Tue: 6x800m @ 5k pace w/ 400m jog",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_distance_m": 400,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 8 x (2' hard / 1' easy)",
        [{"kind": "intervals", "reps": 8, "rep_seconds": 120, "recovery_seconds": 60}],
    ),
    (
        "Tue: 8 x 1'30\" hard, 1' easy",
        [{"kind": "intervals", "reps": 8, "rep_seconds": 90, "recovery_seconds": 60}],
    ),
    (
        "Tue: 8 x 2' @ 3'40/km, rec 1'",
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_seconds": 120,
                "recovery_seconds": 60,
                "own_pace": (220, 220),
            }
        ],
    ),
    (
        "Tue: 8 x 2min on 1min off",
        [{"kind": "intervals", "reps": 8, "rep_seconds": 120, "recovery_seconds": 60}],
    ),
    (
        "Tue: 8 x 300m @ 1500m pace, 100m walk",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 300, "recovery_distance_m": 100}],
    ),
    (
        "Tue: 8 x 400 w/ 200 walk",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 8 x 400 with 400 walk",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_distance_m": 400}],
    ),
    (
        "Tue: 8 x 800 @ 2:40-2:45",
        [
            {
                "kind": "intervals",
                "reps": 8,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "own_pace": (200, 206),
            }
        ],
    ),
    (
        "Tue: 8x 1km @ threshold, 60s jog recovery",
        [{"kind": "tempo", "reps": 8, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    (
        "Tue: 8x1k @ HMP, 1' float",
        [
            {
                "kind": "tempo",
                "reps": 8,
                "rep_distance_m": 1000,
                "recovery_seconds": 60,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        'Tue: 8x400/60"',
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Tue: 8x400@1:25 w/ 1:00 rest",
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_distance_m": 400,
                "recovery_seconds": 60,
                "own_pace": (212, 212),
            }
        ],
    ),
    (
        'Tue: 8x400m (90" jog)',
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 90}],
    ),
    (
        "Tue: 8x400m with 90 seconds recovery",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 90}],
    ),
    (
        "Tue: 8x400m, rest 90s",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 90}],
    ),
    (
        "Tue: VO2 5 x 3 min, 2 min jog",
        [{"kind": "intervals", "reps": 5, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    (
        "Tue: VO2max 6 x 1000m",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: WU 3k / 8x400 @ R, 400 jog / CD 2k",
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_distance_m": 400,
                "recovery_distance_m": 400,
                "warmup_m": 3000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Tue: fartlek 10 x 1 min on / 1 min off",
        [{"kind": "fartlek", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: fartlek 40': 10 x 1' hard",
        [{"kind": "fartlek", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: fartlek 45 min w/ 8 x 2 min hard",
        [{"kind": "fartlek", "reps": 8, "rep_seconds": 120, "recovery_seconds": 60}],
    ),
    (
        "Tue: fartlek 5 miles",
        [{"kind": "fartlek", "reps": 8, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Tue: fartlek: 6 x 3' hard / 2' easy",
        [{"kind": "fartlek", "reps": 6, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    (
        "Tue: mile repeats x 4 @ T",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 1609, "recovery_seconds": 60}],
    ),
    (
        "Tue: wu 2k, 10 x 300m @ 1500 (100m jog), cd 2k",
        [
            {
                "kind": "repetition",
                "reps": 10,
                "rep_distance_m": 300,
                "recovery_distance_m": 100,
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Tue: 🏃 6 x 800 @ 5k, 2' jog",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tues: 10x400 @ mile pace, 200 jog",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    ("Wed: 1 hr easy", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: 10 km @ 6:00", [{"kind": "easy", "own_pace": (360, 360), "distance_m": 10000}]),
    ("Wed: 10k easy + 6x20s", [{"kind": "easy", "strides": 6, "distance_m": 10000}]),
    ("Wed: 10k easy pace", [{"kind": "easy", "distance_m": 10000}]),
    ("Wed: 10km Z2", [{"kind": "easy", "distance_m": 10000}]),
    ("Wed: 20 min recovery jog", [{"kind": "recovery", "duration_min": 20}]),
    ("Wed: 30 min jog", [{"kind": "easy", "duration_min": 30}]),
    ("Wed: 4-5 miles easy", [{"kind": "easy", "distance_m": 6437}]),
    ("Wed: 40 min easy", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: 40' easy w/ 6 strides", [{"kind": "easy", "strides": 6, "duration_min": 40}]),
    ("Wed: 40-50' easy", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: 45 min easy 5'40/km", [{"kind": "easy", "own_pace": (340, 340), "duration_min": 45}]),
    ("Wed: 45 min zone 2", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: 45' E", [{"kind": "easy", "duration_min": 45}]),
    (
        "Wed: 5 mi easy, 4 x 100m strides after",
        [{"kind": "easy", "strides": 4, "distance_m": 8047}],
    ),
    ("Wed: 5 miles @ 9:30", [{"kind": "easy", "own_pace": (354, 354), "distance_m": 8047}]),
    ("Wed: 50 minutes Z2", [{"kind": "easy", "duration_min": 50}]),
    ("Wed: 50' easy incl 6 x 20\" strides", [{"kind": "easy", "strides": 6, "duration_min": 50}]),
    ("Wed: 5k recovery jog", [{"kind": "recovery", "distance_m": 5000}]),
    ("Wed: 6 mi @ E", [{"kind": "easy", "distance_m": 9656}]),
    ("Wed: 6 mi EZ + 4 strides", [{"kind": "easy", "strides": 4, "distance_m": 9656}]),
    ("Wed: 6 mi easy + strides", [{"kind": "easy", "strides": 6, "distance_m": 9656}]),
    (
        "Wed: 6 mi easy with 6 x 20 sec strides",
        [{"kind": "easy", "strides": 6, "distance_m": 9656}],
    ),
    ("Wed: 6-8 km easy", [{"kind": "easy", "distance_m": 6000}]),
    ("Wed: 60min ez", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: 8 km easy + 8 x 20s pickups", [{"kind": "easy", "strides": 8, "distance_m": 8000}]),
    ("Wed: 8 km easy @ 5:45/km", [{"kind": "easy", "own_pace": (345, 345), "distance_m": 8000}]),
    ("Wed: 8k ez", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed: E 8k", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed: E run 40", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: GA 50 min", [{"kind": "easy", "duration_min": 50}]),
    ("Wed: OFF 😎", []),
    ("Wed: Z1 30 min", [{"kind": "easy", "duration_min": 30}]),
    ("Wed: Z2 60'", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: aerobic 8 miles", [{"kind": "easy", "distance_m": 12875}]),
    ("Wed: base run 45'", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: easy 10k, strides 6 x 100m", [{"kind": "easy", "strides": 6, "distance_m": 10000}]),
    ("Wed: easy 35 min, then 6 strides", [{"kind": "easy", "strides": 6, "duration_min": 35}]),
    ("Wed: easy 40 min (HR < 145)", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: easy 40' + 6 x 20\" strides", [{"kind": "easy", "strides": 6, "duration_min": 40}]),
    ("Wed: easy 45 + 4 strides", [{"kind": "easy", "strides": 4, "duration_min": 45}]),
    ("Wed: easy 45 mins 🐢", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: easy 5 miles + 4 x strides", [{"kind": "easy", "strides": 4, "distance_m": 8047}]),
    ("Wed: easy 5mi", [{"kind": "easy", "distance_m": 8047}]),
    ("Wed: easy 6mi w/ 6x100m strides", [{"kind": "easy", "strides": 6, "distance_m": 9656}]),
    ("Wed: easy 8 miles (conversational)", [{"kind": "easy", "distance_m": 12875}]),
    ("Wed: easy 8k @ 5:40-6:00", [{"kind": "easy", "own_pace": (340, 360), "distance_m": 8000}]),
    ("Wed: easy 8k 🙂", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed: easy run 45-50 min", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: easy run 7 km", [{"kind": "easy", "distance_m": 7000}]),
    ("Wed: endurance 1h", [{"kind": "easy", "duration_min": 60}]),
    ("Wed: esay 40'", [{"kind": "easy", "duration_min": 40}]),
    (
        "Wed: fartlk 30 min",
        [{"kind": "fartlek", "reps": 8, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Wed: intevals 6 x 800",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    ("Wed: jog 30", [{"kind": "easy", "duration_min": 30}]),
    ("Wed: rec 5k", [{"kind": "recovery", "distance_m": 5000}]),
    ("Wed: recovery 30' very easy", [{"kind": "recovery", "duration_min": 30}]),
    ("Wed: recovery run 25 min", [{"kind": "recovery", "duration_min": 25}]),
    ("Wed: revovery 30'", [{"kind": "recovery", "duration_min": 30}]),
    ("Wed: shakeout 20 min", [{"kind": "easy", "duration_min": 20}]),
    ("Wed: strides 6 x 20s after 40' easy", [{"kind": "easy", "strides": 6, "duration_min": 40}]),
    ("Wed: strides after easy run", [{"kind": "easy", "strides": 6, "duration_min": 30}]),
    (
        "Wed: thresold 3 x 10'",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 600, "recovery_seconds": 60}],
    ),
    ("Wed: tmepo 20 min", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    ("Wed: very easy 30 min", [{"kind": "easy", "duration_min": 30}]),
    ("Wed: 💤", []),
    ("Wed: 😴 rest", []),
    ("Weds: easy 45", [{"kind": "easy", "duration_min": 45}]),
    (
        "Sun: 24 km long run, last 4 km at tempo pace",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 4000,
                "work_pace": "threshold",
                "finish": True,
                "distance_m": 24000,
            }
        ],
    ),
    ("Thu: 8 x hill", [{"kind": "hills", "reps": 8, "rep_seconds": 60, "recovery_seconds": 90}]),
    (
        "Tue: 5 x 2 min, equal recovery",
        [{"kind": "intervals", "reps": 5, "rep_seconds": 120, "recovery_seconds": 120}],
    ),
    ("Mon: easy 20 (opt.)", [{"kind": "easy", "duration_min": 20}]),
    (
        "Thu: 8 km easy + 5 km tempo",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 5000, "warmup_m": 8000}],
    ),
    (
        "Thu: 5k easy + 5k @ MP",
        [
            {
                "kind": "marathon-pace",
                "reps": 1,
                "rep_distance_m": 5000,
                "warmup_m": 5000,
                "distance_m": 10000,
            }
        ],
    ),
    (
        'Tue: 400m x 10 @ 5k, 60" rec',
        [
            {
                "kind": "intervals",
                "reps": 10,
                "rep_distance_m": 400,
                "recovery_seconds": 60,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 10x400 w/200 jog",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 10 x 400 (200m jog rec)",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 8 x 1km @ 10k pace (90 sec recovery)",
        [
            {
                "kind": "intervals",
                "reps": 8,
                "rep_distance_m": 1000,
                "recovery_seconds": 90,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 5 x 1 mi @ 10K w/ 2:00 rest",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1609,
                "recovery_seconds": 120,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 6 x 1k at 3:40-3:45 with 400m jog between",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_distance_m": 400,
                "own_pace": (220, 225),
            }
        ],
    ),
    (
        "Tue: 4 x 2 km @ T with 2 min standing",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 2000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 3 x 3 km @ HMP w/ 3' jog rec",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_distance_m": 3000,
                "recovery_seconds": 180,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Tue: 10 x 2 min @ 5k w/ 1 min jog",
        [
            {
                "kind": "intervals",
                "reps": 10,
                "rep_seconds": 120,
                "recovery_seconds": 60,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 6 x 4 min @ I pace, 3 min jog",
        [{"kind": "intervals", "reps": 6, "rep_seconds": 240, "recovery_seconds": 180}],
    ),
    (
        "Tue: 12 x 1 min hard, 1 min easy jog",
        [{"kind": "intervals", "reps": 12, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        'Tue: 8 x 3 min @ 10k effort, 90" jog',
        [
            {
                "kind": "intervals",
                "reps": 8,
                "rep_seconds": 180,
                "recovery_seconds": 90,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 20 x 200m @ R (200m jog)",
        [{"kind": "repetition", "reps": 20, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Tue: 6 x 600m @ mile pace, 3' rest",
        [{"kind": "repetition", "reps": 6, "rep_distance_m": 600, "recovery_seconds": 180}],
    ),
    (
        "Tue: 15 x 300m @ 3k pace, 100m jog",
        [{"kind": "intervals", "reps": 15, "rep_distance_m": 300, "recovery_distance_m": 100}],
    ),
    (
        "Tue: 10 x 100m sprints, walk back",
        [{"kind": "repetition", "reps": 10, "rep_distance_m": 100, "recovery_seconds": 90}],
    ),
    (
        "Tue: 5 x 800 @ 2:40 (2:00 jog)",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "own_pace": (200, 200),
            }
        ],
    ),
    (
        "Tue: 4 x 1600 @ 5:50 (3:00 rest)",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1600,
                "recovery_seconds": 180,
                "own_pace": (219, 219),
            }
        ],
    ),
    (
        "Tue: 3 x 2 mi @ 11:40, 3 min",
        [
            {
                "kind": "intervals",
                "reps": 3,
                "rep_distance_m": 3219,
                "recovery_seconds": 180,
                "own_pace": (217, 217),
            }
        ],
    ),
    (
        "Tue: 3 x 5 min @ 4:00/km w/ 2 min",
        [
            {
                "kind": "intervals",
                "reps": 3,
                "rep_seconds": 300,
                "recovery_seconds": 120,
                "own_pace": (240, 240),
            }
        ],
    ),
    (
        "Tue: 6 x 800 @ 3:05 w/ 90 sec",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 90,
                "own_pace": (231, 231),
            }
        ],
    ),
    (
        "Tue: track: 8 x 400 @ 80s",
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_distance_m": 400,
                "recovery_seconds": 90,
                "own_pace": (200, 200),
            }
        ],
    ),
    (
        "Tue: track 12 x 400",
        [{"kind": "intervals", "reps": 12, "rep_distance_m": 400, "recovery_seconds": 120}],
    ),
    (
        "Tue: track session 6 x 800",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_seconds": 120}],
    ),
    (
        "Thu: 25' @ HMP",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1500, "work_pace": "half-marathon"}],
    ),
    ("Thu: 30' @ 10k", [{"kind": "intervals", "reps": 1, "rep_seconds": 1800, "work_pace": "10k"}]),
    (
        "Thu: 40' @ MP",
        [{"kind": "marathon-pace", "reps": 1, "rep_seconds": 2400, "duration_min": 65}],
    ),
    (
        "Thu: 15 min @ 5k pace",
        [{"kind": "intervals", "reps": 1, "rep_seconds": 900, "work_pace": "5k"}],
    ),
    (
        "Thu: 6 mi @ HM pace",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 9656, "work_pace": "half-marathon"}],
    ),
    (
        "Thu: 5 x 1 mile @ HMP, 60s",
        [
            {
                "kind": "tempo",
                "reps": 5,
                "rep_distance_m": 1609,
                "recovery_seconds": 60,
                "work_pace": "half-marathon",
            }
        ],
    ),
    (
        "Thu: 10 km @ 4:30/km",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 10000, "own_pace": (270, 270)}],
    ),
    (
        "Thu: 10 km tempo @ 4:30",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 10000, "own_pace": (270, 270)}],
    ),
    ("Thu: 8km threshold run", [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000}]),
    ("Thu: tempo run 30 minutes", [{"kind": "tempo", "reps": 1, "rep_seconds": 1800}]),
    ("Thu: tempo 3 miles", [{"kind": "tempo", "reps": 1, "rep_distance_m": 4828}]),
    ("Thu: Tempo: 20 min", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    ("Thu: TEMPO 25'", [{"kind": "tempo", "reps": 1, "rep_seconds": 1500}]),
    ("Thu: LT run 8 km", [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000}]),
    (
        "Thu: 2 x 3 mi @ T, 3 min",
        [{"kind": "tempo", "reps": 2, "rep_distance_m": 4828, "recovery_seconds": 180}],
    ),
    (
        "Sun: 90 min easy with last 20 min steady",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_seconds": 1200,
                "work_pace": "marathon",
                "finish": True,
                "duration_min": 90,
            }
        ],
    ),
    (
        "Sun: 2:00 long, last 30 MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_seconds": 1800,
                "work_pace": "marathon",
                "finish": True,
                "duration_min": 120,
            }
        ],
    ),
    (
        "Sun: 32 km long run incl. 2 x 8 km @ MP",
        [
            {
                "kind": "long",
                "reps": 2,
                "rep_distance_m": 8000,
                "recovery_distance_m": 1000,
                "work_pace": "marathon",
                "distance_m": 32000,
            }
        ],
    ),
    (
        "Sun: 28 km LR w/ 3 x 4 km MP",
        [
            {
                "kind": "long",
                "reps": 3,
                "rep_distance_m": 4000,
                "recovery_distance_m": 1000,
                "work_pace": "marathon",
                "distance_m": 28000,
            }
        ],
    ),
    ("Sun: long run 35km", [{"kind": "long", "distance_m": 35000}]),
    ("Sun: 35k LR", [{"kind": "long", "distance_m": 35000}]),
    ("Sun: trail long run 4 hours", [{"kind": "long", "duration_min": 240}]),
    ("Wed: 40 min easy (trail)", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: easy 8 km on grass", [{"kind": "easy", "distance_m": 8000}]),
    ("Wed: easy 45' treadmill", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: treadmill 30 min easy", [{"kind": "easy", "duration_min": 30}]),
    (
        "Wed: AM 30' easy / PM 30' easy",
        [{"kind": "easy", "duration_min": 30}, {"kind": "easy", "duration_min": 30}],
    ),
    (
        "Wed: am 10k, pm 5k",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Wed: double: 8k + 5k",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 5000}],
    ),
    ("Wed: 8 km easy (double)", [{"kind": "easy", "distance_m": 8000}]),
    (
        "Fri: easy 30' + core 15'",
        [
            {"kind": "easy", "duration_min": 30},
            {"kind": "cross-training", "activity": "strength", "duration_min": 15},
        ],
    ),
    ("Fri: 20 min easy jog + 6 x 100m", [{"kind": "easy", "strides": 6, "distance_m": 3405}]),
    ("Fri: 5k easy + 6 x 20 sec strides", [{"kind": "easy", "strides": 6, "distance_m": 5000}]),
    ("Fri: easy 5k, strides", [{"kind": "easy", "strides": 6, "distance_m": 5000}]),
    (
        "Fri: easy run 30 min w/ 4 x 30s pickups",
        [{"kind": "easy", "strides": 4, "duration_min": 30}],
    ),
    (
        "Fri: 6 x 20\" accelerations after 30' easy",
        [{"kind": "easy", "strides": 6, "duration_min": 30}],
    ),
    ("Mon: Rest day 🛌", []),
    ("Mon: 🚫", []),
    ("Mon: REST (travel)", []),
    (
        "Sat: 5K race pace 4 x 1 km",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Sat: race pace 3 x 2 km",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_distance_m": 2000,
                "recovery_seconds": 60,
                "work_pace": "race",
            }
        ],
    ),
    (
        "Sat: goal pace 8 km",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000, "work_pace": "race"}],
    ),
    (
        "Sat: HM pace 12 km",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 12000, "work_pace": "half-marathon"}],
    ),
    (
        "Sat: 10K @ race pace",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 10000, "work_pace": "race"}],
    ),
    (
        "Sat: 5 km @ goal pace",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 5000, "work_pace": "race"}],
    ),
    ("Sun: half marathon race, goal 1:35:00", [{"kind": "race", "distance_m": 21097}]),
    ("Sun: marathon race 3:30", [{"kind": "race", "distance_m": 42195}]),
    ("Sun: RACE 10K (goal 42 min)", [{"kind": "race", "distance_m": 10000}]),
    ("Sat: 10 km race @ 4:10/km", [{"kind": "race", "distance_m": 10000}]),
    (
        "Thu: hill repeats: 8 x 2 min, jog down",
        [{"kind": "hills", "reps": 8, "rep_seconds": 120, "recovery_seconds": 90}],
    ),
    (
        'Thu: hills 6 x 90" w/ jog down',
        [{"kind": "hills", "reps": 6, "rep_seconds": 90, "recovery_seconds": 90}],
    ),
    (
        "Thu: 10 x 1 min hill @ 5k effort",
        [{"kind": "hills", "reps": 10, "rep_seconds": 60, "recovery_seconds": 90}],
    ),
    (
        "Thu: 45' incl 8 x 30\" hills",
        [{"kind": "hills", "reps": 8, "rep_seconds": 30, "recovery_seconds": 90}],
    ),
    ("Thu: tempo 20 — 45 min", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    (
        "Thu: threshold 4 x 8 min",
        [{"kind": "tempo", "reps": 4, "rep_seconds": 480, "recovery_seconds": 60}],
    ),
    ("Thu: tempo 40 mins", [{"kind": "tempo", "reps": 1, "rep_seconds": 2400}]),
    ("Sun: LR 16 miles", [{"kind": "long", "distance_m": 25750}]),
    ("Sun: long 2h", [{"kind": "long", "duration_min": 120}]),
    ("Sun: long 120", [{"kind": "long", "duration_min": 120}]),
    ("Sun: LR 100", [{"kind": "long", "duration_min": 100}]),
    (
        "Tue: R 6 x 200 @ 35s",
        [
            {
                "kind": "repetition",
                "reps": 6,
                "rep_distance_m": 200,
                "recovery_seconds": 90,
                "own_pace": (175, 175),
            }
        ],
    ),
    (
        "Tue: R: 8 x 300",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 300, "recovery_seconds": 90}],
    ),
    ("Tue: one x 20 min @ T", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    (
        "Tue: 6x800@3:00",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Tue: 6x800m@5k pace",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 120,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 8x400@R",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 90}],
    ),
    (
        "Tue: 10x400m @ 5km w/200m",
        [
            {
                "kind": "intervals",
                "reps": 10,
                "rep_distance_m": 400,
                "recovery_distance_m": 200,
                "work_pace": "5k",
            }
        ],
    ),
    (
        "Tue: 4x1mi@T w/1min",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 1609, "recovery_seconds": 60}],
    ),
    (
        "Thu: 20' WU / 20' T / 10' CD",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1200,
                "warmup_seconds": 1200,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Tue: 15 min wu, 3 x (5 x 200 @ R, 200 jog), 3 min between, 15 min cd",
        [
            {
                "kind": "repetition",
                "reps": 15,
                "rep_distance_m": 200,
                "recovery_distance_m": 200,
                "warmup_seconds": 900,
                "cooldown_seconds": 900,
            }
        ],
    ),
    (
        'Tue: 8 x 400 @ 75"',
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_distance_m": 400,
                "recovery_seconds": 90,
                "own_pace": (188, 188),
            }
        ],
    ),
    (
        "Tue: 8 x 400 @ 75 sec w/ 60 sec",
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_distance_m": 400,
                "recovery_seconds": 60,
                "own_pace": (188, 188),
            }
        ],
    ),
    (
        "Tue: 6 x 800 @ 2:50 (90s)",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 800,
                "recovery_seconds": 90,
                "own_pace": (212, 212),
            }
        ],
    ),
    (
        "Tue: 6 x 1000 @ 3:30",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (210, 210),
            }
        ],
    ),
    (
        "Tue: 5 x 1600 @ 5:45",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1600,
                "recovery_seconds": 120,
                "own_pace": (216, 216),
            }
        ],
    ),
    ("Sat: 30 min + 4 strides", [{"kind": "easy", "strides": 4, "duration_min": 30}]),
    ("Sat: 5 km + strides", [{"kind": "easy", "strides": 6, "distance_m": 5000}]),
    ("Sat: Parkrun", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sat: PARKRUN + 5k cool down", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Thu: 45 min w 6 strides", [{"kind": "easy", "strides": 6, "duration_min": 45}]),
    ("Thu: easy 40 w 4 strides", [{"kind": "easy", "strides": 4, "duration_min": 40}]),
    (
        "Tue: 8 x 400 w 200 jog",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    (
        "Sun: 10 mi with a fast finish",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 3200,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 16093,
            }
        ],
    ),
    (
        "Sun: 2h long, quick finish",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_seconds": 1440,
                "work_pace": "marathon",
                "finish": True,
                "duration_min": 120,
            }
        ],
    ),
    (
        "Sun: 30 km progressive finish",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 6000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 30000,
            }
        ],
    ),
    (
        "Sun: 16 mi long run fast finish (last 2 mi @ MP)",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 3219,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 25750,
            }
        ],
    ),
    ("Thu: 8 km at tempo", [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000}]),
    ("Thu: 5 mi @ tempo pace", [{"kind": "tempo", "reps": 1, "rep_distance_m": 8047}]),
    ("Thu: 20 min at tempo effort", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    (
        "Thu: 2 x 3 km at tempo, 2 min jog",
        [{"kind": "tempo", "reps": 2, "rep_distance_m": 3000, "recovery_seconds": 120}],
    ),
    ("Sat: parkrun at tempo", [{"kind": "tempo", "reps": 1, "rep_distance_m": 5000}]),
    (
        "Mon: S&C circuit 40 min",
        [{"kind": "cross-training", "activity": "strength", "duration_min": 40}],
    ),
    (
        "Mon: gym (S&C) 45'",
        [{"kind": "cross-training", "activity": "strength", "duration_min": 45}],
    ),
    (
        "Tue: 4x 2 mile @ MP",
        [
            {
                "kind": "marathon-pace",
                "reps": 4,
                "rep_distance_m": 3219,
                "recovery_seconds": 60,
                "distance_m": 18217,
            }
        ],
    ),
    (
        "Tue: one mile repeats x 4",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1609, "recovery_seconds": 120}],
    ),
    (
        "Thu: 3 km easy + 20 min tempo + 2 km easy",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "warmup_m": 3000, "cooldown_m": 2000}],
    ),
    (
        "Tue: 8 x 400 rest 45",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 45}],
    ),
    (
        "Tue: 6 x 1k rest 2 min",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    (
        "Tue: 12 x 400 rec 200",
        [{"kind": "intervals", "reps": 12, "rep_distance_m": 400, "recovery_distance_m": 200}],
    ),
    ("Thu: tempo 10k", [{"kind": "tempo", "reps": 1, "rep_distance_m": 10000}]),
    ("Mon: rest/stretch", []),
    ("Mon: off / mobility", []),
    ("Mon: rest/ foam roll", []),
]

NOT_USED: list[tuple[str, str]] = [
    ("Tue: 3x3000 r=4'", "repetitions this long with no kind or pace"),
    ("Wed: 2 x 30 min", "repetitions this long with no kind or pace"),
    ("Wed: 3 x 10 min easy", "repetitions this long with no kind or pace"),
    ("Tue: 2 x 3k", "repetitions this long with no kind or pace"),
    ("Thu: 20' Z2, 20' Z3, 10' Z4", "several paces in stages"),
    ("Sat: 20' Z2 / 20' Z3 / 10' Z4", "several paces in stages"),
    ("Sat: 60 min progression: 20 E, 20 M, 20 T", "several paces in stages"),
    ("Sat: 40' progression: 20' E, 10' M, 10' T", "several paces in stages"),
    ("Mon: rest/XT", "choice or a condition"),
    ("Mon: Rest / cross-train", "choice or a condition"),
    ("Mon: off/easy", "choice or a condition"),
    ("Mon: XT/rest", "choice or a condition"),
    ("Fri: easy 20 / rest", "choice or a condition"),
    ("Mon: Rest or XT", "choice or a condition"),
    ("Mon: rest (or 20 min easy)", "choice or a condition"),
    ("Fri: rest or easy 20", "choice or a condition"),
    ("Mon: cross-training 45' (bike or swim)", "choice or a condition"),
    ("Thu: 20' hard", "says no pace for one effort"),
    ("Thu: 6 km hard", "says no pace for one effort"),
    ("Thu: 30 min fast", "says no pace for one effort"),
    ("Thu: 5 mi quick", "says no pace for one effort"),
    ("Tue: 5x(1k+400)", "repetitions of several sizes"),
    ("Tue: 5 x (1k + 400)", "repetitions of several sizes"),
    ("Tue: 4 x (800 + 400)", "repetitions of several sizes"),
    ("Tue: 6x(400/200)", "repetitions of several sizes"),
    ("Tue: ladder 400-800-1200-800-400", "repetitions of several sizes"),
    ("Tue: 400/800/1200/800/400", "repetitions of several sizes"),
    ("Tue: 1200-1000-800-600-400 @ 5k, 400 jog", "repetitions of several sizes"),
    ("Tue: pyramid 1-2-3-2-1 min", "repetitions of several sizes"),
    ("Tue: 1-2-3-4-3-2-1 min fartlek", "repetitions of several sizes"),
    ("Tue: 200-400-600-800-600-400-200", "repetitions of several sizes"),
    ("Tue: 800-600-400-200 x 2", "repetitions of several sizes"),
    ("Tue: 3 x (1 km @ T + 1 km @ M)", "repetitions of several sizes"),
    ("Tue: 3 x 1600 @ 10k + 4 x 200 @ R", "a second series of repetitions"),
    ("Tue: 6x800 @ 5k then 4x200 fast", "a second series of repetitions"),
    ("Tue: 4 x 400, 4 x 300, 4 x 200", "a second series of repetitions"),
    ("Tue: 2 x 1600, 2 x 800, 4 x 400", "a second series of repetitions"),
    ("Tue: 3 x 1 mile + 3 x 400", "a second series of repetitions"),
    ("Tue: 4 reps x 1km", "repetitions without a size"),
    ("Tue: 8 x 200m strides", "strides go with a run"),
    ("Fri: drills + strides", "strides go with a run"),
    ("Mon: swim 1500m", "cross-training needs a time"),
    ("Thu: tempo 5k @ 20:00 pace", "outside 2:00 to 15:00 per km"),
    ("Thu: 10k at 45:00 race pace", "outside 2:00 to 15:00 per km"),
    ("Thu: tempo: 2 wu / 4 T / 2 cd (miles)", "have no unit"),
    ("Wed: 8km easy (5:30-5:50)", "cannot both be the day's size"),
    ("Thu: progression 10k from 5:30 to 4:30", "cannot both be the day's size"),
    ("Wed: ez 5", "no kind of session, size or pace"),
    ("Fri: N/A", "no kind of session, size or pace"),
    ("Mon: OFF / optional easy 20'", "choice or a condition"),
    ("Mon: off or 20' jog", "choice or a condition"),
    ("Mon: cross train 45 min or rest", "choice or a condition"),
    ("Sat: 5k race pace effort", "without an amount of work"),
    ("Tue: 10-8-6-4-2 min", "repetitions of several sizes"),
    ("Tue: 5-4-3-2-1 min @ 10k-5k-3k pace", "repetitions of several sizes"),
    ("Tue: 1600, 1200, 800, 400", "no kind of session, size or pace"),
    ("Thu: tempo 3 x 10", "has no unit"),
    ("Thu: tempo 2 x 15", "has no unit"),
    ("Thu: LT 2x20", "has no unit"),
    ("Fri: rest 2 days", "no kind of session"),
    ("Sun: finish by 11am", "no kind of session"),
    ("Thu: 20' fast", "says no pace for one effort"),
    ("Thu: fast 5k", "says no pace for one effort"),
    ("Thu: 5k fast", "says no pace for one effort"),
    ("Thu: 3 mi hard", "says no pace for one effort"),
    ("Thu: hard 30", "says no pace for one effort"),
    ("Thu: tempo 15 x 2", "has no unit"),
    ("Mon: rest / yoga", "choice or a condition"),
    ("Fri: 30 min easy/rest", "choice or a condition"),
    ("Fri: easy 30 (or rest)", "choice or a condition"),
]


@pytest.mark.parametrize(("line", "expected"), FIXED + HELD)
def test_sixth_shorthand_gives_the_workout_written_and_shows_it_back(
    line: str, expected: list[dict[str, Any]]
) -> None:
    assert_honoured(line, expected)


@pytest.mark.parametrize(("line", "message"), NOT_USED)
def test_sixth_shorthand_nothing_can_be_used_from_says_so(line: str, message: str) -> None:
    assert_not_used(line, message)
