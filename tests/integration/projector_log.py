"""Writes generations to the real log and reads the projector's tables, for its tests."""

import asyncio
import datetime as dt
import itertools
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from projections.kafka_client import client_options
from projections.log_topics import ensure_log_topics
from projections.offsets import stored_offsets
from projections.runner import partitions_of
from schemas import topics
from schemas.events import (
    DraftGenerated,
    EventBase,
    GenerationStarted,
    PlanGenerated,
    PlanRequested,
    WeekCompleted,
    WorkoutGenerated,
    encode_event,
)
from schemas.requests import RequestEcho
from schemas.settings import Settings
from schemas.workout import Intensity, Segment, WeekInfo, Workout
from tests.conftest import ROOT
from tests.harness import connect, eventually, settings_env

WHEN = dt.datetime(2025, 5, 1, 10, tzinfo=dt.UTC)
COACH_AGENT = ROOT / ".venv" / "bin" / "coach-agent"
MODEL = {"prompt_version": "builtin-1", "model": "builtin-planner"}


def requested(
    request_id: str, step: str = "draft", additional_prompt: str | None = None
) -> PlanRequested:
    echo = RequestEcho(
        weeks=3,
        level="beginner",
        org_id="club",
        additional_prompt=additional_prompt,
        training_principle=None,
        start_date=None,
        workout_preference="ai_generate",
    )
    return PlanRequested(
        request_id=request_id,
        org_id="club",
        time=WHEN,
        attempt=0,
        seq=0,
        step=step,  # type: ignore[arg-type]
        user_id="coach",
        request=echo,
        training_principle="p",
        principle_source="default",
    )


def started(request_id: str, attempt: int, step: str = "draft") -> GenerationStarted:
    return GenerationStarted(
        request_id=request_id,
        org_id="club",
        time=WHEN + dt.timedelta(minutes=attempt),
        attempt=attempt,
        seq=0,
        step=step,  # type: ignore[arg-type]
        provider="builtin",
        worker="w",
        **MODEL,
    )


def drafted(request_id: str, attempt: int, draft: str | None = None) -> DraftGenerated:
    return DraftGenerated(
        request_id=request_id,
        org_id="club",
        time=WHEN + dt.timedelta(minutes=attempt, seconds=30),
        attempt=attempt,
        seq=1,
        draft=draft if draft is not None else f"draft of {request_id}",
        training_principle="p",
        **MODEL,
    )


def generation(request_id: str, attempts: int = 1) -> list[EventBase]:
    """A draft request whose worker crashed `attempts - 1` times before one finished."""
    events: list[EventBase] = [requested(request_id)]
    events += [started(request_id, attempt) for attempt in range(1, attempts + 1)]
    return [*events, drafted(request_id, attempts)]


def plan_generation(request_id: str, attempts: int, weeks: int = 3) -> list[EventBase]:
    """A plan request; every attempt but the last crashed halfway through its workouts."""
    events: list[EventBase] = [requested(request_id, "plan")]
    per_week = 3
    for attempt in range(1, attempts + 1):
        events.append(started(request_id, attempt, "plan"))
        last = attempt == attempts
        count = weeks * per_week if last else (weeks * per_week) // 2 + attempt
        for index in range(count):
            week, day = index // per_week + 1, index % per_week * 2 + 1
            events.append(_workout(request_id, attempt, index, week, day, weeks * per_week))
            if day == 5:
                events.append(_week(request_id, attempt, week, index))
        if last:
            events.append(_planned(request_id, attempt, weeks, count))
    return events


def _envelope(request_id: str, attempt: int, seq: int) -> dict[str, Any]:
    time = WHEN + dt.timedelta(minutes=attempt, seconds=seq)
    return {"request_id": request_id, "org_id": "club", "time": time, "attempt": attempt, **MODEL}


def _workout(request_id: str, attempt: int, index: int, week: int, day: int, total: int) -> Any:
    segment = Segment(type="main", duration=1800 + index, intensity=Intensity(zone="z2"))
    workout = Workout(
        week=week,
        day=day,
        name=f"run {index} of attempt {attempt}",
        description="easy",
        phase="base",
        sub_type="easy-run",
        duration=1800 + index,
        distance=5000 + attempt,
        segments=[segment],
    )
    envelope = _envelope(request_id, attempt, index + 1)
    return WorkoutGenerated(**envelope, seq=index + 1, index=index, total=total, workout=workout)


def _week_info(week: int) -> WeekInfo:
    return WeekInfo(phase="base", focus=f"week {week}", total_distance=15000, runs=3)


def _week(request_id: str, attempt: int, week: int, index: int) -> WeekCompleted:
    envelope = _envelope(request_id, attempt, index + 1)
    return WeekCompleted(**envelope, seq=index + 2, week=week, info=_week_info(week))


def _planned(request_id: str, attempt: int, weeks: int, count: int) -> PlanGenerated:
    return PlanGenerated(
        **_envelope(request_id, attempt, count + weeks + 1),
        seq=count + weeks + 1,
        total_workouts=count,
        weekly_info={str(week): _week_info(week) for week in range(1, weeks + 1)},
        training_principle="p",
    )


def burst(total: int) -> list[EventBase]:
    """`total` events of many generations (drafts and plans, 1 to 3 attempts), interleaved
    as concurrent workers would write them; the last generations may be unfinished."""
    generations: list[list[EventBase]] = []
    for number in itertools.count():
        request_id = f"g{number:04d}"
        attempts = number % 3 + 1
        if number % 4 == 0:
            generations.append(generation(request_id, attempts))
        else:
            generations.append(plan_generation(request_id, attempts))
        if sum(map(len, generations)) >= total:
            break
    # Round-robin in groups of eight generations: each keeps its own order.
    interleaved: list[EventBase] = []
    for start in range(0, len(generations), 8):
        group = generations[start : start + 8]
        for step in itertools.zip_longest(*group):
            interleaved.extend(event for event in step if event is not None)
    return interleaved[:total]


async def create_log(settings: Settings) -> None:
    await ensure_log_topics(settings)


async def publish(settings: Settings, events: list[EventBase]) -> None:
    await publish_raw(settings, [(e.request_id.encode(), encode_event(e)) for e in events])


async def publish_raw(
    settings: Settings,
    records: list[tuple[bytes | None, bytes | None]],
    partition: int | None = None,
) -> None:
    """Write records as they are (keys and values), in order, to coach.events."""
    await create_log(settings)
    producer = AIOKafkaProducer(**client_options(settings), enable_idempotence=True)
    await producer.start()
    try:
        sent = [
            await producer.send(
                topics.events_topic(settings.topic_prefix), value, key=key, partition=partition
            )
            for key, value in records
        ]
        for delivery in sent:
            await delivery
    finally:
        await producer.stop()


async def end_offsets(settings: Settings) -> dict[int, int]:
    topic = topics.events_topic(settings.topic_prefix)
    numbers = await partitions_of(client_options(settings), topic, asyncio.Event())
    consumer = AIOKafkaConsumer(**client_options(settings), group_id=None)
    await consumer.start()
    try:
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in numbers])
        return {tp.partition: offset for tp, offset in ends.items()}
    finally:
        await consumer.stop()


async def caught_up(settings: Settings, timeout: float = 60) -> None:
    """Wait until the projector stored, for every partition, the log's end offset."""
    ends = {p: end for p, end in (await end_offsets(settings)).items() if end > 0}

    async def done() -> bool:
        conn = await connect(settings)
        try:
            rows = await conn.fetch(
                "SELECT partition, next_offset FROM projection_offsets WHERE topic = $1",
                topics.events_topic(settings.topic_prefix),
            )
        finally:
            await conn.close()
        return {row["partition"]: row["next_offset"] for row in rows} == ends

    await eventually(done, timeout, f"the projector to reach {ends}")


async def stored_total(settings: Settings) -> int:
    from projections.database import create_pool

    pool = await create_pool(settings, min_size=1, max_size=1)
    try:
        topic = topics.events_topic(settings.topic_prefix)
        return sum((await stored_offsets(pool, "generations", topic)).values())
    finally:
        await pool.close()


async def tables(settings: Settings) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every row of both read-model tables, every column, in a stable order."""
    conn = await connect(settings)
    try:
        generations = await conn.fetch("SELECT * FROM generations ORDER BY request_id")
        workouts = await conn.fetch("SELECT * FROM generation_workouts ORDER BY request_id, idx")
        return [tuple(row) for row in generations], [tuple(row) for row in workouts]
    finally:
        await conn.close()


def service_env(settings: Settings) -> dict[str, str]:
    """The environment that points a real `coach-agent` process at this test's isolation."""
    return settings_env(settings)


async def coach_agent(settings: Settings, *args: str) -> str:
    """Run the real command line to its end; its stderr, or an AssertionError."""
    process = await asyncio.create_subprocess_exec(
        str(COACH_AGENT),
        *args,
        env=service_env(settings),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    return err.decode()
