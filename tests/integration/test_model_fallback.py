"""One bad week never costs the plan; what produced each week is in the log and the read model.

Through the whole stack (api, worker, projector; real Kafka and Postgres) with the fake
model (a real HTTP server). The draft is the planner's own, with a club session in the
coach's words on Wednesday of weeks 2-4: week 1 is read with confidence and makes no call.
"""

from typing import Any

import pytest

from agents.planning import PlanParams, make_draft, make_plan
from agents.providers.prompt_files import prompt_version
from schemas import topics
from schemas.events import GenerationFailed, PlanGenerated, WeekCompleted, WorkoutGenerated
from schemas.settings import Settings
from tests.fake_openai import Reply
from tests.harness import connect, eventually, read_topic, seed
from tests.integration.test_model_structuring import auth, model_stack
from tests.model_answers import (
    CLUB,
    EMPTY,
    PLAN_URL,
    answer,
    asked_week,
    easy,
    is_repair,
    line_of,
    used,
    with_coach_line,
)

pytestmark = pytest.mark.integration

PARAMS = PlanParams(weeks=4, level="beginner")
PLANNED = make_draft(PARAMS)
DRAFT = with_coach_line(PLANNED, [2, 3, 4])
BODY = {"weeks": 4, "level": "beginner", "org_id": "club", "refined_draft": DRAFT}
WED = 3


def good(week: int) -> str:
    return answer([easy(WED, 40)], [used(line_of(DRAFT, week, CLUB), "a club easy run")])


def dropping_wednesday(week: int) -> str:
    """An answer for the days already read, with the asked Wednesday left out."""
    return answer([easy(2, 35), easy(4, 30), easy(7, 50, "long-run")])


async def log_of(settings: Settings, request_id: str) -> list[Any]:
    log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    return [e for e in log if e.request_id == request_id]


async def test_each_week_says_what_produced_it_repaired_fallen_back_or_read(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)
    calls: dict[int, int] = {}

    def scripted(body: dict[str, Any]) -> Reply:
        week = asked_week(body)
        calls[week] = calls.get(week, 0) + 1
        if week == 2 and calls[week] == 1:
            return Reply(EMPTY)
        if week == 3:
            return Reply(dropping_wednesday(week))
        return Reply(good(week))

    async with model_stack(settings, scripted, with_projector=True) as (fake, client):
        response = await client.post(PLAN_URL, json=BODY, headers=auth(tenancy.coach_token))
        assert response.status_code == 200, response.text
        request_id = response.json()["request_id"]
        url = f"/api/v1/ai-coach/generations/{request_id}"

        async def projected() -> Any:
            body = (await client.get(url, headers=auth(tenancy.coach_token))).json()
            return body if body.get("status") == "succeeded" else None

        await eventually(projected, 30, "the projected plan")
    assert sorted(asked_week(body) for body in fake.requests) == [2, 2, 3, 3, 4]
    repair = next(body for body in fake.requests if is_repair(body) and asked_week(body) == 2)
    assert "no workout on Wed" in repair["messages"][-1]["content"]

    log = await log_of(settings, request_id)
    weeks = {e.week: e for e in log if isinstance(e, WeekCompleted)}
    read, repaired, fallen, modelled = (weeks[n] for n in (1, 2, 3, 4))
    assert (read.provider, read.model, read.prompt_version) == (
        "builtin",
        "builtin-planner",
        "builtin-1",
    )
    assert (read.answers, read.usage, read.fallback) == ([], None, False)
    assert (repaired.provider, repaired.model) == ("openai", "fake-model")
    assert repaired.prompt_version == prompt_version()
    assert [a.raw for a in repaired.answers] == [EMPTY, good(2)]
    assert repaired.answers[0].violations and repaired.answers[1].violations == []
    assert repaired.raw_answer == EMPTY and not repaired.fallback
    assert repaired.usage is not None and repaired.usage.calls == 2
    assert (fallen.provider, fallen.fallback, len(fallen.answers)) == ("builtin", True, 2)
    assert any("no workout on Wed" in v for v in fallen.violations)
    assert modelled.provider == "openai" and len(modelled.answers) == 1
    made_by = {(e.workout.week, e.provider) for e in log if isinstance(e, WorkoutGenerated)}
    assert made_by == {(1, "builtin"), (2, "openai"), (3, "builtin"), (4, "openai")}

    plan = next(e for e in log if isinstance(e, PlanGenerated))
    spent = [w.usage for w in weeks.values() if w.usage]
    assert plan.usage is not None and plan.usage.calls == 5
    assert plan.usage.prompt_tokens == sum(u.prompt_tokens for u in spent)

    body = response.json()
    builtin = make_plan(PARAMS, PLANNED)
    week_three = [(w["day"], w["duration"]) for w in body["content"] if w["week"] == 3]
    assert week_three == [(w.day, w.duration) for w in builtin.content if w.week == 3]
    warnings = [n for n in body["notes"] if n["kind"] == "warning" and n["week"] == 3]
    assert any(
        n["message"].startswith("week 3: the model's answers could not be used") for n in warnings
    )
    club = [n for n in body["notes"] if n["line"] == line_of(DRAFT, 3, CLUB)]
    assert club and all(n["kind"] != "read" for n in club), "the reader's own note, not a model's"
    assert {w["week"] for w in body["content"]} == {1, 2, 3, 4}

    conn = await connect(settings)
    try:
        rows = await conn.fetch(
            "SELECT DISTINCT week, provider, model FROM generation_workouts WHERE request_id = $1",
            request_id,
        )
    finally:
        await conn.close()
    assert {(r["week"], r["provider"]) for r in rows} == made_by


async def test_the_plan_fails_only_when_more_than_half_its_weeks_fall_back(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)
    bad_weeks: set[int] = set()

    def scripted(body: dict[str, Any]) -> Reply:
        week = asked_week(body)
        return Reply(EMPTY if week in bad_weeks else good(week))

    async with model_stack(settings, scripted) as (_fake, client):
        bad_weeks.update({2, 3})
        half = await client.post(PLAN_URL, json=BODY, headers=auth(tenancy.coach_token))
        bad_weeks.add(4)
        most = await client.post(PLAN_URL, json=BODY, headers=auth(tenancy.coach_token))
    assert half.status_code == 200, half.text
    warned = {n["week"] for n in half.json()["notes"] if n["message"].startswith("week ")}
    assert warned == {2, 3}
    assert most.status_code == 500, most.text
    error = most.json()
    assert error["code"] == "generation_failed"
    assert "could not be used for 3 of 4 weeks (weeks 2, 3, 4" in error["error"]
    log = await log_of(settings, most.headers["X-Request-ID"])
    failed = next(e for e in log if isinstance(e, GenerationFailed))
    assert failed.usage is not None and failed.usage.calls == 6


async def test_calls_cut_off_or_done_for_a_failed_plan_still_count(settings: Settings) -> None:
    """Week 2's server error fails the plan while week 3 is answered and week 4 is mid-call."""
    tenancy = await seed(settings)

    def scripted(body: dict[str, Any]) -> Reply:
        week = asked_week(body)
        if week == 2:
            return Reply(status=500, after_requests=3)
        if week == 4:
            return Reply(good(week), stall_s=120)
        return Reply(good(week))

    async with model_stack(settings, scripted) as (fake, client):
        response = await client.post(PLAN_URL, json=BODY, headers=auth(tenancy.coach_token))
        answered_week_three = next(body for body in fake.requests if asked_week(body) == 3)
    assert response.status_code == 500, response.text
    assert "week 2" in response.json()["error"] and "HTTP 500" in response.json()["error"]
    log = await log_of(settings, response.headers["X-Request-ID"])
    failed = next(e for e in log if isinstance(e, GenerationFailed))
    assert failed.usage is not None
    # Week 3's answered call and week 4's cut-off one; the failed calls cost nothing.
    assert failed.usage.calls == 2
    week_three_prompt = (
        sum(len(str(m.get("content") or "")) for m in answered_week_three["messages"]) // 4
    )
    assert failed.usage.prompt_tokens == week_three_prompt
