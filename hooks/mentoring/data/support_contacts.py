"""The help routes file (guides/support-contacts.yml): the checks beyond its schema."""

from __future__ import annotations

import datetime

from mentoring.data.documents import Document
from mentoring.data.messages import say
from mentoring.data.problems import internal_errors_reported
from mentoring.data.schemas import is_date


def check_all(docs: list[Document], today: datetime.date) -> None:
    """Check each help routes file that passed its schema reading (there is at most one)."""
    for doc in docs:
        with internal_errors_reported(doc.problems, doc.rel_path):
            if doc.data:
                check(doc, today)


def check(doc: Document, today: datetime.date) -> None:
    """Add to doc's problems: a country listed twice, and a check dated in the future."""
    countries = doc.data.get("countries")
    if not isinstance(countries, list):
        return
    seen: dict[tuple[str, str], int] = {}
    for index, country in enumerate(countries):
        if not isinstance(country, dict):
            continue
        for key in ("code", "name"):
            value = country.get(key)
            if isinstance(value, str):
                if (key, value) in seen:
                    doc.add(("countries", index, key), f"'{value}' is listed already (country {seen[key, value] + 1}); keep one entry per country")
                seen.setdefault((key, value), index)
        verified = country.get("last_verified")
        if is_date(verified) and datetime.date.fromisoformat(verified) > today:
            doc.add(("countries", index, "last_verified"), say("future_date", value=verified))
