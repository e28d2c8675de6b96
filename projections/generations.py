"""The `generations` read model: one row per request, its workouts, from coach.events.

Every write is guarded by the attempt, so a superseded attempt's output is reset
when a newer attempt starts and late events of an older attempt change nothing.
Times come from the events, never from the clock: a rebuild gives identical rows.
A dead-lettered event leaves its attempt failed (`reject`).
"""

import datetime as dt
import json
import logging
from typing import Any

import asyncpg

from projections.dead_letters import POISON_ERRORS, DeadLetter
from projections.projection import Projection
from schemas.events import (
    DraftGenerated,
    Event,
    GenerationFailed,
    GenerationStarted,
    PlanGenerated,
    PlanRequested,
    WeekCompleted,
    WorkoutGenerated,
)

log = logging.getLogger(__name__)

NAME = "generations"
TABLES = ("generation_workouts", "generations")


async def apply(conn: asyncpg.Connection, event: Event) -> None:
    match event:
        case PlanRequested():
            await _requested(conn, event)
        case GenerationStarted():
            await _started(conn, event)
        case DraftGenerated():
            await _update(conn, event, status="succeeded", draft=event.draft)
        case WorkoutGenerated():
            await _workout(conn, event)
        case WeekCompleted():
            await _week(conn, event)
        case PlanGenerated():
            await _update(
                conn,
                event,
                status="succeeded",
                total_workouts=event.total_workouts,
                weekly_info=json.dumps(
                    {week: info.model_dump(mode="json") for week, info in event.weekly_info.items()}
                ),
                notes=json.dumps([note.model_dump(mode="json") for note in event.notes]),
            )
        case GenerationFailed():
            await _update(conn, event, status="failed", error=event.error, error_code=event.code)


async def _requested(conn: asyncpg.Connection, event: PlanRequested) -> None:
    await conn.execute(
        """INSERT INTO generations (request_id, org_id, user_id, step, status, attempt, request,
               training_principle, principle_source, requested_at)
           VALUES ($1, $2, $3, $4, 'queued', 0, $5::jsonb, $6, $7, $8)
           ON CONFLICT (request_id) DO NOTHING""",
        event.request_id,
        event.org_id,
        event.user_id,
        event.step,
        event.request.model_dump_json(),
        event.training_principle,
        event.principle_source,
        event.time,
    )


async def _started(conn: asyncpg.Connection, event: GenerationStarted) -> None:
    updated = await conn.execute(
        """UPDATE generations
           SET status = 'running', attempt = $2, started_at = $3, finished_at = NULL,
               provider = $4, prompt_version = $5, model = $6, draft = NULL,
               total_workouts = NULL, weekly_info = NULL, notes = NULL,
               error = NULL, error_code = NULL, dead_letter_attempt = NULL
           WHERE request_id = $1 AND attempt < $2
             AND dead_letter_attempt IS DISTINCT FROM 0""",
        event.request_id,
        event.attempt,
        event.time,
        event.provider,
        event.prompt_version,
        event.model,
    )
    if updated != "UPDATE 0":
        await conn.execute(
            "DELETE FROM generation_workouts WHERE request_id = $1 AND attempt < $2",
            event.request_id,
            event.attempt,
        )


async def _workout(conn: asyncpg.Connection, event: WorkoutGenerated) -> None:
    workout = event.workout
    await conn.execute(
        """INSERT INTO generation_workouts (request_id, idx, attempt, week, day, body, date,
               sub_type, duration, distance, phase, source, provider, model, prompt_version)
           SELECT $1, $2, $3, $4, $5, $6::jsonb, $7::date, $8, $9, $10, $11, $12, $13, $14, $15
           WHERE EXISTS (SELECT 1 FROM generations WHERE request_id = $1 AND attempt = $3)
           ON CONFLICT (request_id, idx) DO UPDATE
           SET attempt = EXCLUDED.attempt, week = EXCLUDED.week, day = EXCLUDED.day,
               body = EXCLUDED.body, date = EXCLUDED.date, sub_type = EXCLUDED.sub_type,
               duration = EXCLUDED.duration, distance = EXCLUDED.distance,
               phase = EXCLUDED.phase, source = EXCLUDED.source,
               provider = EXCLUDED.provider, model = EXCLUDED.model,
               prompt_version = EXCLUDED.prompt_version
           WHERE generation_workouts.attempt <= EXCLUDED.attempt""",
        event.request_id,
        event.index,
        event.attempt,
        workout.week,
        workout.day,
        workout.model_dump_json(),
        dt.date.fromisoformat(workout.date) if workout.date else None,
        workout.sub_type,
        workout.duration,
        workout.distance,
        workout.phase,
        workout.source,
        event.provider,
        event.model,
        event.prompt_version,
    )


async def _week(conn: asyncpg.Connection, event: WeekCompleted) -> None:
    """The week's summary; its workouts take the week's provenance (what produced it)."""
    await conn.execute(
        """UPDATE generations
           SET weekly_info = COALESCE(weekly_info, '{}'::jsonb) || $3::jsonb
           WHERE request_id = $1 AND attempt = $2 AND dead_letter_attempt IS NULL""",
        event.request_id,
        event.attempt,
        json.dumps({str(event.week): event.info.model_dump(mode="json")}),
    )
    await conn.execute(
        """UPDATE generation_workouts SET provider = $4, model = $5, prompt_version = $6
           WHERE request_id = $1 AND attempt = $2 AND week = $3""",
        event.request_id,
        event.attempt,
        event.week,
        event.provider,
        event.model,
        event.prompt_version,
    )


async def _update(conn: asyncpg.Connection, event: Event, **columns: Any) -> None:
    """Finish the row for the event's attempt, if that attempt is still the current one."""
    names = list(columns)
    assignments = ", ".join(f"{name} = ${index + 4}" for index, name in enumerate(names))
    await conn.execute(
        f"""UPDATE generations SET {assignments}, finished_at = $3
            WHERE request_id = $1 AND attempt = $2 AND dead_letter_attempt IS NULL""",
        event.request_id,
        event.attempt,
        event.time,
        *columns.values(),
    )


async def reject(conn: asyncpg.Connection, letter: DeadLetter) -> None:
    """The generation a dead letter belongs to reads failed, for that attempt.

    A PlanRequested that cannot be stored still gets its row, with every NUL replaced,
    so the coach sees the request failed instead of it never existing. An undecodable
    record whose key names no row (or no storable id) changes nothing here.
    """
    request_id = letter.request_id
    if request_id is None:
        return
    if isinstance(letter.event, PlanRequested):
        await _requested_scrubbed(conn, letter.event)
    await conn.execute(
        """UPDATE generations
           SET status = 'failed', error = $3, error_code = 'internal_error',
               finished_at = $4, dead_letter_attempt = COALESCE($2, attempt)
           WHERE request_id = $1 AND attempt <= COALESCE($2, attempt)""",
        request_id,
        letter.attempt,
        f"an event of this generation could not be recorded (log position {letter.where})",
        letter.time,
    )


async def _requested_scrubbed(conn: asyncpg.Connection, event: PlanRequested) -> None:
    try:
        scrubbed = PlanRequested.model_validate(_without_nul(event.model_dump(mode="json")))
        async with conn.transaction():
            await _requested(conn, scrubbed)
    except POISON_ERRORS as exc:  # a pydantic ValidationError is a ValueError
        log.error("request %s cannot be stored even without NUL: %s", event.request_id, exc)


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, list):
        return [_without_nul(item) for item in value]
    if isinstance(value, dict):
        return {_without_nul(key): _without_nul(item) for key, item in value.items()}
    return value


PROJECTION = Projection(name=NAME, tables=TABLES, apply=apply, reject=reject)
