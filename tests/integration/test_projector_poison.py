"""Poison on the real log: the projector records it as a dead letter and keeps going."""

import json
import logging

import asyncpg
import pytest

from projections.database import create_pool
from projections.dead_letters import dead_letter_count
from schemas.events import EventBase, encode_event
from schemas.settings import Settings
from tests.harness import connect, eventually, projector
from tests.integration.projector_log import (
    caught_up,
    drafted,
    generation,
    publish_raw,
    requested,
    started,
)

pytestmark = pytest.mark.integration

NUL_PROMPT = "sub-3 marathon\x00please"


def raw(events: list[EventBase]) -> list[tuple[bytes | None, bytes | None]]:
    return [(event.request_id.encode(), encode_event(event)) for event in events]


def mystery(request_id: str) -> bytes:
    """An event type no version of this code knows."""
    return json.dumps(
        {"type": "Mystery", "request_id": request_id, "attempt": 1, "seq": 5, "org_id": "club"}
    ).encode()


# Every record goes to partition 0, so poison sits between good events of one batch.
POISONED_LOG: list[tuple[bytes | None, bytes | None]] = [
    *raw(generation("ok-before")),
    # A NUL in a text field of an otherwise valid PlanRequested (jsonb refuses \u0000).
    *raw([requested("nul", additional_prompt=NUL_PROMPT), started("nul", 1), drafted("nul", 1)]),
    (b"junk", b'{"type": "PlanRequested", "request_id": '),  # invalid JSON
    *raw([requested("known"), started("known", 1)]),
    (b"known", mystery("known")),
    *raw([drafted("known", 1)]),
    # Valid events whose apply fails: a draft with NUL (text refuses it).
    *raw([requested("bad-draft"), started("bad-draft", 1), drafted("bad-draft", 1, "a\x00b")]),
    *raw([requested("retried"), started("retried", 1), drafted("retried", 1, "x\x00")]),
    *raw([started("retried", 2), drafted("retried", 2)]),
    *raw(generation("ok-after")),
]
POISON_OFFSETS = [3, 6, 9, 13, 16]


async def rows(settings: Settings) -> dict[str, asyncpg.Record]:
    conn = await connect(settings)
    try:
        found = await conn.fetch("SELECT * FROM generations")
        return {row["request_id"]: row for row in found}
    finally:
        await conn.close()


async def dead_letters(settings: Settings) -> list[asyncpg.Record]:
    conn = await connect(settings)
    try:
        return await conn.fetch("SELECT * FROM dead_letters ORDER BY record_offset")
    finally:
        await conn.close()


async def count(settings: Settings) -> int:
    pool = await create_pool(settings, min_size=1, max_size=1)
    try:
        return await dead_letter_count(pool)
    finally:
        await pool.close()


def dead_letter_logs(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.ERROR and r.getMessage().startswith("dead letter")
    ]


async def test_projector_poison_is_dead_lettered_and_the_rest_applied(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    await publish_raw(settings, POISONED_LOG, partition=0)
    async with projector(settings):
        await caught_up(settings)
        # Still running: a generation written after the poison is projected too.
        await publish_raw(settings, raw(generation("ok-later")), partition=1)
        await caught_up(settings)
        projected = await rows(settings)
    assert projected["ok-later"]["status"] == "succeeded"

    letters = await dead_letters(settings)
    assert [letter["record_offset"] for letter in letters] == POISON_OFFSETS
    assert [bytes(letter["value"]) for letter in letters] == [
        POISONED_LOG[offset][1] for offset in POISON_OFFSETS
    ]
    assert b"\\u0000" in bytes(letters[0]["value"])
    assert [letter["request_id"] for letter in letters] == [
        "nul",
        "junk",
        "known",
        "bad-draft",
        "retried",
    ]
    assert "undecodable" in letters[1]["error"] and "undecodable" in letters[2]["error"]
    assert "cannot apply DraftGenerated" in letters[3]["error"]
    assert await count(settings) == 5
    logged = dead_letter_logs(caplog)
    assert len(logged) == 5
    assert all(f":0:{offset} " in line for line, offset in zip(logged, POISON_OFFSETS, strict=True))

    assert {rid: row["status"] for rid, row in projected.items()} == {
        "ok-before": "succeeded",
        "nul": "failed",
        "known": "failed",
        "bad-draft": "failed",
        "retried": "succeeded",
        "ok-after": "succeeded",
        "ok-later": "succeeded",
    }
    for failed in ("nul", "known", "bad-draft"):
        assert "could not be recorded" in projected[failed]["error"]
        assert projected[failed]["error_code"] == "internal_error"
    # The request itself is stored without its NUL; later attempts do not revive it.
    stored_request = json.loads(projected["nul"]["request"])
    assert stored_request["additional_prompt"] == NUL_PROMPT.replace("\x00", "\ufffd")
    assert projected["nul"]["draft"] is None
    assert projected["retried"]["attempt"] == 2
    assert projected["retried"]["draft"] == "draft of retried"


async def test_projector_restart_neither_reapplies_nor_rerecords_poison(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    await publish_raw(settings, POISONED_LOG, partition=0)
    async with projector(settings):
        await caught_up(settings)
    letters_before = await dead_letters(settings)
    rows_before = await rows(settings)
    caplog.clear()

    await publish_raw(settings, raw(generation("ok-next")), partition=0)
    async with projector(settings):
        await caught_up(settings)

        async def next_projected() -> bool:
            return "ok-next" in await rows(settings)

        await eventually(next_projected, 30, "the next generation")
    assert dead_letter_logs(caplog) == []
    assert await dead_letters(settings) == letters_before
    after = await rows(settings)
    assert {rid: after[rid] for rid in rows_before} == rows_before
    assert after["ok-next"]["status"] == "succeeded"


async def test_projector_apply_failure_leaves_the_rest_of_its_batch(settings: Settings) -> None:
    log = [
        *raw(generation("ok-a")),
        *raw([requested("bad"), started("bad", 1), drafted("bad", 1, "\x00")]),
        *raw(generation("ok-b")),
    ]
    await publish_raw(settings, log, partition=0)
    async with projector(settings):
        await caught_up(settings)
    assert [letter["record_offset"] for letter in await dead_letters(settings)] == [5]
    statuses = {rid: row["status"] for rid, row in (await rows(settings)).items()}
    assert statuses == {"ok-a": "succeeded", "bad": "failed", "ok-b": "succeeded"}
