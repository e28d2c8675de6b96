"""Benchmark of the planning core: a 52-week advanced plan drafted, read, structured, validated,
and a pathological 100,000-character draft read beside the normal one; with `--against REV`,
the same measured for another commit side by side, in the same run.

Run: .venv/bin/python scripts/bench_planning.py [--repeat N] [--against REV] [--rounds R]

With --against, each side runs in its own process (this script, with that tree first on
sys.path: REV is checked out in a temporary `git worktree`), the two taking turns for R
rounds, so a change in the machine's load falls on both; the figures are the medians.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
T = TypeVar("T")
DRAFT_LIMIT = 100_000  # the longest draft the api and the offline command accept
STEPS = ("draft", "read", "structure", "validate", "total", "odd draft")
PROMPT = (
    "Marathon race at the end, goal 2:59:00. I ran a 10K in 38:30. "
    "Two quality sessions a week, long run on Sunday, strides, hills."
)


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


def measure(repeat: int) -> dict[str, Any]:
    """The medians of each step, with the planner of whichever tree is first on sys.path."""
    import agents.planning as planning

    # read_plan is parse_draft's newer name; an older tree has only the old one.
    read_plan = getattr(planning, "read_plan", None) or planning.parse_draft
    params = planning.PlanParams(
        weeks=52,
        level="advanced",
        additional_prompt=PROMPT,
        training_principle="Daniels 2Q, cutback every 4th week.",
        start_date=datetime.date(2025, 5, 8),
    )
    draft_ms, draft = timed(lambda: planning.render_draft(planning.build_plan(params)), repeat)
    read_ms, plan = timed(lambda: read_plan(draft), repeat)
    structure_ms, result = timed(lambda: planning.structure_plan(plan, params), repeat)
    validate_ms, violations = timed(lambda: planning.validate_plan(result, params), repeat)
    odd = pathological_draft(draft)
    odd_ms, reading = timed(lambda: planning.read_draft(odd), max(1, repeat // 4))
    errors = sum(v.severity == "error" for v in violations)
    return {
        "ms": {
            "draft": draft_ms,
            "read": read_ms,
            "structure": structure_ms,
            "validate": validate_ms,
            "total": draft_ms + read_ms + structure_ms + validate_ms,
            "odd draft": odd_ms,
        },
        "facts": (
            f"{len(draft)} characters of draft, {len(result.content)} workouts, {errors} errors, "
            f"{len(violations) - errors} warnings; the odd draft: {len(odd)} characters, "
            f"{odd.count(chr(10))} lines, {len(reading.notes)} notes"
        ),
    }


def measured_in(tree: Path, repeat: int) -> dict[str, Any]:
    """`measure` in a process of its own, with `tree` first on sys.path."""
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", "--tree", str(tree)]
    command += ["--repeat", str(repeat)]
    done = subprocess.run(command, cwd=tree, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@contextlib.contextmanager
def checked_out(rev: str) -> Iterator[tuple[Path, str]]:
    """A temporary worktree of `rev` (and its short hash), removed afterwards."""
    short = subprocess.run(
        ["git", "rev-parse", "--short", rev], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="bench-planning-") as parent:
        tree = Path(parent) / short
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "--detach", str(tree), rev], check=True, capture_output=True)
        try:
            yield tree, short
        finally:
            subprocess.run([*git, "remove", "--force", str(tree)], check=False)


def side_by_side(rev: str, repeat: int, rounds: int) -> None:
    """This tree and `rev`, taking turns, their medians printed in two columns."""
    with checked_out(rev) as (tree, short):
        runs: dict[str, list[dict[str, Any]]] = {"this tree": [], short: []}
        for _ in range(rounds):
            runs["this tree"].append(measured_in(ROOT, repeat))
            runs[short].append(measured_in(tree, repeat))
    medians = {
        side: {step: statistics.median(r["ms"][step] for r in results) for step in STEPS}
        for side, results in runs.items()
    }
    print(
        f"52-week advanced plan, median CPU ms ({repeat} runs a round, {rounds} rounds taking "
        f"turns; the odd draft {max(1, repeat // 4)} runs a round):"
    )
    print(f"  {'':<10} {'this tree':>10} {short:>10} {'change':>8}")
    for step in STEPS:
        mine, theirs = medians["this tree"][step], medians[short][step]
        print(f"  {step:<10} {mine:10.1f} {theirs:10.1f} {mine / theirs - 1:+8.0%}")
    print(f"  this tree: {runs['this tree'][-1]['facts']}")
    print(f"  {short}: {runs[short][-1]['facts']}")


def alone(repeat: int) -> None:
    figures = measure(repeat)
    print(f"52-week advanced plan, median CPU time of {repeat} runs:")
    for step in STEPS:
        print(f"  {step:<10} {figures['ms'][step]:8.1f} ms")
    print(f"  {figures['facts']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--against", metavar="REV", help="a commit to time side by side")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(args.tree))
        print(json.dumps(measure(args.repeat)))
    elif args.against:
        side_by_side(args.against, args.repeat, args.rounds)
    else:
        alone(args.repeat)


if __name__ == "__main__":
    main()
