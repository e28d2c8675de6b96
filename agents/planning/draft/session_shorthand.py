"""The pieces of coaches' shorthand a session's words may hold beyond kinds and sizes: a
finish at pace ('last 5k @ HM pace', 'fast finish'), a run-walk split ('4 min run / 1 min
walk', '4:1'), the coach's own pace ('@ 7:00/mi', '4:30/km'), and the unitless numbers
that take the unit of the day's size ('6 miles w/ 4 @ tempo', 'easy 60').

Every pattern is bounded, as in session_words.
"""

from __future__ import annotations

import re

from agents.planning.core.paces import Paces
from agents.planning.draft.session_words import (
    MILE_M,
    Finish,
    OwnPace,
    Size,
    Words,
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
# A progression names how the run builds, not the pace it ends at (see session_kind).
PROGRESSION = re.compile(r"\bprogress(?:ion|ive|ing)\b")
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
# A pace in whole minutes: "8-9 min/mi", "5 min per km".
MINUTES_PACE = re.compile(
    r"(?<![\d:.])(?P<fast>\d{1,2})(?: ?(?:-|\u2013|to) ?(?P<slow>\d{1,2}))? ?"
    r"(?:min|mins|minutes) ?(?:/ ?|per )(?P<per>km|k|mi|mile)\b"
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
# A number with no unit ('easy 60'), never one that names a pace ('@ 1000 pace', '@ 1000').
BARE_NUMBER = re.compile(
    r"(?<![\w.:'/x*@-])(?<!@ )(?<!\bat )(?P<n>\d{1,3}(?:\.\d{1,2})?)"
    r"(?![\w.:'/%]| ?(?:pace|effort)\b)"
)
BARE_MINUTES_FROM = 20
BARE_MINUTES_UP_TO = 300  # five hours: a bigger bare number is no run's minutes ('800')
FASTEST_S_PER_KM = 120
SLOWEST_S_PER_KM = 900


def find_finish(text: str) -> tuple[Finish, tuple[int, int]] | None:
    """The finish a session's words name, and where."""
    match = FINISH.search(text)
    if match is not None:
        number = float(match.group("size"))
        unit = match.group("u")
        seconds, metres = in_unit(number, unit)
        progression = PROGRESSION.search(text) is not None
        return Finish(seconds, metres, number, progression=progression), match.span()
    fast = FAST_FINISH.search(text)
    if fast is not None:
        progression = PROGRESSION.search(text) is not None
        return Finish(0, 0, 0, default=True, progression=progression), fast.span()
    return None


def in_unit(number: float, unit: str | None) -> tuple[int, int]:
    """(seconds, metres) of a number in a written unit (none: (0, 0))."""
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
        clock = len(match.group("ratio_walk")) > 1 or match.group("ratio_run").startswith("0")
        if ":" in match.group(0) and clock:
            return None  # '8 x 300 in 1:05, 300 walk': a clock, not 1 minute run to 5 walk
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
        return _minutes_pace(text)
    fast = match.group("fast") or match.group("fast2")
    slow = match.group("slow") or match.group("slow2") or fast
    per = (match.group("per") or "").replace(" ", "")
    miles = per.endswith(("mi", "mile")) or (not per and in_miles)  # 'min/km' is per km
    factor = 1 / (MILE_M / 1000) if miles else 1.0
    clock = sorted(_clock(value) for value in (fast, slow))
    ends = [round(value * factor) for value in clock]
    written = f"{fast}{'-' + slow if slow != fast else ''}/{'mi' if miles else 'km'}"
    explicit = bool(per or match.group("pace"))
    return OwnPace(ends[0], ends[1], written, explicit, (clock[0], clock[1])), match.span()


def _minutes_pace(text: str) -> tuple[OwnPace, tuple[int, int]] | None:
    match = MINUTES_PACE.search(text)
    if match is None:
        return None
    fast, slow = int(match.group("fast")), int(match.group("slow") or match.group("fast"))
    miles = match.group("per").startswith("mi")
    factor = 1 / (MILE_M / 1000) if miles else 1.0
    written = f"{fast}{'-' + str(slow) if slow != fast else ''} min/{'mi' if miles else 'km'}"
    ends = sorted(round(minutes * 60 * factor) for minutes in (fast, slow))
    clock = (min(fast, slow) * 60, max(fast, slow) * 60)
    return OwnPace(ends[0], ends[1], written, True, clock), match.span()


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


def whole_run(
    words: Words, effort: Size | None, whole: list[Size]
) -> tuple[Size | None, list[Size]]:
    """A distance or time at the coach's own pace, no kind named ('10 mi @ 8:30/mi', '@
    5:00/km — 50 min'): that run at that pace, nothing around it (the effort is the day)."""
    if effort is not None and not whole:
        whole = [effort]
    elif effort is None and len(whole) == 1:
        effort = whole[0]
    else:
        return effort, whole
    words.remarks.append("the whole run at your pace: no warm-up or cool-down added")
    return effort, whole


def easy_numbers_as_parts(
    words: Words, whole: list[Size], warmup: Size | None, cooldown: Size | None
) -> tuple[Size | None, Size | None]:
    """The warm-up and cool-down, with easy running written as a number in the day's unit
    ('10 easy + 4 @ MP') where none was written with its own size."""
    for number, before in words.easy_numbers:
        found = in_day_unit(number, whole)
        part = Size(seconds=found[0], metres=found[1]) if found else None
        if before and warmup is None:
            warmup = part
        elif not before and cooldown is None:
            cooldown = part
    return warmup, cooldown


def nearer_reading(per_rep: OwnPace, clock: tuple[int, int], paces: Paces) -> OwnPace:
    """A clock after repetitions of a km or more ('3 x 2k (4:15)') is each one's time or a
    pace per km: the reading nearer the athlete's interval pace."""
    per_km = OwnPace(clock[0], clock[1], per_rep.written.split(" per ")[0] + "/km")
    target = paces.interval
    return per_km if abs(per_km.fast - target) < abs(per_rep.fast - target) else per_rep
