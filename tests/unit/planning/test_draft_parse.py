"""The draft parser reads back what the renderer writes and what coaches do to it."""

from __future__ import annotations

import pytest
from planning_helpers import params

from agents.planning import DraftParseError, build_plan, parse_draft, read_draft, render_draft
from agents.planning.core.plan import Day, Plan

PLAN = build_plan(params(2, "intermediate"))
DRAFT = render_draft(PLAN)


def replace_day(draft: str, week: int, prefix: str, new: str | None) -> str:
    """The draft with the day line starting with prefix in that week replaced (or removed)."""
    out, current = [], 0
    for line in draft.splitlines():
        if line.startswith("Week "):
            current = int(line.split()[1])
        if current == week and line.startswith(prefix):
            if new is not None:
                out.append(new)
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def day(plan: Plan, week: int, weekday: int) -> Day | None:
    return next((d for d in plan.weeks[week - 1].days if d.weekday == weekday), None)


def test_parse_draft_reads_back_the_rendered_plan() -> None:
    assert parse_draft(DRAFT) == PLAN


def test_changed_minutes_are_taken_and_distance_follows() -> None:
    before = day(PLAN, 1, 3)
    assert before is not None and before.duration_min == 30
    edited = DRAFT.replace(
        "Wed: easy run @ E 5:20-5:54/km — 30 min", "Wed: easy run @ E 5:20-5:54/km — 50 min", 1
    )
    after = day(parse_draft(edited), 1, 3)
    assert after is not None and after.duration_min == 50
    assert after.distance_m > before.distance_m * 1.5


def test_changed_kilometres_of_the_long_run_are_taken() -> None:
    edited = DRAFT.replace("8.5 km (≈ 48 min)", "10 km (≈ 48 min)", 1)
    long_run = day(parse_draft(edited), 1, 7)
    assert long_run is not None and long_run.distance_m == 10_000
    assert long_run.duration_min > 48


def test_deleted_day_becomes_rest() -> None:
    parsed = parse_draft(replace_day(DRAFT, 1, "Thu:", None))
    assert day(parsed, 1, 4) is None
    assert len(parsed.weeks[0].days) == len(PLAN.weeks[0].days) - 1


def test_day_added_in_plain_words() -> None:
    parsed = parse_draft(replace_day(DRAFT, 2, "Fri:", "Fri: easy 30 min"))
    added = day(parsed, 2, 5)
    assert added is not None and (added.kind, added.duration_min) == ("easy", 30)
    assert added.distance_m > 4000


def test_changed_workout_type_keeps_the_numbers() -> None:
    edited = DRAFT.replace("Thu: intervals 3 x 800 m", "Thu: tempo 3 x 800 m", 1)
    changed = day(parse_draft(edited), 2, 4)
    assert changed is not None
    assert (changed.kind, changed.reps, changed.rep_distance_m, changed.duration_min) == (
        "tempo",
        3,
        800,
        45,
    )


def test_other_spacing_case_dashes_and_separators() -> None:
    for line in (
        "  WEDNESDAY  -  Easy Run   40 MIN",
        "wed. easy run \u2013 40 min",
        "* Wed | easy run | 40min",
        "Weds:easy run—40 min",
    ):
        parsed = parse_draft(replace_day(DRAFT, 1, "Wed:", line))
        wednesday = day(parsed, 1, 3)
        assert wednesday is not None and (wednesday.kind, wednesday.duration_min) == ("easy", 40), (
            line
        )


def test_moved_lines_inside_a_week_change_nothing() -> None:
    lines = DRAFT.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("Week 1 ")))
    week = lines[start + 1 : start + 8]
    moved = lines[: start + 1] + list(reversed(week)) + lines[start + 8 :]
    assert parse_draft("\n".join(moved)) == PLAN


def test_line_moved_to_another_week_belongs_there() -> None:
    sunday = next(line for line in DRAFT.splitlines() if line.startswith("Sun: long run"))
    edited = replace_day(DRAFT, 2, "Fri:", sunday.replace("Sun:", "Fri:"))
    added = day(parse_draft(edited), 2, 5)
    assert added is not None and added.kind == "long"


def test_miles_and_hours_are_understood() -> None:
    parsed = parse_draft(replace_day(DRAFT, 1, "Sun:", "Sun: long run 10 miles, 1h30"))
    sunday = day(parsed, 1, 7)
    assert sunday is not None and (sunday.distance_m, sunday.duration_min) == (16093, 90)


def test_unusable_lines_become_not_used_notes_with_week_and_line() -> None:
    edited = replace_day(DRAFT, 1, "Fri:", "Fri: see how you feel")
    edited = edited.replace("Week 2 |", "Remember to hydrate\nWeek 2 |")
    reading = read_draft(edited)
    lines = edited.splitlines()
    by_text = {note.text: note for note in reading.notes}
    for text in ("Fri: see how you feel", "Remember to hydrate"):
        note = by_text[text]
        assert note.line is not None and lines[note.line - 1] == text
        assert (note.kind, note.week) == ("not_used", 1)
    assert day(reading.plan(), 1, 5) is None


def test_second_session_on_a_day_is_kept_after_the_first() -> None:
    parsed = parse_draft(DRAFT.replace("Fri: rest", "Fri: rest\nWed: easy run 20 min", 1))
    wednesday = [d for d in parsed.weeks[0].days if d.weekday == 3]
    assert wednesday[0] == day(PLAN, 1, 3)
    assert (wednesday[1].kind, wednesday[1].duration_min) == ("easy", 20)


def test_week_without_a_usable_line_is_an_error_naming_it() -> None:
    lines = DRAFT.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("Week 2"))
    broken = "\n".join([*lines[: header + 1], "lots of swimming", "and some yoga"])
    with pytest.raises(DraftParseError) as raised:
        parse_draft(broken)
    assert raised.value.line == header + 1
    assert "week 2" in raised.value.message


def test_text_without_weeks_is_an_error() -> None:
    with pytest.raises(DraftParseError) as raised:
        parse_draft("Run a lot, rest a bit.\nThat is the plan.")
    assert raised.value.line is None


def test_repeated_or_missing_week_numbers_are_errors() -> None:
    with pytest.raises(DraftParseError, match="appears twice"):
        parse_draft(DRAFT.replace("Week 2 |", "Week 1 |"))
    with pytest.raises(DraftParseError, match="week 2 is missing"):
        parse_draft(DRAFT.replace("Week 2 |", "Week 3 |"))


def test_week_header_edits_are_tolerated() -> None:
    parsed = parse_draft(
        DRAFT.replace(
            "Week 2 | build | threshold and strength | 34.8 km",
            "WEEK 2 - Build (cutback) - hills and tempo",
        )
    )
    week = parsed.weeks[1]
    assert (week.phase, week.cutback, week.focus) == ("build", True, "hills and tempo")


def test_week_header_without_phase_takes_the_previous_one_and_says_so() -> None:
    reading = read_draft(DRAFT.replace("Week 2 | build | threshold and strength", "Week 2"))
    assert reading.plan().weeks[1].phase == "base"
    note = reading.weeks[1].notes[0]
    assert (note.kind, note.week, note.line, note.message) == (
        "changed",
        2,
        reading.weeks[1].line,
        "no phase named: base, as before",
    )


def test_edited_vdot_changes_the_paces_of_derived_distances() -> None:
    faster = parse_draft(DRAFT.replace("VDOT 45.0", "VDOT 55.0"))
    assert faster.vdot == 55.0
    wednesday, before = day(faster, 1, 3), day(PLAN, 1, 3)
    assert wednesday is not None and before is not None
    assert wednesday.distance_m > before.distance_m


def test_repeats_named_only_by_their_pace_are_read_by_the_pace() -> None:
    parsed = parse_draft(replace_day(DRAFT, 2, "Fri:", "Fri: 6 x 1 km @ I, 2 min jog"))
    friday = day(parsed, 2, 5)
    assert friday is not None
    assert (friday.kind, friday.reps, friday.rep_distance_m, friday.recovery_seconds) == (
        "intervals",
        6,
        1000,
        120,
    )
