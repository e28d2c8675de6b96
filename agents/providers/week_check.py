"""Whether a model's answer for a week can be used: every check, and the week it gives.

An answer is used only when it has no violation: it parses as a ModelWeek; every workout
keeps the size bounds; every line asked about is accounted for (a workout on each day it
names, or a `lines` entry with used=false and the reason); no workout lands on a day no
line names (the coach left it at rest); and the week, merged with the days the reader was
sure of, breaks none of the validator's week rules. Days read with confidence are kept as
read: the model's workouts on them are replaced by the reader's.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from agents.planning import (
    WEEKDAY_NAMES,
    Paces,
    Plan,
    PlanParams,
    Week,
    day_workouts,
    place_week,
    plan_monday,
    validate_week,
    week_info,
)
from agents.providers.model_week import ModelWeek, read_answer, workouts_of
from agents.providers.readings import same_workout
from agents.providers.week_lines import WeekLines, day_names
from schemas.workout import Workout


@dataclass(frozen=True)
class PlanFrame:
    """What every week of one plan is read and checked against."""

    params: PlanParams
    plan: Plan
    paces: Paces

    def monday(self, number: int) -> dt.date | None:
        start = self.params.start_date
        return plan_monday(start, number) if start else None

    def before_start(self, number: int) -> frozenset[int]:
        """The weekdays of a week that fall before the plan's start: no workout is due there."""
        start, monday = self.params.start_date, self.monday(number)
        if start is None or monday is None:
            return frozenset()
        return frozenset(day for day in range(1, 8) if monday + dt.timedelta(day - 1) < start)

    def reader_workouts(self, week: Week) -> list[Workout]:
        """The days of a week as the reader read them, as dated Workouts (not yet placed)."""
        return day_workouts(week, self.plan, self.params.start_date)


@dataclass(frozen=True)
class CheckedAnswer:
    """One answer checked: what it said, the week it gives, and what is wrong with it."""

    answer: ModelWeek | None
    # The model's own workouts (for the notes on how it read each line).
    model_workouts: list[Workout]
    # The week to place: the sure days as read, the asked days as the model read them.
    workouts: list[Workout]
    violations: list[str]


def check_answer(text: str, lines: WeekLines, frame: PlanFrame) -> CheckedAnswer:
    """Every violation of one answer (all of them, for the one repair), and its week."""
    answer, problems = read_answer(text)
    if answer is None:
        return CheckedAnswer(None, [], [], problems)
    number = lines.number
    phase = lines.reading.week.phase
    model_workouts, problems = workouts_of(answer, number, phase, frame.paces, frame.monday(number))
    merged = merged_week(lines, model_workouts, frame)
    violations = [
        *problems,
        *coverage_violations(lines, answer, frame.before_start(number)),
        *rest_day_violations(lines, answer),
    ]
    if not problems:
        violations += rule_violations(lines, merged, frame)
    return CheckedAnswer(answer, model_workouts, merged, violations)


def coverage_violations(
    lines: WeekLines, answer: ModelWeek, before_start: frozenset[int] = frozenset()
) -> list[str]:
    """Every asked line (but the header) accounted for: a workout on each day it names (but
    a day before the plan's start), or reported not used with the reason. A line read as
    rest may stay without a workout."""
    said = {item.line: item for item in answer.lines}
    answered_days = {workout.day for workout in answer.workouts} | before_start
    problems = []
    for line in lines.day_lines:
        item = said.get(line.number)
        if item is not None and not item.used:
            if not item.how.strip():
                problems.append(f"{line.where} is reported not used: give the reason in 'how'")
            continue
        if not line.weekdays:
            if item is None:
                problems.append(
                    f"{line.where} names no day: report it in 'lines', used or not, and how"
                )
            continue
        missing = tuple(day for day in line.weekdays if day not in answered_days)
        if missing and not line.read.rest:
            problems.append(
                f"{line.where}: no workout on {day_names(missing)}; give it, or report the "
                "line in 'lines' with used=false and the reason"
            )
    return problems


def rest_day_violations(lines: WeekLines, answer: ModelWeek) -> list[str]:
    """A workout on a day no line of the week names: the coach left that day at rest."""
    days = sorted({w.day for w in answer.workouts if 1 <= w.day <= 7} - lines.named_days)
    return [
        f"{WEEKDAY_NAMES[day - 1]}: no line of the week names this day, the coach left it "
        "at rest; remove the workout"
        for day in days
    ]


def merged_week(
    lines: WeekLines, model_workouts: Sequence[Workout], frame: PlanFrame
) -> list[Workout]:
    """The sure days as the reader read them, and the model's workouts on the asked days
    (but not a second copy of a sure session on a day a sure and an asked line share)."""
    sure = frame.reader_workouts(lines.sure_week())
    asked = [
        workout
        for workout in model_workouts
        if workout.day in lines.asked_days and not any(same_workout(workout, kept) for kept in sure)
    ]
    return sorted([*sure, *asked], key=lambda workout: workout.day)


def rule_violations(lines: WeekLines, workouts: list[Workout], frame: PlanFrame) -> list[str]:
    """The validator's errors on the week (a day before the start date is left out, and said,
    as on the built-in path, not refused: only the days the plan keeps are checked)."""
    number = lines.number
    placed, _ = place_week(number, workouts, frame.params.start_date, (), "ai_generate")
    info = week_info(lines.reading.week, placed)
    return [
        f"{WEEKDAY_NAMES[v.day - 1] + ': ' if v.day else ''}{v.message} [{v.rule}]"
        for v in validate_week(number, placed, info, frame.params)
        if v.severity == "error"
    ]
