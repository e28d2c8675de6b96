"""A day line's body split into its sessions: 'easy 30 min + strength 20 min' is two, so is
a double ('AM 8k easy / PM 5k'); a warm-up, a cool-down, strides and easy running beside a
workout stay with it, and so does steady running after easy running ('20 min easy, then 20
min steady' is one run)."""

from __future__ import annotations

import re

from agents.planning.draft.aside_rewrites import short_hill_sprints
from agents.planning.draft.kind_words import activity, run_kind
from agents.planning.draft.phrase_rewrites import twice_a_day
from agents.planning.draft.sequence_words import bare_part_after_effort, one_session
from agents.planning.draft.session_words import EASY_PART, STRIDES, find_reps, normalise

# Sessions of a day: "easy 30 min + strength 20 min", "10k easy am, 5k pm".
# A time of day that opens a session of a double: 'PM', '6pm', 'evening', 'lunch'.
_TIME_OF_DAY = r"(?:\d{1,2} ?)?(?:am|pm|morning|evening|afternoon|lunch|lunchtime|night)\b"
SESSION_SPLIT = re.compile(
    r" \+ | plus |; |(?<=\bam)[,&] |(?<=\bpm)[,&] | and (?=\S+ ?(?:am|pm)\b)"
    r"|(?<=\bam\))(?:[,&] | (?=\d))"  # '10k easy (am), 5k easy (pm)'"
    r"|, (?=" + _TIME_OF_DAY + r")| ?\| ?(?=" + _TIME_OF_DAY + r")"  # 'morning 10 km, evening 5'"
    r"|(?<=\b[ap]m) ?/ | ?/ (?=(?:am|pm)\b)"  # "AM 8k easy / PM 5k easy"
    r"|(?<=\w) (?=(?:pm|evening):? ?\d)"  # "AM: 40' easy PM: 30' easy"
    r"|,? then (?=\d)"  # "parkrun then 6 km easy" ('first half then steady' is one run)
)
# A run and a cross-training session written as parts of one ("40 min easy, then strength
# 20 min", "Easy 40' / Gym 30'"): two sessions.
PART_SPLIT = re.compile(r",? then |, | / ")
# "2 runs: 40' + 30'", "Double - ...": every '+' there is another session.
DOUBLE_LEAD = re.compile(r"^(?:double|2 runs|two runs)\b ?[:\-\u2013\u2014]? ?")
GYM_AFTER = re.compile(r"^ ?(?:gym|core|weights|strength)(?: session| work)?$")
# 'double threshold AM 5 x 6' / PM 10 x 1k': both runs at threshold (the second was I pace).
DOUBLE_PACED = re.compile(r"^double (?:threshold|t|lt)\b", re.IGNORECASE)
DOUBLE_AND = re.compile(r" and (?=\d)")  # '2 runs: 8 km and 5 km easy'
STRIDE_MAX_M = 200  # as read_words: repetitions this short beside an easy run are strides
STRIDE_MAX_S = 30
WORK_PACE = re.compile(r"@|\b(?:mp|hmp|lt|t|threshold|pace)\b")
WORKOUT_KINDS = frozenset({"tempo", "intervals", "repetition", "marathon-pace", "fartlek"})
DOUBLE_MARK = re.compile(r"(?:\b|(?<=\d))(?:am|pm|morning|evening|afternoon|lunch|double)\b")
DIGIT = re.compile(r"\d")
BARE_SIZE = re.compile(r"^ ?\d{1,3}(?:\.\d{1,2})? ?(?:km|k|mi|miles?|mins?|minutes|') ?$", re.I)
REPEATS = re.compile(r"\d ?[x*] ?\d")
STEADY = re.compile(r"\b(?:steady|moderate)\b")
DRILLS = re.compile(r"\bdrills?\b")
# A recovery after repetitions, past a semicolon ('6 x 800 m @ 5k; 90s jog'): theirs, not a
# cool-down of a second session (it was read as a 90-second cool-down).
RECOVERY_AFTER_SEMICOLON = re.compile(
    r"(?<=[\w'\"]); (?=(?:\d{1,3} ?(?:s|secs?|seconds?|\"|m)|[1-5] ?(?:'|mins?|minutes?)|\d:\d{2}) "
    r"(?:jog|rest|walk|recovery|rec|float)\b)",
    re.IGNORECASE,
)


def sessions_of(body: str) -> list[str]:
    """A day's body split into its sessions: 'easy 30 min + strength 20 min' is two, and so
    is a double ('10k easy am + 5k pm'); '+ 6 strides' stays with its run, a warm-up with
    the session after it ('3 km warm-up + 20 min tempo + 3 km cool-down' is one)."""
    if one_session(normalise(body)):
        return [body]  # shown back whole, not partly read as a double
    body = twice_a_day(body)  # '2 x 20 min easy (am/pm)'
    if REPEATS.search(body):
        body = RECOVERY_AFTER_SEMICOLON.sub(", ", body)
    double = DOUBLE_LEAD.match(body)
    body = DOUBLE_AND.sub(" + ", body[double.end() :]) if double else body
    pieces = [part for piece in _split_outside_brackets(body) for part in _cross_apart(piece)]
    sessions = [pieces[0]]
    warm_up = _only_a_part(pieces[0], "warm")
    for piece in pieces[1:]:
        kind = run_kind(piece)
        stride_like = STRIDES.search(piece) or short_hill_sprints(piece)
        own = activity(piece)[0] or (kind is not None and not stride_like)
        alone = (own or DOUBLE_MARK.search(piece)) and not _no_run(sessions[-1])
        beside = None if double else _easy_beside_work(sessions[-1], piece)
        if beside == "before":
            sessions[-1] += " wu"
        piece = piece + " cd" if beside == "after" else piece
        alone = double is not None or (
            alone
            and beside is None
            and not _steady_part(sessions[-1], piece)
            and not _after_strides(sessions[-1], piece)
        )
        if alone and not warm_up and not _only_a_part(piece, "cool"):
            sessions.append(piece)
        else:
            sessions[-1] += " + " + piece
        warm_up = False
    if double is not None and DOUBLE_PACED.match(double.group(0) + body[:10]):
        sessions = [
            s if WORK_PACE.search(s.lower()) or run_kind(s) else f"{s} @ T" for s in sessions
        ]
    return _same_gym(sessions)


def _same_gym(sessions: list[str]) -> list[str]:
    """Cross-training sessions of one activity with no size side by side ('gym + core'): one
    session (they were two strength sessions of 30 min)."""
    out = [sessions[0]]
    for piece in sessions[1:]:
        before, now = activity(out[-1]), activity(piece)
        plain = not DIGIT.search(out[-1]) and not DIGIT.search(piece)
        if plain and before[0] and now[0] and before[1] == now[1]:
            out[-1] += " + " + piece
        else:
            out.append(piece)
    return out


def _easy_beside_work(before: str, piece: str) -> str | None:
    """Easy running joined to a workout by '+', no double said ('3 km easy + 5 km tempo + 2
    km easy'): the workout's warm-up ('before') or cool-down ('after'), one session."""
    if DOUBLE_MARK.search(before) or DOUBLE_MARK.search(piece) or EASY_PART.search(piece):
        return None
    if " + " not in before and _plain_easy(before) and _workout(piece):
        return "before"
    if bare_part_after_effort(f"{before} + {piece}"):
        return None  # 'tempo 20 min + 10 min': more of it or a cool-down, shown back
    last = before.split(" + ")[-1]
    return "after" if _plain_easy(piece) and _workout(last) else None


def _after_strides(before: str, piece: str) -> bool:
    """Easy running after strides that follow easy running ('20' easy + 6 strides + 20'
    easy'): the strides sit in the middle of one run, not between two runs."""
    if DOUBLE_MARK.search(before) or DOUBLE_MARK.search(piece) or " + " not in before:
        return False
    *runs, last = before.split(" + ")
    strides = STRIDES.search(last) is not None and run_kind(STRIDES.sub(" ", last)) is None
    return strides and all(_plain_easy(run) for run in runs) and _plain_easy(piece)


def _steady_part(before: str, piece: str) -> bool:
    """Easy running and steady running one after the other, no double said ('20 min easy,
    then 20 min steady', 'easy 20 + steady 25'): one run of two parts, not two runs."""
    if DOUBLE_MARK.search(before) or DOUBLE_MARK.search(piece):
        return False
    pair = (before.split(" + ")[-1], piece)
    if not any(STEADY.search(part) for part in pair):
        return False
    return all(_plain_easy(part) for part in pair)


def _plain_easy(piece: str) -> bool:
    """An easy run with a size and nothing else: no strides, no warm-up or cool-down word."""
    plain = not STRIDES.search(piece) and not EASY_PART.search(piece)
    easy = run_kind(piece) == "easy" or BARE_SIZE.match(piece) is not None  # '2 mi + 4 x 1 mi'
    return plain and easy and DIGIT.search(piece) is not None


def _workout(piece: str) -> bool:
    """Work at a pace: a workout's kind, a pace named, or repetitions longer than strides."""
    if STRIDES.search(piece):
        return False
    if run_kind(piece) in WORKOUT_KINDS or WORK_PACE.search(piece):
        return True
    reps = find_reps(piece)  # short repetitions beside an easy run are its strides
    return reps is not None and (reps[0].metres > STRIDE_MAX_M or reps[0].seconds > STRIDE_MAX_S)


def _no_run(piece: str) -> bool:
    """Only drills, strides or short hill sprints, no session of their own: they go with the
    run after them ('drills + 6 x 100m strides + 30' easy')."""
    if short_hill_sprints(piece) and run_kind(piece) == "hills":
        return True  # 'hill sprints 10 x 8s + 30' easy': the run's strides
    if STRIDES.search(piece) is None and DRILLS.search(piece) is None:
        return False
    return activity(piece)[0] is False and run_kind(STRIDES.sub(" ", piece)) is None


def _cross_apart(piece: str) -> list[str]:
    """A piece holding a run and a sized cross-training session, each on its side of a comma,
    'then' or ' / ', split in two ('40 min easy, then strength 20 min'); any other piece as
    it is."""
    parts = PART_SPLIT.split(piece)
    if len(parts) < 2 or "(" in piece:
        return [piece]
    cross = [_sized_cross_training(part) for part in parts]
    runs = [run_kind(part) is not None for part in parts]
    mixed = any(cross) and any(r and not c for r, c in zip(runs, cross, strict=True))
    if not mixed or not all(c or r for c, r in zip(cross, runs, strict=True)):
        return [piece]
    return parts


def _sized_cross_training(part: str) -> bool:
    """The part is cross-training with a size, and not a walk (a walk beside a run is its
    recovery or its run-walk split: '400m walk', '90s run / 30s walk')."""
    cross, name = activity(part)
    sized = DIGIT.search(part) is not None and REPEATS.search(part) is None
    if cross and name == "strength" and GYM_AFTER.match(part):
        return True  # '40 min easy, then gym': the run was dropped for a 40-minute gym session
    return cross and name != "walk" and sized  # Hansons' 'Strength: 3 x 2 mi' is a run


def _split_outside_brackets(body: str) -> list[str]:
    """The body split at its session separators, but not inside brackets ('10 x (3 min run
    + 1 min walk)' is one session)."""
    pieces, start = [], 0
    for match in SESSION_SPLIT.finditer(body):
        if body.count("(", 0, match.start()) > body.count(")", 0, match.start()):
            continue
        pieces.append(body[start : match.start()])
        start = match.end()
    return [*pieces, body[start:]]


def _only_a_part(piece: str, which: str) -> bool:
    """The piece is only a warm-up ('warm') or cool-down ('cool'), no session of its own
    ('10' easy cd' too: easy is how it is run)."""
    part = EASY_PART.search(piece)
    return part is not None and part.group(which) is not None and run_kind(piece) in (None, "easy")
