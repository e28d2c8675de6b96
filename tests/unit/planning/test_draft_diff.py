"""The coach's edit of a draft, line by line, and the lines it lets the reader trust."""

from __future__ import annotations

from reader_helpers import DRAFT

from agents.planning import diff_drafts, read_draft
from schemas.draft_diff import DraftDiff


def edited(draft: str, replace: dict[str, str], drop: tuple[str, ...] = ()) -> str:
    """The draft with lines replaced by text (the first line equal to each key) or dropped."""
    lines = draft.splitlines()
    for old, new in replace.items():
        lines[lines.index(old)] = new
    return "\n".join(line for line in lines if line not in drop) + "\n"


def week_lines(draft: str, week: int) -> list[str]:
    lines = draft.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"Week {week} |"))
    return lines[start + 1 : start + 8]


def test_an_unedited_draft_is_every_line_kept() -> None:
    diff = DraftDiff.of("d", diff_drafts(DRAFT, DRAFT))
    count = len([line for line in DRAFT.splitlines() if line.strip()])
    assert (diff.kept, diff.changed, diff.added, diff.removed) == (count, 0, 0, 0)
    assert diff.kept_lines() == {
        number for number, line in enumerate(DRAFT.splitlines(), 1) if line.strip()
    }


def test_changed_added_and_removed_lines_carry_their_weeks_and_line_numbers() -> None:
    tuesday, *_, saturday, sunday = week_lines(DRAFT, 1)
    second_sunday = week_lines(DRAFT, 2)[-1]
    refined = edited(
        DRAFT,
        {tuesday: "Tue: 45 min easy w/ 4 x 30s pickups", second_sunday: "Sun: 14 km LR"},
        drop=(saturday,),
    ).replace(sunday, sunday + "\nSun: swim 30 min")
    diff = DraftDiff.of("d", diff_drafts(DRAFT, refined))
    lines = refined.splitlines()
    before = DRAFT.splitlines()
    changes = [
        (line.change, line.week, line.text, line.was)
        for line in diff.lines
        if line.change != "kept"
    ]
    assert sorted(changes, key=str) == sorted(
        [
            ("changed", 1, "Tue: 45 min easy w/ 4 x 30s pickups", tuesday),
            ("removed", 1, None, saturday),
            ("added", 1, "Sun: swim 30 min", None),
            ("changed", 2, "Sun: 14 km LR", second_sunday),
        ],
        key=str,
    )
    for line in diff.lines:
        if line.line is not None and line.text is not None:
            assert lines[line.line - 1] == line.text
        if line.draft_line is not None and line.was is not None:
            assert before[line.draft_line - 1] == line.was
    assert (diff.changed, diff.added, diff.removed) == (2, 1, 1)
    assert lines.index("Tue: 45 min easy w/ 4 x 30s pickups") + 1 not in diff.kept_lines()


def test_spacing_and_blank_lines_are_not_edits_and_moved_weeks_are_compared_by_number() -> None:
    spaced = DRAFT.replace("Mon: rest", "Mon:   rest\n\n")
    diff = DraftDiff.of("d", diff_drafts(DRAFT, spaced))
    assert (diff.changed, diff.added, diff.removed) == (0, 0, 0)
    first, second = DRAFT.split("\nWeek 2 ")
    swapped = (
        first.split("\nWeek 1 ")[0]
        + "\nWeek 2 "
        + second
        + "\nWeek 1 "
        + first.split("\nWeek 1 ")[1]
    )
    assert DraftDiff.of("d", diff_drafts(DRAFT, swapped)).changed == 0


def test_kept_lines_outside_the_format_are_read_with_confidence_and_not_shown_back() -> None:
    # A draft whose lines are not in the canonical format (as a model may write them).
    planner = DRAFT.replace("Mon: rest", "Mon: easy 30 min")
    coach = planner.replace("Mon: easy 30 min", "Mon: easy 35 min", 1)
    kept = DraftDiff.of("d", diff_drafts(planner, coach)).kept_lines()
    reading = read_draft(coach, kept)
    mondays = [
        number for number, line in enumerate(coach.splitlines(), 1) if line.startswith("Mon:")
    ]
    edited_line, kept_line = mondays[0], mondays[1]
    notes = {(n.line, n.kind) for n in reading.notes}
    assert (edited_line, "read") in notes and (kept_line, "read") not in notes
    by_line = {read.line: read for week in reading.weeks for read in week.read_lines}
    assert (by_line[edited_line].sure, by_line[kept_line].sure) == (False, True)
    assert by_line[kept_line].read_as is None
    assert edited_line in reading.weeks[0].unsure and kept_line not in reading.weeks[1].unsure


def test_a_pathological_week_is_not_matched_line_by_line_and_trusts_nothing() -> None:
    junk = "\n".join(f"Tue: {n} x junk" for n in range(600))
    planner = DRAFT.replace("Mon: rest", junk, 1)
    coach = DRAFT.replace("Mon: rest", "\n".join(reversed(junk.splitlines())), 1)
    diff = DraftDiff.of("d", diff_drafts(planner, coach))
    junk_lines = {n for n, line in enumerate(coach.splitlines(), 1) if "junk" in line}
    assert not junk_lines & diff.kept_lines()
