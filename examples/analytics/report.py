"""The report, folded from coach.events records as any outside consumer would read them.

Plain JSON, read tolerantly: unknown fields and unknown event types are ignored, so
events of later versions change nothing here, and version 1 (no `schema_version`) has
every field this report uses. The rules of docs/events.md:

- at-least-once: a record seen twice has the same (request_id, attempt, seq): skip it;
- attempts: a `GenerationStarted` of a higher attempt supersedes everything the earlier
  attempt produced; events of any other attempt than the current one are dropped.
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

TERMINAL = {
    "DraftGenerated": "succeeded",
    "PlanGenerated": "succeeded",
    "GenerationFailed": "failed",
}


@dataclass
class Generation:
    """What the report keeps of one request: its current attempt's output."""

    org_id: str
    step: str
    level: str | None
    attempt: int = 0
    prompt_version: str | None = None
    model: str | None = None
    outcome: str | None = None
    weekly_info: dict[str, dict[str, Any]] = field(default_factory=dict)
    workouts: dict[int, dict[str, Any]] = field(default_factory=dict)

    def restart(self, attempt: int, started: dict[str, Any]) -> None:
        self.attempt = attempt
        self.prompt_version = started.get("prompt_version")
        self.model = started.get("model")
        self.outcome = None
        self.weekly_info = {}
        self.workouts = {}


@dataclass
class Report:
    generations: dict[str, Generation] = field(default_factory=dict)
    seen: set[tuple[str, int, int]] = field(default_factory=set)
    records: int = 0
    duplicates: int = 0
    unreadable: int = 0

    def add_record(self, value: bytes | None) -> None:
        """One record's value, as Kafka gives it."""
        self.records += 1
        try:
            event = json.loads(value or b"")
            identity = (str(event["request_id"]), int(event["attempt"]), int(event["seq"]))
        except (ValueError, TypeError, KeyError):
            self.unreadable += 1
            return
        if identity in self.seen:
            self.duplicates += 1
            return
        self.seen.add(identity)
        self.add(event)

    def add(self, event: dict[str, Any]) -> None:
        kind, request_id, attempt = event.get("type"), event["request_id"], event["attempt"]
        if kind == "PlanRequested":
            request = event.get("request") or {}
            self.generations.setdefault(
                request_id, Generation(event["org_id"], event["step"], request.get("level"))
            )
            return
        generation = self.generations.get(request_id)
        if generation is None:
            return  # a request logged before this consumer's log starts
        if kind == "GenerationStarted" and attempt > generation.attempt:
            generation.restart(attempt, event)
        elif attempt != generation.attempt:
            return  # output of a superseded attempt, arriving late
        elif kind == "WorkoutGenerated":
            generation.workouts[event["index"]] = event["workout"]
        elif kind == "WeekCompleted":
            generation.weekly_info[str(event["week"])] = event["info"]
        elif kind in TERMINAL:
            generation.outcome = TERMINAL[kind]
            if kind == "PlanGenerated":
                generation.weekly_info = dict(event.get("weekly_info") or {})

    def result(self) -> dict[str, Any]:
        plans = [g for g in self.generations.values() if g.step == "plan" and g.outcome]
        succeeded = [g for g in plans if g.outcome == "succeeded"]
        return {
            "records": self.records,
            "duplicates": self.duplicates,
            "unreadable": self.unreadable,
            "requests_by_step": dict(
                sorted(Counter(g.step for g in self.generations.values()).items())
            ),
            "plans_by_org_and_level": plans_by_org_and_level(succeeded),
            "weekly_volume_by_phase": weekly_volume_by_phase(succeeded),
            "workouts_by_phase": workouts_by_phase(succeeded),
            "failure_rate": failure_rate(list(self.generations.values())),
        }


def plans_by_org_and_level(plans: list[Generation]) -> dict[str, dict[str, int]]:
    """Plans that succeeded, per organisation and level."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for plan in plans:
        counts[plan.org_id][plan.level or "unknown"] += 1
    return {org: dict(sorted(levels.items())) for org, levels in sorted(counts.items())}


def weekly_volume_by_phase(plans: list[Generation]) -> dict[str, dict[str, int]]:
    """Plan weeks per phase, their running distance in all and on average (metres)."""
    weeks: Counter[str] = Counter()
    distance: Counter[str] = Counter()
    for plan in plans:
        for info in plan.weekly_info.values():
            weeks[info["phase"]] += 1
            distance[info["phase"]] += int(info.get("total_distance", 0))
    return {
        phase: {
            "weeks": weeks[phase],
            "distance_m": distance[phase],
            "average_weekly_m": round(distance[phase] / weeks[phase]),
        }
        for phase in sorted(weeks)
    }


def workouts_by_phase(plans: list[Generation]) -> dict[str, dict[str, int]]:
    """Workouts per phase and their distance (cross-training included), in metres."""
    count: Counter[str] = Counter()
    distance: Counter[str] = Counter()
    for plan in plans:
        for workout in plan.workouts.values():
            count[workout["phase"]] += 1
            distance[workout["phase"]] += int(workout.get("distance", 0))
    return {
        phase: {"workouts": count[phase], "distance_m": distance[phase]} for phase in sorted(count)
    }


def failure_rate(generations: list[Generation]) -> list[dict[str, Any]]:
    """Finished generations per prompt version and model of their last attempt; how many failed."""
    finished: Counter[tuple[str, str]] = Counter()
    failed: Counter[tuple[str, str]] = Counter()
    for generation in generations:
        if generation.outcome is None:
            continue
        key = (generation.prompt_version or "unknown", generation.model or "unknown")
        finished[key] += 1
        failed[key] += generation.outcome == "failed"
    return [
        {
            "prompt_version": prompt_version,
            "model": model,
            "finished": finished[(prompt_version, model)],
            "failed": failed[(prompt_version, model)],
            "failure_rate": round(
                failed[(prompt_version, model)] / finished[(prompt_version, model)], 4
            ),
        }
        for prompt_version, model in sorted(finished)
    ]
