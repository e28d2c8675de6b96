"""Writing a plan as the human-readable draft text a coach edits."""

from __future__ import annotations

from agents.planning.core.kinds import (
    DISTANCE_FIRST_KINDS,
    LETTER_OF_ZONE,
    PACE_ZONE,
    ZONE_OF_LETTER,
    ZONE_PACES,
    Kind,
    WorkPace,
)
from agents.planning.core.paces import Paces, format_clock, format_duration, paces_for
from agents.planning.core.plan import WEEKDAY_NAMES, Day, Plan, Race, Week
from agents.planning.core.segments import (
    Shape,
    natural_distance_m,
    natural_duration_min,
    work_pace_of,
)
from agents.planning.core.values import race_name

KIND_LABELS: dict[Kind, str] = {
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
    "time-trial": "time trial",
    "cross-training": "cross-training",
}
# The Daniels letter of the pace a kind's line shows (none for a recovery run: its z1 has none).
ZONE_OF_KIND: dict[Kind, str] = {
    kind: LETTER_OF_ZONE[zone] for kind, zone in PACE_ZONE.items() if zone in LETTER_OF_ZONE
}
# How a named work pace is written: a zone letter, or the race pace's name.
PACE_LABELS: dict[WorkPace, str] = {
    **{name: letter for letter, name, _ in ZONE_PACES},
    "5k": "5K pace",
    "10k": "10K pace",
    "half-marathon": "HM pace",
    "race": "race pace",
}


def km_text(metres: int) -> str:
    """Kilometres as exactly as the metres need: 8.0, 21.097."""
    if metres % 100 == 0:
        return f"{metres / 1000:.1f}"
    return f"{metres / 1000:.3f}".rstrip("0")


def amount_text(metres: int, seconds: int) -> str:
    if metres:
        return f"{metres} m"
    return f"{seconds // 60} min" if seconds % 60 == 0 else f"{seconds} s"


def paces_line(paces: Paces) -> str:
    """The paces of each zone as the draft's header shows them: 'E 5:03-5:34/km | M ...'."""
    return " | ".join(f"{name} {paces.pace_text(zone)}" for name, zone in ZONE_OF_LETTER.items())


def render_header(plan: Plan) -> str:
    level = f", {plan.level}" if plan.level else ""
    lines = [f"Training plan: {len(plan.weeks)} weeks{level}"]
    lines.append(f"Paces: VDOT {plan.vdot:.1f} | {paces_line(paces_for(plan.vdot))}")
    if plan.race:
        goal = f", goal {format_duration(plan.race.goal_s)}" if plan.race.goal_s else ""
        lines.append(
            f"Race: {race_name(plan.race.distance_m)} ({km_text(plan.race.distance_m)} km){goal}"
        )
    lines.extend(plan.notes)
    return "\n".join(lines) + "\n"


def render_week(week: Week, paces: Paces, race: Race | None = None) -> str:
    phase = f"{week.phase} (cutback)" if week.cutback else week.phase
    lines = [f"Week {week.number} | {phase} | {week.focus} | {week.volume_m / 1000:.1f} km"]
    for weekday in range(1, 8):
        name = WEEKDAY_NAMES[weekday - 1]
        sessions = [day for day in week.days if day.weekday == weekday]
        lines.extend(f"{name}: {render_day(day, paces, race)}" for day in sessions)
        if not sessions:
            lines.append(f"{name}: rest")
    return "\n".join(lines) + "\n"


def render_day(day: Day, paces: Paces, race: Race | None = None) -> str:
    return f"{_detail(day, paces, race)} — {_totals(day, paces, race)}"


def _pace(day: Day, paces: Paces, race: Race | None) -> str:
    """The pace of the work (or of the whole run when it has none): the coach's own, a
    named one, or the kind's zone."""
    if day.own_pace is not None:
        return f" @ {own_pace_label(day.own_pace)}"
    if day.work_pace is None:
        zone = ZONE_OF_KIND.get(day.kind)
        if day.kind == "long" and Shape.of(day).has_work:
            zone = "M"
        return f" @ {zone} {paces.pace_text(ZONE_OF_LETTER[zone])}" if zone else ""
    _, _, text = work_pace_of(Shape.of(day), paces, race)
    label = PACE_LABELS[day.work_pace]
    if not isinstance(text, str):
        text = paces.pace_text(ZONE_OF_LETTER[label])
    return f" @ {label} {text}"


def own_pace_label(pace: tuple[int, int]) -> str:
    """A coach's own pace as the draft writes it: '4:30/km', '4:25-4:35/km'."""
    fast, slow = pace
    if fast == slow:
        return f"{format_clock(fast)}/km"
    return f"{format_clock(fast)}-{format_clock(slow)}/km"


def _detail(day: Day, paces: Paces, race: Race | None) -> str:
    label = KIND_LABELS[day.kind]
    trail = " on trails" if day.trail else ""
    if day.kind == "race":
        return f"{label} {race_name(day.distance_m)}"
    if day.kind in ("time-trial", "cross-training"):
        return f"{label} {day.activity}" if day.activity else label
    parts = _parts(day)
    if day.kind in ("easy", "long", "recovery"):
        strides = _strides(day)
        if Shape.of(day).has_work:
            steady = f" @ E {paces.pace_text('z2')}"
            return f"{label}{trail}{strides}{steady}{_work(day, paces, race)}{parts}"
        return f"{label}{trail}{strides}{_pace(day, paces, race)}{parts}"
    if day.kind == "run-walk":
        cycle = (
            f"{amount_text(0, day.rep_seconds)} run, {amount_text(0, day.recovery_seconds)} walk"
        )
        return f"{label} {day.reps} x ({cycle}){_pace(day, paces, race)}"
    if day.kind == "hills":
        recovery = _recovery(day)
        work = f"{day.reps} x {amount_text(day.rep_distance_m, day.rep_seconds)} uphill"
        return f"{label} {work}{recovery}{' down' if recovery else ''}{parts}"
    if day.finish:
        return f"{label}{_work(day, paces, race)}{parts}"
    return f"{label} {_amount(day)}{_pace(day, paces, race)}{_recovery(day)}{parts}"


def _work(day: Day, paces: Paces, race: Race | None) -> str:
    """The work of a run that has it inside ('with 3 x 5000 m @ M ...') or at its end
    (', last 5.0 km @ HM pace ...')."""
    pace = _pace(day, paces, race)
    if day.finish:
        return f", last {_amount(day)}{pace}"
    return f" with {_amount(day)}{pace}{_recovery(day)}"


def _amount(day: Day) -> str:
    amount = amount_text(day.rep_distance_m, day.rep_seconds)
    if day.reps <= 1 and day.rep_distance_m >= 1000:
        amount = f"{km_text(day.rep_distance_m)} km"
    return f"{day.reps} x {amount}" if day.reps > 1 else amount


def _strides(day: Day) -> str:
    if not day.strides:
        return ""
    if day.stride_seconds or day.stride_distance_m:
        size = amount_text(day.stride_distance_m, day.stride_seconds)
        return f" + {day.strides} x {size} strides"
    return f" + {day.strides} strides"


def _parts(day: Day) -> str:
    """A warm-up and cool-down the coach sized: ', warm-up 20 min, cool-down 2.0 km'."""
    parts = [
        f", {name} {_size(metres, seconds)}"
        for name, seconds, metres in (
            ("warm-up", day.warmup_seconds, day.warmup_m),
            ("cool-down", day.cooldown_seconds, day.cooldown_m),
        )
        if seconds or metres
    ]
    return "".join(parts)


def _size(metres: int, seconds: int) -> str:
    if metres >= 1000:
        return f"{km_text(metres)} km"
    return amount_text(metres, seconds)


def _recovery(day: Day) -> str:
    if day.reps <= 1 or not (day.recovery_seconds or day.recovery_distance_m):
        return ""
    easy = "easy" if day.kind in ("fartlek", "long") else "jog"
    return f", {amount_text(day.recovery_distance_m, day.recovery_seconds)} {easy}"


def _totals(day: Day, paces: Paces, race: Race | None) -> str:
    shape = Shape.of(day)
    if day.kind == "cross-training":
        return f"{day.duration_min} min"
    if day.kind in DISTANCE_FIRST_KINDS and not day.by_time:
        natural = natural_duration_min(shape, day.distance_m, paces, race)
        size = f"{km_text(day.distance_m)} km"
        other = f"(≈ {natural} min)" if day.duration_min == natural else f", {day.duration_min} min"
    else:
        natural_m = natural_distance_m(shape, day.duration_min, paces, race)
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
    return [render_header(plan)] + [
        "\n" + render_week(week, paces, plan.race) for week in plan.weeks
    ]


def render_draft(plan: Plan) -> str:
    """The whole draft text of a plan."""
    return "".join(draft_sections(plan))
