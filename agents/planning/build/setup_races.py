"""The races of a plan: the goal race at the end, tune-up races on the way, and race days."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from agents.planning.build.said import Said
from agents.planning.core.calendar import plan_week
from agents.planning.core.params import PlanParams
from agents.planning.core.values import MARATHON_M
from agents.planning.instructions.asked import (
    Instructions,
    RaceGoal,
    day_names,
    race_meaning,
    reading,
)


@dataclass(frozen=True)
class TuneUp:
    """A race on the way to the goal race, with its mini-taper and its recovery days."""

    week: int
    weekday: int
    distance_m: int
    goal_s: int | None
    name: str
    taper_days: int  # easy days before it
    recovery_days: int  # easy days after it

    @property
    def day_index(self) -> int:
        """Days from the plan's first Monday (week 1 Monday = 1)."""
        return (self.week - 1) * 7 + self.weekday

    def keeps_easy(self, day_index: int) -> bool:
        """A day of the mini-taper or the recovery: no quality session, no long run."""
        gap = day_index - self.day_index
        return -self.taper_days <= gap <= self.recovery_days and gap != 0


FIRST_TUNE_UP_WEEK = 3  # two weeks of training first: the week before is the race's reference


def taper_days(distance_m: int) -> int:
    """Pfitzinger's mini-taper: 2-4 easy days before a tune-up, more for longer races."""
    return 2 if distance_m <= 10000 else 3 if distance_m <= 21097 else 4


def recovery_days(distance_m: int) -> int:
    """About one easy day per 3-5 km raced (here per 4 km), at least two."""
    return max(2, math.floor(distance_m / 4000 + 0.5))


def resolve_races(
    asked: Instructions, goal: RaceGoal | None, params: PlanParams, long_day: int, said: Said
) -> tuple[RaceGoal | None, int, tuple[TuneUp, ...], Said]:
    """The goal race (or None), its weekday, and the tune-ups that fit before it; `goal` is
    the race the reader found, as the paces left it."""
    wanted: list[tuple[RaceGoal, str]] = []
    if goal is not None and goal.placed and asked.race is not None:
        week = race_week(goal, params)
        if week is not None and 1 <= week < params.weeks:
            # Placed before the last week: a tune-up, not the goal the reader took it for.
            said = said.unsay(reading(asked.race_quote, race_meaning(asked.race)))
            wanted.append((goal, asked.race_quote))
            goal = None
    for race, quote in asked.tune_ups:
        if goal is not None and _is_goal_again(race, goal, params):
            goal = dataclasses.replace(goal, date=goal.date or race.date, week=params.weeks)
            said = said.read(quote, f"the same {goal.name}, in the plan's last week")
        else:
            wanted.append((race, quote))
    race_day, said = _goal_day(goal, params, long_day, said)
    goal_index = (params.weeks - 1) * 7 + race_day if goal else None
    accepted: list[TuneUp] = []
    for race, quote in sorted(wanted, key=lambda pair: _sort_key(pair[0], params)):
        tune_up, said = _place(race, quote, params, long_day, goal, said)
        if tune_up is None:
            continue
        clash = _clash(tune_up, accepted, goal_index)
        if clash:
            said = said.refuse(quote, clash)
            continue
        accepted.append(tune_up)
        said = said.read(quote, _tune_up_meaning(tune_up))
    return goal, race_day, tuple(accepted), said


def _is_goal_again(race: RaceGoal, goal: RaceGoal, params: PlanParams) -> bool:
    """A second mention of the goal race that places it in the last week."""
    return race.distance_m == goal.distance_m and race_week(race, params) == params.weeks


def race_week(race: RaceGoal, params: PlanParams) -> int | None:
    """The plan week a race falls in, from its week or its date (which needs a start date)."""
    if race.week is not None:
        return race.week
    if race.date is not None and params.start_date is not None:
        return plan_week(params.start_date, race.date)
    return None


def _sort_key(race: RaceGoal, params: PlanParams) -> int:
    return race_week(race, params) or 0


def _place(
    race: RaceGoal,
    quote: str,
    params: PlanParams,
    long_day: int,
    goal: RaceGoal | None,
    said: Said,
) -> tuple[TuneUp | None, Said]:
    week = race_week(race, params)
    if week is None and race.date is not None:
        return None, said.refuse(quote, "a race on a date needs the plan's start date; not placed")
    if week is None:  # "a half marathon tune-up": Pfitzinger puts it 3-6 weeks out
        week = params.weeks - (4 if goal is not None and goal.distance_m >= MARATHON_M else 3)
    if race.date is not None and params.start_date is not None and race.date < params.start_date:
        week = 0
    if week == params.weeks:
        return None, said.refuse(quote, f"week {week} is the goal race's week, the plan's last")
    if not FIRST_TUNE_UP_WEEK <= week < params.weeks:
        return None, said.refuse(
            quote,
            f"week {week} is outside weeks {FIRST_TUNE_UP_WEEK}-{params.weeks - 1}: a tune-up "
            "comes after two weeks of training and before the goal race's week",
        )
    weekday = race.date.isoweekday() if race.date else race.weekday or long_day
    tune_up = TuneUp(
        week=week,
        weekday=weekday,
        distance_m=race.distance_m,
        goal_s=race.goal_s,
        name=race.name,
        taper_days=taper_days(race.distance_m),
        recovery_days=recovery_days(race.distance_m),
    )
    return tune_up, said


def _clash(tune_up: TuneUp, accepted: list[TuneUp], goal_index: int | None) -> str | None:
    if goal_index is not None and tune_up.day_index + tune_up.recovery_days >= goal_index - 7:
        return (
            f"too close to the goal race: {tune_up.recovery_days} easy days after it "
            "would run into the goal race's last week"
        )
    for earlier in accepted:
        if tune_up.day_index - tune_up.taper_days <= earlier.day_index + earlier.recovery_days:
            return f"too close to the {earlier.name} in week {earlier.week}: no room to recover"
    return None


def _tune_up_meaning(tune_up: TuneUp) -> str:
    goal = f" (goal {_clock(tune_up.goal_s)})" if tune_up.goal_s else ""
    return (
        f"tune-up race: {tune_up.name}{goal} in week {tune_up.week} "
        f"({day_names([tune_up.weekday])}): {tune_up.taper_days} easy days before, "
        f"{tune_up.recovery_days} easy days after, then back into the build"
    )


def _clock(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _goal_day(
    race: RaceGoal | None, params: PlanParams, long_day: int, said: Said
) -> tuple[int, Said]:
    """The goal race's weekday: its date's when that is in the last week, else as said."""
    if race is None:
        return long_day, said
    if race.week is not None and race.week != params.weeks:
        said = said.refuse(
            f"{race.name} in week {race.week}",
            f"the plan has {params.weeks} weeks and ends with its race; "
            "the race is on the last week's long-run day",
        )
    if race.date is not None and params.start_date is not None:
        week = race_week(race, params)
        if week == params.weeks and race.date >= params.start_date:
            return race.date.isoweekday(), said
        said = said.refuse(
            str(race.date),
            f"that date is in week {week}, not the plan's last week; "
            "the race is on the last week's long-run day",
        )
    elif race.date is not None:
        said = said.refuse(
            str(race.date), "no start date given; the race is on the last week's long-run day"
        )
    day = race.weekday if race.weekday is not None else long_day
    start = params.start_date.isoweekday() if params.start_date is not None else 1
    if params.weeks == 1 and day < start:  # a one-week plan started after its race day
        said = said.note(f"Note: the plan starts after the {race.name}'s usual day: it is on Sun")
        day = 7
    return day, said
