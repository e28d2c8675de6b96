"""The edit distance from a draft to the coach-approved version: zero when unedited, each
kind of edit counted, symmetric where it should be."""

from hypothesis import given, settings
from hypothesis import strategies as st

from agents.evaluation.scoring.edits import edit_distance
from agents.evaluation.scoring.sessions import draft_sessions
from agents.planning import PlanParams, make_draft
from tests.eval_log import edit_line, longer_easy_run

DRAFT = make_draft(PlanParams(weeks=4, level="beginner", additional_prompt="Long run on Sunday"))
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def distance(candidate: str, approved: str):  # type: ignore[no-untyped-def]
    return edit_distance(draft_sessions(candidate), draft_sessions(approved))


def test_edit_distance_of_an_unedited_draft_is_zero() -> None:
    same = distance(DRAFT, DRAFT)
    assert (same.sessions_added, same.sessions_removed, same.sessions_changed) == (0, 0, 0)
    assert same.normalised == 0 and same.accepted_as_is and same.volume_change_km == 0
    # Line endings and trailing blanks are not edits.
    assert distance(DRAFT.replace("\n", "  \r\n"), DRAFT).accepted_as_is


def test_edit_distance_counts_each_kind_of_edit() -> None:
    added = edit_line(DRAFT, 1, "Mon", "Mon: easy run 20 min")
    removed = edit_line(DRAFT, 2, "Thu", "Thu: rest")
    changed = longer_easy_run(DRAFT, 3, "Tue")
    assert _counts(distance(DRAFT, added)) == (1, 0, 0)
    assert _counts(distance(DRAFT, removed)) == (0, 1, 0)
    assert _counts(distance(DRAFT, changed)) == (0, 0, 1)
    all_three = longer_easy_run(
        edit_line(edit_line(DRAFT, 1, "Mon", "Mon: easy run 20 min"), 2, "Thu", "Thu: rest"),
        3,
        "Tue",
    )
    both = distance(DRAFT, all_three)
    assert _counts(both) == (1, 1, 1)
    assert both.volume_change_by_week_km[1] > 0 > both.volume_change_by_week_km[2]
    assert both.volume_change_by_week_km[4] == 0
    assert 0 < both.normalised < 1 and not both.accepted_as_is


def test_a_coach_line_the_reader_cannot_read_counts_by_its_words() -> None:
    prose = edit_line(DRAFT, 1, "Tue", "Tue: club session, whatever the coach there says")
    assert distance(prose, prose).accepted_as_is
    other = edit_line(DRAFT, 1, "Tue", "Tue: track night with the club")
    assert _counts(distance(prose, other)) == (0, 0, 1)


def test_an_unreadable_draft_needs_every_session_written() -> None:
    nothing = distance("Sorry, I cannot write that plan.", DRAFT)
    sessions = sum(len(v) for v in draft_sessions(DRAFT).slots.values())
    assert nothing.sessions_added == sessions and nothing.normalised == 1
    assert distance("", "").normalised == 0


EDITS = st.lists(
    st.tuples(
        st.integers(1, 4),
        st.sampled_from(DAYS),
        st.sampled_from(
            ["rest", "easy run 25 min", "easy run 40 min", "tempo 20 min", "long run 12 km"]
        ),
    ),
    max_size=6,
)


@settings(max_examples=40, deadline=None)
@given(EDITS, EDITS)
def test_edit_distance_is_symmetric_but_for_the_direction_of_adds(one: list, other: list) -> None:  # type: ignore[type-arg]
    first, second = _edited(one), _edited(other)
    forth, back = distance(first, second), distance(second, first)
    assert (forth.sessions_added, forth.sessions_removed) == (
        back.sessions_removed,
        back.sessions_added,
    )
    assert forth.sessions_changed == back.sessions_changed
    assert forth.normalised == back.normalised and 0 <= forth.normalised <= 1
    assert forth.volume_change_km == back.volume_change_km
    assert {
        w: -km for w, km in forth.volume_change_by_week_km.items()
    } == back.volume_change_by_week_km
    if first == second:
        assert forth.accepted_as_is


def _edited(edits: list) -> str:  # type: ignore[type-arg]
    text = DRAFT
    for week, day, line in edits:
        text = edit_line(text, week, day, f"{day}: {line}")
    return text


def _counts(found) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    return found.sessions_added, found.sessions_removed, found.sessions_changed
