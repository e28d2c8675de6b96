"""Parts of a session coaches write in shapes of their own, rewritten into the reader's forms."""

from __future__ import annotations

import re

from agents.planning.draft.session_words import MILE_M, find_sizes

# Each function takes a normalised session text and gives it rewritten, with the notes of
# what was assumed; every pattern is bounded, as in session_words.
_REPS = (
    r"(?P<reps>(?:\d{1,2} ?[x*] ?\d{1,4}(?:\.\d)? ?(?:m|k|km|mi|miles?)?(?: (?:repeats?|reps))?"
    r"|\d{3,4}s ?[x*] ?\d{1,2}))"  # "400s x 12": a track distance first
)
_SECONDS = r"(?P<s>\d{2,3})(?: ?(?:-|\u2013) ?(?P<s2>\d{2,3}))? ?(?:s|secs?|seconds|\")"
# Each repetition's time in seconds: "8 x 400 in 90 sec", "12 x 200 @ 40s", "10x400 (75-78
# sec)"; a bracketed time alone, "(90s)", is the recovery, as before, unless the recovery is
# written after it ("10 x 400 (75") 60" rest", "8 x 400 @ mile (75s), 400 jog").
_RECOVERY_AFTER = r"(?=[^()]{0,40}\b(?:rest|jog|recovery|rec|walk|easy|off|float)\b)"
REP_SECONDS = re.compile(
    _REPS + r" (?:(?:in|@|at) ?" + _SECONDS + r"(?![\w./])(?! (?:faster|slower|quicker)\b)"
    r"|\( ?(?P<r>\d{2,3}) ?(?:-|\u2013) ?(?P<r2>\d{2,3}) ?(?:s|secs?|seconds|\") ?\)"
    r"|(?P<ref>(?:@|at) ?(?:mile|\d{1,2} ?k|[rit]|hm|mp)(?: pace)? )?"
    r"\( ?(?P<b>\d{2,3}) ?(?:s|secs?|seconds|\") ?\)" + _RECOVERY_AFTER + ")"
)
REPEATS_WORD = re.compile(r" (?:repeats?|reps)$")
# "6 x 1k repeats, 3:55 each": each one's time.
REP_EACH = re.compile(
    _REPS + r",? (?P<c>\d{1,2}:\d{2}(?: ?- ?\d{1,2}:\d{2})?) (?:each|per rep(?:eat)?|a rep)\b"
)
# "30 km w/ 10 km fast finish": the finish's size before its name.
SIZED_FINISH = re.compile(
    r"(?<![\w.:])(?P<size>\d{1,3}(?:\.\d{1,2})? ?(?:kms?|k|miles?|mi|min|mins|minutes|'))"
    r" (?P<how>fast|strong|quick|hard|steady) finish\b"
)
# "second half at MP", "easy first half then steady": half the day's one size.
SECOND_HALF = re.compile(r"\b(?:the )?(?:second|last|back) half\b")
FIRST_HALF_THEN = re.compile(r",? ?\b(?:easy )?first half(?: easy)?,? then\b")
# "15 E + 10 M", "4E + 8MP + 4E": numbers in the day's unit at a zone's effort.
ZONE_PARTS_EASY = re.compile(r"(?<![\w.:])(?P<n>\d{1,2}(?:\.\d)?) ?e\b")
ZONE_PARTS_WORK = re.compile(r"(?<![\w.:])(?P<n>\d{1,2}(?:\.\d)?) ?(?P<z>mp|hmp|m|t)\b")
# Climbing is not a distance: "w/ 1000m climbing", "800 m D+".
CLIMBING = re.compile(
    r"(?:,? ?(?:w/|with) )?(?<![\w.])\d{2,4} ?(?:m|ft|feet) (?:of )?"
    r"(?:climbing|climb|elevation(?: gain)?|vert(?:ical)?|gain|ascent|d\+)(?!\w)"
)
SUB_DASH = re.compile(r"\bsub-(?=\d)")
# Numbers with no unit beside a warm-up, cool-down or effort, on a line with no distance:
# minutes ("tempo: 15 wu, 25 @ T, 10 cd", "10 easy, 20 tempo, 10 easy").
_PART_WORD = r"(?:wu|cd|warm[- ]?up|cool[- ]?down|easy|e|tempo|threshold|t|@|at|jog|steady|mp|hmp)"
BARE_PART = re.compile(r"(?<![\w.:'/x*-])(?<![x*] )(?P<n>\d{1,3})(?= ?" + _PART_WORD + r"\b| ?@)")
DISTANCE = re.compile(r"\d ?(?:kms?|k|miles?|mi|m)\b|\bmiles?\b|\bkm\b")
# "10-20-10 tempo": warm-up, tempo and cool-down minutes.
THREE_PART = re.compile(
    r"(?<![\w.:/-])(?P<a>\d{1,2})(?P<sep>[-/])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,2})(?![\w.:/-]) ?"
    r"(?:\( ?wu ?/ ?(?:t|tempo|lt|threshold) ?/ ?cd ?\)|(?=tempo|threshold|t\b))"
)
# "30/30s x 12", "12 x 30/30": seconds on and off.
ON_OFF_SECONDS = re.compile(
    r"(?<![\w.:/])(?:(?P<n>\d{1,2}) ?[x*] ?)?(?P<on>\d{2})/(?P<off>\d{2})(?: ?s| ?secs?)?"
    r"(?(n)|(?: ?[x*] ?(?P<n2>\d{1,2})))(?![\w.:/])"
)
MINUTES_FROM = 5
MINUTES_UP_TO = 90


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _on_off(match: re.Match[str]) -> str:
    count = match.group("n") or match.group("n2")
    return f"{count} x {match.group('on')}s, {match.group('off')}s jog"


def _core(reps: str) -> str:
    """'6 x 1k repeats' as '6 x 1k': a time right after it is each one's."""
    return REPEATS_WORD.sub("", reps)


def _rep_seconds(match: re.Match[str]) -> str:
    low = int(match.group("s") or match.group("r") or match.group("b"))
    high = int(match.group("s2") or match.group("r2") or low)
    clock = _clock(low) if high == low else f"{_clock(low)}-{_clock(high)}"
    return f"{_core(match.group('reps'))} in {clock} {match.group('ref') or ''}"


def rewrite_parts(text: str) -> tuple[str, list[str]]:
    """The session text with these parts rewritten, and the notes of what was assumed."""
    notes: list[str] = []
    text = REP_SECONDS.sub(_rep_seconds, text)
    text = REP_EACH.sub(lambda m: f"{_core(m.group('reps'))} in {m.group('c')}", text)
    text = SIZED_FINISH.sub(lambda m: f"last {m.group('size')} {m.group('how')}", text)
    text = _halves(text)
    text = _zone_parts(text)
    climbing = CLIMBING.search(text)
    if climbing is not None:
        notes.append(f"'{climbing.group(0).strip(' ,')}' is not kept: the plan holds no climbing")
        text = CLIMBING.sub(" ", text)
    text = SUB_DASH.sub("sub ", text)
    text = ON_OFF_SECONDS.sub(_on_off, text)
    text, in_total = _parts_in_total_unit(text)
    text, minutes = _bare_minutes(text)
    return text, [*notes, *in_total, *minutes]


def _halves(text: str) -> str:
    """'second half at MP' as the last half of the day's one size ('2h long' has 60 min)."""
    if SECOND_HALF.search(text) is None and FIRST_HALF_THEN.search(text) is None:
        return text
    sizes = find_sizes(text)
    if len(sizes) != 1:
        return text
    size = sizes[0]
    if size.is_time:
        half = f"{size.seconds / 120:g} min"
    elif size.miles:
        half = f"{size.metres / MILE_M / 2:.1f} mi"
    else:
        half = f"{size.metres / 2000:g} km"
    text = FIRST_HALF_THEN.sub(f", last {half}", text)
    return SECOND_HALF.sub(f"last {half}", text)


def _zone_parts(text: str) -> str:
    """'25km (15 E + 10 M)': easy running and work at a zone, when both are written so and
    the day has a size; work after the easy running is the run's finish."""
    easy = list(ZONE_PARTS_EASY.finditer(text))
    work = list(ZONE_PARTS_WORK.finditer(text))
    if not easy or not work or not find_sizes(text):
        return text  # the day's size says the unit of the parts: none, nothing guessed
    if work[-1].start() > easy[-1].start():  # the easy running before a finish is implied
        text = ZONE_PARTS_WORK.sub(lambda m: f"last {m.group('n')} @ {m.group('z')}", text)
        return ZONE_PARTS_EASY.sub(" ", text)
    text = ZONE_PARTS_WORK.sub(lambda m: f"{m.group('n')} @ {m.group('z')}", text)
    return ZONE_PARTS_EASY.sub(lambda m: f"{m.group('n')} easy", text)


def _parts_in_total_unit(text: str) -> tuple[str, list[str]]:
    """'10k: 3 easy, 4 tempo, 3 easy', '10 km (2 WU, 6 tempo, 2 CD)': numbers with no unit
    beside the parts, after the day's one distance, that add up to it, are in its unit."""
    sizes = [s for s in find_sizes(text) if not _a_pace(text, s.start)]  # '4 @ 4:20'
    if len(sizes) != 1 or sizes[0].is_time:
        return text, []
    total = sizes[0]
    found = [m for m in BARE_PART.finditer(text) if m.start() >= total.end]
    unit = "mi" if total.miles else "km"
    amount = total.metres / (MILE_M if total.miles else 1000)
    if len(found) < 2 or abs(sum(int(m.group("n")) for m in found) - amount) > 0.01:
        return text, []
    for match in reversed(found):
        text = text[: match.end()] + f" {unit}" + text[match.end() :]
    numbers = ", ".join(f"'{m.group('n')}'" for m in found)
    return text, [f"{numbers} have no unit: read as {unit}, as they add up to the day's size"]


def _a_pace(text: str, start: int) -> bool:
    """The size found at `start` is a clock after '@' or 'at': a pace, not a size."""
    before = text[max(0, start - 4) : start].rstrip()
    clock = text[start : start + 5].count(":") == 1
    return clock and (before.endswith("@") or before.endswith(" at"))


def _bare_minutes(text: str) -> tuple[str, list[str]]:
    """Numbers with no unit beside the parts of a workout, on a line that names no distance,
    as minutes; '10-20-10 tempo' as a warm-up, tempo and cool-down."""
    three = THREE_PART.search(text)
    if three is not None and DISTANCE.search(text) is None:
        a, b, c, sep = three.group("a", "b", "c", "sep")
        work = "" if three.group(0).rstrip().endswith(")") else " "
        text = THREE_PART.sub(f"{a} min wu, {b} min {'tempo' if not work else ''}", text)
        text = f"{text}, {c} min cd"
        written = sep.join((a, b, c))
        return text, [f"'{written}' read as {a} min warm-up, {b} min work, {c} min cool-down"]
    parts = "wu" in text or "cd" in text or "," in text or " / " in text
    if DISTANCE.search(text) is not None or not parts:
        return text, []
    found = [
        m for m in BARE_PART.finditer(text) if MINUTES_FROM <= int(m.group("n")) <= MINUTES_UP_TO
    ]
    if len(found) < 2:
        return text, []
    for match in reversed(found):
        text = text[: match.end()] + " min" + text[match.end() :]
    numbers = ", ".join(f"'{m.group('n')}'" for m in found)
    return text, [f"{numbers} have no unit: read as minutes"]
