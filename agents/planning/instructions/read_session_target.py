"""A session to build toward: "get me to 3 x 20 min at threshold", "build up to 5 x 1 mile at
10k pace", "work up to a 40 min tempo". A goal, not this week's session: the plan's sessions of
that kind take its shape and grow toward it within the safety rules (threshold work within
10% of the week, interval work within 8%), never past it; the plan says when it falls short.
Read per sentence before the run limits and races, whose "20 min" or "10k" it would otherwise
lend them."""

from __future__ import annotations

import re
from dataclasses import replace

from agents.planning.core.kinds import Kind, WorkPace
from agents.planning.instructions.amounts import MILE_M
from agents.planning.instructions.asked import Instructions, SessionTarget
from agents.planning.instructions.clauses import Clause

_GOAL = (
    r"\b(?:get(?:ting)?\s+(?:me\s+|us\s+|her\s+|him\s+|them\s+)?(?:(?:up\s+)?to|running|doing)"
    r"|build(?:ing)?\s+(?:me\s+|us\s+|her\s+|him\s+|them\s+)?(?:up\s+)?(?:to(?:wards?)?|toward)"
    r"|work(?:ing)?\s+(?:up\s+)?(?:to(?:wards?)?|toward)|progress(?:ing)?\s+(?:up\s+)?to"
    r"|aim(?:ing)?\s+(?:for|at)|reach(?:ing)?|(?:my\s+)?goal\s+(?:is|of)|target(?:ing)?"
    r"|be\s+able\s+to\s+(?:run|do|handle)"
    r"|eventually\s+(?:(?:i'?d|i would|we'?d)\s+like\s+to\s+|i\s+want\s+to\s+|to\s+)?"
    r"(?:do|run|handle|hit))\s+(?:(?:running|doing)\s+)?(?:an?\s+)?"
)
_UNIT = (
    r"(?P<unit>min(?:ute)?s?\b|'|sec(?:ond)?s?\b|s\b|m\b|met(?:er|re)s?\b|k\b|km\b|kilomet\w*"
    r"|miles?\b|mi\b)"
)
_REPS = rf"(?P<reps>\d{{1,2}})\s*(?:x|\u00d7|\*)\s*(?P<rep>\d{{1,4}}(?:[.,]\d+)?)(?:\s*{_UNIT})?"
_PACE = (
    r"(?:\s+(?:at|@)\s+(?:(?:my|the)\s+)?(?P<pace>threshold|tempo|t\b|lt\b|lactate threshold"
    r"|10\s?k|5\s?k|half(?:[- ]marathon)?|interval|i\b|vo2\s?max|mile|3\s?k|repetition|r\b)"
    r"(?:\s*(?:pace|effort))?)?"
)
_HILLS = r"(?P<hills>\s+(?:hills?|hill repeats|hill sprints|uphill))?"
_SINGLE = (
    r"(?P<one>\d{1,3}(?:[.,]\d+)?)[\s-]*(?P<one_unit>min(?:ute)?s?|km|k|miles?|mi)\s+"
    r"(?:continuous\s+|steady\s+)?(?:tempo|threshold)(?:\s+runs?)?\b"
)
_TEMPO_TO = (
    r"\b(?:my\s+|the\s+|our\s+)?(?:tempo|threshold)(?:\s+runs?)?\s+(?:\w+\s+)?(?:up\s+)?to\s+"
    r"(?:an?\s+)?(?P<one>\d{1,3}(?:[.,]\d+)?)[\s-]*(?P<one_unit>min(?:ute)?s?|km|k|miles?|mi)\b"
)
_NOT_RACES = r"(?!\S*\s*(?:races?|parkruns?|events?|marathons?))"  # "3 x 5k races this year"
_TARGETS = (
    re.compile(_GOAL + _REPS + _NOT_RACES + _PACE + _HILLS),
    # "progress my intervals to 6 x 1 km", "build the tempo up to 3 x 10 min"
    re.compile(
        r"\b(?:progress|build|get|grow|take|bring|push)\w*\s+(?:my\s+|the\s+|our\s+)?"
        r"(?:intervals?|reps|repeats|tempos?|threshold)(?:\s+(?:runs?|work|sessions?))?\s+"
        r"(?:up\s+)?to(?:wards?)?\s+" + _REPS + _NOT_RACES + _PACE + _HILLS
    ),
    re.compile(_GOAL + _SINGLE),
    re.compile(r"\b(?:get|build|grow|progress|extend|take|bring|push)\w*\s+" + _TEMPO_TO),
    # "tempo runs should build to 45 minutes", "my tempo will grow to 8 km"
    re.compile(
        r"\b(?:my\s+|the\s+|our\s+)?(?:tempo|threshold)(?:\s+runs?)?\s+(?:should\s+|will\s+"
        r"|to\s+|must\s+|can\s+)?(?:build|grow|progress|get|work|go|increase|extend)\w*\s+"
        r"(?:up\s+)?to(?:wards?)?\s+(?:an?\s+)?(?P<one>\d{1,3}(?:[.,]\d+)?)[\s-]*"
        r"(?P<one_unit>min(?:ute)?s?|km|k|miles?|mi)\b"
    ),
)
# The pace said, as the kind of session and the pace its work is run at.
_KIND_OF_PACE: tuple[tuple[str, Kind, WorkPace | None], ...] = (
    (r"threshold|tempo|t|lt|lactate threshold", "tempo", None),
    (r"half.*", "tempo", "half-marathon"),
    (r"10\s?k", "intervals", "10k"),
    (r"5\s?k", "intervals", "5k"),
    (r"interval|i|vo2\s?max", "intervals", None),
    (r"mile|3\s?k|repetition|r", "repetition", None),
)


def read_session_targets(clauses: list[Clause], asked: Instructions) -> None:
    """Each clause's session goal, read and blanked so no limit or race reads its amounts."""
    for clause in clauses:
        for pattern in _TARGETS:
            match = pattern.search(clause.text)
            if match is None:
                continue
            target = _target(match, clause.quote)
            if target is None:
                continue
            target = replace(target, words=_said(match))
            asked.session_target = target
            asked.hills = asked.hills or target.kind == "hills"  # hill sessions in the menu
            asked.read(clause.quote, target_meaning(target), "session_target")
            clause.take(match)
            break


def _said(match: re.Match[str]) -> str:
    """The session as the coach said it, without the words of the goal: "3 x 20 min at
    threshold", "45 minutes tempo"."""
    if match.groupdict().get("one"):  # "tempo runs should build to 45 minutes"
        return f"{match.group('one')} {match.group('one_unit')} tempo"
    said = match.string[match.start("reps") : match.end()]
    return re.sub(r"\s+", " ", said).strip()


def _target(match: re.Match[str], quote: str) -> SessionTarget | None:
    groups = match.groupdict()
    if groups.get("one"):  # one continuous tempo: "a 40 min tempo", "the tempo up to 8 km"
        amount = float(groups["one"].replace(",", "."))
        unit = groups["one_unit"]
        if unit.startswith("min"):
            return SessionTarget(quote, "tempo", 1, rep_seconds=round(amount * 60))
        return SessionTarget(quote, "tempo", 1, rep_distance_m=_metres(amount, unit))
    reps, amount = int(groups["reps"]), float(groups["rep"].replace(",", "."))
    unit = groups.get("unit") or ("min" if amount < 100 else "m")
    seconds = metres = 0
    if unit.startswith(("min", "'")):
        seconds = round(amount * 60)
    elif unit.startswith("s"):
        seconds = round(amount)
    else:
        metres = _metres(amount, unit)
    if reps < 1 or not (seconds or metres):
        return None
    if groups.get("hills"):
        return SessionTarget(quote, "hills", reps, rep_seconds=seconds) if seconds else None
    kind, pace = _kind(groups.get("pace"), seconds, metres)
    return SessionTarget(quote, kind, reps, seconds, metres, pace)


def _metres(amount: float, unit: str) -> int:
    if unit.startswith("mi"):
        return round(amount * MILE_M)
    if unit.startswith("k"):
        return round(amount * 1000)
    return round(amount)


def _kind(pace: str | None, seconds: int, metres: int) -> tuple[Kind, WorkPace | None]:
    """The kind of session a pace said makes; without one, long reps are threshold work and
    short ones interval work."""
    if pace is not None:
        for words, kind, work_pace in _KIND_OF_PACE:
            if re.fullmatch(words, pace.strip()):
                return kind, work_pace
    long_rep = seconds >= 300 if seconds else metres > 2000
    return ("tempo", None) if long_rep else ("intervals", None)


def target_meaning(target: SessionTarget) -> str:
    return (
        f"a session to build toward ({target.kind}): {target.words} - the plan's {target.kind} "
        "sessions take its shape and grow toward it (threshold work within 10% of the week, "
        "interval work within 8%, at most 10 km), never past it; the plan says if they fall "
        "short"
    )
