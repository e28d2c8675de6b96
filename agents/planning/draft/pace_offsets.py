"""Paces written relative to a named one: 'MP-10s', 'HMP + 5 sec/mi', '10 sec/mi faster than
MP', '15s/km slower than T'. Each is the coach's own pace: the VDOT's named pace moved by the
offset (per mile when written so, or when the session is in miles; else per km).

Every pattern is bounded, as in session_words.
"""

from __future__ import annotations

import re

from agents.planning.core.kinds import ZONE_OF_PACE, NamedPace
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Race
from agents.planning.core.work_pace import race_pace_s
from agents.planning.draft.session_words import MILE_M, OwnPace

_BASE = (
    r"(?P<base>hmp|hm(?: pace)?|half[- ]?marathon pace|mp|marathon(?: goal)?(?: pace)?|m"
    r"|t|lt|threshold(?: pace)?|tempo pace|10 ?k(?: pace)?|5 ?k(?: pace)?)"
)
# The unit ends its word: "5k + 4 strides" is no offset of 4 s.
_OFFSET = (
    r"(?P<n>\d{1,2}) ?(?:(?:s|secs?|seconds?)(?![a-z])|\")"
    r"(?: ?(?:/|per) ?(?P<per>mi|mile|km|k)\b)?"
)
# A signed number right after the pace's name is seconds even with no unit ("MP+15", "T-5",
# "10k pace + 10"): coaches write it so; a number with a size after it ("MP + 1 mi @ T",
# "5k-10k") or a clock is no offset.
_BARE_OFFSET = r"(?P<bare>\d{1,2})(?![\d:]|[.,]\d| ?[a-z'\u2019\u00d7/])"
# "MP-10s", "MP + 10 sec/mi"; "10 sec/mi faster than MP", "5s slower than HMP".
AFTER_BASE = re.compile(
    r"(?<![\w.])" + _BASE + r" ?(?P<sign>[-+\u2013]) ?(?:" + _OFFSET + "|" + _BARE_OFFSET + ")"
)
BEFORE_BASE = re.compile(
    r"(?<![\w.:])" + _OFFSET + r" ?(?P<dir>faster|quicker|slower) (?:than )?" + _BASE + r"\b"
)
BASES: tuple[tuple[str, NamedPace], ...] = (
    ("h", "half-marathon"),
    ("m", "marathon"),
    ("t", "threshold"),
    ("l", "threshold"),
    ("10", "10k"),
    ("5", "5k"),
)


def find_pace_offset(
    text: str, paces: Paces, race: Race | None, in_miles: bool
) -> tuple[OwnPace, tuple[int, int], NamedPace] | None:
    """The pace a named pace and an offset make, as the coach's own pace, where, and the
    pace it is named after (which says the kind, as that pace would)."""
    match = AFTER_BASE.search(text) or BEFORE_BASE.search(text)
    if match is None:
        return None
    base = match.group("base")
    name = next(named for start, named in BASES if base.replace(" ", "").startswith(start))
    faster = match.groupdict().get("sign") in ("-", "\u2013") or match.groupdict().get("dir") in (
        "faster",
        "quicker",
    )
    per = match.group("per")
    miles = per.startswith("mi") if per else in_miles
    seconds = match.group("n") or match.group("bare")
    offset = int(seconds) / (MILE_M / 1000 if miles else 1)
    fast, slow = named_pace_range(name, paces, race)
    middle = (fast + slow) / 2 + (-offset if faster else offset)
    shown = base.upper() if len(base) <= 3 else base
    written = f"{shown} {'-' if faster else '+'}{seconds} s/{'mi' if miles else 'km'}"
    return OwnPace(round(middle), round(middle), written), match.span(), name


def named_pace_range(name: NamedPace, paces: Paces, race: Race | None) -> tuple[int, int]:
    """(fast, slow) seconds per km the VDOT gives a named pace."""
    if name == "easy":
        return paces.zone_range("z2")
    if name in ZONE_OF_PACE:
        return paces.zone_range(ZONE_OF_PACE[name])
    middle = round(race_pace_s(name, paces, race))
    return middle - 3, middle + 3
