"""The long-running services freeze start-up's objects and widen the young generation
(`api/cli.py:_settle_heap`), so a burst's growing heap does not run a full collection,
a pause of the whole event loop, at every quarter of its growth."""

import subprocess
import sys

SCRIPT = """
import gc
from api.cli import YOUNG_GENERATION, _settle_heap

before = gc.get_threshold()
young = []
gc.callbacks.append(lambda phase, info: phase == "stop" and young.append(info["generation"]))
_settle_heap()
frozen = gc.get_freeze_count()
young.clear()
# A heap that grows by 300,000 container objects, as a burst's streams do.
kept = [[n] for n in range(300_000)]
print(before[0], gc.get_threshold()[0], YOUNG_GENERATION, frozen, young.count(2), len(kept))
"""


def test_start_up_is_frozen_and_a_growing_heap_runs_no_full_collection() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    default, young, constant, frozen, full, kept = map(int, out)
    assert default == 700  # CPython's own, before
    assert young == constant == 10_000
    assert frozen > 20_000  # the modules and classes imported by then
    assert full == 0
    assert kept == 300_000


def test_with_the_defaults_the_same_growth_runs_full_collections() -> None:
    """The comparison the change rests on: the same growth, without settling."""
    script = SCRIPT.replace("_settle_heap()", "pass")
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert int(out[4]) >= 1
