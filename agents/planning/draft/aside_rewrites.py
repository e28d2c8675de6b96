"""Coaches' asides and word orders rewritten before a session is read: 'walk breaks ok' on a
time on feet is no walk, 'full recovery' after repetitions is no recovery run, 'prog run' is a
progression, 'hill sprints after easy 40' are the easy run's strides.

Each rule runs only when a cheap test (a word it needs) passes, and every pattern is bounded.
"""

from __future__ import annotations

import re

# An allowance to walk on a run ('walk breaks ok', 'walking allowed', 'walk the hills'): how
# to run it, not a walk (it was a walk session, or hill repeats).
WALK_ALLOWED = re.compile(
    r",? ?\(?(?:(?:with|w/|incl\.?|including) )?(?:walk(?:ing)? breaks?|walking)"
    r"(?: (?:ok|okay|fine|allowed|if needed|as needed))?\)?"
    r"|,? ?\(?walk(?:ing)? (?:is )?(?:ok|okay|fine|allowed)\)?"
    r"|,? ?\(?walk(?:ing)? (?:up )?the (?:hills|climbs|uphills)(?: if needed)?\)?"
)
ON_FEET = re.compile(r"\bon (?:your |the )?feet\b|\btof\b")
# 'full recovery' after repetitions: as long as needed, so the usual recovery (it was read as
# the day's kind: a recovery run).
FULL_RECOVERY = re.compile(r"\b(?:full|complete|full walk) (?:recovery|recoveries|rec|rest)\b")
REPS = re.compile(r"\d ?[x*] ?\d")
# 'prog run', 'prog 60'': a progression.
PROG = re.compile(r"\bprog\.?(?= |$)")
# Short hill sprints beside an easy run ('10 x 10s hill sprints after easy 40', 'easy 40 + 8 x
# 10s hill sprints'): the run's strides (they were a hill session of their own, or of 40 s
# recoveries with the run lost).
AFTER_RUN = re.compile(r"^(?P<a>[^,;+]*\d ?[x*] ?\d[^,;+]*) after (?P<b>[^,;+]{3,40})$")
SHORT_HILL_SPRINTS = re.compile(
    r"(?P<reps>\d{1,2} ?[x*] ?(?:(?P<s>\d{1,2}) ?(?:s|secs?|seconds?|\")|(?P<m>\d{2,3}) ?m))"
    r" (?:steep |short )?hill sprints?\b"
)
EASY_RUN = re.compile(r"\b(?:easy|e|jog|run)\b")
STRIDE_MAX_S, STRIDE_MAX_M = 20, 150


def rewrite_asides(text: str) -> tuple[str, list[str]]:
    """The session text with these asides rewritten, and the notes of what was assumed."""
    notes: list[str] = []
    if "walk" in text and ON_FEET.search(text):
        found = WALK_ALLOWED.search(text)
        if found is not None:
            notes.append(f"'{found.group(0).strip(' ,()')}' is not kept: a run by its time")
            text = WALK_ALLOWED.sub("", text)
    if "full" in text or "complete" in text:
        found = FULL_RECOVERY.search(text)
        if found is not None and REPS.search(text):
            notes.append(f"'{found.group(0)}' has no size: the usual recovery assumed")
            text = FULL_RECOVERY.sub("", text)
    if "prog" in text:
        text = PROG.sub("progression", text)
    if "hill sprint" in text:
        text, sprints = _hill_sprints_beside_run(text)
        notes.extend(sprints)
    return text, notes


def short_hill_sprints(piece: str) -> bool:
    """The piece is only short hill sprints ('8 x 10s hill sprints'): strides, not a session
    of their own, when a run is beside them."""
    sprints = SHORT_HILL_SPRINTS.search(piece.lower())
    if sprints is None:
        return False
    seconds, metres = sprints.group("s"), sprints.group("m")
    return int(seconds) <= STRIDE_MAX_S if seconds else int(metres) <= STRIDE_MAX_M


def _hill_sprints_beside_run(text: str) -> tuple[str, list[str]]:
    """Short hill sprints beside an easy run as its strides, the run written first."""
    after = AFTER_RUN.match(text)
    if after is not None and EASY_RUN.search(after.group("b")):
        text = f"{after.group('b')} + {after.group('a')}"
    sprints = SHORT_HILL_SPRINTS.search(text)
    if sprints is None or not EASY_RUN.search(text[: sprints.start()] + text[sprints.end() :]):
        return text, []
    if not short_hill_sprints(sprints.group(0)):
        return text, []
    text = text[: sprints.start()] + f"{sprints.group('reps')} hill strides" + text[sprints.end() :]
    return text, [f"'{sprints.group(0)}' read as strides on the run"]
