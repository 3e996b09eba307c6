"""Read a card out of the body GitHub writes for the mentor-card issue form.

GitHub writes each field of the form as a '### <label>' heading followed by the answer; a textarea
with `render: yaml` is fenced as one ```yaml block. The body is untrusted: anything that is not exactly
that shape is refused with a plain reason, rather than guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mentoring.data.issue_form import CARD_HEADING, PHOTO_HEADING
from mentoring.data.problems import Problem

WHERE = "issue"  # problems found in the issue's body, before any file exists
NO_ANSWER = "_No response_"  # what GitHub writes for a field left empty
_HEADING = re.compile(r"^### (.*)$")
_FENCE = re.compile(r"^(`{3}|~{3})")  # at the line start: an indented one is the card's own Markdown


@dataclass(frozen=True)
class IssueCard:
    """The card's text as typed in the form, and whether the photo note says anything."""

    text: str
    photo_note: bool


class NotTheForm(Exception):
    """The body is not the form's answer as GitHub writes it; carries the problems."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(problem) for problem in problems))
        self.problems = problems


def card_from_body(body: str) -> IssueCard:
    """Return the card typed into the form's Card field; raise NotTheForm for anything else in the body."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    sections: dict[str, tuple[int, list[str]]] = {}
    problems: list[Problem] = []
    current: list[str] | None = None
    for number, line in enumerate(lines, 1):
        heading = _HEADING.match(line)
        if heading and heading.group(1).strip() in (CARD_HEADING, PHOTO_HEADING) and heading.group(1).strip() not in sections:
            current = []
            sections[heading.group(1).strip()] = (number, current)
        elif current is None:
            if line.strip():
                problems.append(_outside(number, "before the form's first field"))
                current = []  # one report is enough; the rest is read as part of nothing
        else:
            current.append(line)
    if CARD_HEADING not in sections:
        problems.append(Problem(WHERE, 1, 1, "", f"the issue has no '{CARD_HEADING}' field: open it from the card builder's "
                                                 "Propose button, or from the 'Propose or update a mentor card' form"))
        raise NotTheForm(problems)
    start, card_lines = sections[CARD_HEADING]
    text = _fenced_text(start, card_lines, problems)
    photo = sections.get(PHOTO_HEADING, (0, []))[1]
    if problems:
        raise NotTheForm(problems)
    return IssueCard(text, "\n".join(photo).strip() not in ("", NO_ANSWER))


def _fenced_text(heading_line: int, lines: list[str], problems: list[Problem]) -> str:
    """Return the text inside the Card field's one fenced block; note what else is there in problems."""
    filled = [(heading_line + offset, line) for offset, line in enumerate(lines, 1) if line.strip()]
    if not filled or [line.strip() for _, line in filled] == [NO_ANSWER]:
        problems.append(Problem(WHERE, heading_line, 1, "", f"the '{CARD_HEADING}' field is empty: paste the card's text into it"))
        return ""
    fences = [number for number, line in filled if _FENCE.match(line)]
    if len(fences) > 2:
        problems.append(Problem(WHERE, fences[2], 1, "", f"the '{CARD_HEADING}' field holds more than one block of text: paste "
                                                         "only the card, without lines of ``` around it"))
        return ""
    if len(fences) < 2 or fences[0] != filled[0][0]:
        problems.append(Problem(WHERE, filled[0][0], 1, "", f"the '{CARD_HEADING}' field is not the block the form writes: "
                                                            "open the form again from the card builder and paste the card into it"))
        return ""
    after = [number for number, _ in filled if number > fences[1]]
    if after:
        problems.append(_outside(after[0], f"after the '{CARD_HEADING}' field's block"))
        return ""
    first, last = fences[0] - heading_line, fences[1] - heading_line - 1  # indexes into lines
    return "\n".join(lines[first:last]) + "\n"


def _outside(line: int, where: str) -> Problem:
    return Problem(WHERE, line, 1, "", f"there is text {where}; the issue may hold only the form's answers: "
                                       "edit the issue and keep the card inside the form's Card field")
