"""Repetitions written in other shapes than 'N x size': sets ('2 x (4 x 400)', '3 sets of 4 x
400'), size first ('800s x 6', '1k repeats x 5'), and numbered miles of a run at pace ('miles
10-13 @ MP'); and the repetitions that are not one series (a ladder, repeats with no count),
and the sizes that cannot make a session.

Each rewrites the text it reads with its length kept, so the positions the rest of the
reading uses stay valid; every pattern is bounded, as in session_words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.planning.core.kinds import WORK_ZONE, Kind
from agents.planning.draft.session_shorthand import in_unit
from agents.planning.draft.session_words import REPS, Reps, Sizes, Words, blank

# Numbered miles or kilometres of the day at pace: "miles 10-13 @ MP" is 4 of them.
NUMBERED_BLOCK = re.compile(
    r"\b(?P<unit>miles?|mi|km|kms|k) (?P<a>\d{1,2}) ?(?:-|\u2013|to|through|thru) ?"
    r"(?P<b>\d{1,2})(?![\w.:'/]| ?(?:min|/))"  # not a pace range ('8-9 min/mi')
)
# Sets of repetitions, "2 x (4 x 400)", and the rest between the sets.
SETS = re.compile(
    r"(?<![\w.:])(?P<sets>\d) ?[x*] ?\( ?(?P<count>\d{1,2}) ?[x*] ?(?P<inner>[^()]{1,60})\)"
)
# Sets' two rests in brackets, "3 sets of 4 x 400 (1' / 3')": between repetitions, between sets.
_REST = r"\d{1,2}(?:\.\d)? ?(?:min|mins|minutes?|'|s|secs?|seconds?)"
# Without brackets too, after sets ("2 x 3 x 1 km, 90s/3'"): the set's rest was taken for
# the repetitions'.
SET_PAIR = re.compile(
    r"(?:\( ?|(?<![\w.:'/]))(?P<a>" + _REST + r") ?/ ?(?P<b>" + _REST + r")(?: ?\))?(?![\w.:/])"
)
# Sets written in words or as a product: "3 sets of 4 x 400", "2 sets 8 x 200", "2 x 4 x 400".
SETS_INLINE = re.compile(
    r"(?<![\w.:])(?P<sets>\d) ?(?:sets? (?:of |[x*] )?|[x*] ?)\(? ?(?P<count>\d{1,2}) ?[x*] ?(?=\d)"
)
SET_REST = re.compile(
    r"[/,]? ?(?:w/ |with )?(?P<n>\d{1,3}(?:\.\d)?) ?(?:min|mins|minutes?|'|s|secs?|m)? ?"
    r"(?:(?:jog|rest|recovery|easy) )?(?:between|after each) sets?\b"
)
# A rest right after a set's bracket, "between" alone ("3 x (2 x 1 mile, 1 min) 3 min
# between"): between the sets too.
SET_REST_AFTER = re.compile(
    r"(?<=\)) ?[,;]? ?(?P<n>\d{1,3}(?:\.\d)?) ?(?:min|mins|minutes?|'|s|secs?)? ?"
    r"(?:(?:jog|rest|recovery|easy) )?between\b(?! (?:reps|repeats|repetitions|efforts|each))"
)
# Repetitions with their count after them: "800s x 6", "1k x 5", "400m x 10", and with a
# word for them between ("1k repeats x 6", "mile repeats x4", "1200 reps x 4", "90s hill
# repeats x 8"); a bare number, a unit alone or a time needs that word.
_REPEATS = r"(?P<hill>hill )?(?:repeats?|reps?|repetitions?)"
REPS_AFTER = re.compile(
    r"(?<![\w.:])(?:(?P<plural>\d{3,4})s|(?P<n>\d{1,2}(?:\.\d)?) ?(?P<u>km|k|miles?|mi)"
    r"|(?P<metres>\d{3,4}) ?m|(?P<bare>\d{3,4})(?= (?:hill )?rep)"
    r"|(?P<time>\d{1,3}) ?(?P<tu>s|secs?|seconds?|\"|'|mins?|minutes?)(?= (?:hill )?rep)"
    r"|(?P<one>mile|km|k|kilomet(?:er|re))(?= (?:hill )?rep))"
    r"(?: " + _REPEATS + r")? ?[x*] ?(?P<count>\d{1,2})(?![\w.:])"
)

# Repetitions the reader cannot make one series of: a size named as repeats with no count
# ('400m repeats'), and several sizes in a row, a ladder or pyramid ('400-300-200').
COUNTLESS_REPEATS = re.compile(
    r"(?:(?<![\w.:])(?:\d{1,4}(?:\.\d)? ?(?:m|k|km|mi|miles?|s|secs?|mins?|')|\d{3,4})"
    r"|\bmile|\bkm|\bk)"  # '10 reps' is a count, '1200 repeats' a size
    r" (?:hill )?(?:repeats?|reps|repetitions)\b"
)
COUNT_ONLY = re.compile(r"(?<![\w.:])\d{1,2} (?:reps|repeats|repetitions)\b")  # '10 reps'
# A rest with no repetitions before it ('60s standing rest'): not a session of its own.
STRAY_REST = re.compile(
    r"(?<![\w.:])\d{1,3} ?(?:s|secs?|seconds?|mins?|minutes?|'|\"|m)? "
    r"(?:(?:standing|static|walk|walking) )?"
    r"rest\b(?! of)|\b(?:standing|static|walk|walking) rest\b|\bbetween (?:reps|repeats|sets)\b"
)
LADDER = re.compile(r"(?<![\w.:])\d{3,4} ?m?(?: ?[-/] ?\d{3,4} ?m?){2,8}(?![\w:])")
# Several sizes in one set: "3 x (1600, 800)", "5 x (1k @ 10k + 200 fast)" (not a run-walk
# cycle, "10 x (3 min run + 1 min walk)"); a pyramid of minutes, "1-2-3-2-1".
MIXED_SET = re.compile(
    r"[x*] ?\( ?\d{2,4} ?(?:m|k|km|s|')?(?: ?(?:,|\+|and|/) ?\d{2,4} ?(?:m|k|km|s|')?){1,6} ?\)"
    r"|[x*] ?\((?![^()]{0,80}\b(?:walk|run)\b)[^()+]{1,40}\+[^()]{1,40}\)"
)
MINUTE_LADDER = re.compile(
    r"(?<![\w.:-])\d{1,2}(?:-\d{1,2}){3,8}(?![\w.:-])"
    r"|(?<![\w.:-])\d{1,2}(?:-\d{1,2}){2,8} ?(?:km|k|mi|mins?|')(?![\w-])"  # '3-2-1 km'
)
# Three sizes or more listed with commas, or minutes with spaces, beside a recovery or a
# ladder's name ('mile, 1200, 800, 400 w/ 400 jog', "5', 4', 3', 2', 1' w/ 1' jog", "pyramid 1'
# 2' 3' 2' 1'"): a ladder (it was read as their sum of easy running).
_LISTED = r"(?:(?<![\d.] )mile|\d{1,4}(?:\.\d)? ?(?:m|k|km|mi|mins?|'|s)?)"
LIST_LADDER = re.compile(
    r"(?<![\w.:'])(?<![x*] )" + _LISTED + r"(?:, ?" + _LISTED + r"){2,8}(?![\w.:])"
    r"|(?<![\w.:'])\d{1,2}'(?: \d{1,2}'){2,8}"
)
LADDER_BESIDE = re.compile(r"\b(?:jog|r/|w/|rest|rec|recovery|float|walk|pyramid|ladder)\b|r/")
# A list of sizes at a pace ('1k, 2k, 1k @ T'): a ladder too (it was 1 km at T).
LADDER_AT_PACE = re.compile(r"(?<![\w.:'])" + _LISTED + r"(?:, ?" + _LISTED + r"){2,8} ?(?:@|at\b)")
# Paces of a cutdown listed one by one ('4 x 1 mi 7:00, 6:45, 6:30, 6:15').
CLOCK_LIST = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?:, ?\d{1,2}:\d{2}){2,8}(?![\d:])")


def repetitions_problem(source: str, left: str, counted: bool) -> str | None:
    """Why the repetitions a session's words (`source`; `left`, what no reading took) write
    cannot be read as one series (`counted`: a count of them was read), if they cannot."""
    ladder = LADDER.search(source) or MIXED_SET.search(source) or MINUTE_LADDER.search(source)
    if ladder is None and (LADDER_BESIDE.search(source) or LADDER_AT_PACE.search(source)):
        ladder = LIST_LADDER.search(source)
    clocks = CLOCK_LIST.search(source)
    if clocks is not None:
        return (
            f"several paces one after another ('{clocks.group(0)}'): a session holds one; "
            "write the repetitions at one pace or one a line"
        )
    if ladder is not None:
        return (
            f"repetitions of several sizes ('{ladder.group(0).strip()}') are not one series: "
            "write them as 'N x size'"
        )
    second = REPS.search(left) if counted else None
    if second is not None:
        return (
            f"a second series of repetitions ('{second.group(0).strip()}'): a session holds "
            "one; write the other on a line of its own"
        )
    if not counted and COUNTLESS_REPEATS.search(left):
        return "repetitions without a count (write '8 x 400 m' or '400m repeats x 8')"
    if not counted and COUNT_ONLY.search(left):
        return "repetitions without a size (write '10 x 400 m' or '10 x 1 min')"
    stray = STRAY_REST.search(left) if not counted else None
    if stray is not None:
        return f"a rest ('{stray.group(0).strip()}') with no repetitions before it"
    return None


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
    after_bracket = SET_REST_AFTER.search(text)  # before the brackets are spliced away
    for match in SETS.finditer(text):
        total = int(match.group("sets")) * int(match.group("count"))
        text = _spliced(text, match, f"{total}x{match.group('inner')}".ljust)
        notes.append(f"'{match.group(0)}' read as {total} x {match.group('inner').strip()}")
    for match in SETS_INLINE.finditer(text):
        total = int(match.group("sets")) * int(match.group("count"))
        text = _spliced(text, match, f"{total}x".rjust)
        notes.append(f"'{match.group(0).strip()}' read as {total} repetitions")
    pair = SET_PAIR.search(text) if notes else None
    if pair is not None:  # "(1' / 3')": between the repetitions, then between the sets
        text = _spliced(text, pair, f"{pair.group('a')} jog".ljust)
        notes.append(f"the rest between sets ('{pair.group('b')}') is not kept")
    rest = SET_REST.search(text) or after_bracket
    if notes and rest is not None:
        text = blank(text, *rest.span())
        notes.append(f"the rest between sets ('{rest.group(0).strip(' /,')}') is not kept")
    return text, notes


def _spliced(text: str, match: re.Match[str], padded: Callable[[int], str]) -> str:
    """The text with a match replaced by a text padded to its length."""
    return text[: match.start()] + padded(match.end() - match.start()) + text[match.end() :]


def reps_written_after(text: str) -> tuple[Reps, re.Match[str]] | None:
    """Repetitions written size first, count after ('800s x 6', '1k repeats x 5'), and
    where."""
    match = REPS_AFTER.search(text)
    if match is None:
        return None
    seconds, metres = 0, 0
    if match.group("n"):
        metres = in_unit(float(match.group("n")), match.group("u"))[1]
    elif match.group("one"):
        metres = in_unit(1, "mi" if match.group("one") == "mile" else "km")[1]
    elif match.group("time"):
        unit = match.group("tu")
        seconds = int(match.group("time")) * (60 if unit[0] in "m'" else 1)
    else:
        metres = int(match.group("plural") or match.group("metres") or match.group("bare"))
    return Reps(int(match.group("count")), metres, seconds, False), match


def kept_words(text: str, match: re.Match[str]) -> str:
    """The text with the repetitions read blanked, but for a kind word inside them ('hill'
    in '90s hill repeats x 8': the kind is still to be read)."""
    if not match.groupdict().get("hill"):
        return blank(text, match.start(), match.end())
    text = blank(text, match.start(), match.start("hill"))
    return blank(text, match.end("hill"), match.end())


def sizes_problem(words: Words, sizes: Sizes, kind: Kind) -> str | None:
    """Why the sizes read cannot make the session: a pace with no size, or the parts of a
    workout in numbers with no unit that nothing could place ('10k: 2 easy, 4 tempo, 2
    easy' is not a 10 km tempo)."""
    if words.kind_by_pace and not (sizes.whole or sizes.effort or words.reps or words.finish):
        return "a pace without a distance or time ('10 mi @ 8:30/mi')"
    if _work_beside_reps(words, sizes):
        return (
            "a piece of work at another pace beside the repetitions ('2 mi @ T, 4 x 400 @ R'):"
            " a session holds one; write the other on a line of its own"
        )
    bare = [word for word in sizes.leftover if word.strip("'(),;:").isdigit()]
    if kind in WORK_ZONE and len(bare) >= 2:
        return f"the parts' sizes ({', '.join(bare)}) have no unit: write km, mi or min after each"
    return None


def _work_beside_reps(words: Words, sizes: Sizes) -> bool:
    """Whether a size stands at a named pace of its own beside repetitions at another pace
    ('2 mi @ T, 4 x 400 @ R' is two pieces of work, not 4 x 400 at T in a 2-mile day)."""
    if words.reps is None or len({p for p in words.paces if p != "easy"}) < 2:
        return False
    quality = [span for span in words.pace_spans if span not in words.easy_spans]
    sized = [*sizes.whole, *sizes.extra, *([sizes.effort] if sizes.effort else [])]
    return any(
        start >= size.end and words.text[size.end : start].strip(" @:") in ("", "at")
        for size in sized
        for start, _ in quality
    )
