"""The vocabularies written into the schemas as `enum`s, for YAML editors that ignore our custom formats.

Generic JSON Schema tools (yaml-language-server, the engine of VS Code's YAML extension) skip formats
they do not know, as the spec allows. So next to each vocabulary `format` the schema files carry the
allowed values, generated from the vocabulary files (tools/write_schema_enums.py writes them; a test fails
when they drift), with an `errorMessage` so the editor says something human instead of listing them.
Nodes with a pattern and an x-hint get it as `patternErrorMessage`. The validator and the card
builder check the formats instead, and keep one message per mistake.
"""

from __future__ import annotations

import copy
import importlib.resources

from mentoring.data.messages import WORDS
from mentoring.data.vocabulary import Vocabulary

VOCABULARY_FORMATS = ("iana-timezone", "iso-639-1", "expertise-tag", "hallmark-id")


def iana_zone_names() -> list[str]:
    """Return the IANA time zone names of the pinned tzdata package: the same list on every machine."""
    return sorted(importlib.resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split())


def vocabulary_values(vocabulary: Vocabulary) -> dict[str, list[str]]:
    """Return format name -> the values it allows, from the vocabulary files."""
    return {
        "iana-timezone": iana_zone_names(),
        "iso-639-1": sorted(vocabulary.languages),
        "expertise-tag": sorted(vocabulary.tags),
        "hallmark-id": sorted(vocabulary.hallmarks),
    }


def with_editor_hints(schema: dict, values: dict[str, list[str]]) -> dict:
    """Return a copy of schema with each vocabulary's enum and errorMessage, and x-hints as patternErrorMessage."""
    result = copy.deepcopy(schema)
    for node in _nodes(result):
        if isinstance(node.get("format"), str) and node["format"] in values:
            node["enum"] = values[node["format"]]
            node["errorMessage"] = WORDS["editor_messages"][node["format"]]
        if isinstance(node.get("pattern"), str) and isinstance(node.get("x-hint"), str):
            node["patternErrorMessage"] = node["x-hint"]
    return result


def without_editor_enums(schema: dict) -> dict:
    """Return a copy of schema without the enums written for editors: the validators check the formats.

    (Checking a card against 598 time zone names one by one made the quick check five times slower.)
    """
    result = copy.deepcopy(schema)
    for node in _nodes(result):
        if has_vocabulary_format(node):
            node.pop("enum", None)
            node.pop("errorMessage", None)
    return result


def has_vocabulary_format(node: dict) -> bool:
    """Return True for a schema node whose enum only repeats a vocabulary format, for editors."""
    return isinstance(node.get("format"), str) and node["format"] in VOCABULARY_FORMATS


def _nodes(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)
