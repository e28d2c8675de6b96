"""A log of real generations for the evaluation tests, made through the real stack.

Built-in drafts and plans (some coach-edited, one in another organisation), and drafts a
fake model wrote, with coach-edited plans naming them by draft_request_id, and one that
failed. Each request carries a marker in its instructions, so the fake models of the
tests can tell the cases apart.
"""

import contextlib
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from pydantic import SecretStr

from agents.planning import PlanParams, make_draft, paces_for, read_draft, render_day
from api import admin
from schemas.settings import Settings
from tests.fake_openai import Reply, fake_openai
from tests.harness import agents_worker, api_server, connect, seed

BASE = "/api/v1/ai-coach"
MARKER = re.compile(r"\bcase-([a-z0-9]+)\b")
ORG = "club"
OTHER_ORG = "other"


@dataclass(frozen=True)
class Request:
    marker: str
    weeks: int
    level: str
    org: str = ORG

    def body(self) -> dict[str, Any]:
        prompt = f"Long run on Sunday. case-{self.marker}"
        return {
            "weeks": self.weeks,
            "level": self.level,
            "org_id": self.org,
            "additional_prompt": prompt,
        }

    def params(self) -> PlanParams:
        return PlanParams(
            weeks=self.weeks,
            level=self.level,  # type: ignore[arg-type]
            additional_prompt=self.body()["additional_prompt"],
        )


@dataclass
class LoggedSet:
    """What was logged: request ids by marker and step, the drafts and approved versions."""

    drafts: dict[str, str] = field(default_factory=dict)  # marker -> draft request id
    plans: dict[str, str] = field(default_factory=dict)  # marker -> plan request id
    draft_text: dict[str, str] = field(default_factory=dict)
    approved: dict[str, str] = field(default_factory=dict)  # marker -> refined draft sent
    failed: list[str] = field(default_factory=list)
    model_started_at: str = ""


def edit_line(draft: str, week: int, weekday: str, new: str) -> str:
    """The draft with week `week`'s line for `weekday` replaced by `new` (a coach's edit)."""
    lines = draft.splitlines()
    current = 0
    for index, line in enumerate(lines):
        found = re.match(r"^Week (\d+)\b", line)
        if found:
            current = int(found.group(1))
        elif current == week and line.startswith(f"{weekday}:"):
            lines[index] = new
            return "\n".join(lines) + "\n"
    raise AssertionError(f"no {weekday} line in week {week}")


def longer_easy_run(draft: str, week: int, weekday: str) -> str:
    """An easy run of that day five minutes longer: a small change a coach makes, written
    back in the draft's own format (so it is read with confidence: no week goes to a
    model)."""
    lines = draft.splitlines()
    current = 0
    for index, line in enumerate(lines):
        found = re.match(r"^Week (\d+)\b", line)
        if found:
            current = int(found.group(1))
        elif current == week and line.startswith(f"{weekday}: easy run"):
            minutes = int(re.search(r"— (\d+) min", line).group(1))  # type: ignore[union-attr]
            lines[index] = f"{weekday}: easy run {minutes + 5} min"
            return _in_the_format("\n".join(lines) + "\n", index)
    raise AssertionError(f"no easy run on {weekday} in week {week}")


def _in_the_format(draft: str, index: int) -> str:
    """The draft with its line `index` (0-based) written as the planner writes what it says."""
    reading = read_draft(draft)
    [day] = [d for w in reading.weeks for r in w.read_lines if r.line == index + 1 for d in r.days]
    lines = draft.splitlines()
    name = lines[index].split(":", 1)[0]
    race = reading.header.race
    lines[index] = f"{name}: {render_day(day, paces_for(reading.header.vdot), race)}"
    return "\n".join(lines) + "\n"


def with_volumes(draft: str) -> str:
    """Each week header's km set to the sum of its days, as the planner writes it, so an
    edited week is still read with confidence (no week goes to a model)."""
    reading = read_draft(draft)
    lines = draft.splitlines()
    for week in reading.weeks:
        header = lines[week.line - 1]
        km = f"{week.week.volume_m / 1000:.1f} km"
        lines[week.line - 1] = re.sub(r"\| [\d.]+ km$", f"| {km}", header)
    return "\n".join(lines) + "\n"


# Built-in generations: marker -> (request, the coach's edit of the draft, or None: no plan)
BUILTIN = {
    "b1": Request("b1", 4, "beginner"),
    "b2": Request("b2", 6, "intermediate"),
    "b3": Request("b3", 8, "advanced"),
    "b4": Request("b4", 4, "beginner"),
    "o1": Request("o1", 4, "beginner", OTHER_ORG),
}
MODEL = {
    "m1": Request("m1", 4, "beginner"),
    "m2": Request("m2", 5, "intermediate"),
    "m3": Request("m3", 3, "beginner"),
}
FAILING = Request("fail", 4, "beginner")


def coach_edit(marker: str, draft: str) -> str | None:
    """What the coach approved for each draft (None: no plan asked; the draft itself: unedited)."""
    match marker:
        case "b1":
            return with_volumes(longer_easy_run(draft, 2, "Thu"))
        case "b2":
            return draft
        case "m1":
            return with_volumes(longer_easy_run(longer_easy_run(draft, 1, "Thu"), 3, "Thu"))
        case "m2":
            return with_volumes(edit_line(draft, 5, "Thu", "Thu: rest"))
        case "m3":
            return draft
    return None


def model_draft(body: dict[str, Any]) -> Reply:
    """The fake model of the logged drafts: the built-in planner's draft for the case."""
    prompt = "\n".join(m.get("content") or "" for m in body["messages"])
    found = MARKER.search(prompt)
    marker = found.group(1) if found else ""
    if marker == FAILING.marker:
        return Reply(status=500)
    request = MODEL.get(marker)
    assert request is not None, f"no model case for {marker!r}"
    return Reply(make_draft(request.params()))


async def _other_org_token(settings: Settings) -> str:
    conn = await connect(settings)
    try:
        await admin.create_org(conn, OTHER_ORG, "Other", ["coach_agent"], None)
        await admin.create_user(conn, "coach2", OTHER_ORG, "coach", None)
        return await admin.issue_token(conn, "coach2")
    finally:
        await conn.close()


async def _generate(
    client: httpx.AsyncClient,
    requests: dict[str, Request],
    tokens: dict[str, str],
    logged: LoggedSet,
) -> None:
    for marker, request in requests.items():
        headers = {"Authorization": f"Bearer {tokens[request.org]}"}
        draft = await client.post(f"{BASE}/generate-draft", json=request.body(), headers=headers)
        assert draft.status_code == 200, draft.text
        logged.drafts[marker] = draft.json()["request_id"]
        logged.draft_text[marker] = draft.json()["draft"]
        approved = coach_edit(marker, draft.json()["draft"])
        if approved is None:
            continue
        body = {
            **request.body(),
            "refined_draft": approved,
            "draft_request_id": logged.drafts[marker],
        }
        plan = await client.post(f"{BASE}/generate-plan", json=body, headers=headers)
        assert plan.status_code == 200, plan.text
        assert plan.json()["request"]["draft_request_id"] == logged.drafts[marker]
        logged.plans[marker] = plan.json()["request_id"]
        logged.approved[marker] = approved


@contextlib.asynccontextmanager
async def _stack(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        httpx.AsyncClient(base_url=base, timeout=90) as client,
    ):
        yield client


async def log_generations(settings: Settings) -> LoggedSet:
    """Every generation of the evaluation tests, in the log of `settings`."""
    logged = LoggedSet()
    tenancy = await seed(settings)
    tokens = {ORG: tenancy.coach_token, OTHER_ORG: await _other_org_token(settings)}
    async with _stack(settings) as client:
        await _generate(client, BUILTIN, tokens, logged)
    async with fake_openai(responder=model_draft) as fake:
        model = settings.model_copy(
            update={
                "llm_provider": "openai",
                "openai_base_url": fake.base_url,
                "openai_api_key": SecretStr("test"),
                "openai_model": "fake-model",
                "openai_timeout_s": 30,
            }
        )
        async with _stack(model) as client:
            logged.model_started_at = _now()
            await _generate(client, MODEL, tokens, logged)
            headers = {"Authorization": f"Bearer {tokens[ORG]}"}
            failed = await client.post(
                f"{BASE}/generate-draft", json=FAILING.body(), headers=headers
            )
            assert failed.status_code == 500, failed.text
            logged.failed.append(failed.headers["X-Request-ID"])
    return logged


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat()


def dropped_lines(approved: str) -> str:
    """A bad model's version: every Thursday line left out and every long run doubled."""
    kept = [line for line in approved.splitlines() if not line.startswith("Thu:")]
    doubled = [
        re.sub(r"(long run .*— )(\d+\.\d) km", lambda m: f"{m[1]}{float(m[2]) * 2:.1f} km", line)
        for line in kept
    ]
    return "\n".join(doubled) + "\n"


def candidate_models(logged: LoggedSet) -> Any:
    """The fake server of the candidates: `good` answers what the coach approved, `bad`
    drops lines and breaks the ramp rules; each request's case is found by its marker."""

    def answer(body: dict[str, Any]) -> Reply:
        prompt = "\n".join(m.get("content") or "" for m in body["messages"])
        found = MARKER.search(prompt)
        approved = logged.approved[found.group(1)] if found else ""
        return Reply(approved if body["model"] == "good" else dropped_lines(approved))

    return answer


async def run_cli(settings: Settings, *args: str, **env: str) -> tuple[int, str, str]:
    """`coach-agent ARGS` in a subprocess against the settings' Kafka and topics."""
    import asyncio
    import os

    from tests.conftest import ROOT

    environment = {
        **os.environ,
        "COACH_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
        "COACH_DATABASE_URL": settings.database_url.get_secret_value(),
        "COACH_DATABASE_OWNER_URL": settings.database_owner_url.get_secret_value(),
        "COACH_DATABASE_SCHEMA": settings.database_schema,
        "COACH_TOPIC_PREFIX": settings.topic_prefix,
        **env,
    }
    process = await asyncio.create_subprocess_exec(
        str(ROOT / ".venv" / "bin" / "coach-agent"),
        *args,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 240)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()
