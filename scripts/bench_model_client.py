"""CPU of the openai client reading streamed answers: its default transport vs aiohttp.

Starts scripts/fake_model.py on 127.0.0.1 and, in one run, has the same number of
concurrent streamed completions read through each transport, alternately, printing
the client process's CPU seconds for each. A benchmark, not a test.

    .venv/bin/python scripts/bench_model_client.py [--streams 300] [--rounds 2]
"""

import argparse
import asyncio
import json
import resource
import sys
from pathlib import Path

import openai
from openai import AsyncOpenAI

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.bench_load import fake_model
from tests.stack import free_port


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def read_one(client: AsyncOpenAI) -> int:
    chunks = 0
    async with client.chat.completions.with_streaming_response.create(
        model="bench", messages=[{"role": "user", "content": "a plan"}], stream=True
    ) as response:
        async for line in response.iter_lines():
            data = line[5:].strip() if line.startswith("data:") else ""
            if data and data != "[DONE]":
                json.loads(data)
                chunks += 1
    return chunks


async def measure(base_url: str, transport: str, streams: int) -> tuple[int, float]:
    extra = (
        {"http_client": openai.DefaultAioHttpClient(timeout=600)} if transport == "aiohttp" else {}
    )
    client = AsyncOpenAI(base_url=base_url, api_key="bench", max_retries=0, timeout=600, **extra)
    try:
        await read_one(client)  # connections and imports warmed up
        before = cpu_seconds()
        chunks = sum(await asyncio.gather(*(read_one(client) for _ in range(streams))))
        return chunks, cpu_seconds() - before
    finally:
        await client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    rate = ["--weeks", "12", "--tokens-per-s", "200"]
    with fake_model(free_port(), *rate) as base_url:
        for _ in range(args.rounds):
            for transport in ("default", "aiohttp"):
                chunks, seconds = asyncio.run(measure(base_url, transport, args.streams))
                per_chunk = 1e6 * seconds / chunks
                print(
                    f"{transport:8} {chunks} chunks, {seconds:.2f} s CPU, {per_chunk:.0f} us/chunk"
                )


if __name__ == "__main__":
    main()
