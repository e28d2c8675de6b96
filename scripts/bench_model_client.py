"""CPU of reading streamed answers: the openai client's default transport, its aiohttp
transport, and the plain aiohttp POST the worker's drafts use (agents/providers/model_stream.py).

Starts scripts/fake_model.py on 127.0.0.1 and, in one run, has the same number of
concurrent streamed completions read each way, alternately, printing the client
process's CPU seconds for each, per chunk and per request. A benchmark, not a test.

    .venv/bin/python scripts/bench_model_client.py [--streams 300] [--rounds 2]
"""

import argparse
import asyncio
import functools
import json
import resource
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import openai
from openai import AsyncOpenAI

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agents.providers.model_stream import ModelStreams
from scripts.bench_load import fake_model
from tests.stack import free_port


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


MESSAGES = [{"role": "user", "content": "a plan"}]


def counted(line: str) -> int:
    data = line[5:].strip() if line.startswith("data:") else ""
    if data and data != "[DONE]":
        json.loads(data)
        return 1
    return 0


async def read_one(client: AsyncOpenAI) -> int:
    chunks = 0
    async with client.chat.completions.with_streaming_response.create(
        model="bench",
        messages=MESSAGES,  # type: ignore[arg-type]
        stream=True,
    ) as response:
        async for line in response.iter_lines():
            chunks += counted(line)
    return chunks


async def read_direct(streams: ModelStreams) -> int:
    chunks = 0
    async for line in streams.lines({"model": "bench", "messages": MESSAGES, "stream": True}):
        chunks += counted(line)
    return chunks


async def measure(base_url: str, transport: str, streams: int) -> tuple[int, float]:
    """Chunks read by `streams` concurrent streams, and the CPU seconds that took."""
    read: Callable[[], Awaitable[int]]
    if transport == "direct":
        direct = ModelStreams(base_url, "bench", 600, retries=0)
        read, close = functools.partial(read_direct, direct), direct.close
    else:
        extra = {"http_client": openai.DefaultAioHttpClient(timeout=600)}
        client = AsyncOpenAI(
            base_url=base_url,
            api_key="bench",
            max_retries=0,
            timeout=600,
            **(extra if transport == "aiohttp" else {}),
        )
        read, close = functools.partial(read_one, client), client.close
    try:
        await read()  # connections and imports warmed up
        before = cpu_seconds()
        chunks = sum(await asyncio.gather(*(read() for _ in range(streams))))
        return chunks, cpu_seconds() - before
    finally:
        await close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    rate = ["--weeks", "12", "--tokens-per-s", "200"]
    with fake_model(free_port(), *rate) as base_url:
        for _ in range(args.rounds):
            for transport in ("default", "aiohttp", "direct"):
                chunks, seconds = asyncio.run(measure(base_url, transport, args.streams))
                per_chunk = 1e6 * seconds / chunks
                per_request = 1e3 * seconds / args.streams
                print(
                    f"{transport:8} {chunks} chunks, {seconds:.2f} s CPU, "
                    f"{per_chunk:.0f} us/chunk, {per_request:.1f} ms/request"
                )


if __name__ == "__main__":
    main()
