"""A plan that names the draft it was edited from, on real Kafka and Postgres: the api checks
the name, the worker compares the two texts, trusts the kept lines and shows back the rest."""

import contextlib
import json
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from api import admin
from schemas import topics
from schemas.events import PlanGenerated
from schemas.settings import Settings
from tests.fake_openai import Reply, fake_openai
from tests.harness import (
    agents_worker,
    api_server,
    connect,
    eventually,
    projector,
    read_topic,
    seed,
)
from tests.model_answers import asked_week, easy

pytestmark = pytest.mark.integration

DRAFT_URL = "/api/v1/ai-coach/generate-draft"
PLAN_URL = "/api/v1/ai-coach/generate-plan"
BODY = {"weeks": 4, "level": "intermediate", "org_id": "club"}


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@contextlib.asynccontextmanager
async def stack(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        yield client


async def drafted(client: httpx.AsyncClient, settings: Settings, token: str) -> tuple[str, str]:
    """(request id, text) of a new draft, once the read model holds it."""
    response = await client.post(DRAFT_URL, json=BODY, headers=auth(token))
    assert response.status_code == 200, response.text
    request_id, text = response.json()["request_id"], response.json()["draft"]
    conn = await connect(settings)
    try:

        async def stored() -> Any:
            return await conn.fetchval(
                "SELECT draft FROM generations WHERE request_id = $1 AND status = 'succeeded'",
                request_id,
            )

        assert await eventually(stored, 30, "the projected draft") == text
    finally:
        await conn.close()
    return request_id, text


def replace_first(text: str, prefix: str, new: str, after: str = "") -> str:
    """The text with the first line starting with prefix (after the line `after` starts
    with, if given) replaced by new (None: removed)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(after)) if after else 0
    index = next(i for i in range(start, len(lines)) if lines[i].startswith(prefix))
    lines[index : index + 1] = [new] if new else []
    return "\n".join(lines) + "\n"


async def test_the_edited_lines_are_shown_back_the_kept_ones_trusted_and_the_diff_logged(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)
    async with stack(settings) as client:
        draft_id, draft = await drafted(client, settings, tenancy.coach_token)
        refined = replace_first(draft, "Tue:", "Tue: 45' E + 4 x 20s strides")
        refined = replace_first(refined, "Sun:", "Sun: LR 12k", after="Week 2")
        refined = replace_first(refined, "Sat:", "", after="Week 3")
        refined = refined.replace("Week 4 |", "Mon: swim 30 min\nWeek 4 |", 1)
        body = {**BODY, "refined_draft": refined, "draft_request_id": draft_id}
        response = await client.post(PLAN_URL, json=body, headers=auth(tenancy.coach_token))
    assert response.status_code == 200, response.text
    plan = response.json()
    assert plan["request"]["draft_request_id"] == draft_id
    lines = refined.splitlines()
    edited = {
        lines.index(text) + 1: text
        for text in ("Tue: 45' E + 4 x 20s strides", "Sun: LR 12k", "Mon: swim 30 min")
    }
    read = {note["line"]: note for note in plan["notes"] if note["kind"] == "read"}
    assert set(read) == set(edited), read
    assert read[lines.index("Sun: LR 12k") + 1]["message"].startswith("read as: Sun: long run @ E ")
    assert " — 12.0 km " in read[lines.index("Sun: LR 12k") + 1]["message"]

    log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    [generated] = [e for e in log if isinstance(e, PlanGenerated)]
    diff = generated.draft_diff
    assert diff is not None and (diff.draft_request_id, diff.found) == (draft_id, True)
    assert (diff.changed, diff.added, diff.removed) == (2, 1, 1)
    changes = {(line.change, line.week, line.text) for line in diff.lines if line.change != "kept"}
    saturday_three = draft.splitlines()
    assert changes == {
        ("changed", 1, "Tue: 45' E + 4 x 20s strides"),
        ("changed", 2, "Sun: LR 12k"),
        ("removed", 3, None),
        ("added", 3, "Mon: swim 30 min"),
    }
    [removed] = [line for line in diff.lines if line.change == "removed"]
    assert removed.was is not None and saturday_three[removed.draft_line - 1] == removed.was
    kept = diff.kept_lines()
    assert not kept & set(edited)
    assert len(kept) == len([line for line in lines if line.strip()]) - 3


async def test_a_plan_naming_another_organisations_draft_or_a_plan_is_refused(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)
    conn = await connect(settings)
    try:
        await admin.create_org(conn, "rivals", "Rivals", ["coach_agent"], None)
        await admin.create_user(conn, "rival", "rivals", "coach", None)
        rival_token = await admin.issue_token(conn, "rival")
    finally:
        await conn.close()
    async with stack(settings) as client:
        draft_id, draft = await drafted(client, settings, tenancy.coach_token)
        rival_body = {
            **BODY,
            "org_id": "rivals",
            "refined_draft": draft,
            "draft_request_id": draft_id,
        }
        theirs = await client.post(PLAN_URL, json=rival_body, headers=auth(rival_token))
        unknown_body = {**rival_body, "draft_request_id": "f" * 32}
        unknown = await client.post(PLAN_URL, json=unknown_body, headers=auth(rival_token))
        own = {**BODY, "refined_draft": draft, "draft_request_id": draft_id}
        first = await client.post(PLAN_URL, json=own, headers=auth(tenancy.coach_token))
        assert first.status_code == 200, first.text
        plan_id = first.json()["request_id"]
        naming_plan = {**own, "draft_request_id": plan_id}
        refused = await client.post(PLAN_URL, json=naming_plan, headers=auth(tenancy.coach_token))
    assert theirs.status_code == 404 and theirs.json()["code"] == "not_found"
    # Another organisation's draft is answered exactly as an id nobody has.
    assert theirs.json()["error"].replace(draft_id, "ID") == unknown.json()["error"].replace(
        "f" * 32, "ID"
    )
    assert refused.status_code == 400, refused.text
    assert refused.json()["code"] == "validation_error"
    assert [d["field"] for d in refused.json()["details"]] == ["draft_request_id"]


MODEL_DRAFT = """Training plan: 4 weeks, intermediate
Week 1 | base | getting going
Tue: easy run 40 min
Thu: easy run 35 min
Sun: long run 60 min
Week 2 | base | more of the same
Tue: easy run 40 min
Thu: easy run 35 min
Sun: long run 65 min
Week 3 | build | a little more
Tue: easy run 45 min
Thu: easy run 40 min
Sun: long run 70 min
Week 4 | taper | easy does it
Tue: easy run 30 min
Thu: easy run 30 min
Sun: long run 50 min
"""


async def test_with_a_model_only_the_edited_lines_are_asked_about(settings: Settings) -> None:
    """A model's draft is not in the canonical format: its lines the coach kept are trusted
    by the diff, so only the week with the coach's edit goes to the model, for that line."""
    tenancy = await seed(settings)

    def answer(body: dict[str, Any]) -> Reply:
        if body.get("stream"):
            return Reply(MODEL_DRAFT)
        workouts = [easy(2, 30), easy(4, 35), easy(7, 65, "long-run")]
        return Reply(json.dumps({"workouts": workouts, "lines": []}))

    async with fake_openai(responder=answer) as fake:
        configured = settings.model_copy(
            update={
                "llm_provider": "openai",
                "openai_base_url": fake.base_url,
                "openai_api_key": "test",
                "openai_model": "fake-model",
                "openai_timeout_s": 30,
            }
        )
        async with stack(configured) as client:
            draft_id, draft = await drafted(client, configured, tenancy.coach_token)
            assert draft.strip() == MODEL_DRAFT.strip()
            edit = "Tue: 6 x 400m @ R, 90s jog"
            refined = replace_first(draft, "Tue:", edit, after="Week 2")
            body = {**BODY, "refined_draft": refined, "draft_request_id": draft_id}
            response = await client.post(PLAN_URL, json=body, headers=auth(tenancy.coach_token))
            assert response.status_code == 200, response.text
            unnamed = {**BODY, "refined_draft": refined}
            before = len(fake.requests)
            without = await client.post(PLAN_URL, json=unnamed, headers=auth(tenancy.coach_token))
            assert without.status_code == 200, without.text
    named_calls = [b for b in fake.requests[1:before] if not b.get("stream")]
    assert [asked_week(b) for b in named_calls] == [2]
    asked = named_calls[0]["messages"][1]["content"].split("Read these lines for us.", 1)[1]
    edited_line = refined.splitlines().index(edit) + 1
    # The only line to read is the coach's edit; the kept ones are given as already read.
    assert re.findall(r"^line (\d+)", asked, re.MULTILINE) == [str(edited_line)]
    assert f"line {edited_line} [on Tue]: {edit}" in asked
    # Without the draft's name, no line of a model's draft is trusted: every week is asked.
    unnamed_calls = [b for b in fake.requests[before:] if not b.get("stream")]
    assert sorted(asked_week(b) for b in unnamed_calls) == [1, 2, 3, 4]
