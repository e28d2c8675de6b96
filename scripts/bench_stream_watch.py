"""What watching a stream's token costs per SSE message, beside the stream's other layer.

    .venv/bin/python scripts/bench_stream_watch.py

Feeds 50,000 messages through: nothing (the baseline), `bounded` (the idle and total
bounds every stream has) and `while_token_valid` (the token recheck, api/token_watch.py),
three rounds each, and prints microseconds per message side by side.
"""

import asyncio
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import uvloop

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.following import bounded
from api.stream_view import Message
from api.token_watch import while_token_valid

MESSAGES = 50_000


async def source() -> AsyncIterator[Message]:
    for number in range(MESSAGES):
        yield Message("workout", number, {})
        if number % 10 == 0:
            await asyncio.sleep(0)  # a reader that sometimes waits for the broker


async def valid() -> bool:
    return True


async def per_message_us(layer: str) -> float:
    messages = source()
    if layer == "bounded":
        messages = bounded(messages, "r", 600, 3600)
    elif layer == "token watch":
        messages = while_token_valid(messages, valid, 60.0, "r")
    started = time.perf_counter()
    async for _ in messages:
        pass
    return (time.perf_counter() - started) / MESSAGES * 1e6


async def main() -> None:
    layers = ("nothing", "bounded", "token watch")
    print(" | ".join(f"{layer:>12}" for layer in layers), "  (us per message)")
    for _ in range(3):
        figures = [await per_message_us(layer) for layer in layers]
        print(" | ".join(f"{figure:12.1f}" for figure in figures))


if __name__ == "__main__":
    uvloop.run(main())
