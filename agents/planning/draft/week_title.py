"""Reading a week's title line as coaches write it: 'WEEK 2 - Build (cutback) - hills'."""

from __future__ import annotations

import re

from agents.planning.core.kinds import PLAN_PHASES
from agents.planning.core.plan import PlanPhase
from agents.planning.draft.session_words import normalise
from agents.planning.draft.week_lines import DAY_LIST_ANYWHERE

WEEK_TITLE = re.compile(r"^\W*week\s*\d{1,2}\b\s*(.*)$", re.IGNORECASE)
TITLE_BARS = re.compile(r" ?\| ?")
TITLE_SEPARATORS = re.compile(r" ?(?:[:;\u2014\u2013]| - |,) ?")
CUTBACK = re.compile(r"\bcut ?back\b|\bstep ?back\b|\brecovery\b|\bdeload\b")
VOLUME = re.compile(r"([\d.,]{1,12}) ?(km|k|mi|miles)?")


def title_parts(header: str) -> tuple[list[str], str]:
    """(the parts of the title after 'Week N', any days written in it as prose)."""
    match = WEEK_TITLE.match(header)
    title = match.group(1) if match else ""
    separator = TITLE_BARS if "|" in title else TITLE_SEPARATORS
    parts = [p.strip() for p in separator.split(title) if p.strip(" -:|")]
    prose = [p for p in parts if DAY_LIST_ANYWHERE.search(normalise(p))]
    return [p for p in parts if p not in prose], normalise(", ".join(prose))


def read_title(parts: list[str]) -> tuple[PlanPhase | None, bool, str, int | None]:
    """(phase, cutback, focus, the volume written in metres) of a week's title."""
    lowered = " | ".join(parts).lower()
    phase = next((p for p in PLAN_PHASES if re.search(rf"\b{p}\b", lowered)), None)
    cutback = bool(CUTBACK.search(lowered))
    volumes = [v for v in map(_volume_m, parts) if v is not None]
    focus = [p for p in parts if _volume_m(p) is None and not _is_phase(p)]
    return phase, cutback, ", ".join(focus), (volumes[0] if volumes else None)


def _volume_m(part: str) -> int | None:
    match = VOLUME.fullmatch(part.lower().strip(" -:"))
    if match is None:
        return None
    try:
        value = float(match.group(1).replace(",", "."))
    except ValueError:
        return None
    return round(value * (1609.344 if match.group(2) in ("mi", "miles") else 1000))


def _is_phase(part: str) -> bool:
    words = part.lower().strip(" -:").replace("(", " ").replace(")", " ").split()
    return bool(words) and all(w in (*PLAN_PHASES, "cutback", "phase", "week") for w in words)
