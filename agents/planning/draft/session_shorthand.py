"""The pieces of coaches' shorthand a session's words may hold beyond kinds and sizes: a
finish at pace ('last 5k @ HM pace', 'fast finish'), a run-walk split ('4 min run / 1 min
walk', '4:1'), the coach's own pace ('@ 7:00/mi', '4:30/km'), and the unitless numbers
that take the unit of the day's size ('6 miles w/ 4 @ tempo', 'easy 60').

Every pattern is bounded, as in session_words.
"""

from __future__ import annotations

import re

from agents.planning.draft.session_words import (
    MILE_M,
    Finish,
    OwnPace,
    Reps,
    Size,
    blank,
    find_sizes,
)

_NUMBER = r"\d{1,3}(?:\.\d{1,2})?"
# "last 5k", "the final 8 km", "finishing with the last 20 min", "last 6" (the day's unit).
FINISH = re.compile(
    r"\b(?:(?:with|w/|and) )?(?:the )?(?:last|final|closing|finish(?:ing)? with(?: the)?"
    r"(?: last)?) (?P<size>" + _NUMBER + r")(?: ?(?P<u>k|km|kms|mi|miles?|min|mins|minutes|'|m))?"
    r"(?![\w.:])"
)
FAST_FINISH = re.compile(
    r"\b(?:fast|strong|quick|hard) finish\b|\bprogression(?: run)?\b|\bprogressive\b"
)
# Words that say "faster" without naming a pace: a finish at marathon pace.
FAST_WORDS = re.compile(r"\b(?:fast|faster|hard|strong|quick|quicker|moderate|steady)\b")
_TIME_UNIT = r"min|mins|minutes?|'|s|secs?|seconds?"
# "4 min run / 1 min walk", "run 4' walk 1'", "4:1" (minutes run : walk).
RUN_WALK_SPLIT = re.compile(
    r"(?P<run>\d{1,2}(?:\.\d)?) ?(?P<ru>" + _TIME_UNIT + r")? ?run(?:ning)?"
    r" ?[/,&+-]? ?(?:and )?(?P<walk>\d{1,2}(?:\.\d)?) ?(?P<wu>" + _TIME_UNIT + r")?"
    r" ?walk(?:ing)?"
    r"|\brun (?P<run2>\d{1,2}(?:\.\d)?) ?(?P<ru2>min|mins|'|s|secs?)? ?[/,&-]? ?walk"
    r" (?P<walk2>\d{1,2}(?:\.\d)?) ?(?P<wu2>min|mins|'|s|secs?)?"
    r"|(?<![\d:])(?P<ratio_run>\d{1,2}) ?[:/] ?(?P<ratio_walk>\d{1,2})(?![\d:/])"
)
# Efforts by time, on and off, with no count: "30' (1' on 1' off)", "2 min hard / 1 min easy".
ON_OFF = re.compile(
    r"(?<![\w.:])(?P<on>\d{1,3}(?:\.\d)?) ?(?P<ou>" + _TIME_UNIT + r'|")? ?(?:on|hard|fast)\b'
    r" ?[/,&+-]? ?(?P<off>\d{1,3}(?:\.\d)?) ?(?P<fu>" + _TIME_UNIT + r'|")? ?'
    r"(?:off|easy|jog|rest|recovery|float)\b"
)
# A pace of the coach's own: '@ 7:00/mi', '4:30/km', '@ 4:25-4:35', 'at 7:30 pace'.
_CLOCK = r"\d{1,2}:\d{2}"
OWN_PACE = re.compile(
    r"(?:(?:@|\bat|\bsub) ?)?(?P<fast>"
    + _CLOCK
    + r")(?: ?(?:-|\u2013|to) ?(?P<slow>"
    + _CLOCK
    + r"))?"
    r" ?(?:(?P<per>/ ?(?:km|k|mi|mile)|min/km|min/mi|per (?:km|mile|mi))|(?P<pace> ?pace))"
    r"|(?:@|\bat) ?(?P<fast2>" + _CLOCK + r")(?: ?(?:-|\u2013) ?(?P<slow2>" + _CLOCK + r"))?"
    r"(?![\d:])"
)
# Each repetition's time right after it: "6 x 800 (2:55-3:00)", "8 x 400 in 1:40".
REP_TIME = re.compile(
    r" ?(?:\(|\bin |@ ?|\bat )(?P<fast>"
    + _CLOCK
    + r")(?: ?(?:-|\u2013) ?(?P<slow>"
    + _CLOCK
    + r"))? ?\)?(?![\d:/])"
)
# A number with no unit right before '@' or 'at', or before a pace named ('w/ 5 T'): a part
# of the day in the day's unit.
UNITLESS_AT = re.compile(r"(?<![\w.:'/])(?P<n>\d{1,2}(?:\.\d{1,2})?) ?(?=@|at\b)")
UNITLESS_BEFORE = re.compile(r"(?<![\w.:'/])(?P<n>\d{1,2}(?:\.\d{1,2})?) {1,3}$")
# A number of easy running beside the work ('14 miles: 10 easy + 4 @ MP'), in the day's unit.
EASY_NUMBER = re.compile(r"(?<![\w.:'/])(?P<n>\d{1,2}(?:\.\d{1,2})?) ?(?:easy|e|jog)\b")
# A bare number that is the day's size ('easy 60', '40 easy'): minutes from 20 up.
BARE_NUMBER = re.compile(r"(?<![\w.:'/x*@-])(?P<n>\d{1,3}(?:\.\d{1,2})?)(?![\w.:'/%])")
BARE_MINUTES_FROM = 20
# Numbered miles or kilometres of the day at pace: "miles 10-13 @ MP" is 4 of them.
NUMBERED_BLOCK = re.compile(
    r"\b(?P<unit>miles?|mi|km|kms|k) (?P<a>\d{1,2}) ?(?:-|\u2013|to|through|thru) ?"
    r"(?P<b>\d{1,2})(?![\w.:])"
)
# Sets of repetitions, "2 x (4 x 400)", and the rest between the sets.
SETS = re.compile(
    r"(?<![\w.:])(?P<sets>\d) ?[x*] ?\( ?(?P<count>\d{1,2}) ?[x*] ?(?P<inner>[^()]{1,60})\)"
)
SET_REST = re.compile(
    r"[/,]? ?(?:w/ |with )?(?P<n>\d{1,2}(?:\.\d)?) ?(?:min|mins|minutes?|'|s|secs?)? ?"
    r"(?:(?:jog|rest|recovery|easy) )?(?:between|after each) sets?\b"
)
# Repetitions with their count after them: "800s x 6", "1k x 5", "400m x 10".
REPS_AFTER = re.compile(
    r"(?<![\w.:])(?:(?P<plural>\d{3,4})s|(?P<n>\d{1,2}(?:\.\d)?) ?(?P<u>km|k|miles?|mi)"
    r"|(?P<metres>\d{3,4}) ?m) ?[x*] ?(?P<count>\d{1,2})(?![\w.:])"
)
FASTEST_S_PER_KM = 120
SLOWEST_S_PER_KM = 900


def find_finish(text: str) -> tuple[Finish, tuple[int, int]] | None:
    """The finish a session's words name, and where."""
    match = FINISH.search(text)
    if match is not None:
        number = float(match.group("size"))
        unit = match.group("u")
        seconds, metres = _in_unit(number, unit)
        return Finish(seconds, metres, number), match.span()
    fast = FAST_FINISH.search(text)
    if fast is not None:
        return Finish(0, 0, 0, default=True), fast.span()
    return None


def _in_unit(number: float, unit: str | None) -> tuple[int, int]:
    if unit is None:
        return 0, 0
    if unit in ("k", "km", "kms"):
        return 0, round(number * 1000)
    if unit.startswith("mi") and not unit.startswith("min"):
        return 0, round(number * MILE_M)
    if unit == "m":
        return 0, round(number)
    return round(number * 60), 0


def in_day_unit(number: float, whole: list[Size]) -> tuple[int, int] | None:
    """(seconds, metres) of a unitless number in the unit of the day's first size."""
    if not whole:
        return None
    first = whole[0]
    if first.is_time:
        return round(number * 60), 0
    return 0, round(number * (MILE_M if first.miles else 1000))


def find_run_walk(text: str) -> tuple[int, int, tuple[int, int]] | None:
    """(run seconds, walk seconds, where) of a run-walk split."""
    match = RUN_WALK_SPLIT.search(text)
    if match is None:
        return None
    if match.group("ratio_run"):
        run, walk = int(match.group("ratio_run")) * 60, int(match.group("ratio_walk")) * 60
        return run, walk, match.span()
    run_n = match.group("run") or match.group("run2")
    walk_n = match.group("walk") or match.group("walk2")
    run_u = match.group("ru") or match.group("ru2")
    walk_u = match.group("wu") or match.group("wu2") or run_u
    return _seconds(run_n, run_u or walk_u), _seconds(walk_n, walk_u), match.span()


def find_on_off(text: str) -> tuple[int, int, tuple[int, int]] | None:
    """(seconds on, seconds off, where) of efforts given on and off with no count."""
    match = ON_OFF.search(text)
    if match is None:
        return None
    unit = match.group("ou") or match.group("fu")
    on = _seconds(match.group("on"), match.group("ou") or unit)
    off = _seconds(match.group("off"), match.group("fu") or unit)
    return on, off, match.span()


def _seconds(number: str, unit: str | None) -> int:
    value = float(number)
    if unit is not None and (unit.startswith("s") or unit == '"'):
        return round(value)
    return round(value * 60)


def find_own_pace(text: str, in_miles: bool) -> tuple[OwnPace, tuple[int, int]] | None:
    """The coach's own pace and where; a pace with no unit is per mile when the session is
    written in miles, else per km."""
    match = OWN_PACE.search(text)
    if match is None:
        return None
    fast = match.group("fast") or match.group("fast2")
    slow = match.group("slow") or match.group("slow2") or fast
    per = (match.group("per") or "").replace(" ", "")
    miles = "mi" in per or (not per and in_miles)
    factor = 1 / (MILE_M / 1000) if miles else 1.0
    clock = sorted(_clock(value) for value in (fast, slow))
    ends = [round(value * factor) for value in clock]
    written = f"{fast}{'-' + slow if slow != fast else ''}/{'mi' if miles else 'km'}"
    explicit = bool(per or match.group("pace"))
    return OwnPace(ends[0], ends[1], written, explicit, (clock[0], clock[1])), match.span()


def rep_time_pace(clock: tuple[int, int], rep_m: int, text: str) -> OwnPace:
    """The pace of repetitions given their time ('6 x 800 (2:55-3:00)'): per km."""
    km = rep_m / 1000
    return OwnPace(round(clock[0] / km), round(clock[1] / km), f"{text} per {rep_m} m")


def rep_time_after(text: str, start: int) -> tuple[tuple[int, int], str, tuple[int, int]] | None:
    """The time of each repetition written right after them ('800 (2:55-3:00)', '400 in
    1:40'): (the clock times in seconds, as written, where)."""
    match = REP_TIME.match(text, start)
    if match is None:
        return None
    fast, slow = match.group("fast"), match.group("slow") or match.group("fast")
    written = f"{fast}-{slow}" if slow != fast else fast
    return (_clock(fast), _clock(slow)), written, match.span()


def _clock(text: str) -> int:
    minutes, seconds = text.split(":")
    return int(minutes) * 60 + int(seconds)


def unitless_parts(text: str, pace_starts: list[int]) -> list[tuple[float, tuple[int, int]]]:
    """Numbers without a unit right before '@' or 'at' ('w/ 4 @ tempo') or before a pace
    named (its words already blanked: 'w/ 5 @ T'), and where."""
    found = [(float(m.group("n")), m.span("n")) for m in UNITLESS_AT.finditer(text)]
    for start in pace_starts:
        match = UNITLESS_BEFORE.search(text, max(0, start - 12), start)
        if match is not None and all(span != match.span("n") for _, span in found):
            found.append((float(match.group("n")), match.span("n")))
    return found


def easy_numbers(text: str) -> list[tuple[float, tuple[int, int]]]:
    """Unitless numbers of easy running ('10 easy'), and where."""
    return [(float(m.group("n")), m.span()) for m in EASY_NUMBER.finditer(text)]


def bare_number(text: str) -> tuple[float, tuple[int, int]] | None:
    """The one bare number a session's words hold ('easy 60'), if it is the only one."""
    numbers = [m for m in BARE_NUMBER.finditer(text)]
    if len(numbers) != 1 or find_sizes(text):
        return None
    return float(numbers[0].group("n")), numbers[0].span("n")


def blank_span(text: str, span: tuple[int, int]) -> str:
    return blank(text, span[0], span[1])


def numbered_blocks(text: str) -> tuple[str, list[str]]:
    """The text with each block of numbered miles or kilometres ('miles 10-13') written as
    its count in the day's unit, length kept ('4', the unitless part of a day in miles),
    and a remark for each."""
    remarks = []
    for match in NUMBERED_BLOCK.finditer(text):
        first, last = int(match.group("a")), int(match.group("b"))
        if not 0 < first <= last:
            continue
        count = str(last - first + 1)
        start, end = match.span()
        text = text[:start] + count.rjust(end - start) + text[end:]
        remarks.append(f"'{match.group(0)}' read as {count} {match.group('unit')}")
    return text, remarks


def flattened_sets(text: str) -> tuple[str, list[str]]:
    """The text with sets of repetitions written as one series ('2 x (4 x 400)' as '8x400'),
    length kept, the rest between sets left out; and a note for each."""
    notes = []
    for match in SETS.finditer(text):
        total = int(match.group("sets")) * int(match.group("count"))
        series = f"{total}x{match.group('inner')}".ljust(match.end() - match.start())
        text = text[: match.start()] + series + text[match.end() :]
        notes.append(f"'{match.group(0)}' read as {total} x {match.group('inner').strip()}")
    rest = SET_REST.search(text)
    if notes and rest is not None:
        text = blank(text, *rest.span())
        notes.append(f"the rest between sets ('{rest.group(0).strip(' /,')}') is not kept")
    return text, notes


def reps_written_after(text: str) -> tuple[Reps, re.Match[str]] | None:
    """Repetitions written size first, count after ('800s x 6', '1k x 5'), and where."""
    match = REPS_AFTER.search(text)
    if match is None:
        return None
    if match.group("n"):
        metres = _in_unit(float(match.group("n")), match.group("u"))[1]
    else:
        metres = int(match.group("plural") or match.group("metres"))
    return Reps(int(match.group("count")), metres, 0, False), match
