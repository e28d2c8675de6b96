"""What coaches write, line by line inside a real draft, and how the reader takes it."""

from __future__ import annotations

from typing import Any

import pytest
from reader_helpers import PARAMS, fields, read_line, with_week

from agents.planning import WEEKDAY_NAMES, make_plan, parse_draft, read_draft, render_draft

MINUTES = [
    ("Wed: easy 50'", 50),
    ("Wed: easy 50min", 50),
    ("Wed: easy run 50 mins", 50),
    ("Wed: easy 1h10", 70),
    ("Wed: easy 1:10", 70),
    ("Wed: easy 1h", 60),
    ("Wed: 90 minutes easy", 90),
    ("Wed: easy run — 1 hour 5 minutes", 65),
    ("Wed: easy 1.5h", 90),
]
PACES: list[tuple[str, dict[str, Any]]] = [
    (
        "Tue: 6x800m at 10K pace w/ 400m jog",
        {"kind": "intervals", "reps": 6, "rep_distance_m": 800, "recovery_distance_m": 400}
        | {"recovery_seconds": 0, "work_pace": "10k"},
    ),
    (
        "Tue: 6 x 800 m @ 10k pace, 2 min jog",
        {"kind": "intervals", "reps": 6, "recovery_seconds": 120, "work_pace": "10k"},
    ),
    ("Tue: tempo 20 min @ threshold", {"kind": "tempo", "reps": 1, "rep_seconds": 1200}),
    ("Tue: 20 min @ threshold", {"kind": "tempo", "rep_seconds": 1200, "work_pace": None}),
    (
        "Tue: 3 x 10 min at T pace, 2 min jog",
        {"kind": "tempo", "reps": 3, "rep_seconds": 600, "recovery_seconds": 120},
    ),
    (
        "Tue: intervals 5 x 1 km @ T, 1 min jog",
        {"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "work_pace": "threshold"},
    ),
    (
        "Tue: 2 x 5 km at HM pace, 3 min jog",
        {"kind": "tempo", "reps": 2, "rep_distance_m": 5000, "work_pace": "half-marathon"},
    ),
    (
        "Tue: 8 km at half marathon pace",
        {"kind": "tempo", "reps": 1, "rep_distance_m": 8000, "work_pace": "half-marathon"},
    ),
    ("Tue: 10 km MP", {"kind": "marathon-pace", "rep_distance_m": 10000, "work_pace": None}),
    (
        "Tue: 12 km at marathon pace — 16 km",
        {"kind": "marathon-pace", "rep_distance_m": 12000, "distance_m": 16000},
    ),
    (
        "Tue: 8 x 400 m @ 5K pace, 200 m jog",
        {"kind": "intervals", "rep_distance_m": 400, "recovery_distance_m": 200}
        | {"work_pace": "5k"},
    ),
    ("Tue: easy 40 min at easy pace", {"kind": "easy", "duration_min": 40}),
    ("Tue: 40 min conversational pace", {"kind": "easy", "duration_min": 40}),
    ("Tue: 6 x 800 @ 5k, 400 m jog", {"kind": "intervals", "work_pace": "5k"}),
    (
        "Tue: 4 x 1 mile at mile pace, 3 min jog",
        {"kind": "repetition", "rep_distance_m": 1609, "recovery_seconds": 180},
    ),
    (
        "Tue: easy run 20 min @ T",
        {"kind": "tempo", "reps": 1, "rep_seconds": 1200, "work_pace": None},
    ),
]
WORKOUTS: list[tuple[str, dict[str, Any], list[str]]] = [
    (
        "Tue: 3 x 2 miles at HMP, 2:00 jog — 70 min",
        {"kind": "tempo", "reps": 3, "rep_distance_m": 3219, "recovery_seconds": 120}
        | {"work_pace": "half-marathon"},
        [],
    ),
    (
        "Tue: track: 12x400 @ R w/ 400m jog — 70 min",
        {"kind": "repetition", "reps": 12, "recovery_distance_m": 400},
        [],
    ),
    (
        "Tue: 12 x 1 min on / 1 min off — 45 min",
        {"kind": "intervals", "reps": 12, "rep_seconds": 60, "recovery_seconds": 60},
        ["no kind or pace named: read as intervals at I pace"],
    ),
    (
        "Tue: 6-8 x 800m at 10K pace, 2 min jog — 60 min",
        {"kind": "intervals", "reps": 6, "work_pace": "10k"},
        ["a range of repetitions: 6 used"],
    ),
    (
        "Tue: easy run 40-45 min",
        {"kind": "easy", "duration_min": 40},
        ["'40-45 min' is a range: the lower end used"],
    ),
    (
        "Tue: 10 km with last 3 km at MP",
        {"kind": "marathon-pace", "rep_distance_m": 3000, "distance_m": 10000},
        [],
    ),
    (
        "Tue: 5 km warm up, 20 min tempo, 2 km cool down",
        {"kind": "tempo", "reps": 1, "rep_seconds": 1200},
        [],
    ),
    ("Tue: long run 10 km — 12 km", {"kind": "long", "distance_m": 12000}, ["not used: '10 km'"]),
    ("Tue: easy 40 min — 8 km", {"kind": "easy", "duration_min": 40, "distance_m": 8000}, []),
    (
        "Tue: 8 x 1:30 @ I, 1 min jog — 45 min",
        {"kind": "intervals", "reps": 8, "rep_seconds": 90, "recovery_seconds": 60},
        [],
    ),
    (
        # The coach's own pace is honoured (#18), not replaced by the VDOT's.
        "Tue: 6 x 1 km @ 3:50/km, 2 min jog — 60 min",
        {"kind": "intervals", "reps": 6, "rep_distance_m": 1000, "own_pace": (230, 230)},
        [],
    ),
]
NAMED: list[tuple[str, dict[str, Any], str | None]] = [
    (
        "Sat: parkrun",
        {"kind": "time-trial", "distance_m": 5000},
        "parkrun read as a 5K time trial at race effort; write 'easy parkrun' to jog it",
    ),
    (
        "Sat: easy parkrun with friends",
        {"kind": "easy", "distance_m": 5000},
        "parkrun read as an easy 5 km run (the line says to take it easy)",
    ),
    ("Sat: 5K time trial", {"kind": "time-trial", "distance_m": 5000}, None),
    ("Sat: 3 km race effort", {"kind": "time-trial", "distance_m": 3000}, None),
    (
        "Thu: race-pace 4 x 1 km, 90 s jog",
        {"kind": "tempo", "reps": 4, "rep_distance_m": 1000, "work_pace": "race"},
        "no total given: 50 min assumed",
    ),
]
RACE_GOALS = [
    ("Sun: RACE half marathon, goal 1:45:00", 21097, 105),
    ("Sun: Half marathon race (goal 1:45)", 21097, 105),
    ("Sun: Half marathon race (goal 1:40)", 21097, 100),
    ("Sun: 10K race, target 48:00", 10000, 48),
]
CROSS_TRAINING = [
    ("Wed: bike 45 min", "bike", 45, None),
    ("Wed: swim 30 min", "swim", 30, None),
    ("Wed: strength 20 min", "strength", 20, None),
    ("Wed: yoga", "yoga", 30, "no time given: 30 min assumed"),
    ("Wed: elliptical 40'", "elliptical", 40, None),
    ("Wed: aqua jogging 30 min", "aqua jogging", 30, None),
    ("Wed: cross-training 40 min", None, 40, None),
]
RUN_WALK: list[tuple[str, dict[str, Any], str | None]] = [
    (
        "Tue: run-walk 8 x (1 min run, 90 s walk) @ E 6:30-7:10/km — 25 min (≈ 3.0 km)",
        {"reps": 8, "rep_seconds": 60, "recovery_seconds": 90, "duration_min": 25},
        None,
    ),
    (
        "Tue: run/walk 10 x 2' run 1' walk — 30'",
        {"reps": 10, "rep_seconds": 120, "recovery_seconds": 60, "duration_min": 30},
        None,
    ),
    (
        "Tue: walk-run 20 min",
        {"reps": 8, "rep_seconds": 60, "recovery_seconds": 90, "duration_min": 20},
        "no run/walk split given: 8 x (1 min run, 90 s walk) assumed",
    ),
]
NOT_GUESSED = [
    ("Thu: see how you feel", "it offers a choice or a condition: say one session"),
    (
        "Fri: 10K pace work",
        "a pace is named without an amount of work (e.g. '5 x 1 km at 10K pace')",
    ),
    ("Thu: tempo or intervals", "it offers a choice or a condition: say one session"),
    ("Sat: long run", "a long run without a distance or time"),
    (
        "Tue: 6 x 1 @ I, 2 min jog",
        "the repetition size has no unit (write '6 x 1 km' or '6 x 3 min')",
    ),
    ("Wed: bike 40 km", "cross-training needs a time (e.g. 'bike 45 min')"),
    ("Sat: time trial", "a time trial without a distance"),
    (
        "Wed: paint the fence",
        "no kind of session, size or pace the planner knows in 'paint the fence'",
    ),
]


def assert_reads_back(draft: str) -> None:
    """What was read renders to a draft that reads back to the same plan."""
    plan = parse_draft(draft)
    assert parse_draft(render_draft(plan)) == plan


@pytest.mark.parametrize(("line", "minutes"), MINUTES)
def test_reader_minutes_shorthands(line: str, minutes: int) -> None:
    days, notes, draft = read_line(line)
    assert [(d.kind, d.duration_min) for d in days] == [("easy", minutes)]
    assert notes == []
    assert_reads_back(draft)


@pytest.mark.parametrize(("line", "expected"), PACES)
def test_reader_pace_references_are_paces_not_distances(
    line: str, expected: dict[str, Any]
) -> None:
    days, _, draft = read_line(line)
    assert len(days) == 1 and fields(days[0], expected) == expected
    assert days[0].distance_m != 10_000  # "10K pace" is never a 10 km run
    assert_reads_back(draft)
    result = make_plan(PARAMS, draft)
    assert not [n for n in result.notes if n.kind == "warning" and "zone" in n.message]


@pytest.mark.parametrize(("line", "expected", "messages"), WORKOUTS)
def test_reader_workouts_as_coaches_write_them(
    line: str, expected: dict[str, Any], messages: list[str]
) -> None:
    days, notes, draft = read_line(line)
    assert len(days) == 1 and fields(days[0], expected) == expected
    assert [n.message for n in notes] == messages
    assert_reads_back(draft)


def test_reader_warm_up_and_cool_down_sizes_add_up_to_the_day() -> None:
    days, _, _ = read_line("Tue: 5 km warm up, 20 min tempo, 2 km cool down")
    tempo = read_line("Tue: tempo 20 min — 1 min")[0][0]  # the work alone
    assert days[0].distance_m == tempo.distance_m + 7000


@pytest.mark.parametrize(("line", "expected", "message"), NAMED)
def test_reader_named_sessions(line: str, expected: dict[str, Any], message: str | None) -> None:
    days, notes, draft = read_line(line)
    assert len(days) == 1 and fields(days[0], expected) == expected
    if message:
        assert message in [n.message for n in notes if n.kind == "changed"]
    assert_reads_back(draft)


@pytest.mark.parametrize(("line", "metres", "minutes"), RACE_GOALS)
def test_reader_goal_time_on_a_race_line_is_the_race_duration(
    line: str, metres: int, minutes: int
) -> None:
    days, notes, draft = read_line(line, week=2)
    assert [(d.kind, d.distance_m, d.duration_min) for d in days] == [("race", metres, minutes)]
    assert notes == []
    assert_reads_back(draft)


@pytest.mark.parametrize(("line", "activity", "minutes", "message"), CROSS_TRAINING)
def test_reader_cross_training_days(
    line: str, activity: str | None, minutes: int, message: str | None
) -> None:
    days, notes, draft = read_line(line)
    assert [(d.kind, d.activity, d.duration_min, d.distance_m) for d in days] == [
        ("cross-training", activity, minutes, 0)
    ]
    assert [n.message for n in notes] == ([message] if message else [])
    assert_reads_back(draft)


@pytest.mark.parametrize(("line", "expected", "message"), RUN_WALK)
def test_reader_run_walk_lines(line: str, expected: dict[str, Any], message: str | None) -> None:
    days, notes, _ = read_line(line)
    assert len(days) == 1 and days[0].kind == "run-walk"
    assert fields(days[0], expected) == expected
    assert [n.message for n in notes] == ([message] if message else [])


@pytest.mark.parametrize(("line", "message"), NOT_GUESSED)
def test_reader_does_not_guess_what_it_cannot_read(line: str, message: str) -> None:
    days, notes, _ = read_line(line)
    assert days == []
    assert [(n.kind, n.message, n.text) for n in notes] == [("not_used", message, line)]


def test_reader_two_sessions_on_a_day_are_kept_in_order() -> None:
    days, notes, draft = read_line("Tue: easy 30 min + strength 20 min")
    assert [(d.kind, d.activity, d.duration_min) for d in days] == [
        ("easy", None, 30),
        ("cross-training", "strength", 20),
    ]
    assert notes == []
    assert_reads_back(draft)
    twice = draft.replace(
        "Tue: easy 30 min + strength 20 min", "Tue: swim 30 min\nTue: easy 40 min"
    )
    tuesday = [d for d in parse_draft(twice).weeks[0].days if d.weekday == 2]
    assert [(d.kind, d.duration_min) for d in tuesday] == [("cross-training", 30), ("easy", 40)]


def test_reader_strides_after_a_plus_stay_with_the_run() -> None:
    days, notes, _ = read_line("Wed: easy run + 6 strides — 40 min")
    assert [(d.kind, d.strides, d.duration_min) for d in days] == [("easy", 6, 40)]
    assert notes == []


def test_reader_coach_written_double_run_is_a_warning_not_an_error() -> None:
    _, _, draft = read_line("Tue: easy 30 min + easy 40 min")
    result = make_plan(PARAMS, draft)
    doubles = [n for n in result.notes if n.message == "more than one run on a day"]
    assert [(n.kind, n.week) for n in doubles] == [("warning", 1)]


@pytest.mark.parametrize(
    ("line", "weekdays"),
    [
        ("Mon/Wed/Fri: easy 40 min", [1, 3, 5]),
        ("Tue & Thu: easy 40 min", [2, 4]),
        ("Tue and Thu: easy 40 min", [2, 4]),
        ("Mon-Wed: easy 40 min", [1, 2, 3]),
    ],
)
def test_reader_a_line_for_several_weekdays(line: str, weekdays: list[int]) -> None:
    reading = read_draft(with_week([line, "Sun: long run 12 km"]))
    week = reading.weeks[0]
    assert [(d.weekday, d.kind, d.duration_min) for d in week.week.days[:-1]] == [
        (weekday, "easy", 40) for weekday in weekdays
    ]
    names = ", ".join(WEEKDAY_NAMES[day - 1] for day in weekdays)
    assert [(n.kind, n.message.split(" @ ")[0]) for n in week.notes if n.text == line] == [
        ("read", f"read as: {names}: easy run")
    ]
    assert [n.kind for n in week.notes] == ["read", "read"]


def test_reader_repetitions_for_two_weekdays_with_a_metre_recovery() -> None:
    reading = read_draft(read_line("Tue & Thu: 8 x 400 m @ R, 200 m jog")[2])
    reps = [d for d in reading.weeks[0].week.days if d.kind == "repetition"]
    assert [(d.weekday, d.reps, d.rep_distance_m, d.recovery_distance_m) for d in reps] == [
        (2, 8, 400, 200),
        (4, 8, 400, 200),
    ]


def test_reader_prose_lines_list_their_days() -> None:
    prose = "easy runs Tue and Thu 45 min, long run Sun 75 min."
    expected = [(2, "easy", 45), (4, "easy", 45), (7, "long", 75)]
    under = read_draft(with_week([prose]))
    inside = read_draft(with_week([], header=f"Week 1: {prose}"))
    for reading in (under, inside):
        assert [(d.weekday, d.kind, d.duration_min) for d in reading.weeks[0].week.days] == expected
    assert [n.kind for n in under.weeks[0].notes] == ["read"]
    assert under.weeks[0].notes[0].message.startswith("read as: Tue, Thu: easy run @ E ")
    assert "; Sun: long run @ E " in under.weeks[0].notes[0].message
    assert [n.message for n in inside.weeks[0].notes if n.kind != "read"] == [
        "no phase named: base, as before"
    ]
    [title] = [n.message for n in inside.weeks[0].notes if n.kind == "read"]
    assert title.startswith("read as: Week 1 | base; Tue, Thu: easy run @ E ")


def test_reader_prose_part_without_a_day_is_a_note() -> None:
    line = "long run Sun 75 min, rest of the week easy"
    reading = read_draft(with_week([line]))
    assert [(d.weekday, d.kind) for d in reading.weeks[0].week.days] == [(7, "long")]
    assert [(n.kind, n.message) for n in reading.weeks[0].notes if n.kind != "read"] == [
        ("not_used", "the part 'rest of the week easy' names no day")
    ]


def test_reader_10k_pace_work_is_structured_at_the_predicted_10k_pace() -> None:
    from agents.planning.core.paces import format_clock, paces_for, race_time_s

    _, _, draft = read_line("Tue: 6x800m at 10K pace w/ 400m jog")
    result = make_plan(PARAMS, draft)
    tuesday = next(w for w in result.content if w.week == 1 and w.day == 2)
    work = next(s for s in tuesday.segments if s.type == "interval")
    recovery = next(s for s in tuesday.segments if s.type == "recovery")
    vdot = parse_draft(draft).vdot
    pace = race_time_s(vdot, 10_000) / 10
    assert paces_for(vdot).interval < pace < paces_for(vdot).threshold
    assert work.intensity.pace == f"{format_clock(pace - 3)}-{format_clock(pace + 3)}/km"
    assert (tuesday.sub_type, work.repeat, work.distance) == ("intervals", 6, 800)
    assert work.intensity.zone in ("z4", "z5")
    assert (recovery.repeat, recovery.distance, recovery.intensity.zone) == (5, 400, "z1")
