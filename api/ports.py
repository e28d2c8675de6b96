"""The accept use case's ports, as protocols: what it needs of the request and the services."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from api.accept_turns import AcceptTurns
from api.ledger import RecentlyLimited, Reservation
from api.rate_limits import Refusal
from api.store import GenerationKind, OrgAccess
from api.stream_slots import StreamSlots
from schemas.events import PlanRequested


class IncomingRequest(Protocol):
    """The HTTP request as the use case sees it: headers, and a body read only on demand."""

    def header(self, name: str) -> str | None: ...

    async def body(self) -> bytes:
        """The raw body (413 past the size limit)."""
        ...


class Directory(Protocol):
    """Who is who: tokens, organisations and their workout libraries."""

    async def user_for_token(self, token: str) -> str | None: ...

    async def org_access(self, org_id: str, user_id: str) -> OrgAccess | None: ...

    async def library(self, org_id: str) -> list[dict[str, Any]]: ...

    async def generation_kind(self, request_id: str) -> GenerationKind | None: ...


class AdmissionLedger(Protocol):
    """The generation ledger as admission sees it."""

    async def reserve(
        self, requested: PlanRequested, key: str | None, body_hash: str
    ) -> Reservation: ...

    async def release(self, request_id: str) -> None: ...


class RateLimits(Protocol):
    """Request rates: a token from the user's bucket and the organisation's, or a refusal."""

    async def take(self, user_id: str, org_id: str) -> Refusal | None: ...


class LogUnavailable(Exception):
    """The event log could not take a write (or no run topic was ready in time)."""


class CommandLog(Protocol):
    """The event log: run topics ready to claim, and the request's two writes."""

    async def claim_topic(self, org_id: str) -> str:
        """A request id whose run topic exists, claimed in the organisation's turn; LogUnavailable
        if none is ready in time."""
        ...

    def give_back(self, request_id: str) -> None: ...

    async def write_queued(self, request_id: str, value: bytes) -> int: ...

    async def write_command(self, request_id: str, value: bytes) -> None: ...


@dataclass(frozen=True)
class AcceptPorts:
    directory: Directory
    ledger: AdmissionLedger
    log: CommandLog
    # Organisations refused lately: their next requests reserve before writing to Kafka.
    limited: RecentlyLimited
    queue_limit: int
    retry_after_s: int
    # The training days of an approved draft (None if it cannot be read): what a plan
    # stream's progress counts towards from its first event.
    training_days: Callable[[str], Awaitable[int | None]]
    rates: RateLimits
    # Open streams per user and per process; taken only for a streaming request.
    streams: StreamSlots
    # Requests accepted at once, organisations in turn.
    turns: AcceptTurns
