"""The plan's promises: every instruction the header says it read that a week can keep, as
data, with the weeks where a rule of the plan must win and why (the header says so too).

Readings about how the whole plan is made (the race's paces, a principle's style, time on
feet, climbing, an age under 50) are not weekly promises: the race and the principles'
weekly parts (Lydiard's base, polarised training, Daniels' two quality days, Hansons' long
run) are.
"""

from __future__ import annotations

from collections.abc import Iterator

from agents.planning.build.setup import Setup
from agents.planning.build.week_runs import runs_in
from agents.planning.core.promises import Override, Promise
from agents.planning.instructions.asked import Instructions, RunLimit

HANSON_LONG_M = 26_000
LIMITS_WHY = "the time and run limits asked hold week 1 below it"


def plan_promises(setup: Setup) -> tuple[Promise, ...]:
    """Each weekly promise of the readings, with the overrides the setup already knows."""
    asked = setup.asked
    made = [*_schedule(asked, setup), *_sessions(asked, setup), *_volume(asked, setup)]
    made += [*_limits(asked, setup), *_athlete(asked, setup), *_races(asked, setup)]
    partial = setup.start_weekday > 1
    return tuple(
        p.overridden(p.kind, (1,), f"the plan starts on a {_DAY[setup.start_weekday]}")
        if partial
        and p.kind in ("runs", "start-km", "quality", "strides", "week-min-max", "session-day")
        else p
        for p in made
    )


_DAY = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _schedule(asked: Instructions, setup: Setup) -> Iterator[Promise]:
    quote = asked.quotes
    key: str | None = next((k for k in ("runs_per_week", "current_runs") if k in quote), None)
    if key is None and asked.hanson:
        key = "hanson" if setup.runs == 6 else None
    if key is not None:
        yield _runs_promise(quote[key], setup)
    if "runs_max" in quote and asked.runs_max is not None:
        yield Promise("runs-max", quote["runs_max"], value=asked.runs_max)
    if "rest_days" in quote and setup.rest_days:
        yield Promise("rest-days", quote["rest_days"], days=setup.rest_days)
    if "long_run_day" in quote and asked.long_run_day == setup.long_day:
        pair = setup.limits.back_to_back_day
        days = frozenset({setup.long_day} | ({pair} if pair else set()))
        yield Promise("long-day", quote["long_run_day"], days=days)
    if "hard_easy" in quote:
        yield Promise("hard-easy", quote["hard_easy"])


def _runs_promise(quote: str, setup: Setup) -> Promise:
    promise = Promise("runs", quote, value=setup.runs)
    athlete = setup.athlete
    walk = athlete.walk_weeks if athlete else 0
    run_walk = athlete.run_walk_weeks if athlete else 0
    counted = {w: runs_in(w, setup) for w in range(1, setup.weeks + 1)}
    promise = promise.overridden(
        "runs", tuple(range(1, walk + 1)), "walking and low-impact work only before running"
    )
    promise = promise.overridden(
        "runs",
        tuple(w for w in range(walk + 1, run_walk + 1) if counted[w] != setup.runs),
        "run-walk on alternate days, three days a week, until running is continuous",
    )
    return promise.overridden(
        "runs",
        tuple(w for w in range(run_walk + 1, setup.weeks + 1) if counted[w] != setup.runs),
        f"building from {setup.start_runs} runs a week now: one more run every two weeks",
    )


def _sessions(asked: Instructions, setup: Setup) -> Iterator[Promise]:
    quote = asked.quotes
    easy_weeks = setup.no_speed_weeks
    if "no_speed_weeks" in quote:
        yield Promise("easy-only", quote["no_speed_weeks"], last_week=asked.no_speed_weeks)
    count_key = "quality_per_week" if "quality_per_week" in quote else "daniels"
    if setup.quality_count is not None and count_key in quote:
        kinds = _asked_kinds(asked)[: setup.quality_count]
        promise = Promise("quality", quote[count_key], value=setup.quality_count, kinds=kinds)
        promise = promise.overridden(
            "quality", tuple(range(1, easy_weeks + 1)), _easy_why(asked, setup)
        )
        if setup.race is not None and setup.quality_count > 1:
            promise = promise.overridden(
                "quality",
                (setup.weeks,),
                "the race week keeps one short session, three days "
                "or more before the race (Bosquet et al. 2007: keep intensity, arrive fresh)",
            )
        for tune_up in setup.tune_ups:
            promise = promise.overridden(
                "quality", (tune_up.week,), f"the {tune_up.name} race takes a hard day's place"
            )
        yield promise
    if "quality_max" in quote and asked.quality_max is not None:
        yield Promise("quality-max", quote["quality_max"], value=asked.quality_max)
    if "masters" in quote and setup.athlete is not None and setup.athlete.masters:
        yield Promise("quality-max", quote["masters"], value=1)
    if "strides" in quote:
        promise = Promise("strides", quote["strides"], first_week=2)
        yield promise.overridden(
            "strides", tuple(range(2, easy_weeks + 1)), _easy_why(asked, setup)
        )
    if "trail" in quote:
        yield Promise("trail", quote["trail"])
    for kind, day in setup.session_days.items():  # 'tempo on Thursdays'
        yield Promise("session-day", quote[f"day_{kind}"], days=frozenset({day}), kinds=(kind,))
    if "lydiard" in quote and "intervals" not in asked.quality_kinds:
        yield Promise("no-intervals", quote["lydiard"], phases=frozenset({"base"}))
    if "polarised" in quote and "tempo" not in asked.named_kinds:
        phases = frozenset({"base", "build", "peak"})
        yield Promise("no-tempo", quote["polarised"], phases=phases)


def _asked_kinds(asked: Instructions) -> tuple[str, ...]:
    sub_types = {"tempo": "tempo", "intervals": "intervals", "hills": "hill-repeats"}
    return tuple(sub_types[k] for k in asked.quality_kinds)


def _easy_why(asked: Instructions, setup: Setup) -> str:
    athlete = setup.athlete
    if athlete is not None and athlete.run_walk_weeks:
        return "easy running only until four weeks after the last run-walk week"
    if asked.comeback and not asked.no_speed_weeks:
        return "a comeback runs easy only in its first weeks (volume before intensity)"
    return f"no speed work in weeks 1-{setup.no_speed_weeks}, as asked"


def _volume(asked: Instructions, setup: Setup) -> Iterator[Promise]:
    quote = asked.quotes
    if "current_km" in quote and asked.current_km:
        promise = Promise(
            "start-km", quote["current_km"], metres=round(asked.current_km * 1000), last_week=1
        )
        yield (
            promise.overridden("start-km", (1,), why)
            if (why := _start_why(asked, setup))
            else promise
        )
    if "peak_km" in quote and asked.peak_km:
        yield Promise("week-km-max", quote["peak_km"], metres=round(setup.peak_km * 1000))
    if "ten_percent_rule" in quote:
        yield Promise("ramp-max", quote["ten_percent_rule"], value=10)
    # The ramp itself is the planner's aim, the cutbacks a promise; a rhythm said wins.
    if "gentle" in quote and not asked.cutback_every:
        yield Promise("cutback-every", quote["gentle"], value=3)
    if "cutback_every" in quote and asked.cutback_every:
        yield Promise("cutback-every", quote["cutback_every"], value=asked.cutback_every)
    if "week_max_min" in quote and asked.week_max_min:
        yield Promise("week-min-max", quote["week_max_min"], value=asked.week_max_min)
    for key, text in quote.items():
        if key.startswith("day_max_min_"):
            minutes = asked.day_max_min[int(key.rsplit("_", 1)[1])]
            days = frozenset(d for d, m in asked.day_max_min.items() if m == minutes)
            yield Promise("day-min-max", text, value=minutes, days=days)


def _start_why(asked: Instructions, setup: Setup) -> str | None:
    """Why week 1 cannot start at the volume said for now, when it cannot."""
    athlete = setup.athlete
    if athlete is not None and athlete.walk_weeks:
        return "walking and low-impact work come first after the birth"
    if athlete is not None and athlete.run_walk_weeks:
        return "the plan starts with run-walk, a lighter first week"
    if setup.start_why is not None:
        return setup.start_why
    if asked.continuous_limit_s is not None or asked.cannot_run_continuously:
        return "the first runs last only as long as the athlete can run without a walk"
    if athlete is not None and athlete.comeback:
        return "back from injury, week 1 keeps its runs short (a first long run of 40 minutes)"
    if setup.weeks == 1 and setup.race is not None:
        return "a one-week plan is the race week"
    # A cap on the long run holds the other runs too (no run outgrows the long run): with
    # "max 75 minutes long run", 66 km over 5 runs does not fit in week 1.
    limited = list(setup.limits.run_limits_in(1))
    if limited or setup.limits.week_max_min or setup.limits.day_max_min:
        return LIMITS_WHY
    return None


def _limits(asked: Instructions, setup: Setup) -> Iterator[Promise]:
    for index, limit in enumerate(asked.run_limits, start=1):
        yield _limit_promise(asked.quotes.get(f"run_limit_{index}", limit.quote), limit)
    if "continuous_limit_s" in asked.quotes and asked.continuous_limit_s:
        athlete = setup.athlete
        if athlete is not None and not athlete.run_walk_weeks:
            minutes = asked.continuous_limit_s // 60
            last = max(1, (45 - minutes + 4) // 5)  # until the cap reaches 45 minutes
            yield Promise(
                "run-max",
                asked.quotes["continuous_limit_s"],
                seconds=minutes * 60,
                step_seconds=300,
                last_week=last,
            )
    if asked.hanson:
        yield Promise(
            "run-max", asked.quotes.get("hanson", "Hansons"), metres=HANSON_LONG_M, long_only=True
        )


def _limit_promise(quote: str, limit: RunLimit) -> Promise:
    return Promise(
        "run-max",
        quote,
        seconds=limit.seconds,
        metres=limit.metres,
        long_only=limit.long_only,
        days=limit.days,
        held=limit.held,
        first_week=limit.first_week,
        last_week=limit.last_week,
    )


def _athlete(asked: Instructions, setup: Setup) -> Iterator[Promise]:
    athlete = setup.athlete
    if athlete is None:
        return
    quote = asked.quotes.get("postpartum") or asked.quotes.get("comeback") or asked.run_walk_quote
    if athlete.walk_weeks:
        yield Promise("no-running", quote, last_week=athlete.walk_weeks)
    if athlete.run_walk_weeks > athlete.walk_weeks:
        yield Promise(
            "run-walk",
            quote or "run-walk",
            first_week=athlete.walk_weeks + 1,
            last_week=athlete.run_walk_weeks,
        )
    if athlete.postpartum:
        yield Promise("strength", quote)
    if asked.comeback and "comeback" in asked.quotes:
        yield Promise("easy-only", asked.quotes["comeback"], last_week=athlete.no_speed_weeks)
    back_to_back = asked.quotes.get("back_to_back") or (asked.race_quote if setup.ultra else None)
    if back_to_back and setup.limits.back_to_back_day is not None:
        yield Promise(
            "back-to-back", back_to_back, phases=frozenset({"build", "peak"}), loading_only=True
        )
    if setup.ultra:
        yield Promise(
            "run-max", asked.race_quote, seconds=setup.limits.long_max_min * 60, long_only=True
        )


def _races(asked: Instructions, setup: Setup) -> Iterator[Promise]:
    if setup.race is not None and asked.race_quote:
        yield Promise(
            "race", asked.race_quote, metres=setup.race.distance_m, first_week=setup.weeks
        )
    for tune_up in setup.tune_ups:
        quote = next((q for r, q in asked.tune_ups if r.distance_m == tune_up.distance_m), "")
        yield Promise(
            "race",
            quote or tune_up.name,
            metres=tune_up.distance_m,
            first_week=tune_up.week,
            last_week=tune_up.week,
        )


__all__ = ["Override", "plan_promises"]
