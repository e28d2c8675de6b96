"""Instruction adherence: what a draft's header says it read and did not apply, and whether
a plan covers every training day of the draft it was structured from.
"""

from typing import Any

from agents.evaluation.scoring.sessions import DraftSessions
from schemas.notes import Note
from schemas.workout import Workout

READ = "read:"
NOT_APPLIED = "not applied:"


def header_adherence(sessions: DraftSessions) -> dict[str, Any]:
    """The header's `Read:` and `Not applied:` lines counted; adherence = read / both."""
    lines = [line.strip().lower() for line in sessions.header_lines]
    read = sum(line.startswith(READ) for line in lines)
    not_applied = sum(line.startswith(NOT_APPLIED) for line in lines)
    said = read + not_applied
    return {
        "instructions_read": read,
        "instructions_not_applied": not_applied,
        "adherence": round(read / said, 4) if said else None,
    }


def plan_coverage(
    draft: DraftSessions, workouts: list[Workout], notes: list[Note]
) -> dict[str, Any]:
    """Days of the draft without a workout (dropped; silently when no note names the week),
    days with a workout where the draft has none (added), and the lines flagged not used."""
    planned = {(w.week, w.day) for w in workouts}
    asked = set(draft.slots)
    noted_weeks = {note.week for note in notes if note.kind in ("not_used", "changed")}
    dropped = asked - planned
    return {
        "days_dropped": len(dropped),
        "days_dropped_silently": sum(week not in noted_weeks for week, _ in dropped),
        "days_added": len(planned - asked),
        "lines_not_used": sum(note.kind == "not_used" for note in notes),
        "notes_changed": sum(note.kind == "changed" for note in notes),
    }
