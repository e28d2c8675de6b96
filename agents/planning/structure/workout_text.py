"""Names and descriptions of structured workouts: what to do and why."""

from __future__ import annotations

from agents.planning.core.kinds import PACE_ZONE, Kind
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day, Race
from agents.planning.core.segments import Shape, work_pace_of
from agents.planning.draft.render import PACE_LABELS, amount_text, km_text, race_name

WHY: dict[Kind, str] = {
    "easy": "Conversational effort: builds aerobic capacity and durability at low cost.",
    "recovery": "Very easy, shorter than usual: blood flow and recovery, not fitness.",
    "long": "Steady at easy effort: endurance, fat use and the legs for race distance.",
    "tempo": "Comfortably hard, sustainable about an hour in a race: raises the lactate threshold.",
    "intervals": "Hard repeats of 3-5 minutes with jog recoveries: raises VO2max.",
    "repetition": "Short fast repeats with full recovery: speed and running economy.",
    "hills": "Short strong uphill efforts, jog down: strength and economy with less impact.",
    "fartlek": "Playful surges at threshold effort with easy running between.",
    "marathon-pace": "A block at goal marathon pace: rehearses race rhythm and fuelling.",
    "race": "Race day: warm up well, start controlled, run your goal pace.",
    "run-walk": "Run easy, walk briskly, repeat: builds the legs and lungs to run continuously.",
    "time-trial": "A hard, even effort over a set distance: a fitness check and race practice.",
    "cross-training": "Non-running aerobic or strength work: fitness without running impact.",
}


def workout_name(day: Day) -> str:
    if day.kind == "race":
        return f"Race: {race_name(day.distance_m)}"
    if day.kind == "time-trial":
        return f"Time trial {km_text(day.distance_m)} km"
    if day.kind == "cross-training":
        return f"{(day.activity or 'cross-training').capitalize()} {day.duration_min} min"
    if day.kind == "run-walk":
        run, walk = amount_text(0, day.rep_seconds), amount_text(0, day.recovery_seconds)
        return f"Run-walk {day.reps} x ({run} run, {walk} walk)"
    if day.kind == "long" and day.by_time:
        return f"Long run {day.duration_min} min"
    if day.kind == "long":
        return f"Long run {km_text(day.distance_m)} km"
    if day.kind == "marathon-pace":
        return f"Marathon pace {km_text(day.rep_distance_m or day.distance_m)} km"
    if day.kind in ("easy", "recovery"):
        label = "Easy run" if day.kind == "easy" else "Recovery run"
        return f"{label} {day.duration_min} min" + (" + strides" if day.strides else "")
    amount = amount_text(day.rep_distance_m, day.rep_seconds)
    label = {
        "tempo": "Tempo",
        "intervals": "Intervals",
        "repetition": "Repetitions",
        "hills": "Hill repeats",
        "fartlek": "Fartlek",
    }[day.kind]
    return f"{label} {day.reps} x {amount}" if day.reps > 1 else f"{label} {amount}"


def workout_description(day: Day, paces: Paces, race: Race | None = None) -> str:
    zone = PACE_ZONE.get(day.kind)
    pace = f" Pace {paces.pace_text(zone)} ({zone})." if zone else ""
    shape = Shape.of(day)
    if (
        day.work_pace is not None
        or day.own_pace is not None
        or (day.kind == "long" and shape.has_work)
    ):
        zone, _, text = work_pace_of(shape, paces, race)
        text = text if isinstance(text, str) else paces.pace_text(zone)
        label = PACE_LABELS[day.work_pace] + " " if day.work_pace else ""
        whose = " (the coach's pace)" if day.own_pace else ""
        part = "Run" if not shape.has_work else "The last part" if day.finish else "Work"
        pace = f" {part} at {label}{text}{whose} ({zone})."
    terrain = " On trails: run by effort, not pace." if day.trail else ""
    strides = (
        f" Finish with {day.strides} relaxed {_stride_text(day)} strides." if day.strides else ""
    )
    feet = " Sized by time on feet: keep the effort easy for the whole time." if day.by_time else ""
    return WHY[day.kind] + pace + terrain + strides + feet


def _stride_text(day: Day) -> str:
    if day.stride_distance_m:
        return f"{day.stride_distance_m} m"
    return f"{day.stride_seconds or 20} s"
