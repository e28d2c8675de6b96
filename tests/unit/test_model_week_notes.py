"""How the model path shows each line back: read, changed (both readings), not used, and the
warning of a week that fell back; the readings compared; the plan's fallback share."""

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agents.planning import Day, PlanParams, Week, WeekReading, make_draft, paces_for, read_draft
from agents.providers.base import ProviderError, StructuredWeek
from agents.providers.openai_structure import check_fallbacks
from agents.providers.readings import readings_agree
from agents.providers.week_check import CheckedAnswer, PlanFrame, check_answer
from agents.providers.week_lines import WeekLines
from agents.providers.week_notes import fallback_notes, model_week_notes, volume_notes
from schemas.notes import Note
from schemas.workout import WeekInfo, Workout
from tests.model_answers import CLUB, answer, easy, line_of, used, with_coach_line

PARAMS = PlanParams(weeks=2, level="beginner")
DRAFT = with_coach_line(make_draft(PARAMS), [1])
CLUB_LINE = line_of(DRAFT, 1, CLUB)
WED = 3
CLUB_RUN = Day(weekday=WED, kind="easy", duration_min=40, distance_m=6000)


def setting(draft: str = DRAFT, **club: object) -> tuple[PlanFrame, WeekLines]:
    reading = read_draft(draft)
    frame = PlanFrame(PARAMS, reading.plan_as_read(), paces_for(reading.header.vdot))
    week: WeekReading = reading.weeks[0]
    if club:
        read_lines = tuple(
            dataclasses.replace(read, **club) if read.line == CLUB_LINE else read  # type: ignore[arg-type]
            for read in week.read_lines
        )
        week = dataclasses.replace(week, read_lines=read_lines)
    return frame, WeekLines.of(week)


def checked(frame: PlanFrame, lines: WeekLines, text: str) -> CheckedAnswer:
    result = check_answer(text, lines, frame)
    assert result.violations == [] and result.answer is not None
    return result


def club_note(frame: PlanFrame, lines: WeekLines, text: str) -> Note:
    result = checked(frame, lines, text)
    assert result.answer is not None
    notes = model_week_notes(lines, result.answer, result.model_workouts, frame, "m1")
    [note] = [n for n in notes if n.line == CLUB_LINE]
    return note


def test_a_reading_the_model_agrees_with_is_a_read_note() -> None:
    frame, lines = setting(sure=False, days=(CLUB_RUN,), read_as="easy run 40 min")
    note = club_note(frame, lines, answer([easy(WED, 42)], [used(CLUB_LINE, "club easy run")]))
    assert (note.kind, note.week, note.text) == ("read", 1, CLUB)
    assert note.message.startswith("read as: Wed: Easy run, 42 min")
    assert "by the model m1: club easy run" in note.message


def test_a_reading_the_model_disagrees_with_is_a_changed_note_showing_both() -> None:
    frame, lines = setting(sure=False, days=(CLUB_RUN,), read_as="easy run 40 min")
    note = club_note(frame, lines, answer([easy(WED, 60)], [used(CLUB_LINE, "an hour")]))
    assert note.kind == "changed"
    assert "read as: Wed: Easy run, 60 min" in note.message
    assert note.message.endswith("our reader had read: easy run 40 min")


def test_a_line_the_reader_could_not_read_is_shown_as_the_model_read_it() -> None:
    frame, lines = setting()
    note = club_note(frame, lines, answer([easy(WED, 40)], [used(CLUB_LINE)]))
    assert note.kind == "read" and note.message.endswith("our reader could not read it")


def test_a_line_the_model_did_not_use_says_why() -> None:
    frame, lines = setting()
    text = answer([], [used(CLUB_LINE, "names no session", is_used=False)])
    note = club_note(frame, lines, text)
    assert (note.kind, note.message) == ("not_used", "not used by the model m1: names no session")


def test_the_readers_notes_on_asked_lines_give_way_and_the_others_stay() -> None:
    frame, lines = setting()
    reader_on_club = [n for n in lines.reading.notes if n.line == CLUB_LINE]
    assert reader_on_club, "today's reader notes the club line"
    result = checked(frame, lines, answer([easy(WED, 40)], [used(CLUB_LINE)]))
    assert result.answer is not None
    notes = model_week_notes(lines, result.answer, result.model_workouts, frame, "m1")
    assert not any(note in notes for note in reader_on_club)
    assert len([n for n in notes if n.line == CLUB_LINE]) == 1


def test_the_titles_volume_note_states_the_week_as_it_ends_up() -> None:
    edited = DRAFT.replace(
        "Thu: easy run @ E 6:30-7:10/km — 30 min (≈ 4.4 km)",
        "Thu: easy run @ E 6:30-7:10/km — 60 min (≈ 8.8 km)",
        1,
    )
    frame, lines = setting(edited)
    [old] = [n for n in lines.reading.notes if n.line == lines.reading.line]
    assert "21.1 km" in old.message, old.message
    result = checked(frame, lines, answer([easy(WED, 40)], [used(CLUB_LINE)]))
    assert result.answer is not None
    notes = model_week_notes(lines, result.answer, result.model_workouts, frame, "m1")
    assert old not in notes
    running = sum(w.distance for w in result.workouts)
    [new] = volume_notes(lines, running)
    assert f"{running / 1000:.1f} km" in new.message and "16.7 km written" in new.message
    assert volume_notes(lines, 16_700) == []


def test_a_week_that_falls_back_says_which_week_and_what_was_wrong() -> None:
    frame, lines = setting()
    notes = fallback_notes(lines, ["line 8: no workout on Wed", "Fri: remove it"], frame)
    warning = notes[-1]
    assert warning.kind == "warning" and warning.week == 1
    assert warning.message.startswith("week 1: the model's answers could not be used")
    assert "line 8: no workout on Wed; Fri: remove it" in warning.message
    assert [n for n in notes if n.line == CLUB_LINE], "the unread line keeps the reader's note"


def test_a_fallen_back_line_the_reader_left_without_a_note_becomes_a_noted_rest_day() -> None:
    frame, lines = setting()
    bare = dataclasses.replace(
        lines.reading, notes=tuple(n for n in lines.reading.notes if n.line != CLUB_LINE)
    )
    notes = fallback_notes(WeekLines.of(bare), ["x"], frame)
    [club] = [n for n in notes if n.line == CLUB_LINE]
    assert (club.kind, club.message) == ("not_used", "could not be read: a rest day")


def test_readings_agree_within_ten_percent_and_on_kind_and_repeats() -> None:
    frame, _ = setting()
    week = Week(number=1, phase="base", focus="", days=(CLUB_RUN,))
    [tolerant] = frame.reader_workouts(week)

    def model(minutes: int, sub_type: str = "easy-run", repeat: int = 1) -> list[Workout]:
        item = easy(WED, minutes, sub_type)
        item["segments"][0]["repeat"] = repeat
        return check_answer(answer([item], [used(CLUB_LINE)]), setting()[1], frame).model_workouts

    assert readings_agree([tolerant], model(43))
    assert not readings_agree([tolerant], model(46))
    assert not readings_agree([tolerant], model(40, "recovery-run"))
    assert not readings_agree([tolerant], model(10, repeat=4))
    assert not readings_agree([tolerant], [])


def fallen(number: int, fallback: bool) -> StructuredWeek:
    info = WeekInfo(phase="base", focus="", total_distance=0)
    return StructuredWeek(number, [], info, fallback=fallback, violations=["no workout on Wed"])


def test_the_plan_fails_only_when_more_than_the_share_of_weeks_fell_back() -> None:
    half = [fallen(1, True), fallen(2, True), fallen(3, False), fallen(4, False)]
    check_fallbacks(half, 4, 0.5)
    with pytest.raises(ProviderError, match=r"could not be used for 3 of 4 weeks \(weeks 1, 2, 3"):
        check_fallbacks([*half[:2], fallen(3, True)], 4, 0.5)
    with pytest.raises(ProviderError, match="Week 1: no workout on Wed"):
        check_fallbacks([fallen(1, True)], 4, 0.0)


workout_items = st.builds(
    easy,
    day=st.one_of(st.just(3), st.integers(min_value=0, max_value=8)),
    minutes=st.integers(min_value=1, max_value=240),
    sub_type=st.sampled_from(["easy-run", "long-run", "recovery-run"]),
)
line_items = st.builds(
    used,
    line=st.sampled_from([CLUB_LINE, CLUB_LINE + 1, 1]),
    how=st.sampled_from(["", "because", "as a club run"]),
    is_used=st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(
    workouts=st.lists(workout_items, max_size=5),
    lines=st.lists(line_items, max_size=3, unique_by=lambda item: item["line"]),
)
def test_no_answer_is_used_without_accounting_for_every_asked_line(
    workouts: list[dict[str, object]], lines: list[dict[str, object]]
) -> None:
    """Whatever the model answers: refused with a reason, or every asked line is honoured
    (a workout on its day, or reported unused with its reason) and shown back in a note."""
    frame, week_lines = setting()
    result = check_answer(answer(workouts, lines), week_lines, frame)
    if result.violations:
        return
    assert result.answer is not None
    said = {item.line: item for item in result.answer.lines}
    for line in week_lines.day_lines:
        item = said.get(line.number)
        if item is None or item.used:
            assert all(any(w.day == d for w in result.workouts) for d in line.weekdays)
        else:
            assert item.how.strip()
    notes = model_week_notes(week_lines, result.answer, result.model_workouts, frame, "m1")
    for line in week_lines.day_lines:
        assert len([n for n in notes if n.line == line.number]) == 1
    assert {w.day for w in result.workouts} <= week_lines.named_days
