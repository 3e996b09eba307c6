"""The fields a schema defines, flattened and described in plain words, for people and forms.

The field reference page and the card builder are both made from this walk of
the JSON Schemas in schemas/, so neither can drift from the contract.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from mentoring.data.schema_enums import has_vocabulary_format

TYPE_WORDS = {
    "string": "text",
    "integer": "whole number",
    "number": "number",
    "boolean": "true or false",
    "array": "list",
    "object": "group of fields",
}

# Formats our schemas use, in words; the ones backed by a vocabulary name the section listing it.
FORMAT_WORDS = {
    "date": "a date written YYYY-MM-DD",
    "email-address": "an email address",
    "iana-timezone": "an IANA time zone name (Region/City)",
    "iso-639-1": "a two-letter ISO 639-1 language code",
    "expertise-tag": "a tag from the expertise vocabulary",
    "hallmark-id": "a hallmark id",
}
FORMAT_VOCABULARY = {"iso-639-1": "languages", "expertise-tag": "expertise", "hallmark-id": "hallmarks"}


@dataclass(frozen=True)
class SchemaField:
    """One field of a schema, with its rules resolved ($ref followed) and said in words."""

    path: str  # the field as a person writes it: 'contact.email', 'goals[].goal'
    key: str  # the last part of the path: 'email', 'goal'
    depth: int  # 0 for top-level fields
    title: str
    description: str
    required: bool
    type: str  # the JSON Schema type of the value
    node: dict  # the field's schema with $ref resolved
    item: dict  # for a list, the schema of one item ($ref resolved); {} otherwise

    @property
    def anchor(self) -> str:
        """Return a fragment id for the field: 'contact-email', 'goals-goal'."""
        return self.path.replace("[]", "").replace(".", "-").replace("_", "-")

    @property
    def kind(self) -> str:
        """Return the value's kind in words: 'text', 'list of text', 'list of groups of fields'."""
        words = TYPE_WORDS.get(self.type, self.type)
        if self.type == "array":
            item = TYPE_WORDS.get(self.item.get("type"), "values")
            return f"list of {'groups of fields' if item == 'group of fields' else item}"
        return words

    @property
    def format(self) -> str | None:
        """Return the format of the value, or of each item of a list."""
        return self.node.get("format") or self.item.get("format")

    @property
    def format_words(self) -> str | None:
        return FORMAT_WORDS.get(self.format or "")

    @property
    def vocabulary(self) -> str | None:
        """Return the vocabulary section ('expertise', 'hallmarks', 'languages') the values come from, if any."""
        return FORMAT_VOCABULARY.get(self.format or "")

    @property
    def allowed(self) -> list:
        """Return the allowed values of the field, or of each item of a list; [] when any value goes.

        A vocabulary's values (written into the schema for editors) are listed by its own section instead.
        """
        if has_vocabulary_format(self.node) or has_vocabulary_format(self.item):
            return []
        return list(self.node.get("enum") or self.item.get("enum") or [])

    @property
    def hint(self) -> str | None:
        """Return the schema's advice on writing the value (x-hint), for the value or its items."""
        return self.node.get("x-hint") or self.item.get("x-hint")

    @property
    def pattern(self) -> str | None:
        return self.node.get("pattern") or self.item.get("pattern")

    @property
    def default(self):
        return self.node.get("default")

    @property
    def examples(self) -> list:
        return list(self.node.get("examples") or [])

    def example_yaml(self) -> str:
        """Return the first example as YAML, written as it would appear under its key."""
        if not self.examples:
            return ""
        return yaml.dump({self.key: self.examples[0]}, Dumper=_CardDumper, sort_keys=False, allow_unicode=True, width=1000).rstrip()

    @property
    def limits(self) -> list[str]:
        """Return the size and range rules in words: '1 to 100 characters', 'no repeats'."""
        node, rules = self.node, []
        if self.type == "string":
            rules.append(_range(node.get("minLength"), node.get("maxLength"), "character"))
        elif self.type in ("integer", "number"):
            low, high = node.get("minimum"), node.get("maximum")
            rules.append(f"from {low} to {high}" if low is not None and high is not None else
                         f"at least {low}" if low is not None else f"at most {high}" if high is not None else "")
        elif self.type == "array":
            rules.append(_range(node.get("minItems"), node.get("maxItems"), "item"))
            if node.get("uniqueItems"):
                rules.append("no repeats")
            if self.item.get("type") == "string":
                rules.append(_range(self.item.get("minLength"), self.item.get("maxLength"), "character", "each "))
        elif self.type == "object" and node.get("minProperties"):
            rules.append(f"at least {node['minProperties']} of its fields")
        return [rule for rule in rules if rule]


class _CardDumper(yaml.SafeDumper):
    """Writes YAML as cards are written: fields one per line, short lists of values in brackets."""

    def represent_list(self, data):
        flow = all(not isinstance(item, (dict, list)) for item in data)
        return self.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)

    def represent_dict(self, data):
        return self.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=False)


_CardDumper.add_representer(list, _CardDumper.represent_list)
_CardDumper.add_representer(dict, _CardDumper.represent_dict)


def _range(low: int | None, high: int | None, unit: str, prefix: str = "") -> str:
    if low and high:
        return f"{prefix}{low} to {high} {unit}s"
    if high:
        return f"{prefix}up to {high} {unit}{'' if high == 1 else 's'}"
    if low:
        return f"{prefix}at least {low} {unit}{'' if low == 1 else 's'}"
    return ""


def schema_fields(schema: dict) -> list[SchemaField]:
    """Return every field of a schema, depth first in the schema's own order, $ref resolved."""
    fields: list[SchemaField] = []
    _walk(schema, schema, "", 0, fields)
    return fields


def resolve(node: dict, schema: dict) -> dict:
    """Return node with a local '$ref' (#/$defs/...) replaced by its target, and the rules it takes on
    through 'allOf' (such as $defs/one-line-text) merged in; the node's own keys win."""
    ref, shared = node.get("$ref"), node.get("allOf")
    if not ref and not shared:
        return node
    merged = dict(node)
    if ref:
        target = schema
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        merged = {**resolve(target, schema), **node}
        merged.pop("$ref")
    for part in merged.pop("allOf", ()):
        merged = {**resolve(part, schema), **merged}
    return merged


def _walk(node: dict, schema: dict, prefix: str, depth: int, fields: list[SchemaField]) -> None:
    required = set(node.get("required", ()))
    for key, raw in node.get("properties", {}).items():
        child = resolve(raw, schema)
        item = resolve(child.get("items", {}), schema) if child.get("type") == "array" else {}
        path = f"{prefix}{key}"
        fields.append(SchemaField(
            path, key, depth, child.get("title", key), child.get("description", ""), key in required,
            child.get("type", ""), child, item,
        ))
        if child.get("type") == "object":
            _walk(child, schema, f"{path}.", depth + 1, fields)
        elif item.get("type") == "object":
            _walk(item, schema, f"{path}[].", depth + 1, fields)
