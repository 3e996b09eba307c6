"""Ids of cards and programmes: the rule the mentor schema states, and an id made from a name."""

from __future__ import annotations

import re
import unicodedata

from mentoring.data.schemas import project_schema, python_pattern

_ID_RULE = project_schema("mentor")["properties"]["id"]
ID_PATTERN = re.compile(python_pattern(_ID_RULE["pattern"]))
ID_MAX_LENGTH = _ID_RULE["maxLength"]


def is_id(text: str) -> bool:
    """Return True for a valid card or programme id (lowercase letters, digits, single hyphens)."""
    return bool(ID_PATTERN.match(text)) and len(text) <= ID_MAX_LENGTH


def slugify(text: str) -> str:
    """Return an id made from a name: 'Zoë O'Brien' -> 'zoe-obrien'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:ID_MAX_LENGTH].strip("-")
