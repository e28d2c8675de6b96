"""Read endpoints: the training principle, a generation's state and its event stream."""

from typing import Any

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

from api import store
from api.access import authenticate, authorise_coach, bearer
from api.bodies import BodyResponse
from api.deps import deps
from api.errors import ApiError
from api.following import fixed_sse_response, sse_response
from api.kafka_gateway import KafkaUnavailable
from api.params import last_event_id, org_id_param, request_id_param
from api.stream_view import Mode
from api.token_watch import token_check
from schemas.principles import resolve_principle
from schemas.responses import (
    Done,
    DraftBody,
    GenerationStatus,
    HealthBody,
    PlanStreamResult,
    PrincipleBody,
    ResultEcho,
)


async def training_principle(request: Request) -> Response:
    found = deps(request)
    user_id = await authenticate(request, found.pool)
    org_id = org_id_param(request)
    access = await authorise_coach(found.pool, org_id, user_id)
    text, source = resolve_principle(None, access.coach_principle, access.org_principle)
    return BodyResponse(PrincipleBody(org_id=org_id, training_principle=text, source=source))


async def readable_generation(request: Request, resumable: bool = False) -> dict[str, Any]:
    """The generation's read model, for coaches of its organisation (401, 404, 403 otherwise).

    `resumable` also checks Last-Event-ID (400).
    """
    found = deps(request)
    user_id = await authenticate(request, found.pool)
    if resumable:
        last_event_id(request)
    request_id = request_id_param(request)
    record = await store.generation(found.pool, request_id)
    # Non-members learn nothing, not even that the generation exists.
    if record is None or not await store.is_member(found.pool, record["org_id"], user_id):
        raise ApiError(404, "not_found", f"generation {request_id!r} not found")
    await authorise_coach(found.pool, record["org_id"], user_id)
    return record


async def generation_status(request: Request) -> Response:
    record = await readable_generation(request)
    return BodyResponse(generation_body(record), headers={"X-Request-ID": record["request_id"]})


async def generation_events(request: Request) -> Response:
    record = await readable_generation(request, resumable=True)
    mode: Mode = "draft" if record["step"] == "draft" else "plan"
    found = deps(request)
    finished = record["status"] in ("succeeded", "failed")
    try:
        exists = await found.kafka.run_topic_exists(record["request_id"])
    except KafkaUnavailable:
        raise ApiError(
            503,
            "unavailable",
            "the event log cannot be read right now",
            headers={"Retry-After": "5"},
        ) from None
    if finished and not exists:
        # The janitor removed the live buffer; the read model still has the outcome.
        return replay_from_read_model(record)
    after = last_event_id(request)
    still_valid = token_check(found.pool, bearer(request))
    return sse_response(
        found.following, record["request_id"], mode, after_id=after, still_valid=still_valid
    )


def replay_from_read_model(record: dict[str, Any]) -> Response:
    """The outcome of an expired generation as `result` (or `error`), then `done`."""
    body = generation_body(record)
    outcome: tuple[str, BaseModel]
    if body.error is not None:
        outcome = ("error", body.error)
    elif body.step == "draft":
        assert body.draft is not None and body.finished_at is not None
        echo = ResultEcho(**body.request.model_dump(), generated_at=body.finished_at)
        draft = DraftBody(
            request_id=body.request_id,
            draft=body.draft,
            training_principle=body.training_principle,
            request=echo,
        )
        outcome = ("result", draft)
    else:
        plan = PlanStreamResult(
            total_workouts=body.total_workouts or 0,
            weekly_info=body.weekly_info or {},
            notes=body.notes or [],
        )
        outcome = ("result", plan)
    return fixed_sse_response(record["request_id"], [outcome, ("done", Done())])


def generation_body(record: dict[str, Any]) -> GenerationStatus:
    """The read model of one generation as the api shows it."""
    fields: dict[str, Any] = {
        name: record[name]
        for name in (
            "request_id",
            "step",
            "status",
            "attempt",
            "org_id",
            "request",
            "training_principle",
            "principle_source",
            "provider",
            "prompt_version",
            "model",
            "requested_at",
            "started_at",
            "finished_at",
        )
    }
    if record["step"] == "draft":
        fields["draft"] = record["draft"]
    else:
        fields["content"] = record["content"]
        fields["weekly_info"] = record["weekly_info"]
        fields["total_workouts"] = record["total_workouts"]
        fields["notes"] = record["notes"] if isinstance(record["notes"], list) else []
    if record["error"] is not None:
        fields["error"] = {"error": record["error"], "code": record["error_code"]}
    return GenerationStatus.model_validate(fields)


async def healthz(request: Request) -> Response:
    found = deps(request)
    checks = {"kafka": await found.kafka.healthy(), "postgres": await _postgres_ok(request)}
    status = 200 if all(checks.values()) else 503
    body = HealthBody(status="ok" if status == 200 else "unavailable", **checks)
    return BodyResponse(body, status)


async def _postgres_ok(request: Request) -> bool:
    try:
        return await deps(request).pool.fetchval("SELECT 1", timeout=3) == 1
    except Exception:
        return False
