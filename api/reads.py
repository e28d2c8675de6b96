"""Read endpoints: the training principle, a generation's state and its event stream."""

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from api import store
from api.access import authenticate, authorise_coach, bearer
from api.deps import deps
from api.errors import ApiError
from api.following import fixed_sse_response, sse_response
from api.kafka_gateway import KafkaUnavailable
from api.params import last_event_id, org_id_param, request_id_param
from api.stream_view import Mode, iso_z
from api.token_watch import token_check
from schemas.principles import resolve_principle


async def training_principle(request: Request) -> Response:
    found = deps(request)
    user_id = await authenticate(request, found.pool)
    org_id = org_id_param(request)
    access = await authorise_coach(found.pool, org_id, user_id)
    text, source = resolve_principle(None, access.coach_principle, access.org_principle)
    return JSONResponse({"org_id": org_id, "training_principle": text, "source": source})


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
    return JSONResponse(generation_body(record), headers={"X-Request-ID": record["request_id"]})


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
    if record["status"] == "failed":
        name, data = "error", body["error"]
    elif record["step"] == "draft":
        name = "result"
        data = {k: body[k] for k in ("request_id", "draft", "training_principle")}
        data["request"] = {**body["request"], "generated_at": body["finished_at"]}
    else:
        name = "result"
        data = {
            "total_workouts": body["total_workouts"],
            "weekly_info": body["weekly_info"],
            "notes": body["notes"],
        }
    return fixed_sse_response(record["request_id"], [(name, data), ("done", {})])


def generation_body(record: dict[str, Any]) -> dict[str, Any]:
    """The read model of one generation as the api shows it."""
    body: dict[str, Any] = {
        "request_id": record["request_id"],
        "step": record["step"],
        "status": record["status"],
        "attempt": record["attempt"],
        "org_id": record["org_id"],
        "request": record["request"],
        "training_principle": record["training_principle"],
        "principle_source": record["principle_source"],
        "provider": record["provider"],
        "prompt_version": record["prompt_version"],
        "model": record["model"],
        "requested_at": _when(record["requested_at"]),
        "started_at": _when(record["started_at"]),
        "finished_at": _when(record["finished_at"]),
    }
    if record["step"] == "draft":
        body["draft"] = record["draft"]
    else:
        body["content"] = record["content"]
        body["weekly_info"] = record["weekly_info"]
        body["total_workouts"] = record["total_workouts"]
        body["notes"] = record["notes"] if isinstance(record["notes"], list) else []
    if record["error"] is not None:
        body["error"] = {"error": record["error"], "code": record["error_code"]}
    return body


def _when(value: Any) -> str | None:
    return iso_z(value) if value is not None else None


async def healthz(request: Request) -> Response:
    found = deps(request)
    checks = {"kafka": await found.kafka.healthy(), "postgres": await _postgres_ok(request)}
    status = 200 if all(checks.values()) else 503
    return JSONResponse({"status": "ok" if status == 200 else "unavailable", **checks}, status)


async def _postgres_ok(request: Request) -> bool:
    try:
        return await deps(request).pool.fetchval("SELECT 1", timeout=3) == 1
    except Exception:
        return False
