"""A model's week must cover every line, or the week falls back to the reader, and says so.

The model path on its own (no Kafka, no Postgres) against the fake model, a real HTTP
server: the week's notes and workouts as the coach will see them.
"""

from collections.abc import Callable
from typing import Any

import pytest

from agents.planning import PlanParams, make_draft, make_plan
from agents.providers.base import PlanNotes, ProviderError, StructuredWeek
from agents.providers.openai_client import ModelClient
from agents.providers.openai_structure import structure_with_model
from schemas.settings import Settings
from tests.fake_openai import FakeOpenAI, Reply, fake_openai
from tests.model_answers import (
    EMPTY,
    answer,
    asked_week,
    easy,
    is_repair,
    line_of,
    used,
    with_coach_line,
)

pytestmark = pytest.mark.integration

PARAMS = PlanParams(weeks=2, level="beginner")
PLANNED = make_draft(PARAMS)
HILLS = "Sat: hills with the group"
DRAFT = with_coach_line(PLANNED, [1], HILLS, instead="Sat: rest")
SAT = 6


async def structured(
    draft: str, responder: Callable[[dict[str, Any]], Reply]
) -> tuple[list[StructuredWeek], PlanNotes, FakeOpenAI]:
    async with fake_openai(responder=responder) as fake:
        client = ModelClient(
            Settings(
                llm_provider="openai",
                openai_base_url=fake.base_url,
                openai_api_key="test",
                openai_model="fake-model",
            )
        )
        try:
            items = [
                item
                async for item in structure_with_model(
                    client, PARAMS, draft, [], "ai_generate", concurrency=2
                )
            ]
        finally:
            await client.close()
    *weeks, plan = items
    assert isinstance(plan, PlanNotes)
    return [w for w in weeks if isinstance(w, StructuredWeek)], plan, fake


def builtin_days(week: int) -> list[tuple[int, str, int]]:
    return [
        (w.day, w.sub_type, w.duration)
        for w in make_plan(PARAMS, PLANNED).content
        if w.week == week
    ]


async def test_an_answer_dropping_a_day_is_repaired_then_falls_back_to_the_readers_reading() -> (
    None
):
    line = line_of(DRAFT, 1, HILLS)
    dropping = answer([easy(2, 35)], [used(line, "hills")])
    weeks, plan, fake = await structured(DRAFT, lambda body: Reply(dropping))
    assert [asked_week(body) for body in fake.requests] == [1, 1], "week 2 is all sure"
    repair = fake.requests[1]
    assert (
        is_repair(repair)
        and f"line {line} ('{HILLS}'): no workout on Sat" in (repair["messages"][-1]["content"])
    )
    week = weeks[0]
    assert week.fallback and week.made_by is not None and week.made_by.provider == "builtin"
    assert [a.raw for a in week.answers] == [dropping, dropping]
    # The days read with confidence as the planner wrote them, Saturday as the tolerant
    # reader read it (hills, with its assumptions shown), whatever the model said of Tuesday.
    days = [(w.day, w.sub_type, w.duration) for w in week.workouts]
    assert [d for d in days if d[0] != SAT] == builtin_days(1)
    assert [(d[0], d[1]) for d in days if d[0] == SAT] == [(SAT, "hill-repeats")]
    hills_notes = [n for n in week.notes if n.line == line]
    assert hills_notes and {n.kind for n in hills_notes} <= {"read", "changed"}
    [warning] = [n for n in week.notes if n.kind == "warning" and n.line is None]
    assert warning.message.startswith("week 1: the model's answers could not be used")
    assert "no workout on Sat" in warning.message
    assert plan.usage is not None and plan.usage.calls == 2


async def test_an_empty_answer_never_empties_a_week_silently() -> None:
    own_words = [
        "Tue: club session, whatever the coach there says",
        "Thu: hills with the group",
        "Sat: long one, feel it out",
    ]
    week_one = next(block for block in PLANNED.split("\n\n") if block.startswith("Week 1"))
    rewritten = "\n".join([week_one.splitlines()[0], *own_words])
    draft = PLANNED.replace(week_one, rewritten)
    weeks, _, fake = await structured(draft, lambda body: Reply(EMPTY))
    week = weeks[0]
    assert len(fake.requests) == 2 and week.fallback
    assert [(w.day, w.sub_type) for w in week.workouts] == [(4, "hill-repeats")]
    noted = {n.line: n for n in week.notes if n.line is not None}
    for text in own_words:
        assert line_of(draft, 1, text) in noted, f"no note on {text!r}"
    assert any(n.kind == "warning" and n.message.startswith("week 1:") for n in week.notes)
    assert weeks[1].workouts and not weeks[1].answers


async def test_a_model_reading_other_than_the_readers_is_used_and_both_are_shown() -> None:
    line = line_of(DRAFT, 1, HILLS)
    hour = answer([easy(SAT, 60)], [used(line, "an easy hour with the group")])
    weeks, _, _ = await structured(DRAFT, lambda body: Reply(hour))
    week = weeks[0]
    assert not week.fallback and week.made_by is not None and week.made_by.provider == "openai"
    assert [(w.sub_type, w.duration) for w in week.workouts if w.day == SAT] == [("easy-run", 3600)]
    [note] = [n for n in week.notes if n.line == line]
    assert note.kind == "changed"
    assert "read as: Sat: Easy run, 60 min" in note.message
    assert "by the model fake-model: an easy hour with the group" in note.message
    assert "our reader had read: sat: hill" in note.message.lower()


async def test_an_unreachable_server_still_fails_the_plan_clearly() -> None:
    async with fake_openai() as fake:
        url = fake.base_url
    client = ModelClient(Settings(llm_provider="openai", openai_base_url=url, openai_timeout_s=5))
    try:
        with pytest.raises(ProviderError, match="week 1: could not reach the model server"):
            async for _ in structure_with_model(client, PARAMS, DRAFT, [], "ai_generate", 2):
                pass
    finally:
        await client.close()
