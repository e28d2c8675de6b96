"""The `eval_runs` and `eval_cases` read model, from the coach.evaluations topic.

Idempotent: a run's row is inserted once and finished once; a scored output is keyed by
(evaluation, case, candidate, repeat), so replaying the topic gives the same rows. Times
come from the events.
"""

import json
from typing import Any

import asyncpg

from projections.dead_letters import DeadLetter
from projections.projection import Projection
from schemas.evaluations import (
    CaseScored,
    EvaluationEvent,
    EvaluationFinished,
    EvaluationStarted,
    decode_evaluation_event,
)

NAME = "evaluations"
TABLES = ("eval_cases", "eval_runs")
# The scores that get a typed column of their own (the rest stay in `scores`).
INTEGER_SCORES = (
    "validator_errors",
    "validator_warnings",
    "sessions_added",
    "sessions_removed",
    "sessions_changed",
    "days_dropped",
)
FLOAT_SCORES = ("edit_distance", "volume_change_km", "cost", "latency_s")


async def apply(conn: asyncpg.Connection, event: EvaluationEvent) -> None:
    match event:
        case EvaluationStarted():
            await _started(conn, event)
        case CaseScored():
            await _scored(conn, event)
        case EvaluationFinished():
            await _finished(conn, event)


async def _started(conn: asyncpg.Connection, event: EvaluationStarted) -> None:
    await conn.execute(
        """INSERT INTO eval_runs (evaluation_id, started_at, status, set_name, set_hash, cases,
               candidates, options)
           VALUES ($1, $2, 'running', $3, $4, $5, $6::jsonb, $7::jsonb)
           ON CONFLICT (evaluation_id) DO NOTHING""",
        event.evaluation_id,
        event.time,
        event.set_name,
        event.set_hash,
        event.cases,
        json.dumps([c.model_dump(mode="json") for c in event.candidates]),
        json.dumps(event.options),
    )


async def _scored(conn: asyncpg.Connection, event: CaseScored) -> None:
    scores = event.scores
    usage = event.usage
    accepted = scores.get("accepted_as_is")
    typed: list[Any] = [_integer(scores.get(name)) for name in INTEGER_SCORES]
    typed += [_number(scores.get(name)) for name in FLOAT_SCORES]
    await conn.execute(
        """INSERT INTO eval_cases (evaluation_id, case_id, candidate, repeat, request_id, step,
               org_id, level, weeks, status, error, provider, model, prompt_version,
               prompt_tokens, completion_tokens, accepted_as_is, scores, scored_at,
               validator_errors, validator_warnings, sessions_added, sessions_removed,
               sessions_changed, days_dropped, edit_distance, volume_change_km, cost, latency_s)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
                   $18::jsonb, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29)
           ON CONFLICT (evaluation_id, case_id, candidate, repeat) DO NOTHING""",
        event.evaluation_id,
        event.case_id,
        event.candidate,
        event.repeat,
        event.request_id,
        event.step,
        event.org_id,
        event.level,
        event.weeks,
        event.status,
        event.error,
        event.provider,
        event.model,
        event.prompt_version,
        usage.prompt_tokens if usage else None,
        usage.completion_tokens if usage else None,
        None if accepted is None else bool(accepted),
        json.dumps(scores),
        event.time,
        *typed,
    )


async def _finished(conn: asyncpg.Connection, event: EvaluationFinished) -> None:
    await conn.execute(
        """UPDATE eval_runs SET finished_at = $2, status = $3, reason = $4, ranking = $5,
               gates = $6::jsonb, summary = $7::jsonb, exit_code = $8
           WHERE evaluation_id = $1""",
        event.evaluation_id,
        event.time,
        event.status,
        event.reason,
        event.ranking,
        json.dumps(event.gates),
        json.dumps(event.summary),
        event.exit_code,
    )


def _integer(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


async def reject(conn: asyncpg.Connection, letter: DeadLetter) -> None:
    """Nothing to mark: the record stays in dead_letters, and a run without its
    EvaluationFinished reads `running`."""


PROJECTION = Projection(
    name=NAME, tables=TABLES, apply=apply, reject=reject, decode=decode_evaluation_event
)
