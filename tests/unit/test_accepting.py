"""The accept use case over in-memory ports: the door's order, refusals that keep nothing."""

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from api.accept_turns import AcceptTurns
from api.accepting import accept
from api.ledger import Existing, KeyReused, Limited, RecentlyLimited, Reservation, Reserved
from api.ports import (
    AcceptPorts,
    AdmissionLedger,
    CommandLog,
    Directory,
    IncomingRequest,
    LogUnavailable,
    RateLimits,
)
from api.problems import ApiError
from api.rate_limits import Refusal
from api.store import GenerationKind, OrgAccess
from api.stream_slots import StreamSlots
from schemas.events import PlanRequested, decode_event

TOKEN = "t" * 32
BODY = {"weeks": 4, "level": "beginner", "org_id": "club"}
COACH = OrgAccess("club", ("coach_agent",), "org principle", "coach", None)
GENERATIONS = {
    "club-draft": GenerationKind("club", "draft", "succeeded"),
    "club-running-draft": GenerationKind("club", "draft", "running"),
    "club-failed-draft": GenerationKind("club", "draft", "failed"),
    "club-plan": GenerationKind("club", "plan", "succeeded"),
    "other-draft": GenerationKind("other", "draft", "succeeded"),
}
DRAFT_TEXT = "Week 1 | base | aerobic foundation\nTue: easy run 40 min\n"


@dataclass
class FakeRequest(IncomingRequest):
    headers: dict[str, str]
    raw: bytes = json.dumps(BODY).encode()
    reads: int = 0

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    async def body(self) -> bytes:
        self.reads += 1
        return self.raw


def request(body: Any = BODY, token: str = TOKEN, **headers: str) -> FakeRequest:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return FakeRequest({"authorization": f"Bearer {token}", **headers}, raw)


@dataclass
class FakeDirectory(Directory):
    access: dict[str, OrgAccess] = field(default_factory=lambda: {"club": COACH})
    lookups: list[str] = field(default_factory=list)

    async def user_for_token(self, token: str) -> str | None:
        self.lookups.append("token")
        return "coach-1" if token == TOKEN else None

    async def org_access(self, org_id: str, user_id: str) -> OrgAccess | None:
        self.lookups.append("access")
        return self.access.get(org_id)

    async def library(self, org_id: str) -> list[dict[str, Any]]:
        return []

    async def generation_kind(self, request_id: str) -> GenerationKind | None:
        self.lookups.append("generation")
        return GENERATIONS.get(request_id)


@dataclass
class FakeAdmission(AdmissionLedger):
    answer: Reservation = field(default_factory=Reserved)
    reserved: list[str] = field(default_factory=list)
    released: list[str] = field(default_factory=list)

    async def reserve(
        self, requested: PlanRequested, key: str | None, body_hash: str
    ) -> Reservation:
        self.reserved.append(requested.request_id)
        return self.answer

    async def release(self, request_id: str) -> None:
        self.released.append(request_id)


@dataclass
class FakeLog(CommandLog):
    ready: list[str] = field(default_factory=lambda: [f"{n:032x}" for n in range(1, 9)])
    queued: dict[str, bytes] = field(default_factory=dict)
    commands: dict[str, bytes] = field(default_factory=dict)
    given_back: list[str] = field(default_factory=list)
    refuse_commands: bool = False

    async def claim_topic(self, org_id: str) -> str:
        if not self.ready:
            raise LogUnavailable("no run topic ready")
        return self.ready.pop(0)

    def give_back(self, request_id: str) -> None:
        self.given_back.append(request_id)
        self.ready.insert(0, request_id)

    async def write_queued(self, request_id: str, value: bytes) -> int:
        self.queued[request_id] = value
        return 0

    async def write_command(self, request_id: str, value: bytes) -> None:
        if self.refuse_commands:
            raise LogUnavailable("broker refused")
        self.commands[request_id] = value


@dataclass
class FakeRates(RateLimits):
    """Buckets of `burst` tokens that never refill."""

    burst: dict[str, int] = field(default_factory=dict)
    taken: list[str] = field(default_factory=list)

    async def take(self, user_id: str, org_id: str) -> Refusal | None:
        for bucket in (f"user:{user_id}", f"org:{org_id}"):
            if self.burst.get(bucket, 1000) <= self.taken.count(bucket):
                return Refusal(bucket, 12.5)
        self.taken += [f"user:{user_id}", f"org:{org_id}"]
        return None


@dataclass
class World:
    directory: FakeDirectory = field(default_factory=FakeDirectory)
    ledger: FakeAdmission = field(default_factory=FakeAdmission)
    log: FakeLog = field(default_factory=FakeLog)
    limited: RecentlyLimited = field(default_factory=RecentlyLimited)
    rates: "FakeRates" = field(default_factory=lambda: FakeRates())
    streams: StreamSlots = field(default_factory=lambda: StreamSlots(2, 3))

    def ports(self) -> AcceptPorts:
        return AcceptPorts(
            self.directory,
            self.ledger,
            self.log,
            self.limited,
            queue_limit=2,
            retry_after_s=7,
            training_days=self.training_days,
            rates=self.rates,
            streams=self.streams,
            turns=AcceptTurns(4),
        )

    async def training_days(self, draft: str) -> int | None:
        return draft.count("\n") + 1


async def refusal(incoming: FakeRequest, world: World, step: str = "draft") -> ApiError:
    with pytest.raises(ApiError) as caught:
        await accept(incoming, step, world.ports())  # type: ignore[arg-type]
    return caught.value


async def test_accept_hands_the_request_to_the_log_once_reserved() -> None:
    world = World()
    accepted = await accept(request(), "draft", world.ports())
    assert accepted.seed is not None and accepted.seed[0] == 0
    assert world.ledger.reserved == [accepted.request_id]
    command = decode_event(world.log.commands[accepted.request_id])
    assert isinstance(command, PlanRequested)
    assert command.user_id == "coach-1" and command.training_principle == "org principle"
    assert world.log.queued[accepted.request_id] == world.log.commands[accepted.request_id]


@pytest.mark.parametrize("token", ["", "short", TOKEN[:-1] + "!"])
async def test_a_malformed_token_is_401_before_anything_is_looked_up(token: str) -> None:
    world = World()
    incoming = request(token=token)
    error = await refusal(incoming, world)
    assert error.status == 401 and error.headers["WWW-Authenticate"] == "Bearer"
    assert world.directory.lookups == [] and incoming.reads == 0


async def test_an_unknown_token_is_401_before_the_body_is_read() -> None:
    world = World()
    incoming = request(b"\xff not even json", token="u" * 32)
    error = await refusal(incoming, world)
    assert error.status == 401 and incoming.reads == 0


@pytest.mark.parametrize(
    ("body", "org", "status"),
    [
        ({**BODY, "weeks": "12"}, None, 400),  # a bad body beats an unknown organisation
        ({**BODY, "org_id": "elsewhere"}, None, 404),
        (BODY, OrgAccess("club", ("coach_agent",), None, "athlete", None), 403),
        (BODY, OrgAccess("club", (), None, "coach", None), 403),
    ],
)
async def test_the_door_answers_400_then_404_then_403(
    body: dict[str, Any], org: OrgAccess | None, status: int
) -> None:
    world = World()
    if org is not None:
        world.directory.access["club"] = org
    error = await refusal(request(body), world)
    assert error.status == status
    assert world.ledger.reserved == [] and world.log.queued == {}


async def test_a_bad_idempotency_key_is_400() -> None:
    error = await refusal(request(**{"idempotency-key": "caf\u00e9"}), World())
    assert error.status == 400 and error.details and error.details[0].field == "Idempotency-Key"


async def test_an_organisation_over_its_queue_is_429_and_then_reserves_first() -> None:
    world = World(ledger=FakeAdmission(answer=Limited(2)))
    error = await refusal(request(), world)
    assert error.status == 429 and error.headers["Retry-After"] == "7"
    assert "2 generations queued or running" in error.message
    first = world.ledger.reserved[0]
    assert first in world.log.queued  # written while the ledger decided: left to the janitor
    await refusal(request(), world)
    second = world.ledger.reserved[1]
    # Refused a moment ago: this time the ledger decides first, and the topic goes back.
    assert second not in world.log.queued and world.log.given_back == [second]
    assert world.log.commands == {}


async def test_an_idempotency_key_gives_back_the_earlier_request() -> None:
    world = World(ledger=FakeAdmission(answer=Existing("e" * 32, "draft")))
    accepted = await accept(request(**{"idempotency-key": "k1"}), "draft", world.ports())
    assert accepted.request_id == "e" * 32 and accepted.seed is None
    assert world.log.queued == {} and world.log.commands == {}
    plan_body = {**BODY, "refined_draft": "Week 1 | base\nTue: easy run 30 min"}
    other_step = await refusal(request(plan_body, **{"idempotency-key": "k1"}), world, "plan")
    assert other_step.status == 409


async def test_a_key_reused_with_another_body_is_409() -> None:
    world = World(ledger=FakeAdmission(answer=KeyReused()))
    error = await refusal(request(**{"idempotency-key": "k1"}), world)
    assert error.status == 409 and error.code == "conflict"


async def test_a_command_the_log_refuses_is_503_and_the_reservation_released() -> None:
    world = World(log=FakeLog(refuse_commands=True))
    error = await refusal(request(), world)
    assert error.status == 503 and error.headers["Retry-After"]
    assert error.request_id == world.ledger.reserved[0]
    assert world.ledger.released == world.ledger.reserved


async def test_no_run_topic_ready_is_503_with_nothing_reserved() -> None:
    world = World(log=FakeLog(ready=[]))
    error = await refusal(request(), world)
    assert error.status == 503 and world.ledger.reserved == []


def plan_body(draft_request_id: str) -> dict[str, Any]:
    return {**BODY, "refined_draft": DRAFT_TEXT, "draft_request_id": draft_request_id}


@pytest.mark.parametrize("named", ["other-draft", "no-such-generation"])
async def test_a_plan_naming_another_organisations_draft_is_404_like_an_unknown_one(
    named: str,
) -> None:
    world = World()
    refused = await refusal(request(plan_body(named)), world, step="plan")
    assert (refused.status, refused.code) == (404, "not_found")
    assert refused.message == f"generation {named!r} not found"
    assert world.ledger.reserved == [] and world.log.commands == {}


@pytest.mark.parametrize(
    ("named", "message"),
    [
        ("club-plan", "must name a draft generation, not a plan"),
        (
            "club-failed-draft",
            "names a draft that failed: it has no text to compare the draft with",
        ),
    ],
)
async def test_a_plan_naming_a_plan_or_a_failed_draft_is_400_on_draft_request_id(
    named: str, message: str
) -> None:
    world = World()
    refused = await refusal(request(plan_body(named)), world, step="plan")
    assert (refused.status, refused.code) == (400, "validation_error")
    assert [(d.field, d.message) for d in refused.details or []] == [("draft_request_id", message)]
    assert world.log.commands == {}


@pytest.mark.parametrize("named", ["club-draft", "club-running-draft"])
async def test_a_plan_naming_its_organisations_draft_is_accepted_with_the_name(named: str) -> None:
    world = World()
    accepted = await accept(request(plan_body(named)), "plan", world.ports())
    command = decode_event(world.log.commands[accepted.request_id])
    assert isinstance(command, PlanRequested)
    assert command.request.draft_request_id == named


async def test_the_named_draft_is_looked_up_only_for_a_coach_of_the_organisation() -> None:
    world = World()
    world.directory.access = {"club": OrgAccess("club", ("coach_agent",), None, "athlete", None)}
    refused = await refusal(request(plan_body("other-draft")), world, step="plan")
    assert (refused.status, refused.code) == (403, "forbidden")
    assert "generation" not in world.directory.lookups


async def test_a_plan_request_carries_its_drafts_training_days() -> None:
    world = World()
    plan_body = {**BODY, "refined_draft": "Week 1 | base\nTue: easy run 30 min\nThu: easy"}
    accepted = await accept(request(plan_body), "plan", world.ports())
    assert accepted.seed is not None and accepted.seed[1].training_days == 3
    draft = await accept(request(), "draft", world.ports())
    assert draft.seed is not None and draft.seed[1].training_days is None


async def test_a_spent_rate_is_429_before_anything_is_claimed_or_reserved() -> None:
    world = World(rates=FakeRates(burst={"org:club": 1}))
    await accept(request(), "draft", world.ports())
    error = await refusal(request(), world)
    assert error.status == 429 and error.headers["Retry-After"] == "13"
    assert "organisation's request rate" in error.message
    assert len(world.ledger.reserved) == 1 and len(world.log.ready) == 7


async def test_a_user_past_the_stream_cap_is_429_and_a_refused_stream_gives_its_slot_back() -> None:
    world = World()
    first = await accept(request(), "draft", world.ports(), stream=True)
    second = await accept(request(), "draft", world.ports(), stream=True)
    assert world.streams.open_of("coach-1") == 2
    with pytest.raises(ApiError) as caught:
        await accept(request(), "draft", world.ports(), stream=True)
    assert caught.value.status == 429 and caught.value.headers["Retry-After"]
    assert first.slot is not None and second.slot is not None
    first.slot.release()
    first.slot.release()  # a second release changes nothing
    assert world.streams.open_of("coach-1") == 1
    world.log.refuse_commands = True
    with pytest.raises(ApiError):
        await accept(request(), "draft", world.ports(), stream=True)
    assert world.streams.open_of("coach-1") == 1
    assert (await accept(request(), "draft", World().ports())).slot is None
