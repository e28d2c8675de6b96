"""How coaches' sentences are read: clauses, races against results, ceilings, sanity bounds."""

from __future__ import annotations

import pytest
from planning_helpers import params

from agents.planning import make_draft
from agents.planning.build.setup import make_setup
from agents.planning.instructions.clauses import split_clauses
from agents.planning.instructions.readers import read_instructions
from schemas.principles import DEFAULT_PRINCIPLE


def header(prompt: str | None, principle: str | None = None, level: str = "intermediate") -> str:
    draft = make_draft(params(12, level, prompt, principle))
    return draft[: draft.index("\nWeek 1 ")]


def test_clauses_split_at_commas_and_joins_but_keep_weekday_lists_whole() -> None:
    quotes = [
        c.quote for c in split_clauses("5 runs a week, never on Mondays and Fridays and hills")
    ]
    assert quotes == ["5 runs a week", "never on Mondays and Fridays", "hills"]
    assert [c.quote for c in split_clauses("alternate hard and easy days")] == [
        "alternate hard and easy days"
    ]


def test_race_at_the_end_and_recent_result_in_one_sentence_are_two_things() -> None:
    setup = make_setup(params(12, "intermediate", "Half marathon at the end, recent 10K in 45:00"))
    assert setup.race is not None and setup.race.distance_m == 21097 and setup.race.goal_s is None
    assert setup.vdot == 45.3  # from the 10K, not from a "45:00 half marathon"
    text = header("Half marathon at the end, recent 10K in 45:00, long run on Sunday")
    assert 'Read: "Half marathon at the end" -> race: half marathon' in text
    assert 'Read: "recent 10K in 45:00" -> recent result 10K in 45:00: paces from it' in text
    assert "Not applied" not in text


@pytest.mark.parametrize(
    ("prompt", "metres", "goal_s"),
    [
        ("Half marathon at the end.", 21097, None),
        ("ending with a marathon in 3:45", 42195, 13500),
        ("10K race in week 12", 10000, None),
        ("marathon on 2025-10-12 goal 3:30", 42195, 12600),
        ("Marathon on the last Sunday", 42195, None),
        ("Half marathon at the end, goal 1:45", 21097, 6300),
        ("sub-20 5K at the end", 5000, 1200),
    ],
)
def test_races_are_read_as_races_not_results(prompt: str, metres: int, goal_s: int | None) -> None:
    found = read_instructions(prompt, None)
    assert found.race is not None and (found.race.distance_m, found.race.goal_s) == (metres, goal_s)
    assert found.results == [] and found.not_applied == []


def test_half_marathon_at_the_end_as_its_own_sentence_tapers_into_race_day() -> None:
    plan = make_setup(params(12, "intermediate", "Half marathon at the end."))
    assert plan.race is not None and plan.race.distance_m == 21097
    draft = make_draft(params(12, "intermediate", "Half marathon at the end."))
    assert "not understood" not in draft
    last_week = draft[draft.index("Week 12 |") :]
    assert "taper" in last_week.splitlines()[0] and "RACE half marathon" in last_week


@pytest.mark.parametrize(
    "prompt", ["recent half marathon in 45:00", "I ran a 5K in 9:00", "my last 10K took 3:10:00"]
)
def test_implausible_result_is_not_applied_and_level_paces_stay(prompt: str) -> None:
    setup = make_setup(params(12, "intermediate", prompt))
    assert setup.vdot == 45.0
    assert any(
        n.startswith("Not applied") and "outside the plausible 20-85" in n for n in setup.notes
    )


def test_implausible_goal_is_dropped_but_the_race_stays() -> None:
    setup = make_setup(params(12, "advanced", "marathon at the end, goal 1:30:00"))
    assert setup.race is not None and setup.race.goal_s is None and setup.vdot == 55.0
    assert any("goal time" in n and n.startswith("Not applied") for n in setup.notes)


def test_second_race_on_an_earlier_week_is_a_tune_up_the_one_at_the_end_the_goal() -> None:
    found = read_instructions("10K race in week 6, half marathon at the end", None)
    assert found.race is not None and found.race.distance_m == 21097
    assert [(race.distance_m, race.week) for race, _ in found.tune_ups] == [(10000, 6)]
    assert found.not_applied == []


def test_race_in_a_week_that_is_not_the_last_is_a_tune_up() -> None:
    setup = make_setup(params(12, "intermediate", "10K race in week 8"))
    assert setup.race is None and [t.week for t in setup.tune_ups] == [8]
    assert any(n.startswith('Read: "10K race in week 8" -> tune-up race') for n in setup.notes)


def test_default_principle_reads_cleanly_for_every_level() -> None:
    for level in ("beginner", "intermediate", "advanced"):
        text = header(None, DEFAULT_PRINCIPLE, level)
        assert "Not applied" not in text and "Principle:" not in text, text
        assert text.count("(a ceiling, not a count)") == 1
        assert "at most 2 quality sessions a week (a ceiling, not a count)" in text
        assert '"never two hard days in a row" -> hard/easy' in text
        assert text.count("10% rule") == 1 and text.count("a cutback week every 4 weeks") == 1


@pytest.mark.parametrize(
    "phrase",
    [
        "no more than 2 workouts a week",
        "max two hard sessions weekly",
        "at most 2 quality days a week",
    ],
)
def test_at_most_is_a_ceiling_not_a_count(phrase: str) -> None:
    found = read_instructions(phrase, None)
    assert (found.quality_max, found.quality_per_week) == (2, None)
    beginner = make_setup(params(12, "beginner", phrase))
    assert beginner.quality_count is None and not any("Not applied" in n for n in beginner.notes)


@pytest.mark.parametrize(
    "phrase",
    [
        "never two hard days in a row",
        "don't stack hard days",
        "no back-to-back hard sessions",
        "alternate hard and easy days",
    ],
)
def test_hard_easy_rules_are_read_as_spacing_not_counts(phrase: str) -> None:
    found = read_instructions(None, phrase)
    assert found.hard_easy and found.quality_per_week is None and found.quality_max is None
    assert found.not_applied == []


def test_the_same_count_said_twice_replaces_never_adds() -> None:
    found = read_instructions("two quality sessions a week. 2 quality sessions per week", None)
    assert found.quality_per_week == 2
    both = read_instructions("one tempo and one interval session a week", None)
    assert both.quality_per_week == 2 and both.quality_kinds == ["tempo", "intervals"]


def test_prompt_count_wins_over_the_principle_count() -> None:
    found = read_instructions("one quality session a week", "two quality sessions a week")
    assert found.quality_per_week == 1


def test_cutback_every_fourth_week_reads_four_once() -> None:
    found = read_instructions(None, "cut back every fourth week by about 20-25%")
    assert found.cutback_every == 4
    assert found.readings == [
        'Read: "cut back every fourth week by about 20-25%" -> a cutback week every 4 weeks'
    ]
