"""Coach phrasings of counts, recoveries, efforts and finishes rewritten into the reader's forms."""

from __future__ import annotations

import re

from agents.planning.core.values import COUNT_WORDS

# Each rewrite works on a normalised session text (lower case, single spaces), as those of
# line_rewrites, and every pattern is bounded. These run before line_rewrites' own.
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(w for w in COUNT_WORDS if w not in ("a", "an")) + r")"
# "5 by 1000m", "five by 1k", "ten x 400m", "4 by 1 mile": a count of repetitions, the
# size after it ("by" only before a size, "finish by 5" is no count).
_REP_SIZE = r"(?=\d{1,4}(?:\.\d)? ?(?:m|k|km|mi|miles?|mins?|minutes?|s|secs?|'|\")?(?![\w.:])"
COUNT_BY = re.compile(
    r"(?<![\w.:'])" + _COUNT + r" ?(?:by|x|\*) ?" + _REP_SIZE + r"|(?:a |one )?miles?\b)"
)
# "10x400m@85s", "6x1k@10k": '@' written against its neighbours.
TIGHT_AT = re.compile(r" ?@ ?")
# "r 2'", "r 2:00", "r 90s": the recovery written "r" and a space (never "R 8 x 200", R pace).
R_SPACED = re.compile(
    r"(?<![\w.'])r[ :] ?(?=\d{1,3}(?::\d{2})?(?: ?(?:s|secs?|mins?|'|\"|m|jog))?(?![\w.:]| ?[x*]))"
)
# "rest 2:00": a recovery as a clock of minutes and seconds.
REST_CLOCK = re.compile(r"\b(?P<w>rest|rec|recov|recovery) (?P<m>\d):(?P<s>[0-5]\d)(?![\d:])")
# "r=2", "rest 3": a recovery under ten with no unit is minutes (no recovery is 2 seconds).
REST_SMALL = re.compile(r"\b(?P<w>rest|rec|recov) (?P<n>[1-9])(?![\w.:'\"/]| ?(?:x|\*|[a-z]))")
# A bare number ends its part: the line, a comma, a pace, a bracket, a total or what it holds
# follow it (never a unit, nor a part's word: "tempo: 2 wu / 4 T" is no 2 km of tempo).
_NO_UNIT = r"(?= ?(?:$|[,;@(+|\u2014]|[-\u2013](?! ?\d)|w/|with\b|incl))"
# A rest day and a session side by side ('Rest/XT', 'easy 20 / off') is a choice as well.
REST_OR = re.compile(r"^(?:rest|off)(?: day)? ?/ ?\S|\S ?/ ?(?:rest|off)(?: day)?$")
# A quality kind and a bare number ("tempo 20", "threshold 25"): the work's minutes; a small
# one ("tempo 5") kilometres, said in a note.
QUALITY_BARE = re.compile(r"\b(?P<k>tempo|threshold|lt)(?: run)?:? (?P<n>\d{1,2})" + _NO_UNIT)
# "comfortably hard" is the classic definition of tempo (threshold) effort.
COMFORTABLY_HARD = re.compile(r"\bcomfortably hard\b")
# "S&C", "S+C", "S & C": strength and conditioning.
S_AND_C = re.compile(r"(?<![\w&+])s ?(?:&|\+|and) ?c(?![\w&+])")
# "FF": a fast finish; a finish right after the size ("long run 25 km fast finish") is a part.
FAST_FINISH = re.compile(r"\bff\b")
FINISH_PART = re.compile(r"(?<=[\w'])(?<!,) (?=(?:fast|strong|progressive|quick) finish\b)")
# "10 x hill, walk down": hills, as "10 x hills".
ONE_HILL = re.compile(r"(?<![\w.:])(?P<n>\d{1,2}) ?[x*] ?hill\b(?! ?(?:sprints?|reps?|repeats?)\b)")
# "6 x hill 300m", "8 x hill 60s": the size after the word is each hill's (it was 60 s).
ONE_HILL_SIZED = re.compile(
    r"(?<![\w.:])(?P<n>\d{1,2}) ?[x*] ?hills? (?P<s>\d{1,4} ?(?:m|s|secs?|mins?|'|\"))(?![\w.:])"
)
# "hill repeats x 10 (60s)", "hill sprints x 8": the count after the word (it was 8).
HILLS_COUNT_AFTER = re.compile(
    r"\bhill (?:repeats?|reps?|sprints?) ?[x*] ?(?P<n>\d{1,2})(?![\w.:'\"])"
)
SIZE_BEFORE = re.compile(r"\d ?(?:s|secs?|m|mins?|'|\"|k|km|mi)? ?$")
# "1 mi @ T x 3", "1 km @ 10k x 5": the count after a size at its pace (it was one mile).
PACED_TIMES = re.compile(
    r"(?<![\w.:])(?<![x*] )(?P<s>\d{1,2}(?:\.\d{1,2})? ?(?:km|k|mi|miles?|mins?|'))"
    r" (?P<p>@ ?[a-z0-9:.]{1,6}(?: pace)?) ?[x*] ?(?P<n>\d{1,2})(?![\w.:'\"])"
)
# "Kenyan fartlek 2/1", "fartlek 3/1": minutes on and off.
FARTLEK_RATIO = re.compile(r"\bfartlek (?P<on>[1-5]) ?/ ?(?P<off>[1-5])(?![\w.:/'\"])")
# "mile TT", "a mile time trial": a time trial of 1 mile.
MILE_TRIAL = re.compile(r"(?<![\w.])(?<![\d.] )(?:a |one )?mile (?=tt\b|time trial\b|race\b)")
# "at tempo", "@ tempo pace": threshold pace (a tempo's finish at tempo is not marathon pace).
AT_TEMPO = re.compile(r"(?:@|\bat) tempo(?: pace| effort)?\b")
# "equal recovery" after repetitions of a time ("6 x 3 min w/ equal jog recovery"): that time.
EQUAL_AFTER_TIME = re.compile(
    r"(?P<reps>\d{1,2} ?[x*] ?(?P<t>\d{1,2}(?::\d{2})? ?(?:mins?|minutes?|'|s|secs?|\")))"
    r"(?P<mid>[^,()]{0,30}?)(?:,? ?(?:w/|with) ?)?,? ?"
    r"\bequal (?:jog |time )?(?:recovery|rest|jog)\b"
)
# Compact slash forms, "2k wu/5x1k@4:00/2k cd", "15'wu/10x400/10'cd": the slash beside a
# warm-up or cool-down separates the parts (it is no recovery of 2 km).
SLASH_BY_PART = re.compile(
    r"(?:(?<=\bwu|\bcd)|(?<=warm-up|warm up)) ?/ ?(?=\d)"
    r"| ?/ ?(?=\d{1,3}(?:\.\d{1,2})? ?(?:k|km|mi|miles?|mins?|')? ?(?:easy )?(?:wu|cd)\b)"
    r"| ?/ ?(?=(?:wu|cd) ?\d)"
)
WU_CD = re.compile(r"\bwu ?/ ?cd\b")
TIGHT_PART = re.compile(r"(?<=\d')(?=wu\b|cd\b)")
# "6 x 1000m à 3'50", "6x1000 a 3:50": the French and Italian 'at' before a clock.
AT_WORD = re.compile(
    r" ?\u00e0 ?(?=\d)|(?<=[\dmk]) a (?=\d{1,2}[:'][0-5]\d|\d{2,3} ?(?:\"|s\b|secs?\b))"
)
# "12 x 400 @ 75", "400 repeats x 12 @ 75": a bare number after '@' on track repetitions up to
# 800 m is each one's time in seconds (a pace of 75 s a km is no pace).
REP_AT_SECONDS = re.compile(
    r"(?P<head>[x*] ?[1-8]00 ?m? ?@ ?)(?P<s>[2-9]\d)(?: ?(?:-|to) ?(?P<s2>[2-9]\d))?"
    r"(?![\w.:'\"%/-])"
)
# "w 2min": the recovery written "w" with no slash.
W_SPACE = re.compile(r"(?<=[\w)]) w (?=\d)")
PARK_RUN = re.compile(r"\bpark run\b")
# "20 mi w/ 10 @ 8:00", "25 km incl 10 @ 4:50": a part with no unit, at the coach's clock, is
# in the day's unit (the part was dropped and the whole run taken at that pace).
_DAY_UNIT = re.compile(r"(?<![\w.:])\d{1,3}(?:\.\d{1,2})? ?(?P<u>mi|miles?|km|k)\b")
INNER_AT_CLOCK = re.compile(
    r"\b(?P<w>w/|with|incl\.?|including) (?P<n>\d{1,2}(?:\.\d)?) (?=@ ?\d{1,2}[:'][0-5]\d)"
)
# A long run and a bare number ("long 30", "long run 25", "LR 2"): up to 5 hours, up to 45
# kilometres (no long run is 30 minutes), else minutes as any bare number.
LONG_BARE = re.compile(r"\b(?P<k>long run|long|lr|lsd):? (?P<n>\d{1,2}(?:\.\d{1,2})?)" + _NO_UNIT)
LONG_HOURS_UP_TO = 5
LONG_KM_UP_TO = 45
# "3 x 1 mile (5:45, 5:40, 5:35)": each one's clock, as a range (not a day of 5 h 35).
CLOCK_LIST = re.compile(r"\( ?(?P<c>\d{1,2}:\d{2}(?: ?[,./] ?\d{1,2}:\d{2}){1,9}) ?\)")
# "3 km + 4 x 1 km + 2 km": sizes before and after the repetitions are the warm-up and cool-down.
_PLAIN_SIZE = r"\d{1,2}(?:\.\d)? ?(?:km|k|mi|miles?|mins?|')"
_EASY = r"(?: (?:easy|e|jog))?"  # '20 min easy / 10 x 1 min @ 5k / 10 min easy' too
EASY_AROUND_REPS = re.compile(
    r"^(?P<a>" + _PLAIN_SIZE + r")" + _EASY + r" ?[+,/] ?"
    r"(?P<mid>\d{1,2}(?: ?[x*] ?| ?(?:km|k|mi|miles?|mins?|'|)"
    r" ?(?:@|tempo|threshold|t\b|mp\b|hmp\b))[^+,/]{0,60}?) ?[+,/] ?"
    r"(?P<b>" + _PLAIN_SIZE + r")" + _EASY + r"$"
)
# "2 x 20 min easy (am/pm)", "2 x 5 km easy (double)": two runs of a day, not repetitions.
TWICE_A_DAY = re.compile(
    r"^(?:2|two) ?[x*] ?(?P<run>" + _PLAIN_SIZE + r"(?: (?:easy|e|jog|recovery))?) ?"
    r"\(? ?(?:am ?(?:/|&|and|\+) ?pm|double|doubles|twice)\)?$",
    re.IGNORECASE,
)
# "400m x 8 @ 75s": a track distance first, then the count.
SIZE_FIRST = re.compile(
    r"(?<![\w.:/-])(?P<size>[1-9]\d{2,3} ?m?) ?[x*] ?(?P<n>\d{1,2})(?![\d.:'\"/-]| ?[x*]"
    r"| ?(?:m|k|km|mi|mins?|s|secs?)\b)"
)


def rewrite_phrases(text: str) -> tuple[str, list[str]]:
    """The session text with these phrasings rewritten (before line_rewrites' own), and the
    notes of what was assumed."""
    notes: list[str] = []
    text = AT_WORD.sub(" @ ", TIGHT_AT.sub(" @ ", text))
    text = WU_CD.sub("wu and cd", text)  # one size for both, as line_rewrites reads it
    text = SLASH_BY_PART.sub(", ", TIGHT_PART.sub(" ", text))
    text = REP_AT_SECONDS.sub(_rep_seconds, W_SPACE.sub(" w/ ", text))
    text = PARK_RUN.sub("parkrun", text)
    text = EASY_AROUND_REPS.sub(
        lambda m: f"{m.group('a')} wu, {m.group('mid')}, {m.group('b')} cd", text
    )
    text = CLOCK_LIST.sub(_clock_range, text)
    day = _DAY_UNIT.search(text)
    if day is not None:
        unit = "mi" if day.group("u").startswith("mi") else "km"
        text = INNER_AT_CLOCK.sub(lambda m: f"{m.group('w')} {m.group('n')} {unit} ", text)
    notes.extend(_long_note(m) for m in LONG_BARE.finditer(text) if _long_unit(m))
    text = LONG_BARE.sub(lambda m: f"{m.group('k')} {m.group('n')} {_long_unit(m)}".rstrip(), text)
    text = COUNT_BY.sub(
        _count, SIZE_FIRST.sub(lambda m: f"{m.group('n')} x {m.group('size')}", text)
    )
    text = R_SPACED.sub("rest ", text)
    for match in QUALITY_BARE.finditer(text):
        unit = "min" if int(match.group("n")) >= 10 else "km"
        notes.append(f"'{match.group(0)}' has no unit: the work read as {match.group('n')} {unit}")
    text = QUALITY_BARE.sub(_quality_bare, text)
    text = COMFORTABLY_HARD.sub("@ threshold", text)
    text = S_AND_C.sub("strength", text)
    text = FAST_FINISH.sub("fast finish", text)
    finish = FINISH_PART.search(text)
    if finish and len(re.findall(r"\d+", text[: finish.start()])) == 1:
        text = text[: finish.start()] + ", " + text[finish.end() :]  # one size: the day's
    text = HILLS_COUNT_AFTER.sub(_hills_counted_after, text)
    text = PACED_TIMES.sub(lambda m: f"{m.group('n')} x {m.group('s')} {m.group('p')}", text)
    text = ONE_HILL_SIZED.sub(lambda m: f"{m.group('n')} x {m.group('s')} hills", text)
    text = ONE_HILL.sub(lambda m: f"{m.group('n')} x hills", text)
    text = FARTLEK_RATIO.sub(lambda m: f"fartlek {m.group('on')}' on {m.group('off')}' off", text)
    text = MILE_TRIAL.sub("1 mile ", text)
    text = AT_TEMPO.sub("@ threshold", text)
    text = EQUAL_AFTER_TIME.sub(_equal_recovery, text)
    return " ".join(text.split()), notes


def rewrite_rests(text: str) -> tuple[str, list[str]]:
    """Recoveries written "rest" and a clock or a bare small number (after line_rewrites has
    made "r=2" "rest 2") in the reader's forms, and the notes of what was assumed."""
    text = REST_CLOCK.sub(
        lambda m: f"{m.group('w')} {int(m.group('m')) * 60 + int(m.group('s'))} s", text
    )
    notes = [
        f"the recovery '{m.group(0)}' has no unit: read as {m.group('n')} min"
        for m in REST_SMALL.finditer(text)
    ]
    return REST_SMALL.sub(lambda m: f"{m.group('w')} {m.group('n')} min", text), notes


def _hills_counted_after(match: re.Match[str]) -> str:
    """'hill repeats x 10' as '10 x hills'; a size before it ('90s hill repeats x 8') is
    read with it elsewhere, so the words stay."""
    before = match.string[max(0, match.start() - 8) : match.start()]
    return match.group(0) if SIZE_BEFORE.search(before) else f"{match.group('n')} x hills"


def _equal_recovery(match: re.Match[str]) -> str:
    return f"{match.group('reps')}{match.group('mid')}, {match.group('t')} jog"


def _rep_seconds(match: re.Match[str]) -> str:
    upper = f"-{match.group('s2')}" if match.group("s2") else ""
    return f"{match.group('head')}{match.group('s')}{upper}s"


def twice_a_day(body: str) -> str:
    """A day's body with a run written twice over ('2 x 20 min easy (am/pm)') as the double it
    is ('am 20 min easy + pm 20 min easy'), before it is split into sessions."""
    return TWICE_A_DAY.sub(lambda m: f"am {m.group('run')} + pm {m.group('run')}", body.strip())


def _long_unit(match: re.Match[str]) -> str:
    number = float(match.group("n"))
    return "h" if number <= LONG_HOURS_UP_TO else "km" if number <= LONG_KM_UP_TO else ""


def _long_note(match: re.Match[str]) -> str:
    unit = "hours" if _long_unit(match) == "h" else "kilometres"
    return f"'{match.group(0)}' has no unit: read as {unit} (no long run is {match.group('n')} min)"


def _clock_range(match: re.Match[str]) -> str:
    clocks = sorted(
        re.findall(r"\d{1,2}:\d{2}", match.group("c")), key=lambda c: int(c.replace(":", ""))
    )
    return f"@ {clocks[0]}-{clocks[-1]}"


def _count(match: re.Match[str]) -> str:
    count = match.group("n")
    return f"{COUNT_WORDS.get(count, count)} x "


def _quality_bare(match: re.Match[str]) -> str:
    number = int(match.group("n"))
    return f"{match.group('k')} {number} {'min' if number >= 10 else 'km'}"
