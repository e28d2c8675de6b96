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
# 10s hill sprints', 'easy 40' + 6x hill sprints' with no size): the run's strides (they were
# a hill session of their own, or of 40 s recoveries with the run lost).
AFTER_RUN = re.compile(r"^(?P<a>[^,;+]*\d ?[x*] ?\d[^,;+]*) after (?P<b>[^,;+]{3,40})$")
SHORT_HILL_SPRINTS = re.compile(
    r"(?P<reps>\d{1,2} ?[x*] ?(?:(?P<s>\d{1,2}) ?(?:s|secs?|seconds?|\")|(?P<m>\d{2,3}) ?m)?)"
    r" (?:steep |short )?hill sprints?\b"
)
# The sprints' name first ('hill sprints 10 x 8s + 30' easy'): as '10 x 8s hill sprints'.
SPRINTS_FIRST = re.compile(
    r"\bhill sprints?:? (?P<reps>\d{1,2} ?[x*] ?\d{1,3} ?(?:s|secs?|seconds?|\"|m))(?![\w.])"
)
# One distance in two units ('5 mi / 8 km', '13 mi (21 km)', '6 miles (~10k)'): the first is
# the day's, the second says the same (they were added: a 42 km long run).
TWO_UNITS = re.compile(
    r"(?<![\w.:])(?P<a>\d{1,2}(?:\.\d{1,2})?) ?(?P<ua>mi|miles?|km|k)\b"
    r"(?P<sep> ?(?:/|\(|=) ?(?:~|approx\.? |about |ca\.? )?)"
    r"(?P<b>\d{1,2}(?:\.\d{1,2})?) ?(?P<ub>mi|miles?|km|k)\b\)?"
)
MILE_KM = 1.609
SAME_WITHIN = 0.08
# Each repetition's time in seconds with no unit after 'in' ('8 x 400 in 88-90', '12 x 200s in
# 40'): seconds (they were the day's minutes).
SPLIT_SECONDS = re.compile(
    r"(?P<reps>(?<![\w.:])\d{1,2} ?[x*] ?(?:1[026]00|[1-8]00|[1-3]50) ?(?:m|s)?"
    r"|(?:[1-8]00|[1-3]50)s? ?[x*] ?\d{1,2})"
    r"(?: in (?P<t>\d{2,3}(?: ?[-\u2013] ?\d{2,3})?)"
    r"(?![\w.:'\"\u2013-]| ?(?:s|secs?|seconds|min))"
    r"| ?\((?P<r>\d{2,3} ?[-\u2013] ?\d{2,3})\))"
)
# A track's plural before a pace ('10 x 400s @ 90s'), and a time in seconds right after the
# repetitions ('10x400 90s'): the repetitions' size and their recovery, as '10 x 400, 90s' (the
# seconds were the day's time, raised to the work).
PLURAL_BEFORE_PACE = re.compile(r"(?<![\w.:])(?P<r>\d{1,2} ?[x*] ?[1-8]00)s(?= ?@ ?\d)")
SECONDS_AFTER_REPS = re.compile(
    r"(?<![\w.:])(?P<r>\d{1,2} ?[x*] ?[1-9]\d{2,3} ?m?) "
    r"(?=\d{2,3} ?(?:s|secs?|seconds)\b(?! ?(?:@|pace)))"
)
# A range of two clock times ('1:30-1:45 long run', '1h30-1h45'): the lower end (they were
# added: 195 minutes). Not a pace ('@ 4:30-4:45', 'in 2:50-2:55', '(3:40-3:45)').
CLOCK_RANGE = re.compile(
    r"(?<![\w.:@(/])(?<!@ )(?<!at )(?<!in )(?P<lo>(?P<a>[0-5])(?::|h)(?P<b>[0-5]\d))"
    r" ?(?:-|\u2013|to) ?"
    r"(?P<c>[0-5])(?::|h)(?P<d>[0-5]\d)(?![\d:/]| ?(?:/|pace|per|min/))"
)
# Hours and minutes with 'hr' between them ('1 hr 15 easy'): a time (it was a heart rate).
HOURS_MINUTES = re.compile(
    r"(?<![\w.:])(?P<h>[1-5]) ?hrs? (?P<m>[0-5]\d)(?: ?(?:mins?|minutes?|m)\b)?(?! ?(?:bpm|%))"
)
# A parkrun at an easy effort or pace ('parkrun (easy effort)', 'parkrun @ easy pace'): an easy
# 5 km, as 'parkrun, easy' (the effort word hid the easy one: it was a time trial).
PARKRUN_EASY = re.compile(r"(?:@ |at |\()?(?P<w>easy|steady|relaxed) (?:effort|pace)\)?")
# A frequency ('gels every 5k', 'walk 1 min every 10 min'): no part of the day (it was added: a
# 25 km long run).
EVERY = re.compile(
    r"\bevery (?:\d{1,2}(?:\.\d)? ?(?:k|km|mi|miles?|mins?|minutes?|')(?!\w)|mile|km)"
)
# A range of sizes with its unit on both ends ('90'-100'', '1h45-2h', '2h-2h15'): the lower end
# (they were added: 190 minutes).
UNIT_RANGE = re.compile(
    r"(?<![\w.:])(?P<lo>\d{1,3}'|[1-5]h(?:[0-5]\d)?) ?(?:-|\u2013|to) ?"
    r"(?:\d{1,3}'|[1-5]h(?:[0-5]\d)?)(?![\w'])"
)
# A half in words after a whole number ('1 1/2 hours', '2 1/2 hr'): the whole and a half (the
# half was not understood: 2 hours).
AND_A_HALF = re.compile(r"(?<![\w.:/])(?P<n>[1-9]) 1/2 ?(?=h\b|hrs?\b|hours?\b|mi\b|miles?\b|km\b)")
# An activity's emoji standing for its word ('🚴 1h Z2', '🏊 30''): that activity (they were
# easy runs). Emoji of running or of mood say nothing and are left alone.
ACTIVITY_EMOJI = {
    "\U0001f6b4": "bike",
    "\U0001f6b2": "bike",
    "\U0001f3ca": "swim",
    "\U0001f3cb": "strength",
    "\U0001f9d8": "yoga",
    "\U0001f6a3": "row",
}
EMOJI = re.compile("[" + "".join(ACTIVITY_EMOJI) + "]")
# 'about' in a number ('40ish min'): the number (it was not understood: a 30-minute run).
ISH = re.compile(r"(?<![\w.])(?P<n>\d{1,3})-?ish\b")
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
    if "mi" in text and "k" in text:
        text, units = _two_units(text)
        notes.extend(units)
    if " in " in text or "(" in text:
        found = SPLIT_SECONDS.search(text)
        if found is not None:
            split = found.group("t") or found.group("r")
            notes.append(f"'{split}' after '{found.group('reps').strip()}': seconds each")
            text = SPLIT_SECONDS.sub(_split_seconds, text)
    if "-" in text or "to" in text or "\u2013" in text:
        found = CLOCK_RANGE.search(text)
        if found is not None and found.group("a", "b") < found.group("c", "d"):  # not descending
            notes.append(f"'{found.group(0)}' is a range: the lower end used")
            text = text[: found.start()] + found.group("lo") + text[found.end() :]
    if "x" in text:
        text = PLURAL_BEFORE_PACE.sub(lambda m: m.group("r"), text)
        text = SECONDS_AFTER_REPS.sub(lambda m: m.group("r") + ", ", text)
    if EMOJI.search(text):
        text = EMOJI.sub(lambda m: f" {ACTIVITY_EMOJI[m.group(0)]} ", text)
    if "every" in text:
        found = EVERY.search(text)
        if found is not None:
            notes.append(f"'{found.group(0)}' is how often, no part of the day: not added")
            text = EVERY.sub(" ", text)
    if "1/2" in text:
        text = AND_A_HALF.sub(lambda m: f"{m.group('n')}.5 ", text)
    found = UNIT_RANGE.search(text) if "-" in text or "to" in text else None
    if found is not None:
        notes.append(f"'{found.group(0)}' is a range: the lower end used")
        text = text[: found.start()] + found.group("lo") + text[found.end() :]
    if "parkrun" in text:
        text = PARKRUN_EASY.sub(lambda m: m.group("w"), text)
    if "hr" in text:
        text = HOURS_MINUTES.sub(lambda m: f"{m.group('h')}h{m.group('m')}", text)
    if "ish" in text:
        found = ISH.search(text)
        if found is not None:
            notes.append(f"'{found.group(0)}' read as {found.group('n')}")
            text = ISH.sub(lambda m: m.group("n"), text)
    if "hill sprint" in text:
        text, sprints = _hill_sprints_beside_run(text)
        notes.extend(sprints)
    return text, notes


def _split_seconds(match: re.Match[str]) -> str:
    """'8 x 400s in 88-90' as '8 x 400 in 88-90 sec' (a track's plural is metres here)."""
    reps = match.group("reps")
    reps = reps[:-1] if reps.endswith("s") and reps[0].isdigit() and "x" in reps[:4] else reps
    return f"{reps} in {match.group('t') or match.group('r')} sec"


def _two_units(text: str) -> tuple[str, list[str]]:
    """One distance written in miles and in km: the first kept, the other said."""
    notes: list[str] = []

    def same(match: re.Match[str]) -> str:
        a, b = float(match.group("a")), float(match.group("b"))
        miles_a, miles_b = match.group("ua").startswith("mi"), match.group("ub").startswith("mi")
        if miles_a == miles_b:
            return match.group(0)
        km_a, km_b = (a * MILE_KM if miles_a else a), (b * MILE_KM if miles_b else b)
        if abs(km_a - km_b) > SAME_WITHIN * max(km_a, km_b):
            return match.group(0)
        notes.append(f"'{match.group('b')} {match.group('ub')}' is the same distance: not added")
        return f"{match.group('a')} {match.group('ua')}"

    return TWO_UNITS.sub(same, text), notes


def short_hill_sprints(piece: str) -> bool:
    """The piece is only short hill sprints ('8 x 10s hill sprints'): strides, not a session
    of their own, when a run is beside them."""
    sprints = SHORT_HILL_SPRINTS.search(_sprints_first(piece.lower()))
    if sprints is None:
        return False
    seconds, metres = sprints.group("s"), sprints.group("m")
    if not seconds and not metres:
        return True  # '6 x hill sprints': hill sprints are short (10 s when not said)
    return int(seconds) <= STRIDE_MAX_S if seconds else int(metres) <= STRIDE_MAX_M


def _sprints_first(text: str) -> str:
    return SPRINTS_FIRST.sub(lambda m: f"{m.group('reps')} hill sprints", text)


def _hill_sprints_beside_run(text: str) -> tuple[str, list[str]]:
    """Short hill sprints beside an easy run as its strides, the run written first."""
    if EASY_RUN.search(SPRINTS_FIRST.sub(" ", text)):
        text = _sprints_first(text)
    after = AFTER_RUN.match(text)
    if after is not None and EASY_RUN.search(after.group("b")):
        text = f"{after.group('b')} + {after.group('a')}"
    sprints = SHORT_HILL_SPRINTS.search(text)
    if sprints is None or not EASY_RUN.search(text[: sprints.start()] + text[sprints.end() :]):
        return text, []
    if not short_hill_sprints(sprints.group(0)):
        return text, []
    sized = sprints.group("s") or sprints.group("m")
    strides = f"{sprints.group('reps')} {'hill ' if sized else ''}strides"
    text = text[: sprints.start()] + strides + text[sprints.end() :]
    return text, [f"'{sprints.group(0)}' read as strides on the run"]
