"""Words for values on pages: a coded value's label, dates as people write them, and counts."""

from __future__ import annotations

import datetime

from mentoring.data.count_words import agreeing
from mentoring.data.timezones import REFERENCE_DAY


def long_date(value: str) -> str:
    """Return '1 March 2026' for '2026-03-01'."""
    day = datetime.date.fromisoformat(value)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def label(value: str, labels: dict[str, str]) -> str:
    """Return the label of a coded value, or the value itself when it has none."""
    return labels.get(value, value)


def reference_day_text() -> str:
    """Return the day UTC offsets are read on, as pages name it: '15 January'."""
    return f"{REFERENCE_DAY.day} {REFERENCE_DAY.strftime('%B')}"


def group_digits(number: int) -> str:
    """Return a count as pages write it, thousands grouped: '1,200' (finder-cards.js groupDigits
    writes the same; a browser test compares them on tests/cases/number-text.yml)."""
    return f"{number:,}"


def counted(count: int, word: str) -> str:
    """Return a count and the word that agrees with it: '1 mentor', '1,000 mentors' (schemas/count-words.yml)."""
    return f"{group_digits(count)} {agreeing(count, word)}"
