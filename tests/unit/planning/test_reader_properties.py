"""Properties of the reader over edited weeks (hypothesis): no line is lost, reading is stable."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reader_helpers import DRAFT, with_week
from test_reader_forms import (
    CROSS_TRAINING,
    MINUTES,
    NAMED,
    NOT_GUESSED,
    PACES,
    RACE_GOALS,
    RUN_WALK,
)
from test_shorthand_fourth import FIXED, NOT_USED

from agents.planning import DraftParseError, read_draft, render_draft, week_count
from agents.planning.draft.read_draft import WEEK_HEADER

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Tues", "THURSDAY", "mon."]
RENDERED = [line for line in DRAFT.splitlines() if line[:3] in ("Mon", "Tue", "Wed", "Thu")]
COACH_LINES = [
    *(row[0] for row in MINUTES),
    *(row[0] for row in PACES),
    *(row[0] for row in NAMED),
    *(row[0] for row in RACE_GOALS),
    *(row[0] for row in CROSS_TRAINING),
    *(row[0] for row in RUN_WALK),
    *(row[0] for row in NOT_GUESSED),
    "Tue: easy 30 min + strength 20 min",
    "Mon/Wed/Fri: easy 40 min",
    "Tue & Thu: 8 x 400 m @ R, 200 m jog",
    "easy runs Tue and Thu 45 min, long run Sun 75 min.",
    "Remember to hydrate",
    "Sat: rest",
    "Fri: off",
    "Wed: easy 40 min — 8 km",
    "Sun: long run 10 km — 12 km",
    "Tue: tempo 20 min — 45 min",
    "Sat: long run 2h, 20 km",
    "Wed: recovery jog 25'",
    "Thu: hill repeats 8 x 200 m uphill, 200 m jog down",
    "Thu: fartlek 10 x 1 min, 1 min easy @ T",
    *(row[0] for row in FIXED),
    *(row[0] for row in NOT_USED),
]
JUNK = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz0123456789 .,:;-—|x'@/+&()≈~")),
    max_size=80,
)
LINE = st.one_of(
    st.sampled_from(COACH_LINES),
    st.sampled_from(RENDERED),
    st.builds(lambda day, body: f"{day}: {body}", st.sampled_from(WEEKDAYS), JUNK),
    JUNK,
).filter(lambda line: line.strip() != "" and WEEK_HEADER.match(line.strip()) is None)


@settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(LINE, min_size=1, max_size=12))
def test_reader_never_drops_a_line_without_a_note(lines: list[str]) -> None:
    reading = read_draft(with_week(lines))
    week = reading.weeks[0]
    noted = {n.line for n in week.notes}
    for number, text in week.lines:
        accounted = number in week.sources or number in week.rest_lines or number in noted
        assert accounted, (number, text)
    not_used = {n.line for n in week.notes if n.kind == "not_used"}
    for number in week.sources:
        assert number not in not_used or any(
            n.line == number and n.kind == "not_used" and "'" in n.message for n in week.notes
        ), number  # only a prose line may give a day and leave a part unused
    assert len(week.sources) == len(week.week.days)


@settings(
    max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(LINE, min_size=1, max_size=12))
def test_reader_what_it_read_renders_and_reads_back_the_same(lines: list[str]) -> None:
    reading = read_draft(with_week(lines))
    if not all(week.usable for week in reading.weeks):
        return
    plan = reading.plan()
    again = read_draft(render_draft(plan))
    assert again.plan() == plan
    assert again.notes == []


WEEK_NUMBERS = st.lists(st.integers(min_value=0, max_value=14), min_size=0, max_size=6)


@settings(max_examples=150, deadline=None, database=None)
@given(WEEK_NUMBERS, st.lists(LINE, min_size=0, max_size=4))
def test_week_count_agrees_with_the_full_reading(numbers: list[int], lines: list[str]) -> None:
    # Any order of week numbers (gaps, repeats, none at all) with any lines under each.
    body = "\n".join(f"Week {number} | base\n" + "\n".join(lines) for number in numbers)
    draft = "Training plan: intermediate\n" + body
    try:
        expected: int | str = len(read_draft(draft).weeks)
    except DraftParseError as exc:
        expected = str(exc)
    try:
        counted: int | str = week_count(draft)
    except DraftParseError as exc:
        counted = str(exc)
    assert counted == expected
