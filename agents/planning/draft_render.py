"""Writing a plan as the human-readable draft text a coach edits."""

from __future__ import annotations

from agents.planning.model import WEEKDAY_NAMES, Day, Plan, Week
from agents.planning.paces import Paces, format_duration, paces_for
from agents.planning.segments import Shape, natural_distance_m, natural_duration_min
from agents.planning.text_values import race_name

KIND_LABELS = {
    "easy": "easy run",
    "recovery": "recovery run",
    "long": "long run",
    "tempo": "tempo",
    "intervals": "intervals",
    "repetition": "repetitions",
    "hills": "hill repeats",
    "fartlek": "fartlek",
    "marathon-pace": "marathon pace",
    "race": "RACE",
    "run-walk": "run-walk",
}
ZONE_OF_KIND = {
    "tempo": "T",
    "intervals": "I",
    "repetition": "R",
    "fartlek": "T",
    "marathon-pace": "M",
    "easy": "E",
    "long": "E",
    "run-walk": "E",
}
ZONE_NAME = {"E": "z2", "M": "z3", "T": "z4", "I": "z5", "R": "z6"}


def km_text(metres: int) -> str:
    """Kilometres as exactly as the metres need: 8.0, 21.097."""
    if metres % 100 == 0:
        return f"{metres / 1000:.1f}"
    return f"{metres / 1000:.3f}".rstrip("0")


def amount_text(metres: int, seconds: int) -> str:
    if metres:
        return f"{metres} m"
    return f"{seconds // 60} min" if seconds % 60 == 0 else f"{seconds} s"


def render_header(plan: Plan) -> str:
    level = f", {plan.level}" if plan.level else ""
    lines = [f"Training plan: {len(plan.weeks)} weeks{level}"]
    paces = paces_for(plan.vdot)
    zones = " | ".join(f"{name} {paces.pace_text(ZONE_NAME[name])}" for name in ZONE_NAME)
    lines.append(f"Paces: VDOT {plan.vdot:.1f} | {zones}")
    if plan.race:
        goal = f", goal {format_duration(plan.race.goal_s)}" if plan.race.goal_s else ""
        lines.append(
            f"Race: {race_name(plan.race.distance_m)} ({km_text(plan.race.distance_m)} km){goal}"
        )
    lines.extend(plan.notes)
    return "\n".join(lines) + "\n"


def render_week(week: Week, paces: Paces) -> str:
    phase = f"{week.phase} (cutback)" if week.cutback else week.phase
    lines = [f"Week {week.number} | {phase} | {week.focus} | {week.volume_m / 1000:.1f} km"]
    by_day = {day.weekday: day for day in week.days}
    for weekday in range(1, 8):
        day = by_day.get(weekday)
        name = WEEKDAY_NAMES[weekday - 1]
        lines.append(f"{name}: {render_day(day, paces)}" if day else f"{name}: rest")
    return "\n".join(lines) + "\n"


def render_day(day: Day, paces: Paces) -> str:
    return f"{_detail(day, paces)} — {_totals(day, paces)}"


def _detail(day: Day, paces: Paces) -> str:
    label = KIND_LABELS[day.kind]
    zone = ZONE_OF_KIND.get(day.kind)
    pace = f" @ {zone} {paces.pace_text(ZONE_NAME[zone])}" if zone else ""
    trail = " on trails" if day.trail else ""
    if day.kind == "race":
        return f"{label} {race_name(day.distance_m)}"
    if day.kind in ("easy", "long", "recovery"):
        strides = f" + {day.strides} strides" if day.strides else ""
        return f"{label}{trail}{strides}{pace}"
    if day.kind == "run-walk":
        cycle = (
            f"{amount_text(0, day.rep_seconds)} run, {amount_text(0, day.recovery_seconds)} walk"
        )
        return f"{label} {day.reps} x ({cycle}){pace}"
    if day.kind == "hills":
        work = f"{day.reps} x {amount_text(0, day.rep_seconds)} uphill"
        return f"{label} {work}, {amount_text(0, day.recovery_seconds)} jog down"
    amount = amount_text(day.rep_distance_m, day.rep_seconds)
    if day.reps <= 1 and day.rep_distance_m >= 1000:
        amount = f"{km_text(day.rep_distance_m)} km"
    work = f"{day.reps} x {amount}" if day.reps > 1 else amount
    recovery = ""
    if day.reps > 1 and day.recovery_seconds:
        easy = "easy" if day.kind == "fartlek" else "jog"
        recovery = f", {amount_text(0, day.recovery_seconds)} {easy}"
    return f"{label} {work}{pace}{recovery}"


def _totals(day: Day, paces: Paces) -> str:
    shape = Shape.of(day)
    if day.kind in ("long", "marathon-pace", "race") and not day.by_time:
        natural = natural_duration_min(shape, day.distance_m, paces)
        size = f"{km_text(day.distance_m)} km"
        other = f"(≈ {natural} min)" if day.duration_min == natural else f", {day.duration_min} min"
    else:
        natural_m = natural_distance_m(shape, day.duration_min, paces)
        size = f"{day.duration_min} min"
        other = (
            f"(≈ {natural_m / 1000:.1f} km)"
            if day.distance_m == natural_m
            else f", {km_text(day.distance_m)} km"
        )
    return f"{size} {other}" if other.startswith("(") else f"{size}{other}"


def draft_sections(plan: Plan) -> list[str]:
    """The header, then one section per week; joined they are the draft."""
    paces = paces_for(plan.vdot)
    return [render_header(plan)] + ["\n" + render_week(week, paces) for week in plan.weeks]


def render_draft(plan: Plan) -> str:
    """The whole draft text of a plan."""
    return "".join(draft_sections(plan))
