"""The evaluation report as one self-contained HTML file: inline CSS, SVG and script only.

Nothing in it loads from anywhere: a report mailed or archived reads the same years later.
"""

import re
from collections import defaultdict
from importlib import resources
from typing import Any

import jinja2

from agents.evaluation import charts
from agents.evaluation.cases import BASELINE, Output, ReplayCase
from agents.evaluation.scoring.sessions import draft_sessions

DETAIL_LIMIT = 200  # cases shown week by week (worst regressions first)
COACH = "coach-approved"
WEEK_HEADER = re.compile(r"^\W*week\s*(\d{1,2})\b", re.IGNORECASE)


def render_report(report: dict[str, Any], cases: list[ReplayCase], outputs: list[Output]) -> str:
    environment = jinja2.Environment(
        loader=jinja2.FunctionLoader(_template), autoescape=True, undefined=jinja2.StrictUndefined
    )
    environment.globals.update(fmt=fmt, signed=signed, verdict=verdict)
    producers = list(report["summary"])
    candidates = [p for p in producers if p != BASELINE]
    rows = _rows(report, candidates)
    return environment.get_template("report.html.j2").render(
        report=report,
        producers=producers,
        candidates=candidates,
        headline_charts=_headline_charts(report, candidates),
        distributions=_distribution_charts(report, producers),
        rows=rows,
        details=_details(report, cases, outputs, producers, rows),
        detail_limit=DETAIL_LIMIT,
    )


def _template(name: str) -> str:
    return (resources.files("agents.evaluation") / name).read_text()


def _headline_charts(report: dict[str, Any], candidates: list[str]) -> list[dict[str, Any]]:
    found = []
    for item in report["headline"]:
        score = item["score"]
        rows = [
            (
                name,
                report["comparisons"][name][score]["mean"]["diff"],
                report["comparisons"][name][score]["mean"]["ci95"],
            )
            for name in candidates
        ]
        if any(diff is not None for _, diff, _ in rows):
            found.append({**item, "svg": charts.interval_chart(item["label"], rows)})
    return found


def _distribution_charts(report: dict[str, Any], producers: list[str]) -> list[str]:
    svgs = []
    for score in report["distribution_scores"]:
        series = [
            (
                name,
                [
                    row["scores"][name][score]
                    for row in report["cases"]
                    if row["scores"][name].get(score) is not None
                ],
            )
            for name in producers
        ]
        if any(values for _, values in series):
            svgs.append(charts.distribution_chart(score.replace("_", " "), series))
    return svgs


def _rows(report: dict[str, Any], candidates: list[str]) -> list[dict[str, Any]]:
    """One row per case and candidate, worst regression first."""
    rows = []
    for case in report["cases"]:
        base = case["scores"][BASELINE]
        for name in candidates:
            mine = case["scores"][name]
            rows.append(
                {
                    "case": case,
                    "candidate": name,
                    "regression": case["regression"][name],
                    "status": "/".join(case["statuses"][name]),
                    "delta": {
                        s: _delta(mine.get(s), base.get(s))
                        for s in (
                            "failed",
                            "validator_errors",
                            "validator_warnings",
                            "edit_distance",
                            "days_dropped",
                        )
                    },
                    "tokens": mine.get("tokens"),
                    "cost": mine.get("cost"),
                }
            )
    return sorted(
        rows, key=lambda row: (-row["regression"], row["case"]["case_id"], row["candidate"])
    )


def _delta(mine: float | None, base: float | None) -> float | None:
    return None if mine is None or base is None else round(mine - base, 4)


def _details(
    report: dict[str, Any],
    cases: list[ReplayCase],
    outputs: list[Output],
    producers: list[str],
    rows: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    by_id = {case.case_id: case for case in cases}
    first: dict[tuple[str, str], Output] = {}
    for output in sorted(outputs, key=lambda o: o.repeat, reverse=True):
        first[(output.case_id, output.candidate)] = output
    order = list(dict.fromkeys(row["case"]["case_id"] for row in rows)) or [
        c.case_id for c in cases
    ]
    details = []
    for case_id in order[:DETAIL_LIMIT]:
        case = by_id[case_id]
        columns = [(name, _weeks(case, first.get((case_id, name)))) for name in producers]
        coach = case.approved_draft if case.step == "draft" else case.requested.get("refined_draft")
        if coach:
            columns.append((COACH, _draft_weeks(coach)))
        row = next(r for r in report["cases"] if r["case_id"] == case_id)
        volumes = _volumes(row, producers, coach)
        weeks = sorted({week for _, weekly in columns for week in weekly})
        details.append(
            {
                "case": row,
                "columns": columns,
                "weeks": weeks,
                "volume_svg": charts.volume_chart([(n, v) for n, v in volumes if v]),
            }
        )
    return details


def _volumes(
    row: dict[str, Any], producers: list[str], coach: str | None
) -> list[tuple[str, list[float]]]:
    """Each version's weekly running km; the coach's from the draft as the reader reads it."""
    volumes = [(name, row["volumes"].get(name) or []) for name in producers]
    if coach:
        weekly = draft_sessions(coach).weekly_volume_m
        volumes.append((COACH, [weekly[week] / 1000 for week in sorted(weekly)]))
    return volumes


def _weeks(case: ReplayCase, output: Output | None) -> dict[int, list[str]]:
    if output is None or output.status != "ok":
        return {0: [f"({output.status}: {output.error})" if output else "(not run)"]}
    if output.draft is not None:
        return _draft_weeks(output.draft)
    weeks: dict[int, list[str]] = defaultdict(list)
    for workout in sorted(output.workouts, key=lambda w: (w.week, w.day)):
        day = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[workout.day - 1]
        size = f"{workout.distance / 1000:.1f} km, {workout.duration // 60} min"
        weeks[workout.week].append(f"{day}: {workout.sub_type} {size}")
    return dict(weeks)


def _draft_weeks(text: str) -> dict[int, list[str]]:
    weeks: dict[int, list[str]] = defaultdict(list)
    current = 0
    for line in text.splitlines():
        found = WEEK_HEADER.match(line)
        if found:
            current = int(found.group(1))
        if line.strip():
            weeks[current].append(line.strip())
    return dict(weeks)


def fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value)}"
    return f"{value:.4g}"


def signed(value: float | None) -> str:
    return "-" if value is None else ("+" if value > 0 else "") + fmt(value)


def verdict(comparison: dict[str, Any], better: str) -> str:
    """`better` or `worse` when the whole 95% interval is on one side of zero, else `same`."""
    interval = comparison.get("ci95")
    if not interval:
        return "same"
    low, high = interval
    if low > 0 or high < 0:
        improved = (high < 0) == (better == "lower")
        return "better" if improved else "worse"
    return "same"
