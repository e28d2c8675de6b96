"""The edit distance from a draft to the version a coach approved, in sessions and volume.

`sessions_added`: in the approved draft, not in the candidate's (the coach had to write
them); `sessions_removed`: the other way round; `sessions_changed`: a session on the same
day that differs. Swapping the two drafts swaps added and removed and keeps the rest.
The normalised distance divides the edits by the day slots of the larger side (0: the
coach would have accepted the draft as it is, 1: every session rewritten).
"""

from dataclasses import dataclass

from agents.evaluation.scoring.sessions import DraftSessions, Session


@dataclass(frozen=True)
class EditDistance:
    sessions_added: int
    sessions_removed: int
    sessions_changed: int
    # approved minus candidate, per week of either draft, in km (signed).
    volume_change_by_week_km: dict[int, float]
    normalised: float

    @property
    def edits(self) -> int:
        return self.sessions_added + self.sessions_removed + self.sessions_changed

    @property
    def accepted_as_is(self) -> bool:
        return self.edits == 0

    @property
    def volume_change_km(self) -> float:
        return round(sum(abs(km) for km in self.volume_change_by_week_km.values()), 3)


def edit_distance(candidate: DraftSessions, approved: DraftSessions) -> EditDistance:
    added = removed = changed = slots = 0
    for slot in sorted(set(candidate.slots) | set(approved.slots)):
        mine = list(candidate.slots.get(slot, []))
        theirs = list(approved.slots.get(slot, []))
        slots += max(len(mine), len(theirs))
        left, right = _unmatched(mine, theirs)
        paired = min(len(left), len(right))
        changed += paired
        added += len(right) - paired
        removed += len(left) - paired
    weeks = sorted(set(candidate.weekly_volume_m) | set(approved.weekly_volume_m))
    volume = {
        week: round(
            (approved.weekly_volume_m.get(week, 0) - candidate.weekly_volume_m.get(week, 0)) / 1000,
            3,
        )
        for week in weeks
    }
    normalised = (added + removed + changed) / slots if slots else 0.0
    return EditDistance(added, removed, changed, volume, round(normalised, 4))


def _unmatched(mine: list[Session], theirs: list[Session]) -> tuple[list[Session], list[Session]]:
    """Both sides without the sessions they share (as multisets)."""
    rest = list(theirs)
    left = []
    for session in mine:
        if session in rest:
            rest.remove(session)
        else:
            left.append(session)
    return left, rest
