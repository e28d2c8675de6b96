"""Reading a (coach-edited) draft back into a plan, tolerating what coaches do to text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agents.planning.day_parse import match_day_line, parse_day
from agents.planning.model import Day, Plan, PlanPhase, Race, Week
from agents.planning.paces import DEFAULT_VDOT, paces_for
from agents.planning.text_values import race_distance, race_time_s

WEEK_HEADER = re.compile(r"^\W*week\s*(\d{1,2})\b\s*(.*)$", re.IGNORECASE)
PHASES = ("base", "build", "peak", "taper")
FALLBACK_VDOT = 45.0


class DraftParseError(ValueError):
    """A draft with no weeks, or a week that cannot be used at all."""

    def __init__(self, line: int | None, message: str) -> None:
        where = f"line {line}: " if line is not None else ""
        super().__init__(where + message)
        self.line = line
        self.message = message

    def __reduce__(self) -> tuple[type[DraftParseError], tuple[int | None, str]]:
        # Plans are parsed in other processes: the error must cross back intact.
        return (DraftParseError, (self.line, self.message))


@dataclass
class WeekBlock:
    """The lines of one week as found in the text."""

    number: int
    line: int
    title: str
    lines: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Header:
    level: str | None = None
    vdot: float | None = None
    race: Race | None = None
    notes: list[str] = field(default_factory=list)


def parse_draft(text: str) -> Plan:
    """The plan a draft describes; lines it cannot use become notes, never vanish."""
    header, blocks = _split(text)
    if not blocks:
        raise DraftParseError(
            None,
            "no week found: a week starts with a line like 'Week 1 | base | aerobic foundation'",
        )
    _check_numbers(blocks)
    vdot = header.vdot or DEFAULT_VDOT.get(header.level or "", FALLBACK_VDOT)
    notes = list(header.notes)
    weeks: list[Week] = []
    for block in sorted(blocks, key=lambda b: b.number):
        previous = weeks[-1].phase if weeks else None
        weeks.append(_parse_week(block, previous, vdot, header.race, notes))
    return Plan(
        level=header.level,  # type: ignore[arg-type]
        vdot=vdot,
        race=header.race,
        notes=tuple(notes),
        weeks=tuple(weeks),
    )


def _split(text: str) -> tuple[Header, list[WeekBlock]]:
    header = Header()
    blocks: list[WeekBlock] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        week = WEEK_HEADER.match(line)
        if week:
            blocks.append(WeekBlock(int(week.group(1)), number, week.group(2)))
        elif blocks:
            blocks[-1].lines.append((number, line))
        else:
            _read_header_line(line, header)
    return header, blocks


def _read_header_line(line: str, header: Header) -> None:
    lowered = line.lower()
    if lowered.startswith("training plan"):
        header.level = next((lv for lv in DEFAULT_VDOT if lv in lowered), None)
    elif lowered.startswith("paces") and (
        vdot := re.search(r"vdot\s*[:=]?\s*(\d+(?:[.,]\d)?)", lowered)
    ):
        header.vdot = min(90.0, max(20.0, float(vdot.group(1).replace(",", "."))))
    elif lowered.startswith("race:") and (race := _race(lowered)):
        header.race = race
    else:
        header.notes.append(line)


def _race(text: str) -> Race | None:
    explicit = re.search(r"\((\d+(?:\.\d+)?)\s*km\)", text)
    named = race_distance(text)
    metres = round(float(explicit.group(1)) * 1000) if explicit else (named[0] if named else None)
    if metres is None:
        return None
    goal_text = text.split("goal", 1)[1] if "goal" in text else ""
    goal = race_time_s(goal_text, metres) if goal_text else None
    return Race(distance_m=metres, goal_s=goal)


def _check_numbers(blocks: list[WeekBlock]) -> None:
    seen: dict[int, int] = {}
    for block in blocks:
        if block.number in seen:
            raise DraftParseError(
                block.line,
                f"week {block.number} appears twice (first on line {seen[block.number]})",
            )
        seen[block.number] = block.line
    for expected, block in enumerate(sorted(blocks, key=lambda b: b.number), start=1):
        if block.number != expected:
            raise DraftParseError(
                block.line, f"week {block.number} follows a gap: week {expected} is missing"
            )


def _parse_week(
    block: WeekBlock, previous: PlanPhase | None, vdot: float, race: Race | None, notes: list[str]
) -> Week:
    paces = paces_for(vdot)
    days: dict[int, Day] = {}
    usable = 0
    for number, line in block.lines:
        found = match_day_line(line)
        if found is None:
            notes.append(f"Note: week {block.number}, line {number} not used: {line}")
            continue
        result = parse_day(found[0], found[1], paces, race)
        if result.problem:
            notes.append(
                f"Note: week {block.number}, line {number} not used ({result.problem}): {line}"
            )
            continue
        usable += 1
        if result.day is None:
            continue
        if result.weekday in days:
            notes.append(
                f"Note: week {block.number}, line {number} not used (a second "
                f"session on the same day): {line}"
            )
            continue
        days[result.weekday] = result.day
    if usable == 0:
        raise DraftParseError(
            block.line,
            f"week {block.number} has no day line the plan can use (e.g. 'Tue: easy run 40 min')",
        )
    phase, cutback, focus = _read_title(block, previous, notes)
    return Week(
        number=block.number,
        phase=phase,
        cutback=cutback,
        focus=focus,
        days=tuple(days[d] for d in sorted(days)),
    )


def _read_title(
    block: WeekBlock, previous: PlanPhase | None, notes: list[str]
) -> tuple[PlanPhase, bool, str]:
    title = block.title
    separator = r"\s*\|\s*" if "|" in title else r"\s*(?:[:;—\u2013]|\s-\s|,)\s*"
    parts = [p.strip() for p in re.split(separator, title) if p.strip(" -:|")]
    lowered = title.lower()
    phase = next((p for p in PHASES if re.search(rf"\b{p}\b", lowered)), None)
    cutback = bool(re.search(r"cut ?back|step ?back|recovery|deload", lowered))
    focus_parts = [p for p in parts if not _is_phase_or_volume(p)]
    if phase is None:
        phase = previous or "base"
        notes.append(f"Note: week {block.number} names no phase; taken as {phase}")
    return phase, cutback, ", ".join(focus_parts)  # type: ignore[return-value]


def _is_phase_or_volume(part: str) -> bool:
    lowered = part.lower().strip(" -:")
    if re.fullmatch(r"[\d.,]+\s*(?:km|k|mi|miles)?", lowered):
        return True
    words = re.sub(r"[()]", " ", lowered).split()
    return bool(words) and all(w in (*PHASES, "cutback", "phase", "week") for w in words)
