"""The cross-training the coach asked for, in every week: on the days named ("bike on
Wednesdays"), or a count a week on days without a run ("strength training twice a week"),
else after an easy run. A week with no room keeps its runs and its rest, and the notes say so."""

from __future__ import annotations

from agents.planning.build.context import WeekContext
from agents.planning.build.walk_weeks import cross_day
from agents.planning.core.plan import Day

CROSS_MIN = {"strength": 30, "yoga": 45, "swim": 40}  # else 45 minutes, easy
CROSS_DEFAULT_MIN = 45
# Free days when the other days are taken: midweek first, away from the weekend's long run.
FREE_ORDER = (3, 5, 2, 4, 1, 6, 7)


def with_cross(week: WeekContext, days: list[Day]) -> tuple[list[Day], list[str]]:
    """The week's days with its cross-training added, and what did not fit (for the notes)."""
    asked, setup = week.setup.asked, week.setup
    first = setup.start_weekday if week.frame.number == 1 else 1
    used = {d.weekday for d in days}
    # Beginners keep two days with nothing at all; a day named for a sport needs no spare day.
    rest_needed = 2 if setup.level == "beginner" else 0
    added: list[Day] = []
    missed: list[str] = []
    doubled: set[int] = set()
    for weekday, activity in sorted(asked.cross_days.items()):
        if weekday < first:
            continue
        if weekday in used or 7 - len(used) - 1 < rest_needed:
            missed.append(f"{activity} on day {weekday}")
            continue
        used.add(weekday)
        added.append(_session(weekday, activity))
    rest_needed = max(rest_needed, 1)  # a session on a free day leaves a day of rest
    for activity in asked.cross_sessions:
        free = [d for d in FREE_ORDER if d not in used and d >= first and d != setup.long_day - 1]
        if free and 7 - len(used) - 1 >= rest_needed:
            used.add(free[0])
            added.append(_session(free[0], activity))
            continue
        # No day to spare: after an easy run, as a second session of that day.
        easy = [d.weekday for d in days if d.kind in ("easy", "recovery")]
        easy = [d for d in FREE_ORDER if d in easy and d not in doubled]
        if easy:
            doubled.add(easy[0])
            added.append(_session(easy[0], activity))
        else:
            missed.append(activity)
    return [*days, *added], missed


def _session(weekday: int, activity: str) -> Day:
    return cross_day(weekday, activity, CROSS_MIN.get(activity, CROSS_DEFAULT_MIN))


def cross_note(missed: dict[int, list[str]]) -> str | None:
    """One line for the weeks whose cross-training found no day."""
    missed = {week: what for week, what in missed.items() if what}
    if not missed:
        return None
    weeks = ", ".join(str(w) for w in sorted(missed))
    what = sorted({m for ms in missed.values() for m in ms})
    return (
        f"Note: cross-training not placed in week(s) {weeks} ({'; '.join(what)}): no free day "
        "or easy run was left, and the week keeps its runs and its rest"
    )
