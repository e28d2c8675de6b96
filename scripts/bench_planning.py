"""Benchmark of the planning core: a 52-week advanced plan drafted, parsed, structured, validated.

Run: .venv/bin/python scripts/bench_planning.py [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import time
from collections.abc import Callable
from typing import TypeVar

from agents.planning import (
    PlanParams,
    build_plan,
    parse_draft,
    render_draft,
    structure_plan,
    validate_plan,
)

PARAMS = PlanParams(
    weeks=52,
    level="advanced",
    additional_prompt="Marathon race at the end, goal 2:59:00. I ran a 10K in 38:30. "
    "Two quality sessions a week, long run on Sunday, strides, hills.",
    training_principle="Daniels 2Q, cutback every 4th week.",
    start_date=datetime.date(2025, 5, 8),
)


T = TypeVar("T")


def timed(step: Callable[[], T], repeat: int) -> tuple[float, T]:
    """Median milliseconds of a step over repeat runs, and its last result."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        result = step()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    repeat = parser.parse_args().repeat
    draft_ms, draft = timed(lambda: render_draft(build_plan(PARAMS)), repeat)
    parse_ms, plan = timed(lambda: parse_draft(draft), repeat)
    structure_ms, result = timed(lambda: structure_plan(plan, PARAMS), repeat)
    validate_ms, violations = timed(lambda: validate_plan(result, PARAMS), repeat)
    total = draft_ms + parse_ms + structure_ms + validate_ms
    print(f"52-week advanced plan, median of {repeat} runs on one core:")
    for name, ms in (
        ("draft", draft_ms),
        ("parse", parse_ms),
        ("structure", structure_ms),
        ("validate", validate_ms),
        ("total", total),
    ):
        print(f"  {name:<10} {ms:8.1f} ms")
    errors = sum(v.severity == "error" for v in violations)
    print(
        f"  {len(draft)} characters of draft, {len(result.content)} workouts, "
        f"{errors} errors, {len(violations) - errors} warnings"
    )


if __name__ == "__main__":
    main()
