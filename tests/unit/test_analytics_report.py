"""The example analytics report: duplicates, superseded attempts, old and future versions."""

import json
from typing import Any

from examples.analytics.report import Report

PHASES = ("base", "base", "build")


def envelope(request_id: str, attempt: int, seq: int, **fields: Any) -> dict[str, Any]:
    return {
        "schema_version": 2,
        "request_id": request_id,
        "attempt": attempt,
        "seq": seq,
        "time": "2025-05-01T10:00:00Z",
        "org_id": "club",
        "provider": "builtin",
        "prompt_version": "p1",
        "model": "m1",
        **fields,
    }


def requested(request_id: str, step: str = "plan", level: str = "beginner") -> dict[str, Any]:
    return envelope(
        request_id, 0, 0, type="PlanRequested", step=step, request={"level": level, "weeks": 3}
    )


def attempt_events(request_id: str, attempt: int, workouts: int, finish: str | None) -> list[Any]:
    events = [envelope(request_id, attempt, 0, type="GenerationStarted", step="plan")]
    for index in range(workouts):
        workout = {"week": index + 1, "phase": PHASES[index], "distance": 5000 + attempt}
        events.append(
            envelope(
                request_id,
                attempt,
                index + 1,
                type="WorkoutGenerated",
                index=index,
                workout=workout,
            )
        )
    weekly = {
        str(week + 1): {"phase": PHASES[week], "total_distance": 5000 + attempt}
        for week in range(3)
    }
    if finish == "plan":
        events.append(envelope(request_id, attempt, 9, type="PlanGenerated", weekly_info=weekly))
    elif finish == "failed":
        events.append(
            envelope(request_id, attempt, 9, type="GenerationFailed", code="validation_error")
        )
    return events


def fold(events: list[dict[str, Any]]) -> dict[str, Any]:
    report = Report()
    for event in events:
        report.add_record(json.dumps(event).encode())
    return report.result()


def test_report_drops_superseded_attempts_and_duplicates() -> None:
    first = attempt_events("r1", 1, 2, None)  # the worker died half-way
    second = attempt_events("r1", 2, 3, "plan")
    late = envelope(
        "r1", 1, 3, type="WorkoutGenerated", index=2, workout={"phase": "peak", "distance": 1}
    )
    result = fold([requested("r1"), *first, *second, late, second[1], second[-1]])
    assert result["duplicates"] == 2
    assert result["plans_by_org_and_level"] == {"club": {"beginner": 1}}
    assert result["workouts_by_phase"] == {
        "base": {"workouts": 2, "distance_m": 10004},
        "build": {"workouts": 1, "distance_m": 5002},
    }
    assert result["weekly_volume_by_phase"]["base"] == {
        "weeks": 2,
        "distance_m": 10004,
        "average_weekly_m": 5002,
    }


def test_report_reads_version_1_and_future_events() -> None:
    old = [
        {k: v for k, v in event.items() if k != "schema_version"}
        for event in attempt_events("v1", 1, 3, "plan")
    ]
    future = [
        {
            **event,
            "schema_version": 9,
            "shard": "eu-1",
            "workout": {**event.get("workout", {}), "hr": 150},
        }
        for event in attempt_events("v9", 1, 3, "plan")
    ]
    unknown_type = envelope("v9", 1, 10, type="PlanShared", channel="email")
    result = fold([requested("v1"), *old, requested("v9", level="advanced"), *future, unknown_type])
    assert result["plans_by_org_and_level"] == {"club": {"advanced": 1, "beginner": 1}}
    assert result["workouts_by_phase"]["base"]["workouts"] == 4
    assert result["unreadable"] == 0


def test_report_failure_rate_by_prompt_version_and_model() -> None:
    events = [requested("a"), *attempt_events("a", 1, 0, "failed")]
    events += [requested("b"), *attempt_events("b", 1, 3, "plan")]
    events += [requested("c"), *attempt_events("c", 1, 1, None)]  # still running: not counted
    events.append(b"not json")  # type: ignore[arg-type]
    report = Report()
    for event in events:
        report.add_record(event if isinstance(event, bytes) else json.dumps(event).encode())
    result = report.result()
    assert result["unreadable"] == 1
    assert result["requests_by_step"] == {"plan": 3}
    assert result["failure_rate"] == [
        {"prompt_version": "p1", "model": "m1", "finished": 2, "failed": 1, "failure_rate": 0.5}
    ]
