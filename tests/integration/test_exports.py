"""Plan exports on real Kafka and Postgres: .ics read back, FIT files through Garmin's decoder."""

import contextlib
import datetime as dt
import io
import zipfile
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from garmin_fit_sdk import Decoder, Stream
from icalendar import Calendar

from api import admin
from api.exports.fit import workout_fit
from schemas.settings import Settings
from schemas.workout import Workout
from tests.harness import Tenancy, agents_worker, api_server, connect, eventually, projector, seed

pytestmark = pytest.mark.integration

BASE = "/api/v1/ai-coach"
# Six intermediate weeks hold every shape of session: fartlek and hill repeats (efforts
# with recoveries), strides, 800 m intervals (by distance), tempo and long runs.
REQUEST = {"weeks": 6, "level": "intermediate", "org_id": "club", "start_date": "2025-05-07"}


@contextlib.asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[tuple[httpx.AsyncClient, Tenancy]]:
    tenancy = await seed(settings)
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        yield client, tenancy


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def plan_of(client: httpx.AsyncClient, token: str, request: dict[str, Any]) -> dict[str, Any]:
    """A plan generated from the planner's own draft, once the read model has it."""
    draft = await client.post(f"{BASE}/generate-draft", json=request, headers=auth(token))
    assert draft.status_code == 200, draft.text
    body = {**request, "refined_draft": draft.json()["draft"]}
    plan = await client.post(f"{BASE}/generate-plan", json=body, headers=auth(token))
    assert plan.status_code == 200, plan.text
    await finished(client, token, plan.json()["request_id"])
    return dict(plan.json())


async def finished(client: httpx.AsyncClient, token: str, request_id: str) -> None:
    async def succeeded() -> bool:
        response = await client.get(f"{BASE}/generations/{request_id}", headers=auth(token))
        return response.status_code == 200 and response.json()["status"] == "succeeded"

    await eventually(succeeded, 30, f"generation {request_id} in the read model")


async def test_calendar_ics_one_event_per_workout_on_its_date_with_stable_uids(
    settings: Settings,
) -> None:
    async with running(settings) as (client, tenancy):
        plan = await plan_of(client, tenancy.coach_token, REQUEST)
        url = f"{BASE}/generations/{plan['request_id']}/calendar.ics"
        first = await client.get(url, headers=auth(tenancy.coach_token))
        second = await client.get(url, headers=auth(tenancy.coach_token))
    assert first.status_code == 200, first.text
    assert first.headers["content-type"].startswith("text/calendar")
    assert "attachment" in first.headers["content-disposition"]
    events = Calendar.from_ical(first.content).walk("VEVENT")
    content = plan["content"]
    assert len(events) == len(content) > 0
    for event, workout in zip(events, content, strict=True):
        assert event.decoded("dtstart") == dt.date.fromisoformat(workout["date"])
        assert event.decoded("dtend") == event.decoded("dtstart") + dt.timedelta(days=1)
        assert str(event["summary"]) == workout["name"]
        description = str(event["description"])
        for segment in workout["segments"]:
            if segment["intensity"]["pace"]:
                assert segment["intensity"]["pace"] in description
    uids = [str(event["uid"]) for event in events]
    assert len(set(uids)) == len(uids)
    assert all(uid.startswith(plan["request_id"]) for uid in uids)
    again = [str(e["uid"]) for e in Calendar.from_ical(second.content).walk("VEVENT")]
    assert again == uids


async def test_calendar_ics_without_start_date_is_409_conflict(settings: Settings) -> None:
    undated = {k: v for k, v in REQUEST.items() if k != "start_date"}
    async with running(settings) as (client, tenancy):
        plan = await plan_of(client, tenancy.coach_token, undated)
        response = await client.get(
            f"{BASE}/generations/{plan['request_id']}/calendar.ics",
            headers=auth(tenancy.coach_token),
        )
        watch = await client.get(
            f"{BASE}/generations/{plan['request_id']}/workouts.zip",
            headers=auth(tenancy.coach_token),
        )
    assert response.status_code == 409
    assert response.json()["code"] == "conflict"
    assert "start_date" in response.json()["error"]
    assert response.headers["X-Request-ID"] == plan["request_id"]
    assert watch.status_code == 200, "watch workouts need no dates"


async def test_exports_for_another_organisation_are_404_and_need_a_token(
    settings: Settings,
) -> None:
    async with running(settings) as (client, tenancy):
        conn = await connect(settings)
        try:
            await admin.create_org(conn, "rivals", "Rivals", ["coach_agent"], None)
            await admin.create_user(conn, "rival", "rivals", "coach", None)
            rival_token = await admin.issue_token(conn, "rival")
        finally:
            await conn.close()
        plan = await plan_of(client, tenancy.coach_token, REQUEST)
        for file in ("calendar.ics", "workouts.zip"):
            url = f"{BASE}/generations/{plan['request_id']}/{file}"
            other = await client.get(url, headers=auth(rival_token))
            assert other.status_code == 404 and other.json()["code"] == "not_found"
            anonymous = await client.get(url)
            assert anonymous.status_code == 401
            missing = await client.get(
                f"{BASE}/generations/nope/{file}", headers=auth(tenancy.coach_token)
            )
            assert missing.status_code == 404


async def test_exports_of_a_draft_generation_are_409(settings: Settings) -> None:
    async with running(settings) as (client, tenancy):
        draft = await client.post(
            f"{BASE}/generate-draft", json=REQUEST, headers=auth(tenancy.coach_token)
        )
        request_id = draft.json()["request_id"]
        await finished(client, tenancy.coach_token, request_id)
        for file in ("calendar.ics", "workouts.zip"):
            response = await client.get(
                f"{BASE}/generations/{request_id}/{file}", headers=auth(tenancy.coach_token)
            )
            assert response.status_code == 409
            assert "draft" in response.json()["error"]


async def test_exports_of_an_unfinished_generation_are_409(settings: Settings) -> None:
    tenancy = await seed(settings)
    body = {**REQUEST, "refined_draft": "Week 1 | base | easy | 10 km\nWed: easy run 30 min\n"}
    # No worker: the request is logged and projected, but nothing generates it.
    async with (
        api_server(settings) as base,
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        async with client.stream(
            "POST",
            f"{BASE}/generate-plan/stream",
            json=body,
            headers=auth(tenancy.coach_token),
        ) as stream:
            assert stream.status_code == 200
            request_id = stream.headers["X-Request-ID"]

        async def known() -> bool:
            url = f"{BASE}/generations/{request_id}"
            response = await client.get(url, headers=auth(tenancy.coach_token))
            return response.status_code == 200

        await eventually(known, 30, "the queued generation in the read model")
        for file in ("calendar.ics", "workouts.zip"):
            response = await client.get(
                f"{BASE}/generations/{request_id}/{file}", headers=auth(tenancy.coach_token)
            )
            assert response.status_code == 409
            assert "not a finished plan" in response.json()["error"]


async def test_workouts_zip_fit_files_decode_cleanly_with_steps_and_targets_as_planned(
    settings: Settings,
) -> None:
    async with running(settings) as (client, tenancy):
        plan = await plan_of(client, tenancy.coach_token, REQUEST)
        response = await client.get(
            f"{BASE}/generations/{plan['request_id']}/workouts.zip",
            headers=auth(tenancy.coach_token),
        )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert len(names) == len(plan["content"]) and all(n.endswith(".fit") for n in names)
    kinds: set[str] = set()
    for name, workout in zip(names, plan["content"], strict=True):
        messages = decode_fit(archive.read(name))
        assert messages["workout_mesgs"][0]["wkt_name"] == workout["name"]
        steps = messages["workout_step_mesgs"]
        assert messages["workout_mesgs"][0]["num_valid_steps"] == len(steps)
        assert_runs_as_planned(steps, Workout.model_validate(workout))
        kinds |= {str(step["duration_type"]) for step in steps}
        kinds |= {str(step.get("target_type")) for step in steps}
    # The plan exercised every kind of step the export writes.
    assert {"time", "distance", "repeat_until_steps_cmplt", "speed", "heart_rate"} <= kinds


def test_workout_fit_intervals_become_a_repeat_block_with_a_last_effort() -> None:
    workout = Workout.model_validate(
        {
            "week": 2,
            "day": 2,
            "name": "Intervals 5 x 1000 m",
            "description": "VO2max",
            "phase": "build",
            "sub_type": "intervals",
            "duration": 2520,
            "distance": 9000,
            "segments": [
                segment("warmup", 900, 2640, 1, "z2", "5:20-5:54/km"),
                segment("interval", 250, 1000, 5, "z5", "4:08-4:14/km"),
                segment("recovery", 120, 350, 4, "z1", None),
                segment("cooldown", 690, 2010, 1, "z2", "5:20-5:54/km"),
            ],
        }
    )
    created = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)
    steps = decode_fit(workout_fit(workout, created, 7))["workout_step_mesgs"]
    shape = [(s["duration_type"], s.get("duration_step"), s.get("repeat_steps")) for s in steps]
    assert shape == [
        ("time", None, None),
        ("distance", None, None),
        ("time", None, None),
        ("repeat_until_steps_cmplt", 1, 4),
        ("distance", None, None),
        ("time", None, None),
    ]
    assert steps[1]["custom_target_speed_low"] == pytest.approx(1000 / 254, abs=0.001)
    assert steps[1]["custom_target_speed_high"] == pytest.approx(1000 / 248, abs=0.001)
    assert steps[2]["target_type"] == "heart_rate" and steps[2]["target_hr_zone"] == 1
    assert_runs_as_planned(steps, workout)


def segment(
    kind: str, duration: int, distance: int, repeat: int, zone: str, pace: str | None
) -> dict[str, Any]:
    return {
        "type": kind,
        "duration": duration,
        "distance": distance,
        "repeat": repeat,
        "intensity": {"zone": zone, "pace": pace},
        "description": f"{kind} block",
    }


def decode_fit(data: bytes) -> dict[str, Any]:
    """Garmin's own decoder: the file must pass its integrity check and decode with no error."""
    assert Decoder(Stream.from_byte_array(bytearray(data))).check_integrity()
    messages, errors = Decoder(Stream.from_byte_array(bytearray(data))).read()
    assert errors == []
    assert messages["file_id_mesgs"][0]["type"] == "workout"
    return dict(messages)


def executed(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The steps in the order a watch runs them: each repeat step jumps back until done."""
    out: list[dict[str, Any]] = []
    rounds: dict[int, int] = {}
    index = 0
    while index < len(steps):
        step = steps[index]
        if step["duration_type"] == "repeat_until_steps_cmplt":
            rounds[index] = rounds.get(index, 1) + 1
            if rounds[index] <= step["repeat_steps"]:
                index = step["duration_step"]
                continue
        else:
            out.append(step)
        index += 1
    return out


def planned(workout: Workout) -> list[Any]:
    """The segments in the order the runner meets them: efforts and recoveries alternate."""
    out: list[Any] = []
    segments = workout.segments
    index = 0
    while index < len(segments):
        effort = segments[index]
        after = segments[index + 1] if index + 1 < len(segments) else None
        if (
            effort.repeat > 1
            and after is not None
            and after.type == "recovery"
            and after.repeat in (effort.repeat, effort.repeat - 1)
        ):
            for round_number in range(effort.repeat):
                out.append(effort)
                if round_number < after.repeat:
                    out.append(after)
            index += 2
        else:
            out += [effort] * effort.repeat
            index += 1
    return out


def assert_runs_as_planned(steps: list[dict[str, Any]], workout: Workout) -> None:
    runs = executed(steps)
    expected = planned(workout)
    assert len(runs) == len(expected), workout.name
    for step, seg in zip(runs, expected, strict=True):
        if step["duration_type"] == "time":
            assert step["duration_time"] == seg.duration
        else:
            assert step["duration_type"] == "distance" and step["duration_distance"] == seg.distance
        if seg.intensity.pace:
            fast, slow = pace_seconds(seg.intensity.pace)
            assert step["target_type"] == "speed"
            assert step["custom_target_speed_low"] == pytest.approx(1000 / slow, abs=0.001)
            assert step["custom_target_speed_high"] == pytest.approx(1000 / fast, abs=0.001)
        else:
            assert step["target_type"] == "heart_rate"
            assert step["target_hr_zone"] == min(5, int(seg.intensity.zone[1:]))


def pace_seconds(pace: str) -> tuple[int, int]:
    """`4:08-4:14/km` as (248, 254)."""
    fast, slow = pace.removesuffix("/km").split("-")
    return seconds(fast), seconds(slow)


def seconds(clock: str) -> int:
    minutes, rest = clock.split(":")
    return int(minutes) * 60 + int(rest)
