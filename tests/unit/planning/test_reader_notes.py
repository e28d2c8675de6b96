"""Notes for the coach from reading, structuring and validating; the per-week reading API."""

from __future__ import annotations

import datetime

from planning_helpers import params
from reader_helpers import DRAFT, PARAMS, PLAN, with_line, with_week

from agents.planning import (
    build_plan,
    make_plan,
    read_draft,
    read_week,
    render_draft,
    structure_plan,
    structure_week,
)
from agents.planning.core.paces import paces_for


def test_make_plan_notes_hold_reading_structuring_and_validator_warnings() -> None:
    chosen = params(2, "intermediate", "Half marathon at the end, goal 1:45:00")
    chosen = chosen.model_copy(update={"start_date": datetime.date(2025, 5, 7)})
    draft = with_line("Mon: easy 30 min")
    draft = with_line("Thu: intervals", draft=draft)
    draft = draft.replace("Fri: rest", "Fri: rest\nRemember to hydrate", 1)
    result = make_plan(chosen, draft)
    lines = draft.splitlines()
    found = [(n.kind, n.week, n.line and lines[n.line - 1], n.message) for n in result.notes]
    header = next(line for line in lines if line.startswith("Week 1 |"))
    assert found[0][:3] == ("changed", 1, header)
    assert found[0][3].startswith("the week's volume is the sum of its days, ")
    assert (
        found[1:8]
        == [
            (
                "read",
                1,
                "Mon: easy 30 min",
                "read as: Mon: easy run @ E 5:40-6:17/km — 30 min (≈ 5.0 km)",
            ),
            (
                "changed",
                1,
                "Thu: intervals",
                "no work given: 5 x 800 m with 120 s recovery assumed",
            ),
            ("changed", 1, "Thu: intervals", "no total given: 55 min assumed"),
            (
                "read",
                1,
                "Thu: intervals",
                "read as: Thu: intervals 5 x 800 m @ I 4:24-4:30/km, 2 min jog"
                " — 55 min (≈ 10.1 km)",
            ),
            (
                "not_used",
                1,
                "Remember to hydrate",
                "not a day line (a day line starts with a weekday, e.g. 'Tue: easy 40 min')",
            ),
            ("changed", 1, None, "Mon, Tue: before the start date 2025-05-07, left out"),
        ][: len(found[1:8])]
    )
    assert all(kind == "warning" for kind, *_ in found[7:])
    assert {n.message for n in result.notes} & {"Read: paces from the level default"} == set()


def test_header_lines_are_kept_for_the_round_trip_and_are_not_plan_notes() -> None:
    reading = read_draft(DRAFT)
    assert reading.header.lines == PLAN.notes and PLAN.notes
    assert reading.notes == []
    assert make_plan(PARAMS, DRAFT).notes == [
        n for n in make_plan(PARAMS, DRAFT).notes if n.kind == "warning"
    ]


def test_vdot_out_of_range_is_clamped_with_a_note() -> None:
    written = f"VDOT {PLAN.vdot:.1f}"
    assert written in DRAFT
    reading = read_draft(DRAFT.replace(written, "VDOT 95"))
    assert reading.header.vdot == 90.0
    assert (reading.notes[0].kind, reading.notes[0].line, reading.notes[0].message) == (
        "changed",
        2,
        "VDOT 95 is outside 20-90: 90 used",
    )
    # Faster paces lengthen every run in minutes: each week says its volume changed.
    assert [n.week for n in reading.notes[1:]] == [1, 2]


def test_read_draft_gives_each_week_its_lines_notes_and_unsure_lines() -> None:
    draft = with_line("Thu: see how you feel")
    draft = with_line("Sat: easy 45 min", draft=draft)
    draft = with_line("Tue: intervals", draft=draft)
    week = read_draft(draft).weeks[0]
    lines = draft.splitlines()
    assert (week.number, lines[week.line - 1]) == (1, week.header)
    assert week.lines == tuple((n, lines[n - 1]) for n in range(week.line + 1, week.line + 8))
    unsure = [lines[n - 1] for n in week.unsure]
    # The lines outside the draft format (the header is in it: its volume is only arithmetic).
    assert unsure == ["Tue: intervals", "Thu: see how you feel", "Sat: easy 45 min"]
    by_line = {read.line: read for read in week.read_lines}
    assert [by_line[n].read_as for n in week.unsure] == [
        "Tue: intervals 5 x 800 m @ I 4:24-4:30/km, 2 min jog — 55 min (≈ 10.1 km)",
        "nothing used: it offers a choice or a condition: say one session",
        "Sat: easy run @ E 5:40-6:17/km — 45 min (≈ 7.5 km)",
    ]
    assert all(
        read.sure and read.read_as is None
        for read in by_line.values()
        if read.line not in week.unsure
    )
    assert [d.weekday for d in week.week.days] == [2, 3, 6, 7]
    assert week.usable


def test_read_week_reads_one_week_on_its_own() -> None:
    full = read_draft(DRAFT)
    second = full.weeks[1]
    alone = read_week(
        second.number,
        second.line,
        second.header,
        list(second.lines),
        full.weeks[0].week.phase,
        paces_for(full.header.vdot),
        full.header.race,
    )
    assert alone == second and alone.week == PLAN.weeks[1]


def test_structure_week_is_one_week_of_structure_plan() -> None:
    chosen = params(3, "advanced", start=datetime.date(2025, 5, 8))
    plan = build_plan(chosen)
    whole = structure_plan(plan, chosen)
    workouts, info, notes = structure_week(plan.weeks[0], plan, chosen)
    assert workouts == [w for w in whole.content if w.week == 1]
    assert info == whole.weekly_info["1"]
    assert notes == [n for n in whole.notes if n.week == 1]


def test_week_without_any_usable_line_is_not_usable() -> None:
    reading = read_draft(with_week(["lots of swimming", "and some yoga"]))
    assert not reading.weeks[0].usable
    assert [n.kind for n in reading.weeks[0].notes] == ["not_used", "not_used"]


def test_cross_training_counts_no_distance_and_is_not_a_run() -> None:
    draft = with_line("Wed: bike 45 min")
    result = make_plan(PARAMS, draft)
    bike = next(w for w in result.content if w.week == 1 and w.day == 3)
    assert (bike.sub_type, bike.distance, bike.duration) == ("cross-training", 0, 2700)
    [segment] = bike.segments
    assert (segment.type, segment.intensity.zone, segment.intensity.pace) == ("main", "z2", None)
    info = result.weekly_info["1"]
    week = [w for w in result.content if w.week == 1]
    assert info.total_distance == sum(w.distance for w in week)
    assert info.runs == len(week) - 1
    assert "cross-training bike — 45 min" in render_draft(read_draft(draft).plan())


def test_pathological_draft_is_read_with_a_note_for_each_unread_line() -> None:
    huge = "Wed: easy " + "1" * 5000
    separators = "Thu: " + "- — | " * 300
    draft = with_line(huge)
    draft = with_line(separators, draft=draft)
    draft = draft.replace("Fri: rest", "Fri: rest\n" + "Sun: 1 x 1 x 1 - 1 — 1:1:1 8,8\n" * 300)
    reading = read_draft(draft + "x" * 50_000 + "\n")
    notes = reading.weeks[0].notes
    assert [n.message for n in notes if n.text == huge[:400]] == [
        "longer than 400 characters: not read"
    ]
    assert len({n.line for n in notes}) == 303  # each of the 302 unread lines, and the header
    assert reading.weeks[1].notes[-1].message.startswith("longer than 400 characters")


def test_day_line_above_the_first_week_is_kept_and_noted() -> None:
    reading = read_draft(DRAFT.replace("\nWeek 1 |", "\nTue: easy 30 min\nWeek 1 |", 1))
    assert "Tue: easy 30 min" in reading.header.lines
    assert [(n.kind, n.week, n.text, n.message) for n in reading.notes] == [
        (
            "not_used",
            None,
            "Tue: easy 30 min",
            "a day line before the first week: it belongs to no week",
        )
    ]
