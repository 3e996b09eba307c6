"""YAML 1.2's core schema for PyYAML: plain scalars read as editors read them.

PyYAML resolves plain scalars by YAML 1.1, where `yes`, `no`, `on` and `off` are booleans, `012` is
octal, `1:30` is the number 90 and `1_000` is 1000. Editors (yaml-language-server) and the card
builder read YAML 1.2, where those are text or plain decimal numbers. Loaders made with core_loader()
resolve as YAML 1.2 does, so `mentoring validate`, editors and the builder read a file the same way.
"""

from __future__ import annotations

import math
import re

import yaml

TAG = "tag:yaml.org,2002:"

# YAML 1.2.2, 10.3.2 "Tag Resolution" (the core schema), in the order the specification lists them.
_CORE = (
    ("null", r"~|null|Null|NULL|", "~nN"),
    ("bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
    ("float", r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?", "-+.0123456789"),
    ("float", r"[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)", "-+."),
)
# The words YAML 1.1 reads as true or false: text in YAML 1.2, and a mistake in a field that wants true or false.
YAML11_BOOLEAN = re.compile(r"y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF")


def core_loader(base: type) -> type:
    """Return a subclass of the PyYAML loader `base` that resolves plain scalars by YAML 1.2's core schema."""
    resolvers: dict = {}
    for name, pattern, firsts in _CORE:
        compiled = re.compile(rf"^(?:{pattern})$")
        for first in firsts:
            resolvers.setdefault(first, []).append((TAG + name, compiled))
        if name == "null":
            resolvers.setdefault("", []).append((TAG + name, compiled))  # an empty value
    scalar, sequence, text = yaml.ScalarNode, yaml.SequenceNode, TAG + "str"

    def resolve(self, kind, value, implicit):
        # PyYAML's Resolver.resolve, less what this loader never has (path and wildcard resolvers);
        # the C parser calls it for every node, so its cost is most of the parser's own.
        if kind is scalar:
            if implicit[0]:
                for tag, regexp in resolvers.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return text
        return TAG + ("seq" if kind is sequence else "map")

    return type(f"Core{base.__name__}", (base,), {
        "yaml_implicit_resolvers": resolvers,
        "resolve": resolve,
        "descend_resolver": lambda self, parent, index: None,
        "ascend_resolver": lambda self: None,
    })


def core_value(tag: str, text: str) -> object:
    """Return the value of a plain scalar that core_loader() resolved to tag."""
    if tag == TAG + "bool":
        return text.lower() == "true"
    if tag == TAG + "int":
        if text.startswith(("0o", "0x")):
            return int(text[2:], 8 if text[1] == "o" else 16)
        return int(text)
    if tag == TAG + "float":
        lowered = text.lower()
        if lowered.endswith(".inf"):
            return -math.inf if text.startswith("-") else math.inf
        if lowered == ".nan":
            return math.nan
        return float(text)
    if tag == TAG + "null":
        return None
    return text
