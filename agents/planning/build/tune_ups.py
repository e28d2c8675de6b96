"""Tune-up races inside the plan: their race days, mini-tapers and recovery days."""

from __future__ import annotations

from agents.planning.build.sessions import distance_day
from agents.planning.build.setup import Setup
from agents.planning.build.setup_limits import effort_km
from agents.planning.build.setup_races import TuneUp
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day


def tune_up_in(week: int, setup: Setup) -> TuneUp | None:
    return next((t for t in setup.tune_ups if t.week == week), None)


def after_tune_up(week: int, setup: Setup) -> bool:
    """The week after a tune-up race: its volume holds while the legs recover."""
    return any(t.week == week - 1 for t in setup.tune_ups)


def easy_weekdays(week: int, setup: Setup) -> set[int]:
    """This week's days inside a tune-up's mini-taper or recovery: no quality, no long run."""
    return {
        weekday
        for weekday in range(1, 8)
        for tune_up in setup.tune_ups
        if tune_up.keeps_easy((week - 1) * 7 + weekday)
    }


def race_day(tune_up: TuneUp, paces: Paces) -> Day:
    """The race itself: its goal time when given, else the time the paces predict."""
    day = distance_day("race", tune_up.weekday, tune_up.distance_m, paces)
    if tune_up.goal_s:
        day = day.model_copy(update={"duration_min": max(1, round(tune_up.goal_s / 60))})
    return day


def goal_race_day(setup: Setup, weekday: int, paces: Paces) -> Day:
    """The goal race: its goal time, else the paces' prediction (an ultra's over its climbing)."""
    assert setup.race is not None
    race = distance_day("race", weekday, setup.race.distance_m, paces)
    minutes = round(setup.race.goal_s / 60) if setup.race.goal_s else race.duration_min
    if setup.ultra and setup.limits.vert_m and not setup.race.goal_s:
        effort = effort_km(setup.race.distance_m, setup.limits.vert_m)
        minutes = round(minutes * effort / (setup.race.distance_m / 1000))
    return race.model_copy(update={"duration_min": max(1, minutes)})
