"""Measure how deep a YAML text nests and how many values it holds, before any YAML parser reads it.

PyYAML builds its node tree recursively: a value nested 100,000 levels deep (`[[[[...]]]]`, 200 KB)
overflows the C stack of the C composer, a crash with no message, and 1,000 levels exhaust Python's
recursion in the schema check. So the raw text is scanned first (yaml_structure), line by line,
the way YAML reads its structure; where the scanner cannot be exact it counts more levels, never fewer.

The limits come from the schemas (see needed_depth): a card needs 2 levels (its fields, then a
list or `contact`), a programme 3 (its fields, `kpis`, one KPI's fields). A file may nest
DEPTH_MARGIN levels more than its schema needs, so a list put where a text belongs is still
explained by the schema at its field; anything deeper is refused here, at the line and column
where the limit was crossed.
"""

from __future__ import annotations

from dataclasses import dataclass

from mentoring.data.yaml_structure import scan_structure

DEPTH_MARGIN = 4
MAX_NODES = 10_000  # values (fields, list items, texts); a card holds about 60, a programme about 200

@dataclass(frozen=True)
class LimitCrossed:
    """Where a text crossed a structure limit, and what to tell its author."""

    line: int
    column: int
    message: str


def needed_depth(schema: dict, defs: dict | None = None, seen: frozenset = frozenset()) -> int:
    """Return how many levels of fields and lists data valid under schema can nest."""
    defs = schema.get("$defs", {}) if defs is None else defs
    same_value = [schema.get(key) for key in ("if", "then", "else", "not")]
    same_value += schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", [])
    ref = schema.get("$ref", "")
    if ref.startswith("#/$defs/") and ref not in seen:
        seen = seen | {ref}
        same_value.append(defs.get(ref.rsplit("/", 1)[1], {}))
    inside = [schema.get(key) for key in ("items", "additionalProperties", "contains")]
    inside += list(schema.get("properties", {}).values()) + list(schema.get("patternProperties", {}).values())
    inside += schema.get("prefixItems", [])
    deepest_inside = max((needed_depth(part, defs, seen) for part in inside if isinstance(part, dict)), default=0)
    own = 1 if schema.get("type") in ("object", "array") or any(part is not None for part in inside) else 0
    return max([own + deepest_inside] + [needed_depth(part, defs, seen) for part in same_value if isinstance(part, dict)])


def check_structure(text: str, need: int, what: str) -> LimitCrossed | None:
    """Return where text nests deeper than need + DEPTH_MARGIN or holds too many values, else None.

    `what` names the file for the message, such as "a card".
    """
    scan = scan_structure(text, need + DEPTH_MARGIN, MAX_NODES)
    if scan.deepest_at:
        line, column = scan.deepest_at
        return LimitCrossed(
            line, column,
            f"the value is nested {scan.deepest} levels deep; {what} needs at most {need}:"
            " check the brackets [ ] and { } and the indentation from here",
        )
    if scan.nodes_at:
        line, column = scan.nodes_at
        return LimitCrossed(
            line, column,
            f"the file holds more than {MAX_NODES} values; {what} needs only a few dozen:"
            " check for a list or YAML aliases (*) repeated from here",
        )
    return None
