"""The days a coach named for sessions ("tempo on Thursdays", "parkrun every Saturday"),
reconciled with the rest days, each other and the long run before any week is built.

The coach's day is kept; a coach keeps a day between hard days, so a long run whose day was
not said moves away from a hard session said beside it. A day that cannot be kept (a rest
day, beside another hard day said, beside a long-run day said) is shown back, and the session
goes on a day the plan chooses."""

from __future__ import annotations

from agents.planning.build.said import Said
from agents.planning.build.schedule import adjacent
from agents.planning.instructions.asked import Instructions, day_names, reading
from agents.planning.instructions.read_session_days import day_meaning
from agents.planning.instructions.read_sessions import ALL_WEEKS

HARD_NAMED = ("tempo", "intervals", "hills", "parkrun")
LONG_DAY_ORDER = (7, 6, 5, 4, 3, 2, 1)  # the weekend first, as the plan's own default


def named_days(
    asked: Instructions, level: str, rest_days: set[int], long_day: int, said: Said
) -> tuple[dict[str, int], int, Said]:
    """The kept day of each session named with one, and the long run's day."""
    days: dict[str, int] = {}
    for kind, day in asked.session_days.items():
        quote = asked.quotes.get(f"day_{kind}", kind)
        if kind != "strides" and kind in asked.avoided:
            continue  # 'no tempo' said too: the session itself is not planned
        if day in rest_days:
            said = _drop(said, quote, kind, day, f"{day_names([day])} is a day without running")
            continue
        if kind in (*HARD_NAMED, "strides") and asked.no_speed_weeks >= ALL_WEEKS:
            why = "easy running only is said too, and the safer wish applies"
            said = _drop(said, quote, kind, day, why)
            continue
        near = [k for k, d in days.items() if _clash(k, kind, d, day)]
        if near:
            why = f"{day_names([day])} is beside the {near[0]} said: never two hard days in a row"
            said = _drop(
                said, quote, kind, day, why + "; the session goes on a day the plan chooses"
            )
            continue
        days[kind] = day
    clashes = [k for k, d in days.items() if _beside_long(k, d, long_day, level)]
    if not clashes:
        return days, long_day, said
    # A long run said (its day, or back-to-back on the weekend) stays where it is.
    if asked.long_run_day is None and not asked.back_to_back:
        moved = next((d for d in LONG_DAY_ORDER if _free_for_long(d, days, rest_days, level)), None)
        if moved is not None:
            kind = clashes[0]
            said = said.reading(
                f'Read: "{asked.quotes.get(f"day_{kind}", kind)}" -> the long run moves to '
                f"{day_names([moved])}, a day apart from the {kind} on {day_names([days[kind]])}"
            )
            return days, moved, said
    for kind in clashes:
        why = f"it falls beside the long run on {day_names([long_day])}"
        if asked.back_to_back:
            why = f"it falls beside the back-to-back long runs ending on {day_names([long_day])}"
        if kind == "strides":
            why = f"{day_names([long_day])} is the long run's day"
        quote = asked.quotes.get(f"day_{kind}", kind)
        said = _drop(said, quote, kind, days.pop(kind), why + "; the plan chooses the day")
    return days, long_day, said


def _drop(said: Said, quote: str, kind: str, day: int, why: str) -> Said:
    """The day shown back, its reading taken back (the header never says both)."""
    line = reading(quote, day_meaning(kind, day))
    said = said.unsay(line) if line in said.readings else said
    return said.refuse(quote, why)


def _clash(old: str, new: str, old_day: int, new_day: int) -> bool:
    """Two sessions said on one day, or two hard sessions on days side by side."""
    if old_day == new_day:
        return True
    return old in HARD_NAMED and new in HARD_NAMED and adjacent(old_day, new_day)


def _beside_long(kind: str, day: int, long_day: int, level: str) -> bool:
    """A session on the long run's day, or a hard one beside it (a parkrun the day before a
    long run is the club runner's weekend, kept but for beginners)."""
    if day == long_day:
        return kind != "trail"  # a long run on trails is what was asked
    if kind not in HARD_NAMED or (kind == "parkrun" and level != "beginner"):
        return False
    return adjacent(day, long_day)


def _free_for_long(day: int, days: dict[str, int], rest_days: set[int], level: str) -> bool:
    return day not in rest_days and not any(_beside_long(k, d, day, level) for k, d in days.items())
