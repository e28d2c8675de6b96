"""Where a rule of the plan wins over an instruction: the overrides the weeks reported,
merged into the promises by why, and the header's line for each."""

from __future__ import annotations

from agents.planning.core.promises import Promise, PromiseKind, week_span
from agents.planning.instructions.asked import shorten


def override_lines(promises: tuple[Promise, ...]) -> list[str]:
    """The header's line for each override: which instruction gives way, where and why."""
    lines = []
    for promise in promises:
        for override in promise.overrides:
            lines.append(
                f'Note: "{shorten(promise.quote)}" gives way in {week_span(override.weeks)}: '
                f"{override.why}"
            )
    return lines


def with_overrides(
    promises: tuple[Promise, ...], found: list[tuple[PromiseKind, int, str]]
) -> tuple[Promise, ...]:
    """The promises with the overrides the weeks reported (kind, week, why), merged by why."""
    merged = []
    for promise in promises:
        whys: dict[str, list[int]] = {}
        for kind, week, why in found:
            # A missed session day is its own kind's ('the tempo on Thu: ...').
            mine = promise.kind != "session-day" or why.startswith(f"the {promise.kinds[0]} on ")
            if kind == promise.kind and mine and promise.applies(week, 52):
                whys.setdefault(why, []).append(week)
        for why, weeks in whys.items():
            promise = promise.overridden(promise.kind, tuple(weeks), why)
        merged.append(promise)
    return tuple(merged)
