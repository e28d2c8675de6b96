"""What each race asks of a plan, by level: the peak weekly volume and the longest run. The one
table of the planner (docs/training-science.md, "What a race needs", gives it with sources).

Long runs are (low, high) km: the plan aims at `high`, and says so in the header when its
longest run stays under `low`. Ultras are sized by time on feet: (low, high) minutes.

Sources: Pfitzinger & Douglas, *Advanced Marathoning* (marathon long runs of 20-22 miles,
32-35 km; 12/18-week schedules peaking at 55-85+ miles a week) and *Faster Road Racing*
(half marathon long runs of 15-17 miles for experienced runners, 10K of 12-15 miles); Higdon's
Novice and Intermediate plans (marathon 20 miles, half marathon 10-12 miles, 10K 6-10 miles,
5K 4-7 miles); Daniels' *Running Formula* (long run at most 25-30% of the week and 150 min);
Koop, *Training Essentials for Ultrarunning* (single long runs of 3-5 hours).
"""

from __future__ import annotations

from agents.planning.core.params import Level

RaceKey = int | None  # a road race's metres, or None for a plan without a race

# Peak weekly km by race distance (None = no race).
PEAK_KM: dict[Level, dict[RaceKey, int]] = {
    "beginner": {5000: 25, 10000: 30, 21097: 35, 42195: 45, None: 30},
    "intermediate": {5000: 50, 10000: 55, 21097: 60, 42195: 70, None: 55},
    "advanced": {5000: 80, 10000: 85, 21097: 90, 42195: 105, None: 90},
}
LONG_RUN_KM: dict[Level, dict[RaceKey, tuple[int, int]]] = {
    "beginner": {5000: (6, 10), 10000: (10, 13), 21097: (16, 19), 42195: (26, 32), None: (8, 14)},
    "intermediate": {
        5000: (10, 16),
        10000: (14, 19),
        21097: (16, 22),
        42195: (29, 35),
        None: (16, 22),
    },
    "advanced": {5000: (14, 20), 10000: (16, 24), 21097: (19, 26), 42195: (30, 35), None: (20, 28)},
}
# Ultras by class (a 50K-type race, up to 100K or 50 miles, longer): peak km, long run minutes.
ULTRA_PEAK_KM: dict[Level, tuple[int, int, int]] = {
    "beginner": (55, 60, 65),
    "intermediate": (85, 95, 105),
    "advanced": (105, 120, 130),
}
ULTRA_LONG_MIN: dict[Level, tuple[tuple[int, int], ...]] = {
    "beginner": ((150, 180), (165, 210), (180, 240)),
    "intermediate": ((165, 210), (180, 240), (210, 270)),
    "advanced": ((180, 240), (210, 270), (240, 300)),
}
# Daniels: easy runs of 30-150 minutes. A marathon long run of 29-35 km takes 2.5-3 hours
# (Pfitzinger): marathon plans go to 175 minutes, under the validator's 180-minute error line.
LONG_MAX_MIN = 150
MARATHON_LONG_MAX_MIN = 175
MARATHON_M = 42195


def ultra_class(distance_m: int) -> int:
    """0 for a 50K-type ultra, 1 up to 100K or 50 miles, 2 beyond."""
    return 0 if distance_m <= 60_000 else 1 if distance_m <= 110_000 else 2


def road_key(distance_m: int | None) -> RaceKey:
    """The table's row for a road race: its own distance when listed, else the nearest below."""
    if distance_m is None:
        return None
    listed = [d for d in (5000, 10000, 21097, 42195) if d <= distance_m]
    return listed[-1] if listed else 5000


def long_run_km(level: Level, distance_m: int | None) -> tuple[int, int]:
    """The longest run a road race (or no race) asks for at a level: (low, high) km."""
    return LONG_RUN_KM[level][road_key(distance_m)]


def long_max_min(distance_m: int | None) -> int:
    """The longest a road plan's long run may last."""
    return MARATHON_LONG_MAX_MIN if distance_m == MARATHON_M else LONG_MAX_MIN
