"""The coach's own pace in a session's words ('@ 5:20/km', 'MP-10s', '8 x 400 @ 1:40'): found,
taken out of the text, and said back in the read note. Kept apart from read_words.py, which
reads the rest of the words in turn."""

from __future__ import annotations

import re

from agents.planning.core.kinds import NamedPace
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Race
from agents.planning.draft.pace_offsets import find_pace_offset, named_pace_range
from agents.planning.draft.pace_words import PACE_NAMES, pace_references
from agents.planning.draft.render import own_pace_label
from agents.planning.draft.session_shorthand import (
    OwnPace,
    find_own_pace,
    nearer_reading,
    rep_time_after,
    rep_time_pace,
)
from agents.planning.draft.session_words import (
    Words,
    blank,
)

MILES = re.compile(r"\d ?(?:mi|miles?)\b|\bmiles?\b")
FINISH_WORD = re.compile(r"\b(?:last|final|finish(?:ing)?)\b")


def own_paces(
    text: str, paces: Paces, race: Race | None
) -> tuple[str, tuple[OwnPace, tuple[int, int]] | None, OwnPace | None, list[NamedPace]]:
    """(the text with the coach's own pace blanked, that pace and where, a second pace of
    theirs the reading does not use, the named pace it is relative to if it is: 'MP-10s')."""
    own = _own_pace(text, paces, race)
    offset = None if own else find_pace_offset(text, paces, race, bool(MILES.search(text)))
    if offset is not None:
        own = offset[0], offset[1]
    if own is None:
        return text, None, None, []
    text = blank(text, *own[1])
    other = _own_pace(text, paces, race)  # '15 km @ 5:20/km, last 3 km @ 4:50/km'
    if other is not None and FINISH_WORD.search(text, own[1][1], other[1][0]):
        own, other = other, own  # the finish is the work: its pace is the one kept
    after = [offset[2]] if offset is not None else []
    return text, own, other[0] if other else None, after


def _own_pace(text: str, paces: Paces, race: Race | None) -> tuple[OwnPace, tuple[int, int]] | None:
    """The coach's own pace, unless it is the informational text of a zone or race pace
    the line also names ('@ T 4:53-4:59/km' as the draft writes it)."""
    in_miles = bool(MILES.search(text))
    found = find_own_pace(text, in_miles)
    if found is None:
        return None
    pace, span = found
    before = text[max(0, span[0] - 26) : span[0]]
    named = pace_references(before)[1]
    if named and before[named[-1][2] :].strip(" @") == "":
        expected = named_pace_range(named[-1][0], paces, race)
        if abs(expected[0] - pace.fast) <= 3 and abs(expected[1] - pace.slow) <= 3:
            return None  # the VDOT's own text for that pace: informational
    return pace, span


def own_pace_remark(pace: OwnPace, named: list[NamedPace]) -> str:
    """What the read note says of the coach's own pace: it is kept, the VDOT's is not."""
    per_km = own_pace_label((pace.fast, pace.slow))
    converted = f" ({per_km})" if not pace.written.endswith("/km") else ""
    instead = f" instead of the VDOT's {PACE_NAMES[named[0]]}" if named else ", not the VDOT's"
    return f"your pace {pace.written}{converted} kept{instead}"


def rep_times(words: Words, end: int, paces: Paces) -> None:
    """Each repetition's time, written after it or as a pace without a unit: '8 x 400 @
    1:40' is 1:40 a repetition (4:10/km), '3 x 2 km @ 4:15' 4:15 a km; the reading nearer
    the athlete's interval pace is taken."""
    reps = words.reps
    if reps is None or not reps.metres:
        return
    own = words.own_pace
    if own is None:
        after = rep_time_after(words.text[: words.totals_at], end)
        if after is not None:
            clock, written, span = after
            per_rep = rep_time_pace(clock, reps.metres, written)
            words.own_pace = nearer_reading(per_rep, clock, paces)
            words.text = blank(words.text, *span)
            words.remarks.append(own_pace_remark(words.own_pace, words.paces))
        return
    if own.explicit:
        return
    per_rep = rep_time_pace(own.clock, reps.metres, own.written.split("/")[0])
    target = paces.interval
    if abs(per_rep.fast - target) < abs(own.fast - target):
        words.own_pace = per_rep
        words.remarks[:] = [own_pace_remark(per_rep, words.paces)]
