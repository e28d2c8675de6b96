"""Accepting a generation request: a use case over ports, with no web framework in it.

Checks in the contract's order (401 before the body is read, then 400, 404, 403),
resolves the principle, claims a run topic, reserves the request in the ledger and hands
it to the log. The acknowledged command is the commit point; before it nothing a reader
can name exists, so a refusal (429, 409, 503) leaves nothing behind.
"""

import asyncio
import contextlib
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from api.body import parse_body
from api.ledger import Existing, KeyReused, Limited, Reservation, Reserved
from api.permissions import UNKNOWN_TOKEN, allowed, bearer_token
from api.ports import (
    AcceptPorts,
    CommandLog,
    Directory,
    IncomingRequest,
    LogUnavailable,
    RateLimits,
)
from api.problems import ApiError, log_unavailable, unauthorized, validation
from api.store import OrgAccess
from api.stream_slots import Slot, take_slot
from schemas.errors import ErrorDetail
from schemas.events import PlanRequested, Step, encode_event
from schemas.principles import resolve_principle
from schemas.requests import DraftRequest, PlanRequest, RequestEcho
from schemas.workout import LibraryWorkout

MAX_KEY_LENGTH = 200


@dataclass(frozen=True)
class Accepted:
    """A request Kafka holds: its id, the first event (offset, event) when this call wrote
    it (None when an Idempotency-Key named an earlier request), and for a stream its slot
    (the caller releases it when the stream ends)."""

    request_id: str
    seed: tuple[int, PlanRequested] | None
    slot: Slot | None = None


@dataclass(frozen=True)
class Checked:
    """A request that passed the door: who asks, what, and with what principle."""

    user_id: str
    body: DraftRequest | PlanRequest
    key: str | None
    access: OrgAccess


async def accept(
    request: IncomingRequest, step: Step, ports: AcceptPorts, stream: bool = False
) -> Accepted:
    """Check the request, then in its organisation's turn (`api/accept_turns.py`) reserve a
    place and hand it to the log.

    429 past the user's or the organisation's request rate, the streams a user or this
    process may hold open, or the organisation's queue; 503 (and nothing kept) if the log
    cannot take it; a known Idempotency-Key with the same body gives back the earlier
    request. A stream's slot is released here if the request is not accepted.
    """
    checked = await check(request, step, ports.directory)
    slot = take_slot(ports.streams, checked.user_id) if stream else None
    try:
        async with ports.turns.turn(checked.body.org_id):
            await _within_rates(ports.rates, checked)
            accepted = await _accept_checked(checked, step, ports)
    except BaseException:
        if slot is not None:
            slot.release()
        raise
    return Accepted(accepted.request_id, accepted.seed, slot)


async def _within_rates(rates: RateLimits, checked: Checked) -> None:
    refusal = await rates.take(checked.user_id, checked.body.org_id)
    if refusal is not None:
        raise ApiError(
            429,
            "rate_limited",
            f"{refusal.whose} request rate is spent; try again in {refusal.retry_after_s} s",
            headers={"Retry-After": str(refusal.retry_after_s)},
        )


async def _accept_checked(checked: Checked, step: Step, ports: AcceptPorts) -> Accepted:
    requested = await plan_requested(checked, step, ports)
    body_hash = hashlib.sha256(f"{step}\n{checked.body.model_dump_json()}".encode()).hexdigest()
    value = encode_event(requested)
    reservation, queued = await _reserve(requested, value, checked.key, body_hash, ports)
    if not isinstance(reservation, Reserved):
        return _not_reserved(reservation, step, ports)
    rid = requested.request_id
    try:
        offset = await (queued or ports.log.write_queued(rid, value))
        await ports.log.write_command(rid, value)
    except LogUnavailable:
        await ports.ledger.release(rid)
        raise log_unavailable(rid) from None
    return Accepted(rid, (offset, requested))


async def check(request: IncomingRequest, step: Step, directory: Directory) -> Checked:
    """401 (before the body is read), 400, 404, 403, in that order."""
    token = bearer_token(request.header("authorization"))
    user_id = await directory.user_for_token(token)
    if user_id is None:
        raise unauthorized(UNKNOWN_TOKEN)
    model = PlanRequest if step == "plan" else DraftRequest
    body = parse_body(await request.body(), model)
    key = idempotency_key(request.header("idempotency-key"))
    access = allowed(await directory.org_access(body.org_id, user_id), body.org_id)
    if isinstance(body, PlanRequest) and body.draft_request_id is not None:
        await check_source_draft(body.draft_request_id, body.org_id, directory)
    return Checked(user_id, body, key, access)


async def check_source_draft(request_id: str, org_id: str, directory: Directory) -> None:
    """The draft a plan names must be a draft of the same organisation: 404 for another
    organisation's generation, as for an unknown one (its existence leaks to no one), 400
    for a plan or a draft that failed (no text to compare with). A draft still running is
    accepted: the worker compares if its text is there by then (else it trusts no line).

    Checked after the caller's access to the organisation, which the answer needs.
    """
    named = await directory.generation_kind(request_id)
    if named is None or named.org_id != org_id:
        raise ApiError(404, "not_found", f"generation {request_id!r} not found")
    problem = None
    if named.step != "draft":
        problem = "must name a draft generation, not a plan"
    elif named.status == "failed":
        problem = "names a draft that failed: it has no text to compare the draft with"
    if problem is not None:
        detail = ErrorDetail(field="draft_request_id", message=problem)
        raise validation(f"draft_request_id {problem}", [detail])


def idempotency_key(value: str | None) -> str | None:
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


async def plan_requested(checked: Checked, step: Step, ports: AcceptPorts) -> PlanRequested:
    """The command, under the id of a run topic claimed from the pool."""
    body = checked.body
    principle, source = resolve_principle(
        body.training_principle, checked.access.coach_principle, checked.access.org_principle
    )
    days = None
    if isinstance(body, PlanRequest):
        # Reading the draft takes a few ms of CPU (off the loop): meanwhile, the I/O below.
        days = asyncio.ensure_future(ports.training_days(body.refined_draft))
    library: Sequence[dict[str, Any]] = []
    try:
        if isinstance(body, PlanRequest) and body.workout_preference != "ai_generate":
            library = await ports.directory.library(body.org_id)
        request_id = await ports.log.claim_topic(body.org_id)
        training_days = await days if days is not None else None
    except LogUnavailable:
        raise log_unavailable() from None
    finally:
        if days is not None and not days.done():
            days.cancel()
    return PlanRequested(
        request_id=request_id,
        attempt=0,
        seq=0,
        time=dt.datetime.now(dt.UTC),
        org_id=body.org_id,
        step=step,
        user_id=checked.user_id,
        request=RequestEcho.of(body),
        training_principle=principle,
        principle_source=source,
        refined_draft=body.refined_draft if isinstance(body, PlanRequest) else None,
        library=[LibraryWorkout.model_validate(item) for item in library],
        training_days=training_days,
    )


async def _reserve(
    requested: PlanRequested, value: bytes, key: str | None, body_hash: str, ports: AcceptPorts
) -> tuple[Reservation, asyncio.Future[int] | None]:
    """The ledger's answer, with 'queued' written to the run topic meanwhile.

    The two round trips overlap, except when a key may name an earlier request or the
    organisation was just refused: then the reservation comes first, and a refused
    request writes nothing (a client hammering past its limit takes no topics).
    """
    rid = requested.request_id
    queued = None
    if key is None and requested.org_id not in ports.limited:
        queued = asyncio.ensure_future(ports.log.write_queued(rid, value))
    try:
        reservation = await ports.ledger.reserve(requested, key, body_hash)
    except BaseException:
        await _drop_topic(ports.log, rid, queued)
        raise
    if not isinstance(reservation, Reserved):
        if isinstance(reservation, Limited):
            ports.limited.add(requested.org_id)
        await _drop_topic(ports.log, rid, queued)
    return reservation, queued


async def _drop_topic(log: CommandLog, request_id: str, queued: asyncio.Future[int] | None) -> None:
    """A run topic the request will not use: back to the pool if nothing was written to it,
    else left for the janitor, which deletes run topics no request in the ledger owns."""
    if queued is None:
        log.give_back(request_id)
        return
    with contextlib.suppress(LogUnavailable, asyncio.CancelledError):
        await asyncio.shield(queued)


def _not_reserved(reservation: Reservation, step: Step, ports: AcceptPorts) -> Accepted:
    if isinstance(reservation, Limited):
        raise ApiError(
            429,
            "rate_limited",
            f"your organisation has {reservation.in_flight} generations queued or running "
            f"(the limit is {ports.queue_limit}); try again shortly",
            headers={"Retry-After": str(ports.retry_after_s)},
        )
    if isinstance(reservation, KeyReused) or (
        isinstance(reservation, Existing) and reservation.step != step
    ):
        raise ApiError(
            409,
            "conflict",
            "this Idempotency-Key was used with another request body in the last 24 hours",
        )
    assert isinstance(reservation, Existing)
    return Accepted(reservation.request_id, None)
