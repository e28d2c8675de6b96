"""A second event loop, in a thread of its own, where the worker's generations run.

The Faust loop takes commands, holds them fairly and acknowledges them; everything a
generation does (Postgres, the producer, the planner's processes, a model's stream) runs
here. A burst's hundred generations then cost this loop turns, not the intake's: the
Faust thread, idle until Kafka delivers, wins the GIL within the interpreter's switch
interval (5 ms) whenever it has work.

Called from the Faust loop's thread only: `run` (wait for a coroutine's result there),
`spawn` (start one, waiting for nothing) and `stop`.
"""

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class GenerationLoop:
    def __init__(self, name: str = "generations") -> None:
        # Made now, run once started: a command delivered before the worker's resources
        # waits in this loop's queue, as it would wait for them on one loop.
        self._loop = asyncio.new_event_loop()  # the policy's: uvloop under the worker
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._stopped: asyncio.Future[None] = self._loop.create_future()
        # The coroutines run or spawned here; touched on this loop only.
        self._tasks: set[asyncio.Task[Any]] = set()
        self._stopping = False

    def start(self) -> None:
        self._thread.start()

    def _serve(self) -> None:
        # asyncio.Runner ends the loop as asyncio.run does: what is left cancelled and
        # awaited, async generators and the default executor shut down, then closed.
        with asyncio.Runner(loop_factory=lambda: self._loop) as runner:
            runner.run(self._until_stopped())

    async def _until_stopped(self) -> None:
        await self._stopped

    async def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run `coroutine` on the generation loop and wait here for its result.

        Cancelling this wait cancels the coroutine there and waits until it has ended, so
        whoever awaits this (a command's task, freeing its slot) never outlives it.
        Raises CancelledError once the loop is stopping: the command stays unacknowledged.
        """
        caller = asyncio.get_running_loop()
        ended = asyncio.Event()

        def tell_ended() -> None:
            with contextlib.suppress(RuntimeError):  # the caller's loop closed: none waits
                caller.call_soon_threadsafe(ended.set)

        future = self._submit(coroutine, tell_ended)
        try:
            return await asyncio.wrap_future(future)
        except asyncio.CancelledError:
            await ended.wait()
            raise

    def spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        """Start `coroutine` there, waiting for nothing; dropped once the loop is stopping."""
        with contextlib.suppress(asyncio.CancelledError):
            self._submit(coroutine, None)

    def _submit(
        self, coroutine: Coroutine[Any, Any, T], ended: Callable[[], None] | None
    ) -> concurrent.futures.Future[T]:
        if self._stopping:
            coroutine.close()
            raise asyncio.CancelledError("the generation loop is stopping")
        return asyncio.run_coroutine_threadsafe(self._tracked(coroutine, ended), self._loop)

    async def _tracked(
        self, coroutine: Coroutine[Any, Any, T], ended: Callable[[], None] | None
    ) -> T:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            return await coroutine
        finally:
            self._tasks.discard(task)
            if ended is not None:
                ended()

    async def stop(self, closing: Callable[[], Awaitable[None]]) -> None:
        """Cancel what still runs there and wait for it to end, then run `closing` there
        (the pool and the producer close after the generations using them), end the loop
        and join its thread."""
        if self._stopping:
            return
        self._stopping = True
        if self._thread.ident is None:  # never started: what it holds is cancelled as usual
            self._thread.start()
        try:
            await asyncio.wrap_future(
                asyncio.run_coroutine_threadsafe(self._close(closing), self._loop)
            )
        finally:
            self._loop.call_soon_threadsafe(self._end)
            await asyncio.to_thread(self._thread.join)

    async def _close(self, closing: Callable[[], Awaitable[None]]) -> None:
        running = list(self._tasks)
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        await closing()

    def _end(self) -> None:
        if not self._stopped.done():
            self._stopped.set_result(None)
