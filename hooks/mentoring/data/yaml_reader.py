"""Read YAML text into plain JSON-like data, remembering where every value sits.

PyYAML's composer (the C one where available) gives a node tree with positions;
this module turns it into dicts, lists and scalars itself so that it can keep
dates as strings (JSON has no dates), refuse duplicate keys and unknown tags,
cap alias expansion, and remember how each scalar was written (for hints such
as "0450 was read as the number 450: put it in quotes"). Plain scalars are read by YAML 1.2's core
schema (yaml_core), as editors and the card builder read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from mentoring.data.problems import Problem
from mentoring.data.yaml_core import core_loader, core_value

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _BaseLoader

_Loader = core_loader(_BaseLoader)

MAX_FILE_BYTES = 256 * 1024
MAX_VALUES = 20_000

DataPath = tuple  # a path into the data: keys (str) and list indexes (int)

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")}
_STR, _MAP, _SEQ = _TAG + "str", _TAG + "map", _TAG + "seq"


@dataclass(frozen=True)
class Scalar:
    """How a scalar was written: its text, whether quoted, and what YAML made of it."""

    text: str
    quoted: bool
    tag: str


@dataclass
class Source:
    """Parsed data with the position of every value and key, 1-based."""

    data: object = None
    positions: dict = field(default_factory=dict)
    key_positions: dict = field(default_factory=dict)
    scalars: dict = field(default_factory=dict)

    def position(self, path: DataPath) -> tuple[int, int]:
        """Return (line, column) of the value at path, or of its nearest parent."""
        path = tuple(path)
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def key_position(self, path: DataPath) -> tuple[int, int]:
        """Return (line, column) of the key whose value is at path."""
        return self.key_positions.get(tuple(path)) or self.position(path)


class YamlError(Exception):
    """A file that cannot be read as YAML data; line and column are 1-based."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column

    def problem(self, rel_path: str, line_offset: int = 0) -> Problem:
        """Return the problem to report for this error in rel_path, whose YAML starts line_offset lines in."""
        return Problem(rel_path, self.line + line_offset, self.column, "", self.message)


def decode(raw: bytes) -> str:
    """Return the text of a file's bytes, or raise YamlError saying what is wrong."""
    if len(raw) > MAX_FILE_BYTES:
        raise YamlError(
            f"the file is {len(raw) // 1024} KB, more than the {MAX_FILE_BYTES // 1024} KB allowed;"
            " a card or programme needs only a few KB"
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a byte-order mark at the start: YAML allows it, and some editors write one
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise YamlError("the file is saved as UTF-16 text; save it with the 'UTF-8' encoding in your editor")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise YamlError(
            f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x} cannot be read);"
            " save it with the 'UTF-8' encoding",
            line,
            column,
        ) from None
    mark = text.find("\ufeff")
    if mark >= 0:
        raise YamlError(
            "there is an invisible character here (a byte-order mark, U+FEFF); delete it:"
            " put the cursor just after it and press Backspace",
            text.count("\n", 0, mark) + 1,
            mark - (text.rfind("\n", 0, mark) + 1) + 1,
        )
    return text


def parse(text: str) -> Source:
    """Parse one YAML document; raise YamlError for anything that is not plain data."""
    if "\t" in text and _tab_indented(text):
        line = next(i for i, row in enumerate(text.splitlines(), 1) if row.lstrip(" ").startswith("\t"))
        raise YamlError("a tab is used for indentation here; YAML needs spaces instead of tabs", line, 1)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise _explain(error) from None
    except yaml.reader.ReaderError as error:
        at = error.position
        raise YamlError(
            f"there is an invisible control character here (U+{error.character:04X}); delete it",
            text.count("\n", 0, at) + 1,
            at - (text.rfind("\n", 0, at) + 1) + 1,
        ) from None
    except yaml.YAMLError as error:
        raise YamlError(f"this is not valid YAML: {error}") from None
    if node is None:
        raise YamlError("the file is empty; it should hold fields such as 'name: Ada Lovelace'")
    source = Source()
    budget = [MAX_VALUES]
    try:
        source.data = _build(node, (), source, budget)
    except RecursionError:  # the loader measures nesting before parsing; this guards other callers
        raise YamlError("the value is nested too deeply; write lists as [a, b] and fields as 'name: value'") from None
    return source


def _tab_indented(text: str) -> bool:
    return any(row.lstrip(" ").startswith("\t") and row.strip() for row in text.splitlines())


def _explain(error: yaml.MarkedYAMLError) -> YamlError:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = error.problem or ""
    if "expected a single document" in (error.context or "") or "expected '<document start>'" in problem:
        message = "the file holds more than one YAML document ('---'); keep a single one"
    elif "mapping values are not allowed" in problem:
        message = (
            "YAML read a ':' here as the start of a field: check that this line is indented"
            " like the lines around it or, if the ':' is part of a text, put the whole text in quotes"
        )
    elif "found character '\\t'" in problem or "\t" in problem:
        message = "a tab is used here; YAML needs spaces instead of tabs"
    elif "while scanning a quoted scalar" in (error.context or "") and error.context_mark:
        line, column = error.context_mark.line + 1, error.context_mark.column + 1
        message = "a quote opened here is never closed; add the closing quote at the end of the text"
    elif "found undefined alias" in problem:
        message = f"this uses an alias ('*') that is not defined: {problem}"
    else:
        context = f" {error.context}" if error.context else ""
        message = f"this is not valid YAML:{context} {problem}".rstrip()
        if "could not find expected ':'" in problem or "expected <block end>" in problem:
            message += "; check the indentation and that every field has 'name: value' form"
    return YamlError(message, line, column)


class _NeedsCarefulReading(Exception):
    """Raised by the quick reading when a file needs the careful, positional reading."""


_ALIAS_OR_ANCHOR = re.compile(r"(?:^|[\s\[{,:])[&*][^\s\[\]{},]")


def quick_load(text: str) -> object | None:
    """Return the data of plain, unsurprising YAML quickly, or None when it needs the careful reading.

    The common case (a valid card) never needs positions; they are computed by
    parse() only for files that have a problem. The node tree comes from the C composer, and is
    turned into data by _quick_value rather than PyYAML's general constructor, which costs
    about twice as much for the same result.
    """
    if "\t" in text or ("&" in text or "*" in text) and _ALIAS_OR_ANCHOR.search(text):
        return None
    try:
        node = yaml.compose(text, Loader=_Loader)
        return None if node is None else _quick_value(node)
    except (_NeedsCarefulReading, yaml.YAMLError, RecursionError):
        return None


def _quick_value(node: yaml.Node) -> object:
    """Return the data of node as _build would, without positions; raise _NeedsCarefulReading for
    anything _build would report (non-text or repeated keys, tags that are not plain data)."""
    kind = type(node)
    if kind is yaml.ScalarNode:
        if node.tag not in _SCALAR_TAGS:
            raise _NeedsCarefulReading
        return core_value(node.tag, node.value)
    if kind is yaml.MappingNode:
        if node.tag != _MAP:
            raise _NeedsCarefulReading
        result = {}
        for key, value in node.value:
            if type(key) is not yaml.ScalarNode or key.tag != _STR or key.value in result:
                raise _NeedsCarefulReading
            result[key.value] = _quick_value(value)
        return result
    if node.tag != _SEQ:
        raise _NeedsCarefulReading
    return [_quick_value(item) for item in node.value]


def _build(node: yaml.Node, path: DataPath, source: Source, budget: list) -> object:
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlError(
            "the file expands to too many values; do not use YAML anchors and aliases (& and *)",
            node.start_mark.line + 1,
            node.start_mark.column + 1,
        )
    source.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        _check_tag(node, _TAG + "map")
        result: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError(
                    "a field name must be plain text",
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
            key = key_node.value
            key_at = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in result:
                first = source.key_positions[path + (key,)][0]
                raise YamlError(f"the field '{key}' appears twice (first on line {first}); keep one", *key_at)
            source.key_positions[path + (key,)] = key_at
            result[key] = _build(value_node, path + (key,), source, budget)
        return result
    if isinstance(node, yaml.SequenceNode):
        _check_tag(node, _TAG + "seq")
        return [_build(item, path + (index,), source, budget) for index, item in enumerate(node.value)]
    _check_tag(node, *_SCALAR_TAGS)
    source.scalars[path] = Scalar(node.value, node.style in ("'", "\""), node.tag)
    return core_value(node.tag, node.value)


def _check_tag(node: yaml.Node, *allowed: str) -> None:
    if node.tag not in allowed:
        tag = node.tag.replace(_TAG, "!!")
        raise YamlError(
            f"the YAML tag '{tag}' is not allowed here; remove it and write plain values",
            node.start_mark.line + 1,
            node.start_mark.column + 1,
        )
