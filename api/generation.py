"""The generate-draft and generate-plan endpoints: accept a request, then follow it."""

import asyncio
import contextlib
import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from api import ledger, store
from api.access import authenticate, authorise_token, bearer
from api.body import parse_body
from api.deps import Deps, deps
from api.errors import ApiError, validation
from api.following import Seed, sse_response, wait_for_result
from api.kafka_gateway import KafkaUnavailable
from api.stream_view import Mode
from api.token_watch import token_check
from api.topic_pool import PoolExhausted
from schemas.errors import ErrorDetail
from schemas.events import PlanRequested, Step, encode_event
from schemas.principles import resolve_principle
from schemas.requests import DraftRequest, PlanRequest, RequestEcho
from schemas.workout import LibraryWorkout

MAX_KEY_LENGTH = 200


@dataclass(frozen=True)
class Accepted:
    """A request Kafka holds: its id, and the first event when this call wrote it."""

    request_id: str
    seed: Seed | None


def unavailable() -> ApiError:
    return ApiError(
        503,
        "unavailable",
        "the event log cannot accept requests right now; nothing was accepted",
        headers={"Retry-After": "5"},
    )


def idempotency_key(request: Request) -> str | None:
    value = request.headers.get("idempotency-key")
    if value is None:
        return None
    if not (0 < len(value) <= MAX_KEY_LENGTH and value.isascii() and value.isprintable()):
        raise validation(
            "invalid Idempotency-Key",
            [
                ErrorDetail(
                    field="Idempotency-Key",
                    message=f"must be 1-{MAX_KEY_LENGTH} printable ASCII characters",
                )
            ],
        )
    return value


async def accept(request: Request, step: Step) -> tuple[Deps, Accepted]:
    """Check access and body, reserve a place, then hand the request to Kafka.

    429 past the organisation's limit; 503 (and nothing kept) if Kafka cannot take it;
    a known Idempotency-Key with the same body gives back the earlier request.
    """
    found = deps(request)
    token = bearer(request)
    model = PlanRequest if step == "plan" else DraftRequest
    try:
        body = await parse_body(request, model)
        key = idempotency_key(request)
    except ApiError:
        await authenticate(request, found.pool)  # an unknown token is 401 before the 400
        raise
    user_id, access = await authorise_token(found.pool, token, body.org_id)
    principle, source = resolve_principle(
        body.training_principle, access.coach_principle, access.org_principle
    )
    library: list[dict[str, Any]] = []
    if step == "plan" and body.workout_preference != "ai_generate":
        library = await store.library_workouts(found.pool, body.org_id)
    try:
        request_id = await found.topics.claim(found.settings.kafka_send_timeout_s)
    except PoolExhausted:
        raise unavailable() from None
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
    body_hash = hashlib.sha256(f"{step}\n{body.model_dump_json()}".encode()).hexdigest()
    # 'queued' goes to the run topic while Postgres reserves: the two round trips overlap.
    # Not when a key may name an earlier request, or the organisation was just refused:
    # then the reservation comes first, and a refused request writes nothing.
    value = encode_event(requested)
    queued = None
    if key is None and body.org_id not in found.limited:
        queued = asyncio.ensure_future(found.kafka.write_queued(request_id, value))
    try:
        reservation = await ledger.reserve(found.pool, requested, found.admission, key, body_hash)
    except BaseException:
        await _drop_topic(found, request_id, queued)
        raise
    if not isinstance(reservation, ledger.Reserved):
        if isinstance(reservation, ledger.Limited):
            found.limited.add(body.org_id)
        await _drop_topic(found, request_id, queued)
        return found, _not_reserved(request, reservation, found, step)
    request.state.request_id = request_id
    try:
        offset = await (queued or found.kafka.write_queued(request_id, value))
        await found.kafka.write_command(request_id, value)
    except KafkaUnavailable:
        await ledger.release(found.pool, request_id)
        raise unavailable() from None
    return found, Accepted(request_id, (offset, requested))


async def _drop_topic(found: Deps, request_id: str, queued: asyncio.Future[int] | None) -> None:
    """A run topic the request will not use: back to the pool if nothing was written to it,
    else left for the janitor, which deletes run topics no request in the ledger owns."""
    if queued is None:
        found.topics.give_back(request_id)
        return
    with contextlib.suppress(KafkaUnavailable, asyncio.CancelledError):
        await asyncio.shield(queued)


def _not_reserved(
    request: Request, reservation: ledger.Reservation, found: Deps, step: Step
) -> Accepted:
    if isinstance(reservation, ledger.Limited):
        raise ApiError(
            429,
            "rate_limited",
            f"your organisation has {reservation.in_flight} generations in flight "
            f"(the limit is {found.settings.org_inflight_limit}); try again shortly",
            headers={"Retry-After": str(found.settings.rate_limit_retry_after_s)},
        )
    if isinstance(reservation, ledger.KeyReused) or (
        isinstance(reservation, ledger.Existing) and reservation.step != step
    ):
        raise ApiError(
            409,
            "conflict",
            "this Idempotency-Key was used with another request body in the last 24 hours",
        )
    assert isinstance(reservation, ledger.Existing)
    request.state.request_id = reservation.request_id
    return Accepted(reservation.request_id, None)


async def respond_sync(request: Request, step: Step, mode: Mode) -> Response:
    found, accepted = await accept(request, step)
    message = await wait_for_result(found.following, accepted.request_id, mode, accepted.seed)
    headers = {"X-Request-ID": accepted.request_id}
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
    if data.get("code") == "timeout":
        return ApiError(504, "timeout", error)
    return ApiError(500, "generation_failed", error)


async def respond_stream(request: Request, step: Step, mode: Mode) -> Response:
    found, accepted = await accept(request, step)
    still_valid = token_check(found.pool, bearer(request))
    return sse_response(
        found.following, accepted.request_id, mode, seed=accepted.seed, still_valid=still_valid
    )


async def generate_draft(request: Request) -> Response:
    return await respond_sync(request, "draft", "draft")


async def generate_draft_stream(request: Request) -> Response:
    return await respond_stream(request, "draft", "draft")


async def generate_plan(request: Request) -> Response:
    return await respond_sync(request, "plan", "plan-batch")


async def generate_plan_stream(request: Request) -> Response:
    return await respond_stream(request, "plan", "plan")


async def generate_plan_stream_batch(request: Request) -> Response:
    return await respond_stream(request, "plan", "plan-batch")
