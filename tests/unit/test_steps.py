"""run_draft and run_plan over in-memory fakes: what each step emits, in what order."""

import dataclasses

from agents.emitter import Emitter
from agents.providers.base import PlanNotes
from agents.providers.builtin import BUILTIN
from agents.steps import run_draft, run_plan
from schemas import topics
from schemas.events import (
    DraftGenerated,
    GenerationProgress,
    PlanGenerated,
    PlanRequested,
    TokenUsage,
    WeekAnswer,
    WeekCompleted,
    WorkoutGenerated,
)
from schemas.notes import Note
from schemas.settings import Settings
from tests.unit.events_factory import requested
from tests.unit.fakes import FakeProvider, FakeSink, draft_chunks, week

RUN = topics.run_topic("r1", "")
LOG = topics.events_topic("")


def emitter_for(sink: FakeSink) -> Emitter:
    return Emitter(
        sink,
        Settings(),
        request_id="r1",
        org_id="club",
        attempt=1,
        provider="fake",
        prompt_version="fake-1",
        model="fake-model",
    )


def plan_request(weeks: int = 2) -> PlanRequested:
    base = requested("plan")
    echo = base.request.model_copy(update={"weeks": weeks})
    return base.model_copy(update={"request": echo, "refined_draft": "Week 1\n"})


async def test_run_draft_reports_a_few_rising_steps_then_the_whole_text() -> None:
    sink = FakeSink()
    usage = TokenUsage(prompt_tokens=10, completion_tokens=90, calls=1)
    provider = FakeProvider(chunks=draft_chunks(12, usage))
    await run_draft(requested(), emitter_for(sink), provider)
    events = sink.sent[RUN]
    progress = [e.progress for e in events if isinstance(e, GenerationProgress)]
    assert progress == sorted(progress) and progress[0] == 5 and max(progress) <= 95
    # A step per 25 points, not one per week.
    assert len(progress) <= 5
    last = events[-1]
    assert isinstance(last, DraftGenerated)
    assert last.draft == "Plan\n" + "".join(f"Week {n}\n" for n in range(1, 13))
    assert last.usage == usage and last.raw_answer == "raw"
    assert last.training_principle == "80/20"
    assert [e.seq for e in events] == list(range(len(events)))
    assert "GenerationProgress" not in sink.types(LOG)


async def test_run_plan_emits_each_week_then_its_summary_then_the_plan() -> None:
    sink = FakeSink()
    late_note = Note(kind="warning", week=1, message="two hard days in a row")
    early_note = Note(kind="not_used", message="no such day")
    provider = FakeProvider(
        weeks=[week(1, notes=[late_note]), week(2, days=(3, 7))],
        plan_notes=PlanNotes(notes=[early_note], usage=TokenUsage(calls=3)),
    )
    await run_plan(plan_request(), emitter_for(sink), provider)
    names = sink.types(RUN)
    assert names == [
        "GenerationProgress",
        *["WorkoutGenerated"] * 3,
        "WeekCompleted",
        "GenerationProgress",
        *["WorkoutGenerated"] * 2,
        "WeekCompleted",
        "GenerationProgress",
        "PlanGenerated",
    ]
    events = sink.sent[RUN]
    workouts = [e for e in events if isinstance(e, WorkoutGenerated)]
    assert [w.index for w in workouts] == [0, 1, 2, 3, 4]
    assert [(w.workout.week, w.workout.day) for w in workouts][-2:] == [(2, 3), (2, 7)]
    weeks = [e.week for e in events if isinstance(e, WeekCompleted)]
    assert weeks == [1, 2]
    plan = events[-1]
    assert isinstance(plan, PlanGenerated)
    assert plan.total_workouts == 5 and set(plan.weekly_info) == {"1", "2"}
    assert plan.notes == [early_note, late_note]  # the plan's own first, then by week
    assert plan.usage == TokenUsage(calls=3)


async def test_run_plan_progress_says_how_far_with_count_and_total() -> None:
    sink = FakeSink()
    provider = FakeProvider(weeks=[week(1), week(2), week(3)])
    await run_plan(plan_request(3), emitter_for(sink), provider)
    progress = [e for e in sink.sent[RUN] if isinstance(e, GenerationProgress)]
    assert all(p.count is not None and p.total is not None for p in progress)
    assert [p.progress for p in progress] == sorted(p.progress for p in progress)
    assert progress[-1].count == progress[-1].total


async def test_run_plan_without_model_calls_records_no_usage() -> None:
    sink = FakeSink()
    await run_plan(plan_request(1), emitter_for(sink), FakeProvider(weeks=[week(1)]))
    plan = sink.sent[RUN][-1]
    assert isinstance(plan, PlanGenerated) and plan.usage is None


class FakeDrafts:
    """The read model's drafts: (request id, organisation) to text."""

    def __init__(self, texts: dict[tuple[str, str], str]) -> None:
        self.texts = texts
        self.asked: list[tuple[str, str]] = []

    async def draft_text(self, request_id: str, org_id: str) -> str | None:
        self.asked.append((request_id, org_id))
        return self.texts.get((request_id, org_id))


def naming(draft_request_id: str | None, refined: str) -> PlanRequested:
    base = plan_request()
    echo = base.request.model_copy(update={"draft_request_id": draft_request_id})
    return base.model_copy(update={"request": echo, "refined_draft": refined})


async def test_run_plan_compares_the_named_draft_and_passes_the_kept_lines_on() -> None:
    draft = "Week 1 | base | x\nTue: easy 30 min\nThu: easy 30 min\nWeek 2 | base | y\n"
    refined = draft.replace("Thu: easy 30 min", "Thu: tempo 20 min")
    drafts = FakeDrafts({("d1", "club"): draft})
    sink, provider = FakeSink(), FakeProvider(weeks=[week(1), week(2)])
    await run_plan(naming("d1", refined), emitter_for(sink), provider, drafts)
    assert drafts.asked == [("d1", "club")]
    assert provider.kept == [frozenset({1, 2, 4})]
    plan = sink.sent[LOG][-1]
    assert isinstance(plan, PlanGenerated) and plan.draft_diff is not None
    diff = plan.draft_diff
    assert (diff.draft_request_id, diff.found) == ("d1", True)
    assert (diff.kept, diff.changed, diff.added, diff.removed) == (3, 1, 0, 0)
    [changed] = [line for line in diff.lines if line.change == "changed"]
    assert (changed.week, changed.line, changed.text, changed.was) == (
        1,
        3,
        "Thu: tempo 20 min",
        "Thu: easy 30 min",
    )


async def test_run_plan_without_the_named_drafts_text_trusts_no_line_and_says_so() -> None:
    sink, provider = FakeSink(), FakeProvider(weeks=[week(1), week(2)])
    await run_plan(naming("d2", "Week 1\n"), emitter_for(sink), provider, FakeDrafts({}))
    assert provider.kept == [frozenset()]
    plan = sink.sent[LOG][-1]
    assert isinstance(plan, PlanGenerated) and plan.draft_diff is not None
    assert (plan.draft_diff.found, plan.draft_diff.lines) == (False, [])


async def test_run_plan_naming_no_draft_records_no_diff() -> None:
    sink, provider = FakeSink(), FakeProvider(weeks=[week(1), week(2)])
    drafts = FakeDrafts({})
    await run_plan(naming(None, "Week 1\n"), emitter_for(sink), provider, drafts)
    plan = sink.sent[LOG][-1]
    assert isinstance(plan, PlanGenerated) and plan.draft_diff is None
    assert drafts.asked == []


async def test_each_weeks_events_name_what_produced_that_week() -> None:
    """A week read without a model says builtin; a model's week records every answer."""
    sink = FakeSink()
    usage = TokenUsage(prompt_tokens=800, completion_tokens=100, calls=1)
    answers = [
        WeekAnswer(raw="not json", usage=usage, violations=["answer: Invalid JSON"]),
        WeekAnswer(raw='{"workouts": []}', usage=usage),
    ]
    read = dataclasses.replace(week(1), made_by=BUILTIN)
    modelled = dataclasses.replace(week(2, days=(3,)), answers=answers)
    fell_back = dataclasses.replace(
        week(3, days=(5,)),
        made_by=BUILTIN,
        answers=answers[:1],
        fallback=True,
        violations=["answer: Invalid JSON"],
    )
    await run_plan(
        plan_request(3), emitter_for(sink), FakeProvider(weeks=[read, modelled, fell_back])
    )
    events = sink.sent[LOG]
    made = {
        (e.type, getattr(e, "week", None) or e.workout.week): e.provider
        for e in events
        if isinstance(e, WeekCompleted | WorkoutGenerated)
    }
    assert made == {
        ("WorkoutGenerated", 1): "builtin",
        ("WeekCompleted", 1): "builtin",
        ("WorkoutGenerated", 2): "fake",
        ("WeekCompleted", 2): "fake",
        ("WorkoutGenerated", 3): "builtin",
        ("WeekCompleted", 3): "builtin",
    }
    first, second, third = (e for e in events if isinstance(e, WeekCompleted))
    assert (first.model, first.prompt_version, first.answers, first.usage) == (
        "builtin-planner",
        "builtin-1",
        [],
        None,
    )
    assert (second.model, second.prompt_version) == ("fake-model", "fake-1")
    assert second.answers == answers and second.raw_answer == "not json"
    assert second.usage == usage + usage and not second.fallback
    assert third.fallback and third.violations == ["answer: Invalid JSON"]
    assert events[-1].provider == "fake", "the plan as a whole is the attempt's provider's"
