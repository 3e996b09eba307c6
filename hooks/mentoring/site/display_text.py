"""Words for values on pages: a coded value's label, and dates as people write them."""

from __future__ import annotations

import datetime


def long_date(value: str) -> str:
    """Return '1 March 2026' for '2026-03-01'."""
    day = datetime.date.fromisoformat(value)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def label(value: str, labels: dict[str, str]) -> str:
    """Return the label of a coded value, or the value itself when it has none."""
    return labels.get(value, value)
