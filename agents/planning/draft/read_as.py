"""How the tolerant reader took a line, written back in the canonical format."""

from __future__ import annotations

from agents.planning.core.paces import Paces
from agents.planning.core.plan import WEEKDAY_NAMES, Day, Race
from agents.planning.draft.render import render_day


def read_as_text(
    days: tuple[Day, ...], rested: tuple[int, ...], paces: Paces, race: Race | None
) -> str:
    """The days a line gave as canonical lines ('Tue, Thu: easy run ... — 45 min (≈ 8.1 km)'),
    one per distinct session, weekdays with the same session together; rest days last."""
    sessions: dict[str, list[int]] = {}
    for day in days:
        sessions.setdefault(render_day(day, paces, race), []).append(day.weekday)
    if rested:
        sessions.setdefault("rest", []).extend(rested)
    return "; ".join(f"{_weekdays(weekdays)}: {text}" for text, weekdays in sessions.items())


def _weekdays(weekdays: list[int]) -> str:
    return ", ".join(WEEKDAY_NAMES[day - 1] for day in dict.fromkeys(weekdays))
