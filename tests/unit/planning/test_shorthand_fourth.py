"""A fourth round of coach shorthand, from about 440 lines written fresh and probed one by one:
each line must give the workout written beside it (or say nothing could be used), be shown
back in a `read` note, and read back the same from its canonical rendering.

FIXED holds the lines the reader misread before this round, by class: a warm-up and cool-down
sharing one size ('WU/CD 2 km each', '2 km WU and CD'); 'an hour', 'half an hour', a range of
hours ('2-2.5 hrs'); strides written after their count or as a range ('strides x 6', '6-8
strides', 'strides 6 x 100'); a pace in brackets after a named one ('tempo 8km @ T (4:10)' was
250 minutes); heart-rate zones and RPE ('zone 2', 'RPE 7'); a heart-rate cap shown back; a
pre-race shakeout (it was the half marathon); 'N hill reps of', 'walk back' (a walk, before);
LT as threshold ('2x15' LT', 'LT run'); 'XT', 'X-training'; sprints; a run and a
cross-training session written as parts ('40 min easy, then strength 20 min' was 60 minutes of
strength); an evening double with no separator; each repetition's time in seconds or 'each'
('6 x 1k repeats, 3:55 each' was 235 minutes); a clock after repetitions of a km or more read
per km when nearer the interval pace ('3 x 2k (4:15)' was 2:08/km); a sized fast finish ('30 km
w/ 10 km fast finish' was 40 km); the second half of a run; zone-letter parts ('25km (15 E + 10
M)'); climbing that is not a distance; 'sub-45'; bare minutes beside a warm-up and cool-down
and '10-20-10 tempo'; seconds on and off ('30/30s x 12'); a clock that is no run-walk ratio
('8 x 300 in 1:05, 300 walk'); a rest day with an aside ('OFF (massage)'). HELD holds lines of
the same round the reader already read right, kept so they stay so. NOT_USED are lines nothing
can be used from with confidence (two series, mixed sets, pyramids, choices, strides alone).
"""

from __future__ import annotations

from typing import Any

import pytest
from reader_helpers import assert_honoured, assert_not_used, with_week

from agents.planning import read_draft

FIXED: list[tuple[str, list[dict[str, Any]]]] = [
    ("Wed: 45 min zone 2", [{"kind": "easy", "duration_min": 45}]),
    ("Wed: 50 min HR zone 2", [{"kind": "easy", "duration_min": 50}]),
    ("Wed: 40min easy RPE 3", [{"kind": "easy", "duration_min": 40}]),
    ("Thu: 30' @ RPE 7", [{"kind": "tempo", "reps": 1, "rep_seconds": 1800}]),
    (
        "Thu: 8 hill reps of 60 seconds",
        [{"kind": "hills", "reps": 8, "rep_seconds": 60, "recovery_seconds": 90}],
    ),
    (
        "Thu: 2x15' LT, 3' easy",
        [{"kind": "tempo", "reps": 2, "rep_seconds": 900, "recovery_seconds": 180}],
    ),
    (
        "Sun: 24 km long, easy first half then steady",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 12000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 24000,
            }
        ],
    ),
    ("Sun: long run 20km (easy, HR < 145)", [{"kind": "long", "distance_m": 20000}]),
    (
        "Wed: 40 min easy, then strength 20 min",
        [
            {"kind": "easy", "duration_min": 40},
            {"kind": "cross-training", "activity": "strength", "duration_min": 20},
        ],
    ),
    (
        "Wed: Easy 40' / Gym 30'",
        [
            {"kind": "easy", "duration_min": 40},
            {"kind": "cross-training", "activity": "strength", "duration_min": 30},
        ],
    ),
    ("Mon: XT 40'", [{"kind": "cross-training", "duration_min": 40}]),
    (
        "Tue: 30/30s x 12",
        [{"kind": "intervals", "reps": 12, "rep_seconds": 30, "recovery_seconds": 30}],
    ),
    ("Sun: long 2-2.5 hrs", [{"kind": "long", "duration_min": 120}]),
    (
        "Tue: 10x400 (75-78 sec) w/ 200 jog",
        [
            {
                "kind": "repetition",
                "reps": 10,
                "rep_distance_m": 400,
                "recovery_distance_m": 200,
                "own_pace": (188, 195),
            }
        ],
    ),
    (
        "Thu: 40 minutes total: 10 easy, 20 tempo, 10 easy",
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
        "Thu: 10-20-10 tempo",
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
        "Thu: 15/20/10 (WU/T/CD)",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1200,
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: tempo: 15 wu, 25 @ T, 10 cd",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1500,
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    ("Mon: recovery run 35 min @ HR < 140", [{"kind": "recovery", "duration_min": 35}]),
    (
        "Tue: tempo 8km @ T (4:10)",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 8000, "own_pace": (250, 250)}],
    ),
    ("Tue: LT run 25 min", [{"kind": "tempo", "reps": 1, "rep_seconds": 1500}]),
    (
        "Tue: LT intervals 4x6min, 1min jog",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_seconds": 360,
                "recovery_seconds": 60,
                "work_pace": "threshold",
            }
        ],
    ),
    ("Thu: 30 min easy + 6-8 strides", [{"kind": "easy", "strides": 6, "duration_min": 30}]),
    ("Thu: easy 30 min, strides x 6", [{"kind": "easy", "strides": 6, "duration_min": 30}]),
    (
        "Tue: drills + 6 x 100m strides + 30' easy",
        [{"kind": "easy", "strides": 6, "stride_distance_m": 100, "duration_min": 30}],
    ),
    (
        "Wed: AM: 40' easy PM: 30' easy",
        [{"kind": "easy", "duration_min": 40}, {"kind": "easy", "duration_min": 30}],
    ),
    ("Sat: easy hour", [{"kind": "easy", "duration_min": 60}]),
    (
        "Sun: 25km (15 E + 10 M)",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 10000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 25000,
            }
        ],
    ),
    (
        "Fri: pre-race: 20' easy + 4 x 20s",
        [{"kind": "easy", "strides": 4, "stride_seconds": 20, "duration_min": 20}],
    ),
    ("Sat: 5k race + 3k cool down", [{"kind": "race", "distance_m": 5000}]),
    (
        "Tue: 6 x 150m sprints, walk back",
        [{"kind": "repetition", "reps": 6, "rep_distance_m": 150, "recovery_seconds": 90}],
    ),
    (
        "Thu: tempo 6 km, 2 km WU and CD",
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
        "Thu: tempo 6 km, WU/CD 2 km each",
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
        "Thu: 20 min tempo; WU and CD 15 min",
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
        "Tue: tempo: 15 wu, 25 @ T, 10 cd",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1500,
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Tue: 8 x 400 in 90 sec, 400 jog",
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_distance_m": 400,
                "recovery_distance_m": 400,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Tue: 12 x 200 @ 40s, 200 jog",
        [
            {
                "kind": "repetition",
                "reps": 12,
                "rep_distance_m": 200,
                "recovery_distance_m": 200,
                "own_pace": (200, 200),
            }
        ],
    ),
    (
        "Sun: 2h long, second half at MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_seconds": 3600,
                "work_pace": "marathon",
                "finish": True,
                "duration_min": 120,
                "distance_m": 21448,
            }
        ],
    ),
    (
        "Thu: 3 x 2k (4:15) w/ 2' jog",
        [
            {
                "kind": "intervals",
                "reps": 3,
                "rep_distance_m": 2000,
                "recovery_seconds": 120,
                "own_pace": (255, 255),
            }
        ],
    ),
    (
        "Tue: 6 x 1k repeats, 3:55 each, 2 min jog",
        [
            {
                "kind": "intervals",
                "reps": 6,
                "rep_distance_m": 1000,
                "recovery_seconds": 120,
                "own_pace": (235, 235),
            }
        ],
    ),
    (
        "Sun: 30 km w/ 10 km fast finish",
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
        "Fri: 20' + 4 x 100 strides",
        [{"kind": "easy", "strides": 4, "stride_distance_m": 100, "duration_min": 20}],
    ),
    (
        "Sat: 6 mi @ MP w/ 1 mi WU & CD",
        [
            {
                "kind": "marathon-pace",
                "reps": 1,
                "rep_distance_m": 9656,
                "warmup_m": 1609,
                "cooldown_m": 1609,
            }
        ],
    ),
    (
        "Sat: 8 mi MP with 2 mi WU/CD",
        [
            {
                "kind": "marathon-pace",
                "reps": 1,
                "rep_distance_m": 12875,
                "warmup_m": 3219,
                "cooldown_m": 3219,
            }
        ],
    ),
    (
        "Sun: 30 km trail long run w/ 1000m climbing",
        [{"kind": "long", "trail": True, "distance_m": 30000}],
    ),
    ("Mon: Rest day. Foam roll.", []),
    ("Mon: OFF (massage)", []),
    ("Mon: X-training 45'", [{"kind": "cross-training", "duration_min": 45}]),
    ("Sun: 10k race (goal sub-45)", [{"kind": "race", "distance_m": 10000}]),
    (
        "Tue: WU/CD 3 km each, 5 x 1 km @ 10K, 90s jog",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 90,
                "warmup_m": 3000,
                "cooldown_m": 3000,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 2 km WU + CD, 8 x 400 @ R, 400 jog",
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_distance_m": 400,
                "recovery_distance_m": 400,
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Thu: warm up and cool down 10 min, tempo 20 min",
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
        "Thu: tempo 25' with WU & CD 15'",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1500,
                "warmup_seconds": 900,
                "cooldown_seconds": 900,
            }
        ],
    ),
    ("Sun: long run 2-3 hrs easy", [{"kind": "long", "duration_min": 120}]),
    ("Sun: 1.5-2h easy long", [{"kind": "long", "duration_min": 90}]),
    ("Sat: an hour easy with 6 strides", [{"kind": "easy", "strides": 6, "duration_min": 60}]),
    ("Sat: half an hour easy", [{"kind": "easy", "duration_min": 30, "distance_m": 5028}]),
    (
        "Sun: an hour and a half long run",
        [{"kind": "long", "duration_min": 90, "distance_m": 15084}],
    ),
    ("Wed: easy 45, strides x 8", [{"kind": "easy", "strides": 8}]),
    (
        "Wed: 40 min easy, strides 6 x 80m",
        [{"kind": "easy", "strides": 6, "stride_distance_m": 80, "duration_min": 40}],
    ),
    ("Wed: 40' E, 4-6 strides", [{"kind": "easy", "strides": 4, "duration_min": 40}]),
    (
        "Thu: tempo 6 km @ T (4:25)",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 6000, "own_pace": (265, 265)}],
    ),
    (
        "Thu: 20' @ HMP (4:40)",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "own_pace": (280, 280)}],
    ),
    (
        "Thu: 3 x 10' @ T (4:20-4:25), 2' jog",
        [
            {
                "kind": "tempo",
                "reps": 3,
                "rep_seconds": 600,
                "recovery_seconds": 120,
                "own_pace": (260, 265),
            }
        ],
    ),
    ("Wed: 50 min zone 3", [{"kind": "marathon-pace", "reps": 1, "rep_seconds": 3000}]),
    ("Wed: 40 min @ zone 4", [{"kind": "tempo", "reps": 1, "rep_seconds": 2400}]),
    (
        "Wed: 6 x 3 min @ RPE 8, 2 min jog",
        [{"kind": "tempo", "reps": 6, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    ("Wed: 45' RPE 4-5", [{"kind": "easy", "duration_min": 45}]),
    ("Sun: long run 22 km (HR under 150)", [{"kind": "long", "distance_m": 22000}]),
    (
        "Sat: pre-race shakeout 15' + 4 strides",
        [{"kind": "easy", "strides": 4, "duration_min": 15}],
    ),
    ("Mon: post-race recovery jog 20'", [{"kind": "recovery", "duration_min": 20}]),
    (
        "Tue: 10 hill reps of 45 seconds, walk down",
        [{"kind": "hills", "reps": 10, "rep_seconds": 45, "recovery_seconds": 90}],
    ),
    (
        "Tue: 8 x 200m sprints, walk back recovery",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 200, "recovery_seconds": 90}],
    ),
    (
        "Tue: LT 3 x 10 min, 2 min jog",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 600, "recovery_seconds": 120}],
    ),
    ("Tue: 25 min LT run", [{"kind": "tempo", "reps": 1, "rep_seconds": 1500}]),
    (
        "Thu: LT: 4 x 1 mile, 1' rest",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 1609, "recovery_seconds": 60}],
    ),
    ("Mon: 40' XT", [{"kind": "cross-training", "duration_min": 40}]),
    (
        "Wed: 45 min easy, then core 15 min",
        [
            {"kind": "easy", "duration_min": 45},
            {"kind": "cross-training", "activity": "strength", "duration_min": 15},
        ],
    ),
    (
        "Wed: Easy 35' / Strength 20'",
        [
            {"kind": "easy", "duration_min": 35},
            {"kind": "cross-training", "activity": "strength", "duration_min": 20},
        ],
    ),
    (
        "Thu: AM 6 km easy PM 4 km easy",
        [{"kind": "easy", "distance_m": 6000}, {"kind": "easy", "distance_m": 4000}],
    ),
    ("Fri: 5k race + 2k cool down", [{"kind": "race", "distance_m": 5000}]),
    (
        "Tue: 12 x 400 in 85 sec, 200 jog",
        [
            {
                "kind": "repetition",
                "reps": 12,
                "rep_distance_m": 400,
                "recovery_distance_m": 200,
                "own_pace": (212, 212),
            }
        ],
    ),
    (
        "Tue: 8 x 300 @ 55s, 300 walk",
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_distance_m": 300,
                "recovery_distance_m": 300,
                "own_pace": (183, 183),
            }
        ],
    ),
    (
        "Tue: 5 x 1 mile, 6:30 each, 2 min rest",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_distance_m": 1609,
                "recovery_seconds": 120,
                "own_pace": (242, 242),
            }
        ],
    ),
    (
        "Sun: 32 km with 8 km fast finish",
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
    (
        "Sun: 28 km, 6 km strong finish",
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
        "Sun: 2h, second half steady",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_seconds": 3600,
                "work_pace": "marathon",
                "finish": True,
                "duration_min": 120,
                "distance_m": 21448,
            }
        ],
    ),
    (
        "Sun: 20 km, easy first half then MP",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 10000,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 20000,
            }
        ],
    ),
    (
        "Sun: 30km (20 E + 10 MP)",
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
    # Tenth round: a trail run as long as a long run (80 min or 16 km) is a long run.
    ("Sun: 25 km trail, 800m vert", [{"kind": "long", "trail": True, "distance_m": 25000}]),
    ("Sat: 10k race (sub-50)", [{"kind": "race", "distance_m": 10000}]),
    (
        "Tue: tempo: 10 wu, 20 @ T, 10 cd",
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
        "Thu: 15-20-10 tempo",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1200,
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Thu: 10-30-10 threshold",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1800,
                "warmup_seconds": 600,
                "cooldown_seconds": 600,
            }
        ],
    ),
    (
        "Tue: 400s x 12 @ 80 sec, 200 jog",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 400, "own_pace": (200, 200)}],
    ),
    (
        "Tue: 8 x 300 in 1:05, 300 walk",
        [{"kind": "repetition", "reps": 8, "recovery_distance_m": 300, "own_pace": (217, 217)}],
    ),
    (
        "Tue: R 8 x 200 / 200",
        [{"kind": "repetition", "reps": 8, "rep_distance_m": 200, "recovery_distance_m": 200}],
    ),
    (
        "Fri: 30 min rec jog, 10 min stretch",
        [
            {"kind": "recovery", "duration_min": 30},
            {"kind": "cross-training", "duration_min": 10, "activity": "mobility"},
        ],
    ),
    (
        "Sun: long run 90 mins w/ 6 x 30s pickups in last 20 mins",
        [{"kind": "long", "duration_min": 90, "finish": False}],
    ),
    (
        "Thu: 5 x 1k descending 4:00 to 3:40",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "own_pace": (220, 240)}],
    ),
    (
        "Tue: 10 x Yasso 800s, 400m jog",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 800, "recovery_distance_m": 400}],
    ),
    (
        "Wed: 45' easy + 4 x 100m relaxed strides",
        [{"kind": "easy", "duration_min": 45, "strides": 4, "stride_distance_m": 100}],
    ),
    (
        "Sat: 4 mi @ 7:00, 1 mi easy",
        [{"kind": "tempo", "rep_distance_m": 6437, "cooldown_m": 1609, "own_pace": (261, 261)}],
    ),
    (
        "Sat: 3km E + 5km T + 2km E",
        [{"kind": "tempo", "rep_distance_m": 5000, "warmup_m": 3000, "cooldown_m": 2000}],
    ),
    (
        "Sat: 3 km easy + 5 km tempo + 2 km easy",
        [{"kind": "tempo", "rep_distance_m": 5000, "warmup_m": 3000, "cooldown_m": 2000}],
    ),
    (
        "Thu: 15 easy / 30 tempo / 15 easy",
        [{"kind": "tempo", "rep_seconds": 1800, "warmup_seconds": 900, "cooldown_seconds": 900}],
    ),
    (
        "Wed: 2 runs: 40' + 30'",
        [{"kind": "easy", "duration_min": 40}, {"kind": "easy", "duration_min": 30}],
    ),
    (
        "Thu: 20 min @ 4:15/km + 10 min easy",
        [{"kind": "tempo", "rep_seconds": 1200, "cooldown_seconds": 600, "own_pace": (255, 255)}],
    ),
    (
        "Tue: 15' easy + 5 x 1k @ 10K + 10' easy",
        [{"kind": "intervals", "reps": 5, "warmup_seconds": 900, "cooldown_seconds": 600}],
    ),
    (
        "Sat: parkrun then 6 km easy",
        [{"kind": "time-trial", "distance_m": 5000}, {"kind": "easy", "distance_m": 6000}],
    ),
    (
        "Sat: 2 km easy then 5 km tempo",
        [{"kind": "tempo", "rep_distance_m": 5000, "warmup_m": 2000}],
    ),
]
HELD: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Tue: WU 2km, 5x1km @ T-pace w/ 1' jog, CD 2km",
        [
            {
                "kind": "tempo",
                "reps": 5,
                "rep_distance_m": 1000,
                "recovery_seconds": 60,
                "warmup_m": 2000,
                "cooldown_m": 2000,
            }
        ],
    ),
    (
        "Thu: cruise intervals 5x1km w/ 60s",
        [{"kind": "tempo", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    (
        "Sat: 8 km easy + 6 x 100m strides",
        [{"kind": "easy", "strides": 6, "stride_distance_m": 100, "distance_m": 8000}],
    ),
    ("Wed: 45' Z2", [{"kind": "easy", "duration_min": 45}]),
    ("Sun: LR 1h30", [{"kind": "long", "duration_min": 90}]),
    ("Mon: recovery 5k", [{"kind": "recovery", "distance_m": 5000}]),
    (
        "Tue: fartlek 45 min with 8 x 2 min surges",
        [{"kind": "fartlek", "reps": 8, "rep_seconds": 120, "recovery_seconds": 60}],
    ),
    (
        "Thu: 10 x 200m hill repeats",
        [{"kind": "hills", "reps": 10, "rep_distance_m": 200, "recovery_seconds": 90}],
    ),
    (
        "Tue: 12 x 400m @ R w/ full recovery",
        [{"kind": "repetition", "reps": 12, "rep_distance_m": 400, "recovery_seconds": 90}],
    ),
    (
        "Thu: 2 x 20 min @ T w/ 3 min jog",
        [{"kind": "tempo", "reps": 2, "rep_seconds": 1200, "recovery_seconds": 180}],
    ),
    (
        "Sun: 30 km w/ 3 x 5 km @ MP (1 km easy)",
        [{"kind": "marathon-pace", "reps": 3, "rep_distance_m": 5000, "recovery_distance_m": 1000}],
    ),
    ("Thu: 5K time trial", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sun: RACE: 10K", [{"kind": "race", "distance_m": 10000}]),
    ("Tue: 45' easy + 6 strides", [{"kind": "easy", "strides": 6, "duration_min": 45}]),
    ("Wed: 60' easy", [{"kind": "easy", "duration_min": 60}]),
    ("• Wed: easy 60 min 🏃", [{"kind": "easy", "duration_min": 60}]),
    (
        "Tue: I: 5 x 1000, 3' jog",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 180}],
    ),
    ("Sat: long run 14mi", [{"kind": "long", "distance_m": 22531}]),
    ("Sun: long run 20 km @ easy pace", [{"kind": "long", "distance_m": 20000}]),
    (
        "Tue: tempo 4 mi @ 7:10 pace",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 6437, "own_pace": (267, 267)}],
    ),
    (
        "Tue: 15 min WU - 20 min @ LT - 10 min CD",
        [
            {
                "kind": "tempo",
                "reps": 1,
                "rep_seconds": 1200,
                "warmup_seconds": 900,
                "cooldown_seconds": 600,
            }
        ],
    ),
    ("Fri: Rest day 😴", []),
    (
        "Mon: pool running 40 min",
        [{"kind": "cross-training", "activity": "aqua jogging", "duration_min": 40}],
    ),
    (
        "Thu: 4 x 1 km @ cruise pace, 1 min rest",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": 1000, "recovery_seconds": 60}],
    ),
    ("Wed: 10 km steady", [{"kind": "easy", "distance_m": 10000}]),
    (
        "Thu: 6 km @ HMP",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 6000, "work_pace": "half-marathon"}],
    ),
    ("Sat: 13.1 mi easy", [{"kind": "easy", "distance_m": 21082}]),
    (
        "Tue: 5 x 5 min @ 10k pace with 90 s jog recoveries",
        [
            {
                "kind": "intervals",
                "reps": 5,
                "rep_seconds": 300,
                "recovery_seconds": 90,
                "work_pace": "10k",
            }
        ],
    ),
    ("Sat: easy 5-6 mi", [{"kind": "easy", "distance_m": 8047}]),
    (
        "Tue: Track: 5 x 1000 @ 10K (2:00)",
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
        "Tue: 8 x 600m @ 3:45/km, 90s jog",
        [
            {
                "kind": "repetition",
                "reps": 8,
                "rep_distance_m": 600,
                "recovery_seconds": 90,
                "own_pace": (225, 225),
            }
        ],
    ),
    (
        "Sun: 26 km @ 5:30, last 4 @ 4:50",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 4000,
                "own_pace": (290, 290),
                "finish": True,
                "duration_min": 151,
                "distance_m": 26000,
            }
        ],
    ),
    ("Wed: 8mi E w/ strides", [{"kind": "easy", "strides": 6, "distance_m": 12875}]),
    ("Fri: 4 mi jog", [{"kind": "easy", "distance_m": 6437}]),
    (
        "Tue: Threshold 3 x 12 min / 2 min jog",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 720, "recovery_seconds": 120}],
    ),
    (
        "Wed: 5 \u00d7 3 min hard (2 min easy)",
        [{"kind": "intervals", "reps": 5, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    ("Sun: 100 min easy", [{"kind": "easy", "duration_min": 100}]),
    ("Sun: 105 minutes long run", [{"kind": "long", "duration_min": 105}]),
    (
        "Sun: 13 miles LR @ 9:30/mi",
        [{"kind": "long", "own_pace": (354, 354), "duration_min": 123, "distance_m": 20921}],
    ),
    (
        "Thu: 4 x 400m hills",
        [{"kind": "hills", "reps": 4, "rep_distance_m": 400, "recovery_seconds": 90}],
    ),
    (
        "Wed: double: 6 km AM, 6 km PM",
        [{"kind": "easy", "distance_m": 6000}, {"kind": "easy", "distance_m": 6000}],
    ),
    ("Sat: 60 min easy trail", [{"kind": "easy", "trail": True, "duration_min": 60}]),
    ("Fri: 5km shakeout w/ 4 strides", [{"kind": "easy", "strides": 4, "distance_m": 5000}]),
    ("Sun: Race - Half Marathon", [{"kind": "race", "distance_m": 21097}]),
    (
        "Tue: 4 x 1 mi @ 10K pace, 400 jog",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1609,
                "recovery_distance_m": 400,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 4 x 1600 @ 10k",
        [
            {
                "kind": "intervals",
                "reps": 4,
                "rep_distance_m": 1600,
                "recovery_seconds": 120,
                "work_pace": "10k",
            }
        ],
    ),
    (
        "Tue: 3 x 300 all out",
        [{"kind": "intervals", "reps": 3, "rep_distance_m": 300, "recovery_seconds": 120}],
    ),
    ("Thu: 5 miles @ T pace", [{"kind": "tempo", "reps": 1, "rep_distance_m": 8047}]),
    (
        "Wed: 45 min easy @ 6:00-6:20",
        [{"kind": "easy", "own_pace": (360, 380), "duration_min": 45}],
    ),
    (
        "Sat: 20k @ 5:10-5:20",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 20000, "own_pace": (310, 320)}],
    ),
    (
        "Sun: 18 mi, last 2 mi fast",
        [
            {
                "kind": "long",
                "reps": 1,
                "rep_distance_m": 3219,
                "work_pace": "marathon",
                "finish": True,
                "distance_m": 28968,
            }
        ],
    ),
    ("Thu: 45' w/ 20' @ T in the middle", [{"kind": "tempo", "reps": 1, "rep_seconds": 1200}]),
    (
        "Wed: 12 x 1 min on / 1 min off",
        [{"kind": "intervals", "reps": 12, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Sat: goal pace 10k",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 10000, "work_pace": "race"}],
    ),
    ("Sun: 16 miles", [{"kind": "long", "distance_m": 25750}]),
    ("Sun: long slow distance 2h", [{"kind": "long", "duration_min": 120}]),
    (
        "Tue: 6 x 2' hills",
        [{"kind": "hills", "reps": 6, "rep_seconds": 120, "recovery_seconds": 90}],
    ),
    ("Wed: rec run 30'", [{"kind": "recovery", "duration_min": 30}]),
    ("Mon: complete rest", []),
    ("Mon: walk 60 min", [{"kind": "cross-training", "activity": "walk", "duration_min": 60}]),
    (
        "Tue: 3 \u00d7 1 mile @ T, 60 sec rest",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 1609, "recovery_seconds": 60}],
    ),
    (
        "Tue: 6 \u00d7 800 m @ I, 400 m jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_distance_m": 400}],
    ),
    ("Sat: parkrun (PB attempt!)", [{"kind": "time-trial", "distance_m": 5000}]),
    ("Sun: 30k race", [{"kind": "race", "distance_m": 30000}]),
    ("Mon: XT 45 min (bike)", [{"kind": "cross-training", "activity": "bike", "duration_min": 45}]),
]
NOT_USED: list[tuple[str, str]] = [
    # Was read as 3 mi at MP, the T mile dropped silently; since the eighth round shown back.
    ("Thu: 3 mi @ MP + 1 mi @ T", "several paces in stages (marathon pace, threshold pace)"),
    ("Fri: rest (or 20' easy)", "it offers a choice or a condition"),
    ("Tue: ladder 200-400-600-800-600-400-200", "repetitions of several sizes"),
    ("Sun: 26.2", "no kind of session, size or pace the planner knows"),
    ("Tue: 3x(1600, 800) @ 5k pace w/ 400 jog", "repetitions of several sizes"),
    ("Tue: 4 x (1k @ T + 1k @ MP)", "repetitions of several sizes"),
    ("Sat: 4E + 8MP + 4E (km)", "no kind of session, size or pace the planner knows"),
    ("Thu: 10 x 100m strides", "strides go with a run"),
    ("Thu: strides 6 x 100", "strides go with a run"),
    ("Thu: 6-8 strides", "strides go with a run"),
    ("Sat: progression 3 x 10 min (E/M/T)", "a finish at pace needs the day's size"),
    ("Sun: 15E/10M", "a finish at pace needs the day's size"),
    ("Wed: 1-2-3-2-1 fartlek", "repetitions of several sizes"),
    ("Tue: 4 x 800m @ 5k, 3 x 400m @ 3k", "a second series of repetitions"),
    ("Tue: 5 x 1k @ 5k then 4 x 200 @ R", "a second series of repetitions"),
    ("Tue: 5 x (1k @ 10k + 200 fast)", "repetitions of several sizes"),
    ("Mon: cross-train 45 min (bike or swim)", "it offers a choice or a condition"),
    ("Tue: 6 x 800m @ 5k, 4 x 200m @ R", "a second series of repetitions"),
    ("Tue: 4 x (800 + 400) @ 5k", "repetitions of several sizes"),
    ("Wed: 2-4-6-4-2 min fartlek", "repetitions of several sizes"),
    ("Tue: 15 WU, 3 x 8 @ T (2 jog), 10 CD", "the repetition size has no unit"),
]


@pytest.mark.parametrize(("line", "expected"), FIXED + HELD)
def test_fourth_shorthand_gives_the_workout_written_and_shows_it_back(
    line: str, expected: list[dict[str, Any]]
) -> None:
    assert_honoured(line, expected)


@pytest.mark.parametrize(("line", "message"), NOT_USED)
def test_fourth_shorthand_nothing_can_be_used_from_says_so(line: str, message: str) -> None:
    assert_not_used(line, message)


def test_a_numbered_list_of_days_is_read_as_its_days() -> None:
    reading = read_draft(
        with_week(["1. Tue: easy 40'", "2) Thu: tempo 20'", "3. Sun: long run 90'"])
    )
    days = reading.weeks[0].week.days
    assert [(d.weekday, d.kind) for d in days] == [(2, "easy"), (4, "tempo"), (7, "long")]
    assert not [n for n in reading.notes if n.kind == "not_used"]


def test_the_fourth_table_is_large_enough() -> None:
    assert len(FIXED) + len(HELD) + len(NOT_USED) >= 150
