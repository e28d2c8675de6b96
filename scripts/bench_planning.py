"""Benchmark of the planning core: a 52-week advanced plan drafted, parsed, structured, validated,
and a pathological 100,000-character draft read beside the normal one.

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
    read_draft,
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
DRAFT_LIMIT = 100_000  # the longest draft the api and the offline command accept


def pathological_draft(normal: str) -> str:
    """The normal draft with week 1 swollen to 100,000 characters in all of what breaks naive
    regexes: a long digit run, a run of separators, one huge line, and thousands of short
    lines full of numbers and separators."""
    head, week_two, rest = normal.partition("\nWeek 2 ")
    junk = [
        "Tue: easy " + "1" * 8_000,
        "Wed: " + "- — | , " * 1_000,
        "Thu: " + "easy 5 x 1 km @ 10k pace, " * 400,
    ]
    swollen = head + "\n" + "\n".join(junk) + "\n"
    room = DRAFT_LIMIT - len(swollen) - len(week_two) - len(rest)
    short = "".join(f"Fri: {n % 90} x 1:1:1 - 8,8 — {n}'\n" for n in range(room // 20))
    return (swollen + short)[: DRAFT_LIMIT - len(week_two) - len(rest)] + week_two + rest


def timed(step: Callable[[], T], repeat: int) -> tuple[float, T]:
    """Median CPU milliseconds of a step over repeat runs, and its last result (CPU time, as
    the machine may be shared)."""
    times = []
    for _ in range(repeat):
        began = time.process_time()
        result = step()
        times.append((time.process_time() - began) * 1000)
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
    odd = pathological_draft(draft)
    odd_ms, reading = timed(lambda: read_draft(odd), max(1, repeat // 4))
    print(f"52-week advanced plan, median CPU time of {repeat} runs:")
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
    print("Reading a pathological draft (long digit runs, separators, a huge line, many lines):")
    print(f"  normal   {parse_ms:8.1f} ms  ({len(draft)} characters)")
    print(
        f"  odd      {odd_ms:8.1f} ms  ({len(odd)} characters, {odd.count(chr(10))} lines, "
        f"{len(reading.notes)} notes)"
    )


if __name__ == "__main__":
    main()
