"""Keep the Markdown of guides, bios and programme texts within what the converter handles quickly.

Python-Markdown rescans the rest of a paragraph from every '[' and the rest of the text from every
'<' and heading, and it reads nested lists and quotes by recursion. So 500 '[' in a 200 KB paragraph
take 50 seconds to convert, 500 unclosed '<a ' in a 200 KB guide as long, 50,000 headings never
finish, and 500 nested list items raise RecursionError: the build would hang or crash. The work
grows with (marks x length), so that product has budgets, WORK_BUDGET and MARKUP_BUDGET, each
worth about a second of conversion at most. The real guides use at most a tenth of each and 3
levels of nesting, against MAX_NESTING. Code blocks and code spans are text, so they are not counted.

The figures are schemas/markdown-limits.yml and the messages schemas/messages.yml's, which the build
hands to the card builder: content/assets/javascripts/markdown-limits.js applies the same rules there,
and tests/cases/markdown-budgets.yml holds the examples both must judge alike.
"""

from __future__ import annotations

import re

import yaml

from mentoring.data.guide_safety import without_code
from mentoring.data.layout import PROJECT_SCHEMAS
from mentoring.data.messages import say
from mentoring.data.problems import Problem, TextPositions

LIMITS_FILE = PROJECT_SCHEMAS / "markdown-limits.yml"
LIMITS: dict = yaml.safe_load(LIMITS_FILE.read_text(encoding="utf-8"))
# Marks x the characters they rescan, each about a second of conversion: a '[' costs a hundred times
# what a '<' or a heading costs, so a long guide may hold many headings but few stray brackets.
WORK_BUDGET = LIMITS["work_budget"]  # for '['
MARKUP_BUDGET = LIMITS["markup_budget"]  # for '<' and headings
MAX_NESTING = LIMITS["max_nesting"]

_TAG_START = re.compile(r"<|^ {0,3}(?:#{1,6}(?=[ \t]|$)|([-*_=])[ \t]*(?:\1[ \t]*)*$)", re.MULTILINE)
_BLOCK = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")  # a paragraph: lines up to a blank one
_MARKER = r"(?:>|(?:[-*+]|\d{1,9}[.)]|!!!|\?\?\?\+?)(?=[ \t]|$))"  # a quote, a list item, a note (admonition)
_CONTAINERS = re.compile(rf"^[ \t]*(?:{_MARKER}[ \t]*)+", re.MULTILINE)


def markdown_limit(text: str, what: str) -> tuple[int, str] | None:
    """Return (offset, message) where Markdown text first crosses a limit, or None; `what` names it, like "a guide"."""
    crossed = limit_crossed(text, what)
    return crossed and crossed[:2]


def limit_crossed(text: str, what: str) -> tuple[int, str, str] | None:
    """Return (offset, message, message key) where Markdown text first crosses a limit, or None."""
    plain = without_code(text) if "`" in text or "~" in text else text  # code starts with one of them
    work = 0
    for block in _BLOCK.finditer(plain) if "[" in plain else ():
        brackets = block.group(0).count("[")
        work += brackets * len(block.group(0))
        if work > WORK_BUDGET:
            return block.start() + block.group(0).index("["), say("markdown_brackets", what=what), "markdown_brackets"
    allowed = MARKUP_BUDGET // max(len(plain), 1)
    # A text has at most one mark per character, so one no longer than its allowance is within it.
    for count, mark in enumerate(_TAG_START.finditer(plain) if len(plain) > allowed else (), 1):
        if count > allowed:
            return mark.start(), say("markdown_markup", what=what, allowed=allowed), "markdown_markup"
    for container in _CONTAINERS.finditer(plain):
        prefix = container.group(0)
        depth = len(re.findall(_MARKER, prefix)) + (len(prefix) - len(prefix.lstrip(" "))) // 4
        if depth > MAX_NESTING:
            return container.start(), say("markdown_nesting", what=what, depth=depth), "markdown_nesting"
    return None


def guide_problems(rel_path: str, text: str, body: str) -> list[Problem]:
    """Return the problem, positioned in the file's text, when a guide's body crosses a limit."""
    crossed = markdown_limit(body, "a guide")
    if crossed is None:
        return []
    return [Problem(rel_path, *TextPositions(text)(len(text) - len(body) + crossed[0]), "", crossed[1])]


def data_problems(doc) -> None:
    """Add a problem to a card or programme document for each text whose Markdown crosses a limit."""
    for path, value in _strings(doc.data, ()):
        crossed = limit_crossed(value, "this text")
        if crossed:
            doc.add(path, crossed[1], key=crossed[2])


def crosses_limit(data: object) -> bool:
    """Return whether any text in data (a card's or programme's fields) crosses a limit."""
    return any(markdown_limit(value, "this text") for _, value in _strings(data, ()))


def _strings(data: object, path: tuple):
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, path + (index,))
