"""Choosing the weekdays of runs, quality sessions and the long run."""

from __future__ import annotations

# Offsets from the long-run day, in the order rest is most useful: the day after the long
# run first, then the day before a likely quality day, and so on.
REST_ORDER = (1, -2, 3, -1, 4, 2)
# Offsets from the long-run day in the order quality sessions are best placed.
QUALITY_ORDER = (2, 4, 3, 5, 1, 6)


def shift(day: int, offset: int) -> int:
    return (day - 1 + offset) % 7 + 1


def adjacent(first: int, second: int, gap: int = 1) -> bool:
    """Weekdays at most `gap` days apart; Sunday touches next Monday as weeks follow each other."""
    return 0 < (first - second) % 7 <= gap or 0 < (second - first) % 7 <= gap


def run_days(
    runs: int, rest_days: frozenset[int], anchor: int, keep: tuple[int, ...] = ()
) -> list[int]:
    """The weekdays to run on: the anchor (long run) day, any day to keep, then the
    best-spread others."""
    available = [d for d in range(1, 8) if d not in rest_days or d == anchor]
    extra_rest = len(available) - runs
    for offset in REST_ORDER:
        day = shift(anchor, offset)
        if extra_rest <= 0:
            break
        if day in available and day != anchor and day not in keep:
            available.remove(day)
            extra_rest -= 1
    return sorted(available)


def quality_days(days: list[int], hard: list[int], count: int, gap: int = 1) -> list[int]:
    """Up to count run days for quality, never next to another hard day; with gap 2, two
    days from any other (72 h) where the week allows, else one (48 h)."""
    chosen: list[int] = []
    anchor = hard[0] if hard else 7
    for spacing in range(gap, 0, -1):
        for offset in QUALITY_ORDER:
            day = shift(anchor, offset)
            if len(chosen) >= count:
                break
            near = any(adjacent(day, h, spacing) for h in hard + chosen)
            if day in days and day not in hard + chosen and not near:
                chosen.append(day)
    return sorted(chosen)
