"""Words that say a weekly volume is the one now, or one to hold: "currently at 35km", "I'm at
50k", "Currently 35 km" (alone in its clause), "40 km a week for the whole plan"."""

from __future__ import annotations

import re

# "40 km a week for the whole plan": the volume now, kept every week.
HOLD_AFTER = re.compile(
    r"^\s*(?:(?:a|per|/)\s*w(?:ee)?k\s+)?(?:for\s+the\s+(?:whole|entire|full)\s+(?:plan|block)"
    r"|throughout(?:\s+the\s+plan)?|all\s+plan(?:\s+long)?|the\s+whole\s+(?:plan|way))\b"
)
# "Currently 35 km" alone in its clause: the week's volume now.
_NOW = re.compile(
    r"\b(?:currently|presently|right now|at the moment)\s*(?:about\s+|around\s+|~\s*)?$"
)
# "currently at 35km", "I'm at 50k": where the athlete is, a week's volume with no week said.
_NOW_AT = re.compile(
    r"(?:\b(?:currently|now|presently|at the moment|these days)\s+(?:at|on|doing|running)"
    r"|\bi'?m\s+(?:currently\s+|now\s+)?at|\bweekly(?:\s+(?:volume|mileage|distance))?"
    r"(?:\s+(?:now|currently|is))?\s*:?)\s*(?:about\s+|around\s+|roughly\s+|~\s*)?$"
)


def said_now(before: str, after: str) -> bool:
    """'currently at 35km', 'I'm at 50k', or 'Currently 35 km' alone in its clause."""
    alone = not after.strip(" .!)")
    return bool(_NOW_AT.search(before[-45:]) or (alone and _NOW.search(before[-30:])))
