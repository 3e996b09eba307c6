"""Geometry for the bar charts drawn at build time by overrides/partials/insights-bar-chart.html.

Each bar sits under its label, so long labels fit on a phone. Horizontal positions
are percentages of the chart's width (the SVG stretches with the page and its text
keeps the page's size); vertical ones are pixels. Numbers only: the template draws.
"""

from __future__ import annotations

from dataclasses import dataclass

PLOT_WIDTH = 86.0  # % of the width the longest bar takes; the rest holds its value
ROW_HEIGHT = 32  # px per bar: label, then bar
LABEL_Y = 14  # label baseline, from the top of its row
BAR_Y = 19  # bar top, from the top of its row
BAR_HEIGHT = 10
LABEL_CHARS = 48  # longer labels are shortened in the chart; the table beside it has them whole
LISTED_IN_FULL = 6  # charts with up to this many bars read every figure out in their description


@dataclass(frozen=True)
class Bar:
    """One bar, placed."""

    label: str  # as shown in the chart (shortened when long)
    value: int
    width: float  # % of the chart's width
    label_y: int
    bar_y: int
    value_x: float  # % of the chart's width, just after the bar's end
    value_y: int
    tone: str = ""  # a class suffix for a colour with a meaning, such as 'accepting'


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar chart: what it shows, in words, and its bars."""

    id: str  # unique on the page; the title and description ids derive from it
    title: str
    description: str
    bars: tuple[Bar, ...]
    height: int  # px
    bar_height: int = BAR_HEIGHT
    plot_width: float = PLOT_WIDTH  # % of the width a full-length bar (and its pale track) takes


def bar_chart(chart_id: str, title: str, what: str, rows: list[tuple[str, int]] | list[tuple[str, int, str]]) -> BarChart:
    """Return a chart of rows (label, value[, tone]) in the given order, described for screen readers.

    `what` completes "Bar chart of ...", e.g. "free places by department".
    """
    largest = max((row[1] for row in rows), default=0)
    bars = []
    for index, row in enumerate(rows):
        label, value = row[0], row[1]
        width = round(value / largest * PLOT_WIDTH, 2) if largest else 0.0
        top = index * ROW_HEIGHT
        bars.append(Bar(
            label=_shorten(label), value=value, width=width,
            label_y=top + LABEL_Y, bar_y=top + BAR_Y,
            value_x=round(width + 1.2, 2), value_y=top + BAR_Y + BAR_HEIGHT - 1,
            tone=row[2] if len(row) > 2 else "",
        ))
    return BarChart(chart_id, title, describe(what, rows), tuple(bars), max(len(bars), 1) * ROW_HEIGHT + 4)


def describe(what: str, rows) -> str:
    """Return the chart's description: every figure for short charts, the extremes for long ones."""
    if not rows:
        return f"Bar chart of {what}: there is nothing to show yet."
    figures = [f"{row[0]}: {row[1]}" for row in rows]
    if len(rows) <= LISTED_IN_FULL:
        return f"Bar chart of {what}. " + "; ".join(figures) + "."
    ordered = sorted(rows, key=lambda row: -row[1])
    return (
        f"Bar chart of {what}, {len(rows)} bars. Highest: {ordered[0][0]}, {ordered[0][1]}; "
        f"lowest: {ordered[-1][0]}, {ordered[-1][1]}. The table beside the chart gives every figure."
    )


def _shorten(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"
