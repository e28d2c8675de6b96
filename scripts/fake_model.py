"""A fake OpenAI-compatible model for load benchmarks: streams a fixed draft at a fixed rate.

    .venv/bin/python scripts/fake_model.py --port 18080 --weeks 8 --tokens-per-s 40

Every chat completion (streamed or not) answers the built-in planner's draft for the
given weeks, `--tokens-per-chunk` tokens (of `--chars-per-token` characters) per chunk,
paced to `--tokens-per-s`. `--stall-s` holds every answer back first (idle streams).
It is a benchmark tool, not a test fake: tests use tests/fake_openai.py.
"""

import argparse
import asyncio
import json
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agents.planning import PlanParams, make_draft


def chunk(model: str, delta: dict[str, object], finish: str | None = None) -> str:
    payload = {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(payload)}\n\n"


def create_app(args: argparse.Namespace) -> Starlette:
    text = make_draft(PlanParams(weeks=args.weeks, level="intermediate"))
    piece = args.tokens_per_chunk * args.chars_per_token
    pause = args.tokens_per_chunk / args.tokens_per_s
    tokens = max(1, len(text) // args.chars_per_token)
    usage = {"prompt_tokens": 1500, "completion_tokens": tokens, "total_tokens": 1500 + tokens}

    async def stream(model: str) -> AsyncIterator[str]:
        yield chunk(model, {"role": "assistant", "content": ""})
        # Chunk i is due at begin + i * pause: a busy loop delays a chunk, never the rest
        # (sleeping `pause` after each send would add every delay up, and charge this
        # fake's own lag to the stack under test).
        loop = asyncio.get_running_loop()
        begin = loop.time()
        for index, start in enumerate(range(0, len(text), piece), start=1):
            await asyncio.sleep(max(0.0, begin + index * pause - loop.time()))
            yield chunk(model, {"content": text[start : start + piece]})
        yield chunk(model, {}, "stop")
        yield f"data: {json.dumps({'choices': [], 'usage': usage, 'model': model})}\n\n"
        yield "data: [DONE]\n\n"

    async def completions(request: Request) -> Response:
        body = await request.json()
        if args.stall_s:
            await asyncio.sleep(args.stall_s)
        if body.get("stream"):
            return StreamingResponse(
                stream(body.get("model", "fake")), media_type="text/event-stream"
            )
        await asyncio.sleep(tokens / args.tokens_per_s)
        message = {"role": "assistant", "content": text}
        return JSONResponse(
            {
                "id": "chatcmpl-bench",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "fake"),
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                "usage": usage,
            }
        )

    return Starlette(routes=[Route("/v1/chat/completions", completions, methods=["POST"])])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--tokens-per-s", type=float, default=40.0)
    parser.add_argument("--tokens-per-chunk", type=int, default=8)
    parser.add_argument("--chars-per-token", type=int, default=4)
    parser.add_argument("--stall-s", type=float, default=0.0)
    args = parser.parse_args()
    uvicorn.run(
        create_app(args), host="127.0.0.1", port=args.port, log_level="warning", backlog=4096
    )


if __name__ == "__main__":
    main()
