"""Carries out one PlanRequested command as a new attempt, unless it already finished."""

import logging

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from agents.attempts import decide_attempt
from agents.emitter import Emitter
from agents.history import read_history
from agents.planning import DraftParseError
from agents.providers.base import Provider, ProviderError
from agents.steps import run_draft, run_plan
from schemas.events import GenerationFailed, GenerationStarted, PlanRequested
from schemas.settings import Settings

log = logging.getLogger(__name__)


async def handle_command(
    requested: PlanRequested,
    *,
    settings: Settings,
    producer: AIOKafkaProducer,
    provider: Provider,
    worker: str,
) -> int | None:
    """Run the command; return the attempt number, or None if it had already finished.

    Failures of the generation itself become GenerationFailed; Kafka errors propagate
    so the command is redelivered and retried as a new attempt.
    """
    decision = decide_attempt(await read_history(settings, requested.request_id))
    if decision.attempt is None:
        log.info("request %s already finished; skipping", requested.request_id)
        return None
    emitter = Emitter(
        producer,
        settings,
        request_id=requested.request_id,
        org_id=requested.org_id,
        attempt=decision.attempt,
        provider=provider.name,
        prompt_version=provider.prompt_version,
        model=provider.model,
    )
    await emitter.emit(GenerationStarted, step=requested.step, worker=worker)
    try:
        if requested.step == "draft":
            await run_draft(requested, emitter, provider)
        else:
            await run_plan(requested, emitter, provider)
    except KafkaError:
        raise
    except DraftParseError as exc:
        await emitter.emit(GenerationFailed, code="validation_error", error=str(exc))
    except ProviderError as exc:
        await emitter.emit(GenerationFailed, code="generation_failed", error=str(exc))
    except Exception:
        log.exception("generation %s failed", requested.request_id)
        await emitter.emit(
            GenerationFailed, code="internal_error", error="the generation failed unexpectedly"
        )
    await emitter.flush()
    return decision.attempt
