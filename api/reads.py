"""Read endpoints: the training principle, a generation's state and its event stream."""

from typing import Any

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

from api import store
from api.access import allowed, authenticate, authorise_coach, bearer
from api.bodies import BodyResponse
from api.deps import Deps, deps
from api.errors import RETRY_AFTER_S, ApiError
from api.following import fixed_sse_response, sse_response
from api.kafka_gateway import KafkaUnavailable
from api.params import last_event_id, org_id_param, request_id_param
from api.stream_slots import take_slot
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
    services = deps(request)
    user_id = await authenticate(request, services.door)
    org_id = org_id_param(request)
    access = await authorise_coach(services.door, org_id, user_id)
    text, source = resolve_principle(None, access.coach_principle, access.org_principle)
    return BodyResponse(PrincipleBody(org_id=org_id, training_principle=text, source=source))


async def readable_generation(
    request: Request, resumable: bool = False, settled: bool = True
) -> dict[str, Any]:
    """The generation's read model, for coaches of its organisation (401, 404, 403 otherwise).

    `resumable` also checks Last-Event-ID (400). `settled`: a generation the ledger says
    finished reads finished (see `settled_generation`).
    """
    services = deps(request)
    user_id = await authenticate(request, services.door)
    request.state.user_id = user_id
    if resumable:
        last_event_id(request)
    request_id = request_id_param(request)
    record = await store.generation(services.pool, request_id)
    access = None if record is None else await services.door.org_access(record["org_id"], user_id)
    # Non-members learn nothing, not even that the generation exists.
    if record is None or access is None or access.role is None:
        raise ApiError(404, "not_found", f"generation {request_id!r} not found")
    allowed(access, record["org_id"])
    if settled:
        return await settled_generation(services, record)
    return record


async def settled_generation(services: Deps, record: dict[str, Any]) -> dict[str, Any]:
    """Read your writes: a generation whose ledger says finished, but whose read model does
    not yet, is read again once the projector passed its terminal event, waiting up to
    COACH_READ_WAIT_S; past that, 503 with Retry-After. Never a running one a client was
    told had finished."""
    if record["status"] in store.FINISHED_STATUSES:
        return record
    end = await store.ledger_end(services.pool, record["request_id"])
    if end is None:
        return record  # not finished: queued or running is the truth
    if await services.watch.reached(services.pool, end, services.settings.read_wait_s):
        again = await store.generation(services.pool, record["request_id"])
        if again is not None and again["status"] in store.FINISHED_STATUSES:
            return again
    raise ApiError(
        503,
        "unavailable",
        "the generation has finished; its record is being written, try again in a moment",
        headers={"Retry-After": RETRY_AFTER_S},
    )


async def generation_status(request: Request) -> Response:
    record = await readable_generation(request)
    return BodyResponse(generation_body(record), headers={"X-Request-ID": record["request_id"]})


async def generation_events(request: Request) -> Response:
    # The run topic has the end as soon as there is one: no wait for the read model.
    record = await readable_generation(request, resumable=True, settled=False)
    mode: Mode = "draft" if record["step"] == "draft" else "plan"
    services = deps(request)
    finished = record["status"] in ("succeeded", "failed")
    try:
        exists = await services.kafka.run_topic_exists(record["request_id"])
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
    slot = take_slot(services.streams, request.state.user_id)
    return sse_response(
        services.following,
        record["request_id"],
        mode,
        after_id=after,
        still_valid=token_check(services.pool, bearer(request)),
        on_close=slot.release,
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
    services = deps(request)
    checks = {"kafka": await services.kafka.healthy(), "postgres": await _postgres_ok(request)}
    status = 200 if all(checks.values()) else 503
    body = HealthBody(status="ok" if status == 200 else "unavailable", **checks)
    return BodyResponse(body, status)


async def _postgres_ok(request: Request) -> bool:
    try:
        return await deps(request).pool.fetchval("SELECT 1", timeout=3) == 1
    except Exception:
        return False
