"""Confidence means the grammar: a line is sure when it is exactly what the format writes;
an edited figure, even a derived one, makes it the coach's words, read and shown back."""

from __future__ import annotations

from reader_helpers import DRAFT, PLAN

from agents.planning import read_draft

TUESDAY = "Tue: fartlek 6 x 1 min @ T 4:53-4:59/km, 1 min easy — 40 min (≈ 6.9 km)"
WEDNESDAY = "Wed: easy run @ E 5:40-6:17/km — 35 min (≈ 5.9 km)"


def reading_of(line: str, draft: str) -> tuple[bool, list[str]]:
    """(the line read with confidence, the kinds of its notes) in the draft's first week."""
    number = draft.splitlines().index(line) + 1
    week = read_draft(draft).weeks[0]
    [read] = [r for r in week.read_lines if r.line == number]
    return read.sure, [n.kind for n in week.notes if n.line == number]


def test_every_line_of_a_rendered_draft_is_sure_and_silent() -> None:
    reading = read_draft(DRAFT)
    assert all(read.sure for week in reading.weeks for read in week.read_lines)
    assert all(read.read_as is None for week in reading.weeks for read in week.read_lines)
    assert reading.notes == [] and reading.plan() == PLAN


def test_an_edited_minute_count_leaves_a_stale_derived_figure_and_is_shown_back() -> None:
    edited = WEDNESDAY.replace("35 min", "50 min")
    draft = DRAFT.replace(WEDNESDAY, edited, 1)
    sure, kinds = reading_of(edited, draft)
    assert (sure, kinds) == (False, ["read"])
    wednesday = next(d for d in read_draft(draft).weeks[0].week.days if d.weekday == 3)
    assert wednesday.duration_min == 50


def test_an_edited_pace_text_is_the_coachs_pace_kept_and_said() -> None:
    edited = TUESDAY.replace("4:53-4:59/km", "4:40-4:45/km")
    draft = DRAFT.replace(TUESDAY, edited, 1)
    sure, kinds = reading_of(edited, draft)
    assert (sure, kinds) == (False, ["read"])
    week = read_draft(draft).weeks[0]
    tuesday = next(d for d in week.week.days if d.weekday == 2)
    assert (tuesday.kind, tuesday.own_pace, tuesday.reps) == ("fartlek", (280, 285), 6)
    [note] = [n for n in week.notes if n.text == edited]
    assert "your pace 4:40-4:45/km kept" in note.message


def test_an_edited_vdot_keeps_every_line_sure_and_the_paces_follow_it() -> None:
    written = f"VDOT {PLAN.vdot:.1f}"
    draft = DRAFT.replace(written, "VDOT 50.0", 1)
    reading = read_draft(draft)
    assert all(read.sure for week in reading.weeks for read in week.read_lines)
    assert {n.kind for n in reading.notes} == {"changed"}  # the weeks' volumes, recomputed
    faster = next(d for d in reading.weeks[0].week.days if d.weekday == 3)
    before = next(d for d in PLAN.weeks[0].days if d.weekday == 3)
    assert faster.duration_min == before.duration_min and faster.distance_m > before.distance_m


def test_a_week_header_with_more_than_the_format_is_shown_back_as_read() -> None:
    header = next(line for line in DRAFT.splitlines() if line.startswith("Week 2 |"))
    draft = DRAFT.replace(header, "WEEK 2 - build - hills, long run Sun 80 min", 1)
    week = read_draft(draft).weeks[1]
    [title] = [r for r in week.read_lines if r.line == week.line]
    assert not title.sure and title.read_as is not None
    assert title.read_as.startswith("Week 2 | build | hills; Sun: long run @ E ")
    assert [d.weekday for d in title.days] == [7]
