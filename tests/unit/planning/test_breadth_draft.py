"""The draft format of the new days: run-walk lines, long runs by time, ultra race lines."""

from __future__ import annotations

from planning_helpers import params

from agents.planning import build_plan, parse_draft, render_draft
from agents.planning.core.paces import paces_for
from agents.planning.core.plan import Day
from agents.planning.draft.read_session import read_session
from agents.planning.draft.render import render_day

PACES = paces_for(35.0)


class _Read:
    def __init__(self, day: Day | None) -> None:
        self.day = day


def parse_day(weekday: int, body: str, paces: object, race: object) -> _Read:
    return _Read(read_session(weekday, body, PACES, None).day)


LINE = "Tue: run-walk 8 x (1 min run, 90 s walk) @ E 6:30-7:10/km — 25 min (≈ 2.9 km)"


def test_run_walk_day_renders_in_the_documented_form_and_reads_back() -> None:
    assert LINE.startswith("Tue: ")
    day = parse_day(2, LINE.removeprefix("Tue: "), PACES, None).day
    assert day is not None
    assert (day.kind, day.reps, day.rep_seconds, day.recovery_seconds) == ("run-walk", 8, 60, 90)
    assert day.duration_min == 25
    assert "Tue: " + render_day(day, PACES) == LINE


def test_run_walk_day_written_by_a_coach_without_totals_gets_a_warm_up_walk() -> None:
    day = parse_day(2, "run-walk 6 x (2 min run, 1 min walk)", PACES, None).day
    assert day is not None and (day.reps, day.rep_seconds, day.recovery_seconds) == (6, 120, 60)
    assert day.duration_min == 18 + 5


def test_long_run_in_minutes_is_sized_by_time_and_keeps_its_minutes() -> None:
    day = parse_day(7, "long run on trails @ E — 180 min", PACES, None).day
    assert day is not None and day.by_time and day.duration_min == 180
    assert render_day(day, PACES).endswith("— 180 min (≈ 26.3 km)")
    assert parse_day(7, render_day(day, PACES), PACES, None).day == day


def test_race_lines_up_to_a_hundred_miles_read_back() -> None:
    race = Day(weekday=6, kind="race", duration_min=1500, distance_m=160934)
    line = render_day(race, PACES)
    assert line == "RACE 100 miles — 160.934 km, 1500 min"
    assert parse_day(6, line, PACES, None).day == race


def test_plans_with_the_new_days_round_trip() -> None:
    for prompt in (
        "Couch to 5K, can't run 10 minutes yet, run-walk to start",
        "Half marathon tune-up in week 10, marathon at the end",
        "50K trail ultra at the end; back-to-back long runs on the weekend",
        "100 miles at the end with 4000 m of climbing",
    ):
        plan = build_plan(params(20, "advanced", prompt))
        assert parse_draft(render_draft(plan)) == plan, prompt
