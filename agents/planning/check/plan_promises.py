"""Promises checked over the whole plan, not week by week: the ramp asked ("never more than
10% a week") and the rhythm of lighter weeks ("a cutback every 3rd week")."""

from __future__ import annotations

from agents.planning.check.plan_view import PlanView, is_reduced
from agents.planning.core.promises import Promise


def ramp_kept(view: PlanView, p: Promise) -> str | None:
    """No full week more than value% above the last full (not lighter) week."""
    reference: float | None = None
    previous: float | None = None
    for week in view.full_weeks():
        volume = view.training_m(week)
        if reference and volume > reference * (1 + p.value / 100):
            return f"week {week} grows {volume / reference - 1:.0%}, more than {p.value}%"
        if not is_reduced(volume, previous) and not view.info[week].cutback:
            reference = volume
        previous = volume
    return None


def cutbacks_kept(view: PlanView, p: Promise) -> str | None:
    """A lighter week (a cutback, a taper or race week, or 15% less) in every p.value weeks."""
    weeks = view.full_weeks()
    volumes = {w: view.training_m(w) for w in weeks}
    lighter = {
        w
        for w in weeks
        if view.info[w].cutback
        or view.info[w].phase == "taper"
        or view.race_in(w)
        or is_reduced(volumes[w], volumes.get(w - 1))
    }
    for start in range(len(weeks) - p.value + 1):
        window = weeks[start : start + p.value]
        if not lighter & set(window):
            return f"no lighter week in weeks {window[0]}-{window[-1]}"
    return None
