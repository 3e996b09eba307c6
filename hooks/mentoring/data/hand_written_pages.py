"""Check the hand-written Markdown pages of the docs folder (content/*.md, content/contribute/...)
as guides are checked: no markup that runs script, embeds or loads from elsewhere
(mentoring.data.guide_safety), Markdown within the converter's budgets
(mentoring.data.markdown_limits), and a size the build converts quickly.
"""

from __future__ import annotations

from pathlib import Path

from mentoring.data import guide_safety, markdown_limits
from mentoring.data.problems import Problem, TextPositions
from mentoring.data.repository_files import page_files
from mentoring.data.yaml_reader import MAX_FILE_BYTES, YamlError, decode

MAX_PAGE_BYTES = MAX_FILE_BYTES


def page_problems(root: Path) -> list[Problem]:
    """Return every problem in the hand-written pages under root's docs folder."""
    problems = []
    for path in page_files(root):
        rel = path.relative_to(root).as_posix()
        raw = path.read_bytes()
        if len(raw) > MAX_PAGE_BYTES:
            problems.append(Problem(rel, 1, 1, "", (
                f"the page is {len(raw) // 1024} KB, more than the {MAX_PAGE_BYTES // 1024} KB allowed;"
                " a page this long slows every build: split it into several pages"
            )))
            continue
        try:
            text = decode(raw)
        except YamlError as error:
            problems.append(error.problem(rel))
            continue
        problems += _text_problems(rel, text)
    return problems


def _text_problems(rel: str, text: str) -> list[Problem]:
    """Unsafe markup anywhere in the file (the theme shows front matter such as the title as it is
    written), and the Markdown budgets."""
    position = TextPositions(text)
    problems = [Problem(rel, *position(offset), "", message) for offset, message in guide_safety.unsafe_markup(text, noun="page")]
    crossed = markdown_limits.markdown_limit(text, "a page")
    if crossed:
        problems.append(Problem(rel, *position(crossed[0]), "", crossed[1]))
    return problems
