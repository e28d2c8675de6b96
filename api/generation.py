"""The generate-draft and generate-plan endpoints: accept a request, then follow it."""

import datetime as dt
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from api import store
from api.access import authenticate, authorise_coach
from api.body import parse_body
from api.deps import Deps, deps
from api.errors import ApiError
from api.following import sse_response, wait_for_result
from api.kafka_gateway import KafkaUnavailable
from api.stream_view import Mode
from schemas.errors import ErrorDetail
from schemas.events import PlanRequested, Step
from schemas.principles import resolve_principle
from schemas.requests import DraftRequest, PlanRequest, RequestEcho
from schemas.workout import LibraryWorkout


async def accept(request: Request, step: Step) -> tuple[Deps, PlanRequested]:
    """Check access and body, then hand the request to Kafka; 503 if Kafka cannot take it."""
    found = deps(request)
    user_id = await authenticate(request, found.pool)
    model = PlanRequest if step == "plan" else DraftRequest
    body = await parse_body(request, model)
    access = await authorise_coach(found.pool, body.org_id, user_id)
    principle, source = resolve_principle(
        body.training_principle, access.coach_principle, access.org_principle
    )
    request_id = uuid.uuid4().hex
    request.state.request_id = request_id
    library: list[dict[str, Any]] = []
    if step == "plan" and body.workout_preference != "ai_generate":
        library = await store.library_workouts(found.pool, body.org_id)
    requested = PlanRequested(
        request_id=request_id,
        attempt=0,
        seq=0,
        time=dt.datetime.now(dt.UTC),
        org_id=body.org_id,
        step=step,
        user_id=user_id,
        request=RequestEcho.of(body),
        training_principle=principle,
        principle_source=source,
        refined_draft=body.refined_draft if isinstance(body, PlanRequest) else None,
        library=[LibraryWorkout.model_validate(item) for item in library],
    )
    try:
        await found.kafka.submit(requested)
    except KafkaUnavailable:
        raise ApiError(
            503,
            "unavailable",
            "the event log cannot accept requests right now; nothing was accepted",
            headers={"Retry-After": "5"},
        ) from None
    return found, requested


async def respond_sync(request: Request, step: Step, mode: Mode) -> Response:
    found, requested = await accept(request, step)
    message = await wait_for_result(found.settings, requested.request_id, mode)
    headers = {"X-Request-ID": requested.request_id}
    if message.event == "result":
        return JSONResponse(message.data, headers=headers)
    raise _failure(message.data)


def _failure(data: dict[str, object]) -> ApiError:
    error = str(data.get("error", "generation failed"))
    if data.get("code") == "validation_error":
        return ApiError(
            400,
            "validation_error",
            error,
            details=[ErrorDetail(field="refined_draft", message=error)],
        )
    return ApiError(500, "generation_failed", error)


async def generate_draft(request: Request) -> Response:
    return await respond_sync(request, "draft", "draft")


async def generate_draft_stream(request: Request) -> Response:
    found, requested = await accept(request, "draft")
    return sse_response(found.settings, requested.request_id, "draft")


async def generate_plan(request: Request) -> Response:
    return await respond_sync(request, "plan", "plan-batch")


async def generate_plan_stream(request: Request) -> Response:
    found, requested = await accept(request, "plan")
    return sse_response(found.settings, requested.request_id, "plan")


async def generate_plan_stream_batch(request: Request) -> Response:
    found, requested = await accept(request, "plan")
    return sse_response(found.settings, requested.request_id, "plan-batch")
