"""The report's charts as inline SVG, drawn by matplotlib's SVG backend.

matplotlib: the most used and best kept plotting library in Python, whose SVG backend
needs no browser, no JavaScript and no network, and writes the same bytes for the same
figure (a fixed hash salt, no date). Figures are built without pyplot: no global state.
"""

import io
import math
import re
from collections.abc import Sequence
from typing import Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

COLOURS = ("#444444", "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b")
STYLE: Any = {
    "svg.fonttype": "none",  # text stays text: smaller, searchable, selectable
    "svg.hashsalt": "coach-agent-eval",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
# No <metadata> block: no date (the same figure gives the same bytes), no creator links.
NO_METADATA: dict[str, Any] = {"Date": None, "Creator": None, "Format": None, "Type": None}
_PROLOG = re.compile(r"^.*?(?=<svg)", re.DOTALL)


def colour(index: int) -> str:
    return COLOURS[index % len(COLOURS)]


def to_svg(figure: Figure, label: str) -> str:
    """The figure as an <svg> element for inline use (no XML prolog, no DOCTYPE)."""
    buffer = io.StringIO()
    with matplotlib.rc_context(STYLE):
        figure.savefig(buffer, format="svg", metadata=NO_METADATA, bbox_inches="tight")
    svg = _PROLOG.sub("", buffer.getvalue(), count=1)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" class="chart" ', 1)


def interval_chart(label: str, rows: Sequence[tuple[str, float | None, list[float] | None]]) -> str:
    """Each candidate's difference from the baseline with its 95% interval (0: no change)."""
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(4.2, 0.5 + 0.35 * max(1, len(rows))))
        axes = figure.add_subplot()
        for index, (_, diff, interval) in enumerate(rows):
            if diff is None:
                continue
            low, high = interval or [diff, diff]
            axes.errorbar(
                [diff],
                [index],
                xerr=[[diff - low], [high - diff]],
                fmt="o",
                color=colour(index + 1),
                capsize=3,
            )
        axes.axvline(0, color="#999999", linewidth=0.8)
        axes.set_yticks(range(len(rows)), [name for name, _, _ in rows])
        axes.set_ylim(-0.7, len(rows) - 0.3)
        axes.invert_yaxis()
        axes.set_title(f"{label}: candidate - baseline (95% CI)", fontsize=9, loc="left")
    return to_svg(figure, f"{label}, difference from the baseline")


def distribution_chart(label: str, series: Sequence[tuple[str, Sequence[float]]]) -> str:
    """A box per producer with every case's value over it."""
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(4.2, 0.5 + 0.4 * max(1, len(series))))
        axes = figure.add_subplot()
        data = [list(values) or [math.nan] for _, values in series]
        axes.boxplot(data, orientation="horizontal", widths=0.5, showfliers=False)
        for index, values in enumerate(data, start=1):
            axes.scatter(values, [index] * len(values), s=8, alpha=0.5, color=colour(index - 1))
        axes.set_yticks(range(1, len(series) + 1), [name for name, _ in series])
        axes.invert_yaxis()
        axes.set_title(label, fontsize=9, loc="left")
    return to_svg(figure, f"distribution of {label}")


def volume_chart(series: Sequence[tuple[str, Sequence[float | None]]]) -> str:
    """Weekly running volume (km) of each version of one case's plan."""
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(4.6, 1.9))
        axes = figure.add_subplot()
        for index, (name, volumes) in enumerate(series):
            weeks = [week for week, km in enumerate(volumes, start=1) if km is not None]
            kms: list[Any] = [km for km in volumes if km is not None]
            axes.plot(weeks, kms, marker="o", markersize=3, label=name, color=colour(index))
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_xlabel("week")
        axes.set_ylabel("km")
        axes.legend(fontsize=7, frameon=False)
    return to_svg(figure, "weekly volume")
