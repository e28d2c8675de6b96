"""Where a plan's volume starts and how high it builds: from what the athlete runs now (a base,
never a cap), to what the race needs, within a limit only when one was said."""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning.build.race_needs import (
    PEAK_KM,
    ULTRA_PEAK_KM,
    long_run_km,
    road_key,
    ultra_class,
)
from agents.planning.build.run_walk import RUN_WALK_RUNS, start_day_m
from agents.planning.build.runs import TYPICAL_RUN_KM
from agents.planning.build.said import Said
from agents.planning.build.setup_athlete import Athlete
from agents.planning.build.setup_limits import Limits, budget_peak_km
from agents.planning.core.paces import Paces
from agents.planning.core.params import Level
from agents.planning.core.values import MARATHON_M, is_ultra
from agents.planning.instructions.asked import Instructions, RaceGoal

START_KM = {"beginner": 15.0, "intermediate": 32.0, "advanced": 55.0}
PER_RUN_MAX_KM = {"beginner": 11.0, "intermediate": 15.0, "advanced": 19.0}
LONG_SHARE = {"beginner": 0.45, "intermediate": 0.28, "advanced": 0.27}
# Marathon plans (Higdon, Pfitzinger) take the long run to 29-35 km, 35-50% of the week (the
# more, the fewer runs): above Daniels' 30%, so the validator's long-run-share warning shows;
# the coach decides. By runs a week: 4 or fewer, 5, 6 or more.
MARATHON_LONG_SHARE = {
    "beginner": (0.49, 0.49, 0.49),
    "intermediate": (0.5, 0.43, 0.38),
    "advanced": (0.5, 0.42, 0.34),
}
# Ultra plans (Koop) put a third or more of the week in the Sunday run, more with Saturday's.
ULTRA_LONG_SHARE = 0.42
THREE_RUNS_LONG_SHARE = 0.4  # an easy run no longer than the long run: 40% of three runs
FOUR_RUNS_LONG_SHARE = 0.35
HANSON_LONG_MAX_KM = 26
# Easy runs (shortest, longest minutes) by level; an athlete who already runs more than the
# level's longest easy runs hold keeps runs as long as their week needs, up to EASY_MAX_MIN.
EASY_MINUTES = {"beginner": (20, 50), "intermediate": (30, 75), "advanced": (30, 85)}
EASY_MAX_MIN = 100
COMEBACK_FROM_CURRENT = 0.9  # back from injury and already running: a slightly lighter week 1
ABOVE_BASE = 1.1
FEW_RUNS_ROOM = 1.2
START_ROOM = 0.12  # a volume said for now within this of what the runs make is kept
SHORTEST_RETURN_MIN = 20
QUALITY_WEEK_1_MIN = 50  # a first week's quality session with its warm-up and cool-down
QUALITY_LEAST_MIN = 40  # a first week's shortest session: 6 x 1 min with its warm-up
RETURN_LONG_RUNS = 4  # a returning athlete's week holds a long run from this many runs
FEW_RUNS_LONG_SHARE = 0.38  # a base already above the race's needs still builds a little


@dataclass(frozen=True)
class Volume:
    """Week 1's volume and long run, the peak and the longest long run, in km."""

    start_km: float
    peak_km: float
    long_start_km: float
    long_max_km: float
    easy_max_min: int
    start_why: str | None = None  # why week 1 cannot start at the volume said for now


def plan_volume(
    asked: Instructions,
    level: Level,
    race: RaceGoal | None,
    run_counts: tuple[int, int, int],
    athlete: Athlete,
    paces: Paces,
    limits: Limits,
    said: Said,
) -> tuple[Volume, Said]:
    """The plan's volume from the request: start at the base, build to the race's needs,
    within a limit said (a volume limit, a weekly time budget). `run_counts`: (runs a week,
    week 1's, week 1's quality sessions)."""
    runs, start_runs, sessions = run_counts
    peak, ceiling, said = _peak_km(asked, level, race, runs, athlete, paces, limits, said)
    current = asked.current_km
    # Without a volume said for now, the level's start is scaled to the peak the plan can reach.
    start = _start_km(level, peak if current else ceiling, athlete, paces, current)
    if not current and athlete.run_walk_step is None:
        # A few runs a week start lighter: each run at a typical length for the level.
        start = min(start, start_runs * TYPICAL_RUN_KM[level] * FEW_RUNS_ROOM)
    share = long_share_of(level, race.distance_m if race else None, start_runs)
    shape = (start_runs, sessions, share)
    easy_max = _easy_max_min(level, start, shape, paces) if current else EASY_MINUTES[level][1]
    long_max = _long_max_km(asked, level, race, ceiling)
    why = None
    if current and athlete.run_walk_step is None:
        long_cap = min(long_max, limits.long_max_min * 60 / paces.zone_pace("z2"))
        long_cap = min(long_cap, asked.current_long_km or long_cap)  # week 1's long run now
        start, why, said = _feasible_start(
            start, (level, shape, easy_max, long_cap), paces, athlete, said
        )
    if start > ceiling:
        if current:
            why, said = _start_at_limit(ceiling, start, said)
        start = ceiling
    long_start = _long_start_km(asked, race, level, (runs, start), athlete, paces)
    if current and not asked.current_long_km and not athlete.comeback:
        long_start = max(long_start, _long_for_the_rest(start, shape, paces))
    peak = max(ceiling, start, 8.0)
    return Volume(start, peak, min(long_max, long_start), long_max, easy_max, why), said


def _long_for_the_rest(start: float, shape: tuple[int, int, float], paces: Paces) -> float:
    """The first long run the volume said for now needs: what the sessions leave, shared
    evenly with the easy runs (none is longer than the long run), within the long run's
    share of the week. Two sessions in four runs leave one easy run beside it for the rest."""
    runs, sessions, share = shape
    if runs - sessions < 2:
        return 0.0
    rest = start - sessions * QUALITY_WEEK_1_MIN * 60 / paces.zone_pace("z2")
    return int(min(rest / (runs - sessions), start * share) * 2) / 2


def _start_at_limit(ceiling: float, start: float, said: Said) -> tuple[str, Said]:
    """A limit below the volume said for now: the plan starts at the limit, and says so."""
    said = said.note(
        f"Note: the limit of {ceiling:.0f} km a week is below the {start:.0f} km said "
        f"for now: the plan starts at {ceiling:.0f} km and stays within the limit"
    )
    return f"the plan starts within the limit, at {ceiling:.0f} km", said


def _peak_km(
    asked: Instructions,
    level: Level,
    race: RaceGoal | None,
    runs: int,
    athlete: Athlete,
    paces: Paces,
    limits: Limits,
    said: Said,
) -> tuple[float, float, Said]:
    """(the peak the race and the athlete's base ask for, the peak within the limits)."""
    peak = _needed_peak_km(level, race, runs)
    if asked.current_km:
        peak = max(peak, asked.current_km * ABOVE_BASE)
    if asked.pre_injury_km:
        peak = asked.pre_injury_km if athlete.comeback else max(peak, asked.pre_injury_km)
    if asked.peak_km and not asked.peak_is_limit:
        peak = asked.peak_km
    ceiling = asked.peak_km if asked.peak_km and asked.peak_is_limit else peak
    ceiling, said = budget_peak_km(limits, min(peak, ceiling), paces, said)
    return peak, ceiling, said


def _feasible_start(
    start: float,
    week: tuple[Level, tuple[int, int, float], int, float],
    paces: Paces,
    athlete: Athlete,
    said: Said,
) -> tuple[float, str | None, Said]:
    """Week 1 at the volume said for now, unless its runs cannot make it: each run at least
    the level's shortest easy run; at most its longest easy runs (never longer than the long
    run), its quality sessions, and a long run within its share of the week and its caps."""
    level, (runs, quality, share), easy_max, long_cap = week
    per_min = 60 / paces.zone_pace("z2")  # km a minute at easy pace
    returning = athlete.comeback or athlete.postpartum
    shortest = SHORTEST_RETURN_MIN if returning else EASY_MINUTES[level][0]
    # A returning athlete's long run comes with four runs a week (week_build): fewer runs
    # are all easy runs and the session.
    no_long = returning and runs < RETURN_LONG_RUNS
    long_least = shortest * per_min if no_long else max(shortest * per_min, start * share)
    least = (runs - 1 - quality) * shortest * per_min + quality * QUALITY_LEAST_MIN * per_min
    least += long_least
    easy_km = min(easy_max * per_min, long_cap)
    others = (runs - 1 - quality) * easy_km + quality * QUALITY_WEEK_1_MIN * per_min
    most = others + (easy_km if no_long else min(long_cap, others * share / (1 - share)))
    if start * (1 + START_ROOM) < least:
        why = f"{runs} runs of at least {shortest} minutes make about {least:.0f} km"
        hint = "fewer runs a week start lower"
        new = least
    elif start > most * (1 + START_ROOM):
        why = f"{runs} runs a week hold about {most:.0f} km"
        hint = "more runs a week start higher"
        new = most
    else:
        return start, None, said
    said = said.note(
        f"Note: {why}, not the {start:.0f} km said for now: week 1 starts there ({hint})"
    )
    return new, why, said


def _long_start_km(
    asked: Instructions,
    race: RaceGoal | None,
    level: Level,
    week: tuple[int, float],
    athlete: Athlete,
    paces: Paces,
) -> float:
    """The first long run: the one the athlete runs now, else a share of week 1."""
    runs, start = week
    long_start = asked.current_long_km or start * _start_share(race, level, runs)
    long_start = round(long_start * 2) / 2
    if athlete.comeback:  # a first long run of at most 40 minutes
        long_start = min(long_start, int(40 * 60 / paces.zone_pace("z2") * 2) / 2)
    return long_start


def _easy_max_min(
    level: Level, start_km: float, shape: tuple[int, int, float], paces: Paces
) -> int:
    """The longest easy run: the level's, or what the week said for now needs of each run
    beside the long run, or of each easy run beside the sessions and a long run at its
    share (in whole five minutes)."""
    runs, sessions, share = shape
    per_run_km = start_km * (1 - LONG_SHARE[level]) / max(1, runs - 1)
    if runs - sessions >= 2:
        session_km = sessions * QUALITY_WEEK_1_MIN * 60 / paces.zone_pace("z2")
        per_run_km = max(per_run_km, (start_km * (1 - share) - session_km) / (runs - 1 - sessions))
    needed = per_run_km * paces.zone_pace("z2") / 60 * 1.1
    return int(min(EASY_MAX_MIN, max(EASY_MINUTES[level][1], -(-needed // 5) * 5)))


def long_share_of(level: Level, race_m: int | None, runs: int) -> float:
    """The long run's share of a week of `runs` runs; with 3-4 runs it cannot stay under 30%."""
    if race_m is not None and is_ultra(race_m):
        return ULTRA_LONG_SHARE
    if race_m is not None and race_m >= MARATHON_M:
        by_runs = MARATHON_LONG_SHARE[level]
        return by_runs[0] if runs <= 4 else by_runs[1] if runs == 5 else by_runs[2]
    if level != "beginner" and runs <= 3:
        return THREE_RUNS_LONG_SHARE
    if level != "beginner" and runs <= 4:
        return FOUR_RUNS_LONG_SHARE
    return LONG_SHARE[level]


def _needed_peak_km(level: Level, race: RaceGoal | None, runs: int) -> float:
    """The peak a race asks for at a level, within what the runs a week can hold."""
    if race is not None and is_ultra(race.distance_m):
        # Back-to-back long runs carry more of the week than any single run may.
        peak = ULTRA_PEAK_KM[level][ultra_class(race.distance_m)]
        return min(float(peak), runs * PER_RUN_MAX_KM[level] * 1.3)
    distance = race.distance_m if race else None
    needed = PEAK_KM[level][road_key(distance)]
    # What the runs hold: a beginner's runs at their longest; for others, the long run and
    # the other runs at their longest (a marathoner's 4 runs hold a 30 km long run's week).
    held = runs * PER_RUN_MAX_KM[level]
    if level != "beginner":
        held = max(held, long_run_km(level, distance)[1] + (runs - 1) * PER_RUN_MAX_KM[level])
    return min(float(needed), held)


def _start_km(
    level: Level, peak: float, athlete: Athlete, paces: Paces, current: float | None
) -> float:
    """Week 1: the athlete's current volume when said, else the level's start."""
    if athlete.run_walk_step is not None:
        if athlete.comeback == "bone" and not athlete.postpartum:
            # A trained runner back from a bone injury: longer run-walk days than Couch to 5K.
            return START_KM[level] * athlete.start_factor
        return RUN_WALK_RUNS * start_day_m(athlete.run_walk_step, paces) / 1000
    if current:
        return current * (COMEBACK_FROM_CURRENT if athlete.comeback else 1.0)
    # Long races start from a bigger base: a plan cannot double the volume safely.
    return min(max(START_KM[level], peak * 0.55), peak * 0.75) * athlete.start_factor


def _start_share(race: RaceGoal | None, level: Level, runs: int) -> float:
    """The first long run's share of week 1: more of a marathon runner's week, more of it
    again with only 3-4 runs."""
    if race is not None and race.distance_m >= MARATHON_M and level != "beginner":
        return 0.45 if runs <= 4 else 0.34
    if level != "beginner" and runs <= 3:
        return FEW_RUNS_LONG_SHARE  # three runs: the long run carries more of the week
    return LONG_SHARE[level]


def _long_max_km(asked: Instructions, level: Level, race: RaceGoal | None, peak: float) -> float:
    """The longest long run: the race's need at the level, an ultra's share of its peak."""
    if race is not None and is_ultra(race.distance_m):
        long_max = peak * 0.45
    else:
        long_max = float(long_run_km(level, race.distance_m if race else None)[1])
    if asked.long_target_km:
        long_max = asked.long_target_km  # the goal said: built toward, never past
    for limit in asked.run_limits:
        if (
            limit.metres is not None
            and limit.last_week is None
            and (limit.every_run or limit.long_only)
        ):
            long_max = min(long_max, limit.metres / 1000)
    return min(long_max, HANSON_LONG_MAX_KM) if asked.hanson else long_max
