"""Which lines a model is asked about, and whether its answer covers the week (pure checks).

Readings come from the reader on a planner's draft with one line rewritten in the coach's
words; where the reader's interface says more than today's reader fills in (`sure` from
the grammar, `read_as`), the reading is constructed.
"""

import dataclasses
import datetime as dt

import pytest

from agents.planning import (
    DraftReadError,
    PlanParams,
    WeekReading,
    make_draft,
    make_plan,
    paces_for,
    read_draft,
)
from agents.providers.model_week import read_answer, workouts_of
from agents.providers.openai_client import ModelClient
from agents.providers.openai_structure import structure_with_model
from agents.providers.week_check import PlanFrame, check_answer, merged_week
from agents.providers.week_lines import WeekLines
from schemas.settings import Settings
from tests.model_answers import CLUB, EMPTY, answer, easy, line_of, used, with_coach_line

PARAMS = PlanParams(weeks=2, level="beginner")
PLANNED = make_draft(PARAMS)
DRAFT = with_coach_line(PLANNED, [1])
CLUB_LINE = line_of(DRAFT, 1, CLUB)
TUE, WED, THU, FRI, SUN = 2, 3, 4, 5, 7


def frame_and_week(draft: str = DRAFT, number: int = 1) -> tuple[PlanFrame, WeekReading]:
    reading = read_draft(draft)
    frame = PlanFrame(PARAMS, reading.plan_as_read(), paces_for(reading.header.vdot))
    return frame, reading.weeks[number - 1]


def reread(week: WeekReading, line: int, **changes: object) -> WeekReading:
    """The week with one line's reading changed, as the reader's interface allows."""
    read_lines = tuple(
        dataclasses.replace(read, **changes) if read.line == line else read  # type: ignore[arg-type]
        for read in week.read_lines
    )
    return dataclasses.replace(week, read_lines=read_lines)


def test_a_week_whose_lines_are_all_sure_needs_no_model() -> None:
    _, week = frame_and_week(PLANNED)
    lines = WeekLines.of(week)
    assert not lines.needs_model and lines.asked == ()


def test_only_the_unsure_line_is_asked_and_its_day_is_the_models() -> None:
    _, week = frame_and_week()
    lines = WeekLines.of(week)
    assert lines.needs_model
    assert [line.number for line in lines.asked] == [CLUB_LINE]
    assert lines.asked_days == {WED}
    assert lines.named_days == set(range(1, 8))


def test_a_confident_misreading_still_goes_to_the_model_when_the_reader_is_unsure() -> None:
    """Routing follows `sure`, not whether the reader left a note."""
    _, week = frame_and_week(PLANNED)
    thursday = line_of(PLANNED, 1, next(t for _, t in week.lines if t.startswith("Thu:")))
    lines = WeekLines.of(reread(week, thursday, sure=False, read_as="easy run 30 min"))
    assert lines.needs_model and [line.number for line in lines.asked] == [thursday]


def test_a_title_with_more_than_the_title_format_is_asked() -> None:
    _, week = frame_and_week(PLANNED)
    title = reread(week, week.line, sure=False, read_as="base week; keep Tuesday gentle")
    lines = WeekLines.of(title)
    assert [(line.number, line.header) for line in lines.asked] == [(week.line, True)]
    assert lines.day_lines == (), "a title is asked, but never a line the answer must cover"


def test_a_title_whose_volume_no_longer_adds_up_is_arithmetic_not_words() -> None:
    edited = PLANNED.replace(
        "Thu: easy run @ E 6:30-7:10/km — 30 min (≈ 4.4 km)",
        "Thu: easy run @ E 6:30-7:10/km — 60 min (≈ 8.8 km)",
        1,
    )
    _, week = frame_and_week(edited)
    stale = reread(week, week.line, sure=False)
    assert not WeekLines.of(stale).needs_model


def test_an_answer_that_drops_the_asked_line_is_refused() -> None:
    frame, week = frame_and_week()
    checked = check_answer(EMPTY, WeekLines.of(week), frame)
    assert checked.violations == [
        f"line {CLUB_LINE} ('{CLUB}'): no workout on Wed; give it, or report the line in "
        "'lines' with used=false and the reason"
    ]


def test_a_line_reported_not_used_needs_its_reason() -> None:
    frame, week = frame_and_week()
    lines = WeekLines.of(week)
    reasoned = answer([], [used(CLUB_LINE, "no session named", is_used=False)])
    assert check_answer(reasoned, lines, frame).violations == []
    silent = answer([], [used(CLUB_LINE, " ", is_used=False)])
    assert check_answer(silent, lines, frame).violations == [
        f"line {CLUB_LINE} ('{CLUB}') is reported not used: give the reason in 'how'"
    ]


def test_a_workout_on_a_day_no_line_names_is_refused() -> None:
    """The coach left Friday at rest: no line names it (the planner's 'Fri: rest' removed)."""
    draft = DRAFT.replace("Fri: rest\n", "", 1)
    frame, week = frame_and_week(draft)
    text = answer([easy(WED, 40), easy(FRI, 30)], [used(CLUB_LINE)])
    violations = check_answer(text, WeekLines.of(week), frame).violations
    assert violations == [
        "Fri: no line of the week names this day, the coach left it at rest; remove the workout"
    ]


def test_days_read_with_confidence_are_kept_as_read_whatever_the_model_says() -> None:
    frame, week = frame_and_week()
    lines = WeekLines.of(week)
    # The model rewrites Thursday and Sunday (read with confidence) and answers Wednesday.
    text = answer([easy(WED, 40), easy(THU, 90), easy(SUN, 10, "long-run")], [used(CLUB_LINE)])
    checked = check_answer(text, lines, frame)
    assert checked.violations == []
    reader = {w.day: w for w in frame.reader_workouts(lines.sure_week())}
    kept = {w.day: w for w in checked.workouts}
    assert sorted(kept) == [TUE, WED, THU, SUN]
    assert kept[THU] == reader[THU] and kept[SUN] == reader[SUN] and kept[TUE] == reader[TUE]
    assert kept[WED].duration == 40 * 60


def test_a_sure_session_the_model_repeats_on_a_shared_day_is_not_doubled() -> None:
    draft = DRAFT.replace(CLUB, "Thu: strides after, if the legs feel good", 1)
    frame, week = frame_and_week(draft)
    lines = WeekLines.of(week)
    thursday = frame.reader_workouts(lines.sure_week())
    thursday_run = next(w for w in thursday if w.day == THU)
    minutes = thursday_run.duration // 60
    model = read_answer(answer([easy(THU, minutes), easy(THU, 10)]))[0]
    assert model is not None
    mine, problems = workouts_of(model, 1, "base", frame.paces, None)
    assert problems == []
    merged = [w for w in merged_week(lines, mine, frame) if w.day == THU]
    assert sorted(w.duration for w in merged) == [600, thursday_run.duration]


def test_every_violation_of_an_answer_is_reported_together() -> None:
    frame, week = frame_and_week(DRAFT.replace("Fri: rest\n", "", 1))
    absurd = easy(FRI, 30)
    absurd["segments"][0] |= {"duration_s": None, "distance_m": 8_000_000_000}
    violations = check_answer(answer([absurd]), WeekLines.of(week), frame).violations
    assert any("over the 250 km a block may be" in v for v in violations)
    assert any("no workout on Wed" in v for v in violations)
    assert any(v.startswith("Fri: no line of the week names this day") for v in violations)


def test_an_answer_that_is_not_json_is_one_violation_list() -> None:
    frame, week = frame_and_week()
    checked = check_answer("Sure! Tuesday easy.", WeekLines.of(week), frame)
    assert checked.answer is None and checked.workouts == [] and checked.violations


def test_a_rest_line_read_as_rest_needs_no_workout() -> None:
    frame, week = frame_and_week(DRAFT.replace(CLUB, "Wed: off, feet up", 1))
    line = line_of(DRAFT, 1, CLUB)
    lines = WeekLines.of(reread(week, line, sure=False, rest=True, days=()))
    assert check_answer(EMPTY, lines, frame).violations == []


def test_a_line_naming_no_day_must_be_reported() -> None:
    frame, week = frame_and_week(DRAFT.replace(CLUB, "Keep every run conversational", 1))
    lines = WeekLines.of(week)
    assert check_answer(EMPTY, lines, frame).violations == [
        f"line {CLUB_LINE} ('Keep every run conversational') names no day: report it in "
        "'lines', used or not, and how"
    ]
    told = answer([], [used(CLUB_LINE, "every run already is")])
    assert check_answer(told, lines, frame).violations == []


def test_a_day_before_the_plans_start_needs_no_workout() -> None:
    """The prompt says no workout before the start: a line on such a day is not owed one."""
    monday_club = "Mon: club session, whatever the coach there says"
    draft = with_coach_line(PLANNED, [1], monday_club, instead="Mon: rest")
    reading = read_draft(draft)
    wednesday_start = PARAMS.model_copy(update={"start_date": dt.date(2025, 5, 7)})
    frame = PlanFrame(wednesday_start, reading.plan_as_read(), paces_for(reading.header.vdot))
    lines = WeekLines.of(reading.weeks[0])
    assert [line.read.text for line in lines.asked] == [monday_club]
    assert frame.before_start(1) == {1, 2} and frame.before_start(2) == set()
    assert check_answer(EMPTY, lines, frame).violations == []


async def test_a_week_with_nothing_to_read_is_refused_as_on_the_builtin_path() -> None:
    week_two = next(block for block in PLANNED.split("\n\n") if block.startswith("Week 2"))
    draft = PLANNED.replace(week_two, week_two.splitlines()[0])
    with pytest.raises(DraftReadError) as builtin:
        make_plan(PARAMS, draft)
    client = ModelClient(Settings(openai_base_url="http://127.0.0.1:9/v1"))
    with pytest.raises(DraftReadError) as modelled:
        async for _ in structure_with_model(client, PARAMS, draft, [], "ai_generate", 1):
            pass
    await client.close()
    assert str(modelled.value) == str(builtin.value)
    assert "week 2 has no day line the plan can use" in str(modelled.value)
