"""One data file as the loader reads it, and the small text steps of reading it."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from mentoring.data.problems import Problem
from mentoring.data.schema_errors import field_name
from mentoring.data.yaml_reader import Source, decode, parse

SHARED_STRING_LENGTH = 40  # longer strings (bios, names of one person) are rarely repeated


@dataclass
class Document:
    """One data file: its data, and (read only when a problem needs placing) where each value sits."""

    kind: str
    rel_path: str
    stem: str
    text: str = ""
    data: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    body: str = ""
    lang: str = "en"
    line_offset: int = 0
    file: Path | None = None  # read into `text` on first use when the text was not kept (a card found valid)
    checked_alone: bool = False  # every check of the file on its own passed (on another core)
    _source: Source | None = None

    @property
    def source(self) -> Source:
        """The careful, positional reading of the file, made on first use."""
        if self._source is None:
            if self.file is not None and not self.text:
                self.text = decode(self.file.read_bytes())
            self._source = parse(self.text)
        return self._source

    def add(self, path, message: str, at_key: bool = False, key: str = "") -> None:
        """Record a cross-file problem (`key`: its message's key), unless the field already has one from the schema."""
        name = field_name(path)
        if any(problem.field == name for problem in self.problems):
            return
        line, column = self.source.key_position(path) if at_key else self.source.position(path)
        self.problems.append(Problem(self.rel_path, line + self.line_offset, column, name, message, key))



def split_front_matter(text: str) -> tuple[str | None, str]:
    """Split a Markdown file into its YAML front matter and body; front matter is None if absent."""
    match = re.match(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", text, re.DOTALL)
    if not match:
        return None, text
    return match.group(1) or "", text[match.end() :]


def shared_strings(data: object) -> object:
    """Return data with its field names and short strings (tags, departments, time zones) interned.

    Thousands of cards repeat the same few hundred words; stored once, a big organisation's
    catalogue takes about a third less memory.
    """
    if isinstance(data, dict):
        return {sys.intern(key) if isinstance(key, str) else key: shared_strings(value) for key, value in data.items()}
    if isinstance(data, list):
        return [shared_strings(item) for item in data]
    if isinstance(data, str) and len(data) <= SHARED_STRING_LENGTH:
        return sys.intern(data)
    return data
