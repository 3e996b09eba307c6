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


# How an id is made from a name: steps the mentor schema lists beside the id's rule
# ("x-made-from-name"), which the card builder follows too (card-form.js); tests/cases/slugs.yml holds
# examples both must turn into the same id.
SLUG_STEPS = {
    "normalize": lambda text, form: unicodedata.normalize(form, text),
    "remove": lambda text, pattern: re.sub(python_pattern(pattern), "", text),
    "replace": lambda text, pattern, by: re.sub(python_pattern(pattern), by, text),
    "lowercase": str.lower,
    "cut": lambda text: text[:ID_MAX_LENGTH],
}


def slugify(text: str) -> str:
    """Return an id made from a name: 'Zoë O'Brien' -> 'zoe-obrien'."""
    for name, *arguments in _ID_RULE["x-made-from-name"]:
        text = SLUG_STEPS[name](text, *arguments)
    return text
