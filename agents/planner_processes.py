"""The planner's processes: spawned, and at a lower CPU priority than the worker itself.

The built-in planner is CPU-bound work that can wait a little; the api, the broker and
the worker's intake answer people. During a club's burst all of them want both cores at
once: with the planner niced, the latency-bound processes are served first and the
planner takes what is left (all of it when they are idle: the kernel's scheduler wastes
no core on a niceness).
"""

import concurrent.futures
import logging
import multiprocessing
import os

log = logging.getLogger(__name__)


def planner_executor(processes: int, niceness: int) -> concurrent.futures.ProcessPoolExecutor:
    """`processes` spawned planner processes, each `niceness` steps below this one."""
    # Spawned, not forked: a fork would copy the worker's sockets and event loop.
    return concurrent.futures.ProcessPoolExecutor(
        max_workers=max(1, processes),
        mp_context=multiprocessing.get_context("spawn"),
        initializer=lower_priority,
        initargs=(niceness,),
    )


def lower_priority(niceness: int) -> None:
    """Run in each planner process as it starts."""
    if niceness <= 0:
        return
    try:
        os.nice(niceness)
    except OSError as exc:  # a platform without it: the planner runs at the worker's priority
        log.warning("could not lower the planner's CPU priority: %r", exc)
