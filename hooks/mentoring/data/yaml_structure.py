"""Follow a YAML text's structure line by line, the way YAML reads it, without parsing it.

Used by structure_limits to measure nesting and count values before any YAML parser sees a file:
flow brackets and braces, block indentation, compact `- - -` and `- key:` entries, explicit `? key`
and `: value` lines, quoted scalars over several lines, block scalars (`|`, `>`) and comments.
Plain text such as `a [b]` in a block value is text, as YAML reads it. Where the scanner cannot be
exact (a plain text continued on a line that starts with `[`) it counts more levels, never fewer;
tests/unit/test_structure_limits.py checks that against YAML's own events. Every step is linear in
the line's length.
"""

from __future__ import annotations

import re

_QUOTED_KEY = re.compile(r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:(?=[ \t]|$)""")
_PLAIN_KEY_START = re.compile(r"""[^ \t#'"\[\]{},&*!|>%@`-]|-[^ \t#]""")
_VALUE_COLON = re.compile(r":(?=[ \t]|$)")
_COMMENT_START = re.compile(r"[ \t]#")
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # the line breaks YAML counts
# The shapes of almost every line of a real file, read without the general steps.
_PLAIN_FIELD = re.compile(r"""( *)(- +)?[A-Za-z_][\w-]*:(?:[ \t]+[^ \t\[{'"|>&*!%@`-][^\n]*)?[ \t]*""")  # [- ]name: text
_PLAIN_ITEM = re.compile(r"""( *)- +[^ \t\[{'"|>&*!%@`?#-][^:#\n]*""")  # - text
_LIST_FIELD = re.compile(r"""( *)[A-Za-z_][\w-]*:[ \t]*\[([^\[\]{}'"#&*!\n]*)\][ \t]*""")  # name: [a, b]
_PROPERTY = re.compile(r"(?:!<[^>\n]*>|[&!*][^ \t\[\]{},]*)[ \t]*")  # an anchor, alias or tag; a verbatim tag !<...> may hold commas
_BLOCK_SCALAR = re.compile(r"[|>][0-9+-]*[ \t]*(?:#.*)?$")


def scan_structure(text: str, limit: int, max_nodes: int) -> _Scanner:
    """Return the finished scan of text: its deepest level and where it passed limit, its values and where they passed max_nodes."""
    scan = _Scanner(limit, max_nodes)
    for number, line in enumerate(_LINE_BREAK.split(text), 1):
        scan.line(number, line)
    return scan


class _Scanner:
    """Follows YAML's structure through the lines of a text, keeping the deepest level seen."""

    def __init__(self, limit: int, max_nodes: int):
        self.limit, self.max_nodes = limit, max_nodes
        self.blocks: list[tuple[int, str]] = []  # open block collections: (column, "map" or "seq")
        self.flow = 0  # open [ and { around the current position
        self.quote = ""  # the quote a multi-line quoted scalar is waiting for
        self.block_scalar: tuple[int, int | None] | None = None  # (its parent's column, its content's column once known)
        self.deepest, self.deepest_at = 0, None
        self.nodes, self.nodes_at = 0, None
        self.number = 0

    def line(self, number: int, line: str) -> None:
        self.number = number
        at = 0
        if self.quote:
            at = self._close_quote(line, 0)
            if at < 0:
                return
        elif self.block_scalar and self._inside_block_scalar(line):
            return
        if self.flow:
            self._flow(line, at)
            return
        if at:
            self._after_value(line, at)
            return
        self._block_line(line)

    def _inside_block_scalar(self, line: str) -> bool:
        parent, content = self.block_scalar
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if not stripped:
            return True
        if content is None and indent > parent:
            content = indent
            self.block_scalar = (parent, content)
        if content is not None and indent >= content:
            return True
        self.block_scalar = None
        return False

    def _block_line(self, line: str) -> None:
        plain = _PLAIN_FIELD.fullmatch(line)
        if plain is not None:
            indent, entry = len(plain.group(1)), plain.group(2)
            if entry:
                self._open_block(indent, "seq")
                self._push(indent + len(entry), "map")
            else:
                self._open_block(indent, "map")
            self._count(indent, 3)
            return
        item = _PLAIN_ITEM.fullmatch(line)
        if item is not None:
            self._open_block(len(item.group(1)), "seq")
            self._count(len(item.group(1)))
            return
        listed = _LIST_FIELD.fullmatch(line)
        if listed is not None:
            self._open_block(len(listed.group(1)), "map")
            self.flow = 1
            self._level(listed.start(2) - 1)
            self.flow = 0
            self._count(listed.start(2), 3 + listed.group(2).count(","))
            return
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if not stripped or stripped[0] == "#" or (indent == 0 and stripped[0] == "%"):
            return
        if indent == 0 and re.match(r"(---|\.\.\.)(?=[ \t]|$)", stripped):
            self.blocks.clear()
            self._value(line, 3)
            return
        complex_key = stripped[0] in "?:" and stripped[1:2] in ("", " ", "\t")  # '? key' and ': value' lines
        self._open_block(indent, "seq" if _is_entry(stripped) else "map" if complex_key or _key_end(stripped) else "")
        self._entries(line, indent)

    def _open_block(self, column: int, kind: str) -> None:
        while self.blocks and self.blocks[-1][0] > column:
            self.blocks.pop()
        if not kind:
            return
        if self.blocks and self.blocks[-1][0] == column:
            top = self.blocks[-1][1]
            if top == kind or top == "map" and kind == "seq":
                if top != kind:  # a list written under its key at the key's column
                    self._push(column, kind)
                return
            self.blocks.pop()
            if self.blocks and self.blocks[-1] == (column, kind):
                return
        self._push(column, kind)

    def _push(self, column: int, kind: str) -> None:
        self.blocks.append((column, kind))
        self._level(column)

    def _entries(self, line: str, at: int) -> None:
        """Read the indicators that open nodes on one line: '- ', '? ', 'key:', then the value."""
        first = True
        while True:
            rest = line[at:]
            if _is_entry(rest) or rest[:1] == "?" and rest[1:2] in ("", " ", "\t"):
                self._count(at)
                if not first:
                    self._push(at, "seq" if rest[0] == "-" else "map")
                at = _skip_spaces(line, at + 1)
            elif rest[:1] == ":" and rest[1:2] in ("", " ", "\t"):  # the value of a '? key': it may open entries too
                at = _skip_spaces(line, at + 1)
            elif key := _key_end(rest):
                if not first:
                    self._push(at, "map")
                self._count(at, 2)
                self._value(line, at + key)
                return
            else:
                self._value(line, at)
                return
            first = False

    def _value(self, line: str, at: int) -> None:
        """Read a node that starts at `at`: its anchor, tag or alias, then a flow collection, quote or block scalar."""
        at = _skip_spaces(line, at)
        while (prop := _PROPERTY.match(line, at)) is not None and prop.end() > at:
            if line[at] == "*":
                self._count(at)
            at = prop.end()
        char = line[at : at + 1]
        if char in ("[", "{"):
            self._flow(line, at)
        elif char in ("'", '"'):
            self.quote = char
            after = self._close_quote(line, at + 1)
            if after >= 0:
                self._after_value(line, after)
        elif char in ("|", ">") and _BLOCK_SCALAR.match(line, at):
            explicit = re.search(r"[1-9]", line[at : at + 3])
            parent = self.blocks[-1][0] if self.blocks else -1
            self.block_scalar = (parent, max(parent, 0) + int(explicit.group()) if explicit else None)

    def _after_value(self, line: str, at: int) -> None:
        """After a quoted scalar: a ':' makes it a key, whose value follows."""
        rest = line[at:].lstrip(" \t")
        if rest.startswith(":"):
            self._value(line, len(line) - len(rest) + 1)

    def _flow(self, line: str, at: int) -> None:
        node_start = True
        while at < len(line):
            char = line[at]
            if char in "[{":
                self.flow += 1
                self._level(at)
                self._count(at)
                node_start = True
            elif char in "]}":
                self.flow = max(self.flow - 1, 0)
                if not self.flow:
                    self._after_value(line, at + 1)
                    return
                node_start = False
            elif char == ",":
                self._count(at)
                node_start = True
            elif char == "#" and (at == 0 or line[at - 1] in " \t"):
                return
            elif char in "'\"" and node_start:
                self.quote = char
                at = self._close_quote(line, at + 1)
                if at < 0:
                    return
                node_start = False
                continue
            elif char == "*" and node_start:
                self._count(at)
                node_start = False
            elif char == ":" or char == "?":
                node_start = True
            elif char not in " \t":
                node_start = False
            at += 1

    def _close_quote(self, line: str, at: int) -> int:
        """Return the offset after the closing quote of the open quoted scalar, or -1 if it goes on."""
        pattern = r"(?:[^'\n]|'')*'" if self.quote == "'" else r'(?:[^"\\\n]|\\.)*"'
        match = re.compile(pattern).match(line, at)
        if match is None:
            return -1
        self.quote = ""
        return match.end()

    def _level(self, column: int) -> None:
        depth = len(self.blocks) + self.flow
        if depth > self.deepest:
            self.deepest = depth
        if depth > self.limit and self.deepest_at is None:
            self.deepest_at = (self.number, column + 1)

    def _count(self, column: int, values: int = 1) -> None:
        self.nodes += values
        if self.nodes > self.max_nodes and self.nodes_at is None:
            self.nodes_at = (self.number, column + 1)


def _key_end(text: str) -> int:
    """Return the offset just after the ':' when text starts with a key ('name:', '"a b":'), else 0."""
    quoted = _QUOTED_KEY.match(text)
    if quoted:
        return quoted.end()
    if not _PLAIN_KEY_START.match(text):
        return 0
    colon = _VALUE_COLON.search(text, 1)
    comment = _COMMENT_START.search(text)
    return colon.end() if colon and not (comment and comment.start() < colon.start()) else 0


def _is_entry(text: str) -> bool:
    return text[:1] == "-" and text[1:2] in ("", " ", "\t")


def _skip_spaces(line: str, at: int) -> int:
    while at < len(line) and line[at] in " \t":
        at += 1
    return at
