"""Which cases a replay set holds: filters, then a seeded sample stratified by level and weeks.

Pure: equal cases, filters and seed give the same selection, in the same order.
"""

import datetime as dt
import random
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from agents.evaluation.cases import ReplayCase


@dataclass(frozen=True)
class Filters:
    """Every filter of `coach-agent eval select`; an empty one lets everything through."""

    since: dt.datetime | None = None
    until: dt.datetime | None = None
    orgs: tuple[str, ...] = ()
    step: str | None = None
    providers: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    prompt_versions: tuple[str, ...] = ()
    outcome: str | None = None
    edited: bool = False

    def matches(self, case: ReplayCase) -> bool:
        checks = (
            self.since is None or case.requested_at >= self.since,
            self.until is None or case.requested_at < self.until,
            not self.orgs or case.org_id in self.orgs,
            self.step is None or case.step == self.step,
            not self.providers or case.provider in self.providers,
            not self.models or case.model in self.models,
            not self.prompt_versions or case.prompt_version in self.prompt_versions,
            self.outcome is None or case.outcome == self.outcome,
            not self.edited or case.edited,
        )
        return all(checks)

    def described(self) -> dict[str, Any]:
        """The filters as the manifest records them (only those that were set)."""
        described = {}
        for name, value in asdict(self).items():
            if value in (None, (), False):
                continue
            described[name] = value.isoformat() if isinstance(value, dt.datetime) else value
        return described


def select(cases: list[ReplayCase], filters: Filters) -> list[ReplayCase]:
    return [case for case in cases if filters.matches(case)]


def stratum(case: ReplayCase) -> tuple[str, int]:
    return (case.level, case.weeks)


def sample(cases: list[ReplayCase], size: int, seed: int) -> list[ReplayCase]:
    """`size` cases drawn with `seed`, each stratum (level, weeks) in proportion to its share.

    Shares are rounded by largest remainder (ties to the larger stratum, then its key), so
    the counts add up to `size` exactly; the result keeps the input's order.
    """
    if size >= len(cases):
        return list(cases)
    groups: dict[tuple[str, int], list[ReplayCase]] = defaultdict(list)
    for case in cases:
        groups[stratum(case)].append(case)
    quotas = _quotas({key: len(group) for key, group in groups.items()}, size)
    rng = random.Random(seed)
    chosen: set[str] = set()
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda case: case.case_id)
        chosen.update(case.case_id for case in rng.sample(members, quotas[key]))
    return [case for case in cases if case.case_id in chosen]


def _quotas(sizes: dict[tuple[str, int], int], size: int) -> dict[tuple[str, int], int]:
    total = sum(sizes.values())
    exact = {key: size * count / total for key, count in sizes.items()}
    quotas = {key: int(share) for key, share in exact.items()}
    left = size - sum(quotas.values())
    by_remainder = sorted(sizes, key=lambda key: (-(exact[key] - quotas[key]), -sizes[key], key))
    for key in by_remainder[:left]:
        quotas[key] += 1
    return quotas


def counts(cases: list[ReplayCase]) -> dict[str, dict[str, int]]:
    """How many cases by step, outcome, level and weeks: the manifest's summary."""
    summary: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in cases:
        summary["step"][case.step] += 1
        summary["outcome"][case.outcome] += 1
        summary["level"][case.level] += 1
        summary["weeks"][str(case.weeks)] += 1
        summary["edited"][str(case.edited).lower()] += 1
    return {name: dict(sorted(values.items())) for name, values in sorted(summary.items())}
