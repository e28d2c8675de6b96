"""A local HTTP proxy between a candidate's provider and its model server.

Every model call of an evaluation goes through it, under a path that names its job (a
case, a candidate, a repeat), so the proxy can:
- answer from the response cache, keyed by the exact request (and the repeat: a repeat
  is a new sample, not a cache hit), and fill it;
- count each job's tokens and calls, and the run's, for the report and the budget;
- refuse calls once the token budget is spent, or any call not in the cache under
  `--rescore-only`, saying why, so the runner reports those jobs as skipped, not failed;
- tell an unreachable server from a bad answer.
Providers need no change: they only see a base URL.
"""

import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from schemas.events import TokenUsage

REFUSED = 403  # neither the SDK nor the stream client retries it


@dataclass
class JobCalls:
    """What one job's model calls cost, and why the proxy stopped one, if it did."""

    upstream: str
    repeat: int
    usage: TokenUsage = field(default_factory=TokenUsage)
    cached: int = 0
    refused: str | None = None  # "budget", "not cached", "unreachable"


@dataclass
class Budget:
    max_tokens: int | None = None
    spent: int = 0

    @property
    def exhausted(self) -> bool:
        return self.max_tokens is not None and self.spent >= self.max_tokens


class ResponseCache:
    """Answers on disk, one file per request key (written whole, then renamed)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            entry: dict[str, Any] = json.loads((self.folder / f"{key}.json").read_text())
            return entry
        except (OSError, ValueError):
            return None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        final = self.folder / f"{key}.json"
        partial = self.folder / f".{key}.{os.getpid()}.{secrets.token_hex(4)}"
        partial.write_text(json.dumps(entry))
        partial.replace(final)


def request_key(url: str, repeat: int, body: bytes) -> str:
    try:
        canonical: Any = json.loads(body)
    except ValueError:
        canonical = body.decode(errors="replace")
    text = json.dumps({"url": url, "repeat": repeat, "body": canonical}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def usage_in(body: bytes) -> TokenUsage:
    """The usage a server reported, in a JSON answer or in a stream's chunks; one call."""
    text = body.decode(errors="replace")
    candidates: list[Any] = []
    try:
        candidates.append(json.loads(text).get("usage"))
    except (ValueError, AttributeError):
        for line in text.splitlines():
            if line.startswith("data:") and "usage" in line:
                try:
                    candidates.append(json.loads(line[5:]).get("usage"))
                except (ValueError, AttributeError):
                    continue
    reported = next((u for u in reversed(candidates) if isinstance(u, dict)), {})
    return TokenUsage(
        prompt_tokens=int(reported.get("prompt_tokens") or 0),
        completion_tokens=int(reported.get("completion_tokens") or 0),
        calls=1,
    )


class ModelProxy:
    def __init__(
        self,
        cache: ResponseCache | None,
        budget: Budget,
        rescore_only: bool = False,
        timeout_s: float = 120.0,
    ) -> None:
        self.cache = cache
        self.budget = budget
        self.rescore_only = rescore_only
        self.timeout_s = timeout_s
        self.jobs: dict[str, JobCalls] = {}
        self.upstream_calls = 0
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.port = 0

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/j/{job}/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout_s))

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def job_url(self, upstream: str, repeat: int) -> tuple[str, JobCalls]:
        """A base URL for one job's provider, and the record of that job's calls."""
        job = secrets.token_hex(8)
        self.jobs[job] = JobCalls(upstream.rstrip("/"), repeat)
        return f"http://127.0.0.1:{self.port}/j/{job}", self.jobs[job]

    async def _handle(self, request: web.Request) -> web.Response:
        job = self.jobs.get(request.match_info["job"])
        if job is None:
            return _error(404, "unknown evaluation job")
        body = await request.read()
        url = f"{job.upstream}/{request.match_info['tail']}"
        key = request_key(url, job.repeat, body)
        cached = self.cache.get(key) if self.cache is not None else None
        if cached is not None:
            job.cached += 1
            self._spend(job, TokenUsage.model_validate(cached["usage"]), paid=False)
            return _answer(cached["status"], cached["content_type"], cached["body"].encode())
        if self.rescore_only:
            job.refused = "not cached"
            return _error(REFUSED, "not in the response cache (--rescore-only makes no call)")
        if self.budget.exhausted:
            job.refused = "budget"
            return _error(REFUSED, "the evaluation's token budget is spent")
        return await self._forward(job, url, key, request, body)

    async def _forward(
        self, job: JobCalls, url: str, key: str, request: web.Request, body: bytes
    ) -> web.Response:
        assert self._session is not None
        headers = {
            name: value
            for name, value in request.headers.items()
            if name.lower() in ("authorization", "content-type", "accept")
        }
        self.upstream_calls += 1
        try:
            # Not to a redirect's target: the key would go with the request.
            async with self._session.post(
                url, data=body, headers=headers, allow_redirects=False
            ) as response:
                answer = await response.read()
                status = response.status
                content_type = response.headers.get("Content-Type", "application/json")
        except (aiohttp.ClientConnectionError, TimeoutError) as exc:
            job.refused = "unreachable"
            return _error(502, f"the model server could not be reached: {type(exc).__name__}")
        usage = usage_in(answer) if status == 200 else TokenUsage(calls=1)
        self._spend(job, usage, paid=True)
        if status == 200 and self.cache is not None:
            entry = {
                "status": status,
                "content_type": content_type,
                "body": answer.decode(errors="replace"),
                "usage": usage.model_dump(),
                "at": time.time(),
            }
            self.cache.put(key, entry)
        return _answer(status, content_type, answer)

    def _spend(self, job: JobCalls, usage: TokenUsage, paid: bool) -> None:
        """The job's answers cost `usage` (as reported); only a live call spends the budget."""
        job.usage = job.usage + usage
        if paid:
            self.budget.spent += usage.prompt_tokens + usage.completion_tokens


def _answer(status: int, content_type: str, body: bytes) -> web.Response:
    response = web.Response(status=status, body=body)
    response.headers["Content-Type"] = content_type
    return response


def _error(status: int, message: str) -> web.Response:
    error = {"error": {"message": message, "type": "evaluation_proxy", "code": None}}
    return web.json_response(error, status=status)
