"""Completing the sessions that are not ordinary runs: races, time trials, cross-training."""

from __future__ import annotations

import re
from typing import Literal

from agents.planning.core.paces import Paces, format_duration
from agents.planning.core.plan import Day, Race
from agents.planning.core.segments import Shape, natural_duration_min
from agents.planning.core.values import race_distance, race_time_s
from agents.planning.draft.session_words import (
    DEFAULT_EASY_MIN,
    MAX_METRES,
    MAX_MINUTES,
    Sizes,
    Words,
)

PARKRUN_M = 5000
NAMED_RACE_SLACK = 0.01  # a distance this close to a named race's is that race's
EASY_WORDS = re.compile(r"\beasy\b|\bjog(?:ging)?\b|\brecovery\b|\bwith\b|\bsteady\b")


def cross_training_day(
    weekday: int, words: Words, minutes: int | None, metres: int | None, notes: list[str]
) -> Day | str:
    """A bike, swim, strength... session: a time, no running distance."""
    name = words.activity
    if minutes is None and metres is not None:
        return "cross-training needs a time (e.g. 'bike 45 min')"
    if metres is not None:
        notes.append("the distance of cross-training is not counted as running: not used")
    if words.reps is not None:  # 'swim 10 x 100m': its time is what the plan keeps
        notes.append("the repetitions of cross-training are not kept: not used")
    if minutes is None:
        minutes = DEFAULT_EASY_MIN
        notes.append(f"no time given: {minutes} min assumed")
    if not 1 <= minutes <= MAX_MINUTES:
        return "the size is out of range"
    return Day(
        weekday=weekday, kind="cross-training", duration_min=minutes, distance_m=0, activity=name
    )


def race_like_day(
    weekday: int,
    kind: Literal["race", "time-trial"],
    words: Words,
    sizes: Sizes,
    paces: Paces,
    race: Race | None,
    notes: list[str],
) -> Day | str:
    """A race or a time trial: a distance, and the goal, the time given or the prediction."""
    parkrun = "parkrun" in words.text
    distances = [s.metres for s in (*sizes.whole, *sizes.extra) if not s.is_time]
    named = race_distance(words.text) or race_distance(words.source)
    metres = distances[0] if distances else (named[0] if named else None)
    if metres and named and abs(metres - named[0]) <= named[0] * NAMED_RACE_SLACK:
        metres = named[0]  # '21.1 km race' is the half marathon
    if metres is None and parkrun:
        metres = PARKRUN_M
    if metres is None and kind == "race" and race is not None:
        metres = race.distance_m
    if metres is None:
        return f"a {'race' if kind == 'race' else 'time trial'} without a distance"
    if not 0 < metres <= MAX_METRES:
        return "the size is out of range"  # '0 km parkrun': no time can be predicted for it
    if parkrun and EASY_WORDS.search(words.text):
        notes.append("parkrun read as an easy 5 km run (the line says to take it easy)")
        minutes = natural_duration_min(Shape("easy"), metres, paces)
        return Day(weekday=weekday, kind="easy", duration_min=minutes, distance_m=metres)
    if parkrun:
        notes.append(
            "parkrun read as a 5K time trial at race effort; write 'easy parkrun' to jog it"
        )
    own = words.own_pace
    if own is not None and not sizes.goal and not any(s.is_time for s in sizes.whole):
        minutes = max(1, round(metres / 1000 * (own.fast + own.slow) / 2 / 60))  # at that pace
    else:
        minutes = _race_minutes(kind, metres, sizes, race, paces, notes)
    if not 1 <= minutes <= MAX_MINUTES:
        return "the size is out of range"
    return Day(weekday=weekday, kind=kind, duration_min=minutes, distance_m=metres)


def _goal_s(goal: str, metres: int) -> int | None:
    """A goal time: a clock, hours and minutes, or bare minutes ('sub 45')."""
    if goal.isdigit():
        return int(goal) * 60
    return race_time_s(goal, metres)


def _race_minutes(
    kind: str, metres: int, sizes: Sizes, race: Race | None, paces: Paces, notes: list[str]
) -> int:
    times = [s.seconds for s in sizes.whole if s.is_time]
    goal_s = _goal_s(sizes.goal, metres) if sizes.goal else None
    if goal_s:
        if times and abs(times[0] - goal_s) >= 60:
            notes.append(
                f"the goal {format_duration(goal_s)} used, not the {times[0] // 60} min total"
            )
        return max(1, round(goal_s / 60))
    if times:
        return max(1, round(times[0] / 60))
    if kind == "race" and race and race.goal_s and race.distance_m == metres:
        return max(1, round(race.goal_s / 60))
    return natural_duration_min(Shape("race"), metres, paces)
