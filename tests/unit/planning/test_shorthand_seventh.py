"""A seventh round of coach shorthand: days written as parts one after another ('steady 30'
then 10' hard', '20 min EL, 3 x 2 km @ T, 15 min AL', '5 km + 6 x 100m', 'threshold 20 min +
10 min'), probed one by one, so that no line is read into a wrong workout without a word.

FIXED holds the lines the reader misread before this round, by class: a distance at a time
('8 km @ 40 min' was an easy run: it is that pace) and repetitions in whole minutes ('5 x 1
km in 4 min' is each one's time, not the day's); German parts (EL
Einlaufen, AL Auslaufen, DL Dauerlauf, TDL Tempodauerlauf) were dropped or summed wrongly
('20 min EL, 3 x 2 km @ T, 15 min AL' was a 35-minute day); short repetitions after a run's
size alone were I-pace intervals ('5 km + 6 x 100m' is an easy run with strides).
HELD holds the sequences of effort the reader already read right ('20' easy then 10' tempo'),
kept so they stay so.
NOT_USED holds the lines that cannot be read into one session without a guess, each said, the
line as a whole (no part of it read as a double): efforts with easy running between them ('20
min tempo, 5 min easy, 10 min tempo' was 25 minutes, the second effort lost; with '+' two tempo
sessions); a part called hard or fast with no pace beside easy running ('steady 30' then 10'
hard' was 40 minutes easy); a pace written as a time ('5k @ 20 min pace' was an easy run);
a bare size after one effort joined by '+' ('threshold 20 min + 10 min' was a cool-down; more
of the effort is as likely).
"""

from __future__ import annotations

from typing import Any

import pytest
from reader_helpers import assert_honoured, assert_not_used

GERMAN: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Thu: 20 min EL, 3 x 2 km @ T, 15 min AL",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 2000, "duration_min": 67}],
    ),
    (
        "Thu: 15' EL / 6 x 1000 @ 10k / 10' AL",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "duration_min": 64}],
    ),
    (
        "Thu: EL 20 min, 4 x 1 km, AL 10 min",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1000, "duration_min": 54}],
    ),
    (
        "Thu: 20 min einlaufen, 20 min tempo, 10 min auslaufen",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "duration_min": 50}],
    ),
    (
        "Thu: 2 km EL, 5 km @ MP, 2 km AL",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 5000, "distance_m": 9000}],
    ),
    (
        "Thu: 15 min EL + 10 x 400m + 15 min AL",
        [{"kind": "intervals", "reps": 10, "rep_distance_m": 400, "duration_min": 66}],
    ),
    (
        "Thu: 3 km EL, 6 km TDL, 2 km AL",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 6000, "distance_m": 11000}],
    ),
    (
        "Thu: 60' (20' EL, 20' TDL, 20' AL)",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "duration_min": 60}],
    ),
    (
        "Thu: 15' EL, 20' GA2, 10' AL",
        [{"kind": "marathon-pace", "rep_seconds": 1200, "warmup_seconds": 900}],
    ),
    (
        "Thu: 2 km EL, 10 x 400 m P 200 m, 2 km AL",
        [{"kind": "intervals", "reps": 10, "recovery_distance_m": 200, "warmup_m": 2000}],
    ),
    (
        "Thu: 20' EL, 6 x 1000 m (P 2'), 10' AL",
        [{"kind": "intervals", "reps": 6, "recovery_seconds": 120, "cooldown_seconds": 600}],
    ),
    (
        "Thu: 3 km ein, 5 km TDL, 2 km aus",
        [{"kind": "tempo", "rep_distance_m": 5000, "warmup_m": 3000, "cooldown_m": 2000}],
    ),
    (
        "Thu: 10 x 400 m TP 200 m",
        [{"kind": "intervals", "reps": 10, "recovery_distance_m": 200}],
    ),
    (
        "Thu: 10 km: 3 km EL, 4 km TDL, 3 km AL",
        [{"kind": "tempo", "reps": 1, "rep_distance_m": 4000, "distance_m": 10000}],
    ),
]

STRIDES_AFTER_A_RUN: list[tuple[str, list[dict[str, Any]]]] = [
    ("Thu: 5 km + 6 x 100m", [{"kind": "easy", "strides": 6, "distance_m": 5000}]),
    ("Thu: 10 km + 8 x 80 m", [{"kind": "easy", "strides": 8, "distance_m": 10000}]),
    ("Thu: 8 km + 8 x 100m", [{"kind": "easy", "strides": 8, "distance_m": 8000}]),
    ("Thu: 50 min + 6 x 15 s", [{"kind": "easy", "strides": 6, "duration_min": 50}]),
    ("Thu: 40 min + 4 x 20 s", [{"kind": "easy", "strides": 4, "duration_min": 40}]),
    ("Thu: 6 mi + 6 x 20 sec", [{"kind": "easy", "strides": 6, "distance_m": 9656}]),
    ("Thu: 45' + 5 x 30\"", [{"kind": "easy", "strides": 5, "duration_min": 45}]),
    ("Thu: 8k, 6 x 100m", [{"kind": "easy", "strides": 6, "distance_m": 8000}]),
    ("Thu: 40 min then 6 x 100m", [{"kind": "easy", "strides": 6, "duration_min": 40}]),
    ("Thu: 5 mi w/ 6 x 100m", [{"kind": "easy", "strides": 6, "distance_m": 8047}]),
    ("Thu: 30 min + 10 x 200m", [{"kind": "easy", "strides": 10, "duration_min": 30}]),
    ("Sat: 35 min & 6 x 150m", [{"kind": "easy", "strides": 6, "duration_min": 35}]),
    ("Thu: 40 min / 6 x 100m", [{"kind": "easy", "strides": 6, "duration_min": 40}]),
    ("Thu: 6 km; 4 x 20 s", [{"kind": "easy", "strides": 4, "distance_m": 6000}]),
]

# A distance at a time ('8 km @ 40 min' was an easy run of 40 min), repetitions in whole
# minutes ('5 x 1 km in 4 min' was a 31-minute day at I pace, the time its total).
TIMES: list[tuple[str, list[dict[str, Any]]]] = [
    ("Thu: 8 km @ 40 min", [{"kind": "tempo", "rep_distance_m": 8000, "own_pace": (300, 300)}]),
    ("Thu: 10k @ 50 min", [{"kind": "tempo", "rep_distance_m": 10000, "own_pace": (300, 300)}]),
    ("Thu: 5 mi @ 40 min", [{"kind": "tempo", "rep_distance_m": 8047, "own_pace": (298, 298)}]),
    ("Thu: 16 km @ 80 min", [{"kind": "tempo", "duration_min": 80, "own_pace": (300, 300)}]),
    ("Thu: 10 km @ 65 min", [{"kind": "easy", "duration_min": 65, "own_pace": (390, 390)}]),
    (
        "Thu: tempo 10k @ 42'",
        [{"kind": "tempo", "rep_distance_m": 10000, "own_pace": (252, 252)}],
    ),
    (
        "Thu: 3 km wu, 8 km @ 36 min, 2 km cd",
        [{"kind": "tempo", "rep_distance_m": 8000, "distance_m": 13000, "own_pace": (270, 270)}],
    ),
    (
        "Thu: 3 x 2 km in 8 min",
        [{"kind": "intervals", "reps": 3, "rep_distance_m": 2000, "own_pace": (240, 240)}],
    ),
    (
        "Thu: 5 x 1 km in 4 min, 2 min jog",
        [{"kind": "intervals", "reps": 5, "recovery_seconds": 120, "own_pace": (240, 240)}],
    ),
    (
        "Thu: 4 x 1 mile in 6 min",
        [{"kind": "intervals", "reps": 4, "rep_distance_m": 1609, "own_pace": (224, 224)}],
    ),
]

# Easy running named around repetitions with a slash ('20 min easy / 10 x 1 min @ 5k / 10 min
# easy' had a 10-minute recovery and a 2-hour day, '2 mi easy, 8 x 400 @ 5k, 1 mi easy' a
# 1-mile one): the warm-up and cool-down.
AROUND_REPS: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Thu: 20 min easy / 10 x 1 min @ 5k / 10 min easy",
        [{"kind": "intervals", "reps": 10, "recovery_seconds": 120, "cooldown_seconds": 600}],
    ),
    (
        "Thu: 15' jog / 6 x 2' @ 10k / 10' jog",
        [{"kind": "intervals", "reps": 6, "warmup_seconds": 900, "cooldown_seconds": 600}],
    ),
    (
        "Thu: 2 mi easy, 8 x 400 @ 5k, 1 mi easy",
        [{"kind": "intervals", "reps": 8, "warmup_m": 3219, "cooldown_m": 1609}],
    ),
    (
        "Thu: 20 min E / 8 x 1 min hard / 10 min E",
        [{"kind": "intervals", "reps": 8, "recovery_seconds": 120, "duration_min": 52}],
    ),
]

# Parts that add up to the size written before them, with a warm-up among them or numbers with
# no unit beside 'steady' or 'MP' ('60 min: 20 easy, 20 steady, 20 easy' was 100 minutes, '25
# km: 5 km easy, 5 km steady, 15 km @ MP' 30 km, '30 easy + 20 MP' a 30-minute day).
SUMS: list[tuple[str, list[dict[str, Any]]]] = [
    ("Sat: 60 min: 20 easy, 20 steady, 20 easy", [{"kind": "easy", "duration_min": 60}]),
    (
        "Sun: 25 km: 5 km easy, 5 km steady, 15 km @ MP",
        [{"kind": "marathon-pace", "rep_distance_m": 15000, "distance_m": 25000}],
    ),
    (
        "Sun: 90 min: 60 easy + 30 MP",
        [{"kind": "marathon-pace", "rep_seconds": 1800, "warmup_seconds": 3600}],
    ),
    (
        "Thu: 30 easy + 20 MP",
        [{"kind": "marathon-pace", "rep_seconds": 1200, "duration_min": 50}],
    ),
    (
        "Thu: 10 wu, 30 HMP, 10 cd",
        [{"kind": "tempo", "rep_seconds": 1800, "duration_min": 50}],
    ),
]

# Easy running written beside a warm-up or cool-down ('5 km @ T, 1 km easy, 2 km cd' dropped
# the 1 km): part of it.
BESIDE_PARTS: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Thu: 2 km wu, 5 km @ T, 1 km easy, 2 km cd",
        [{"kind": "tempo", "warmup_m": 2000, "cooldown_m": 3000, "distance_m": 10000}],
    ),
    (
        "Thu: 2 km wu, 1 km easy, 5 km @ T, 2 km cd",
        [{"kind": "tempo", "warmup_m": 3000, "cooldown_m": 2000, "distance_m": 10000}],
    ),
    (
        "Thu: 60 min: 15 min wu, 15 min steady, 20 min tempo, 10 min cd",
        [{"kind": "tempo", "warmup_seconds": 1800, "duration_min": 60}],
    ),
    (
        "Thu: 10' wu, 10' easy, 4 x 5' @ T, 5' easy, 5' cd",
        [{"kind": "tempo", "reps": 4, "warmup_seconds": 1200, "cooldown_seconds": 600}],
    ),
]

FIXED = GERMAN + STRIDES_AFTER_A_RUN + TIMES + AROUND_REPS + SUMS + BESIDE_PARTS

# German lines the reader already read right ('60 min DL': the steady run's words were no
# number's neighbours), kept so they stay so.
GERMAN_HELD: list[tuple[str, list[dict[str, Any]]]] = [
    ("Thu: GA1 60 min", [{"kind": "easy", "duration_min": 60}]),
    ("Thu: 60' GA1", [{"kind": "easy", "duration_min": 60}]),
    ("Thu: 20 min EL, 30 min DL, 15 min AL", [{"kind": "easy", "duration_min": 65}]),
    ("Thu: 1h: 15 min EL, 30 min DL, 15 min AL", [{"kind": "easy", "duration_min": 60}]),
    ("Thu: 60 min DL", [{"kind": "easy", "duration_min": 60}]),
    ("Thu: DL 10 km", [{"kind": "easy", "distance_m": 10000}]),
    (
        "Thu: 10' EL, 5 x 1 km @ 3:50/km, 10' AL",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "own_pace": (230, 230)}],
    ),
]

HELD: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "Thu: 20' easy then 10' tempo",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 600, "duration_min": 30}],
    ),
    (
        "Thu: 40 min easy then 10 min tempo",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 600, "duration_min": 50}],
    ),
    (
        "Thu: 30 min easy + 15 min tempo",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 900, "duration_min": 45}],
    ),
    (
        "Thu: 45 min steady then 15 min at threshold",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 900, "duration_min": 60}],
    ),
    (
        "Thu: 10 km easy then 5 km at MP",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 5000, "distance_m": 15000}],
    ),
    (
        "Thu: 30 min easy, last 10 min at MP",
        [{"kind": "marathon-pace", "reps": 1, "rep_seconds": 600, "duration_min": 30}],
    ),
    (
        "Thu: 40' easy, last 10' @ T",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 600, "duration_min": 40}],
    ),
    (
        "Thu: 15 min easy then 20 min at threshold then 10 min easy",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "duration_min": 45}],
    ),
    (
        "Thu: 2 km easy then 6 km @ MP then 2 km easy",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 6000, "distance_m": 10000}],
    ),
    (
        "Thu: 30' steady + 10' tempo",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 600, "duration_min": 40}],
    ),
    (
        "Thu: 10 min jog; 20 min tempo; 10 min jog",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "duration_min": 40}],
    ),
    (
        "Thu: 20 min easy / 20 min @ T / 10 min easy",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "duration_min": 50}],
    ),
    (
        "Thu: 40 min: 20 min easy + 10 min tempo",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 600, "duration_min": 40}],
    ),
    (
        "Thu: 12 km = 2 km wu + 8 km @ MP + 2 km cd",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 8000, "distance_m": 12000}],
    ),
    (
        "Thu: tempo 20 min + 10 min easy",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "duration_min": 30}],
    ),
    (
        "Thu: tempo 20 min + 10 min cd",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "duration_min": 30}],
    ),
    (
        "Thu: 2 km wu + tempo 20 min + 10 min",
        [{"kind": "tempo", "reps": 1, "rep_seconds": 1200, "duration_min": 42}],
    ),
    ("Sat: 45 min easy then 4 x 30s fast", [{"kind": "easy", "strides": 4, "duration_min": 45}]),
    ("Sun: 18 mi, last 2 mi fast", [{"kind": "long", "reps": 1, "rep_distance_m": 3219}]),
    (
        "Thu: fartlek 10 x 1 min hard, 1 min easy",
        [{"kind": "fartlek", "reps": 10, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Thu: 20 min easy / 5 x 3 min @ 5k w/ 2 min jog / 10 min easy",
        [{"kind": "intervals", "reps": 5, "recovery_seconds": 120, "duration_min": 53}],
    ),
    (
        "Thu: 45 min: 15 easy, 15 steady, 15 tempo",
        [{"kind": "tempo", "rep_seconds": 900, "duration_min": 45}],
    ),
    ("Sun: 2h: 80 easy, 40 steady", [{"kind": "easy", "duration_min": 120}]),
    (
        "Thu: 6 x 1 km @ 10k pace al 95%, 2 min jog",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "recovery_seconds": 120}],
    ),
    ("Sat: RACE 10K, run it hard", [{"kind": "race", "duration_min": 48}]),
    ("Sat: parkrun, hard", [{"kind": "time-trial"}]),
    ("Thu: tempo 20 min, hard but controlled", [{"kind": "tempo", "rep_seconds": 1200}]),
    ("Sun: long run 2h, don't go too hard", [{"kind": "long", "duration_min": 120}]),
    ("Sun: long run 30 km, easy, not fast", [{"kind": "long", "distance_m": 30000}]),
    ("Wed: easy 40 min, nothing fast", [{"kind": "easy", "duration_min": 40}]),
    ("Wed: recovery 30 min, very easy, no hard efforts", [{"kind": "recovery"}]),
    (
        "Thu: hills 8 x 60s hard, jog down",
        [{"kind": "hills", "reps": 8, "rep_seconds": 60}],
    ),
    (
        "Thu: fartlek 30 min: 1 min hard, 1 min easy",
        [{"kind": "fartlek", "reps": 15, "rep_seconds": 60, "duration_min": 30}],
    ),
    (
        "Tue: am 10 km easy + pm 5 km easy",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Thu: AM 10 km easy, PM 20 min tempo",
        [{"kind": "easy", "distance_m": 10000}, {"kind": "tempo", "rep_seconds": 1200}],
    ),
    (
        "Thu: 2 km easy + 3 x 2 km @ T + 2 km easy",
        [{"kind": "tempo", "reps": 3, "rep_distance_m": 2000, "warmup_m": 2000}],
    ),
    (
        "Thu: 5 km + 6 x 100m @ 5k pace",
        [{"kind": "intervals", "reps": 6, "rep_distance_m": 100}],
    ),
]

HARD = "says no pace for a part of the day"
APART = "several efforts with easy running between them"
PACE_AS_TIME = "gives a pace as a time"
BARE_PART = "names no effort"

NOT_USED: list[tuple[str, str]] = [
    ("Thu: steady 30' then 10' hard", HARD),
    ("Thu: easy 30' then 10' fast", HARD),
    ("Thu: 30 min easy + 10 min hard", HARD),
    ("Thu: 20 min easy, 10 min hard, 10 min easy", HARD),
    ("Thu: 10 min easy, 5 min fast, 10 min easy", HARD),
    ("Thu: 8 km steady then 2 km fast", HARD),
    ("Thu: 40' jog; 5' hard", HARD),
    ("Thu: 6 km easy / 2 km fast / 1 km easy", HARD),
    ("Sun: long run 25 km, 5 km hard in the middle", HARD),
    ("Thu: 30' easy followed by 10' fast", HARD),
    ("Thu: recovery 20' then 5' quick", HARD),
    ("Thu: 1h easy w/ 10 min hard", HARD),
    ("Thu: easy 40 with 10 fast", HARD),
    ("Thu: 8 km easy + 2 km hard", HARD),
    ("Thu: 45 min, 15 min fast in the middle", HARD),
    ("Thu: 10 min hard then 20 min easy", HARD),
    ("Thu: 20 min steady then 10 min hard then 10 min easy", HARD),
    ("Thu: 20 min tempo, 5 min easy, 10 min tempo", APART),
    ("Thu: 20 min tempo + 5 min easy + 10 min tempo", APART),
    ("Thu: 2 km @ T, 1 km easy, 2 km @ T", APART),
    ("Thu: 20' T / 5' E / 10' T", APART),
    ("Thu: 3 km @ MP, 1 km easy, 3 km @ MP", APART),
    ("Thu: 15 min @ T, 3 min jog, 10 min @ T", APART),
    ("Thu: 10' threshold / 2' easy / 10' threshold / 2' easy / 5' threshold", APART),
    ("Thu: 4 km tempo then 1 km easy then 2 km tempo", APART),
    ("Thu: 20 min @ 4:30/km, 5 min easy, 20 min @ 4:30/km", APART),
    ("Sun: long run 30 km: 10 km easy, 8 km MP, 4 km easy, 8 km MP", APART),
    ("Thu: 2 mi @ T, 1 mi jog, 2 mi @ T, 1 mi jog, 1 mi @ T", APART),
    ("Thu: 5 km HMP + 1 km easy + 5 km HMP", APART),
    ("Thu: 8 min @ 10k pace; 2 min jog; 6 min @ 10k pace", APART),
    ("Thu: tempo 15 min, 5 min easy, tempo 15 min", APART),
    ("Thu: 5k @ 20 min pace", PACE_AS_TIME),
    ("Thu: 10 km @ 45 min pace", PACE_AS_TIME),
    ("Thu: 10k at 45' pace", PACE_AS_TIME),
    ("Thu: 3 x 1 mile @ 6 min pace", PACE_AS_TIME),
    ("Thu: 8 km at 40 min 10k pace", PACE_AS_TIME),
    ("Thu: 8 km @ 22 min 5k pace", PACE_AS_TIME),
    ("Thu: 6 km @ 25 min 5k effort", PACE_AS_TIME),
    ("Thu: 4 x 1 km @ 20 min 5k pace, 2 min jog", PACE_AS_TIME),
    ("Thu: 3 mi @ 7 min pace", PACE_AS_TIME),
    ("Thu: tempo 20 min @ 1h30 HM pace", PACE_AS_TIME),
    ("Thu: 16 km @ 3h marathon pace", PACE_AS_TIME),
    ("Thu: threshold 20 min + 10 min", BARE_PART),
    ("Thu: tempo 15 min + 15 min", BARE_PART),
    ("Thu: 8 km @ MP + 2 km", BARE_PART),
    ("Thu: LT 20' + 10'", BARE_PART),
    ("Thu: tempo 5 km + 2 km", BARE_PART),
    ("Thu: 20 min @ T + 10 min", BARE_PART),
    ("Thu: T 20 min + 20 min", BARE_PART),
    ("Thu: 5 km @ 4:30/km + 1 km", BARE_PART),
    ("Thu: threshold 3 km + 2 km", BARE_PART),
    ("Thu: 6 mi @ MP + 1 mi", BARE_PART),
    ("Thu: MP 30 min + 10 min", BARE_PART),
    ("Thu: 6 x 1 km in 30 min", "outside 2:00 to 15:00 per km"),
]


@pytest.mark.parametrize(("line", "expected"), FIXED + GERMAN_HELD + HELD)
def test_seventh_shorthand_gives_the_workout_written_and_shows_it_back(
    line: str, expected: list[dict[str, Any]]
) -> None:
    assert_honoured(line, expected)


@pytest.mark.parametrize(("line", "message"), NOT_USED)
def test_seventh_shorthand_nothing_can_be_used_from_says_so(line: str, message: str) -> None:
    assert_not_used(line, message)
