"""What the worker tells the stream of a request waiting in its organisation's line."""

import datetime as dt

from agents.emitter import Producer, acknowledged
from schemas import topics
from schemas.events import GenerationProgress, PlanRequested, encode_event
from schemas.settings import Settings


def queued_notice(requested: PlanRequested, place: int, notice: int) -> GenerationProgress:
    """A held request's place in its organisation's line, for its stream (attempt 0: no
    attempt has started; a later attempt's readers drop it)."""
    plan = requested.step == "plan"
    ahead = "next to start" if place == 1 else f"{place - 1} ahead of it in your organisation"
    return GenerationProgress(
        request_id=requested.request_id,
        attempt=0,
        seq=notice,
        time=dt.datetime.now(dt.UTC),
        org_id=requested.org_id,
        status="queued",
        message=f"Queued: number {place} in line ({ahead})",
        progress=0,
        count=0 if plan else None,
        total=requested.training_days if plan else None,
        position=place,
    )


async def announce(producer: Producer, settings: Settings, event: GenerationProgress) -> None:
    """Write a notice to the request's run topic only (UI feedback, not audit)."""
    run = topics.run_topic(event.request_id, settings.topic_prefix)
    sent = await producer.send(run, encode_event(event), key=event.request_id.encode())
    await acknowledged([sent], settings.kafka_flush_timeout_s)
