"""Markdown the converter would take minutes on, or recurse too deeply into, is refused before the build.

The refusals at their lines are validator cases (guide-markdown-too-costly, guide-lists-nested-too-deep,
programme-description-too-costly); here: the real guides are far inside the limits, and each known
slow or crashing shape is caught, whatever its size.
"""

from __future__ import annotations

import pytest
import yaml

from mentoring.data.documents import split_front_matter
from mentoring.data.guide_safety import without_code
from mentoring.data.markdown_limits import _BLOCK, _TAG_START, MARKUP_BUDGET, MAX_NESTING, WORK_BUDGET, markdown_limit
from mentoring.data.messages import say
from tests.support.paths import PROJECT

GUIDES = sorted((PROJECT / "guides").rglob("*.md"))
FILLER = "word " * 40_000


@pytest.mark.parametrize("path", GUIDES, ids=lambda path: path.relative_to(PROJECT / "guides").as_posix())
def test_real_guides_use_a_small_part_of_the_budget(path):
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    plain = without_code(body)
    assert markdown_limit(body, "a guide") is None
    assert sum(block.group(0).count("[") * len(block.group(0)) for block in _BLOCK.finditer(plain)) < WORK_BUDGET / 10
    assert len(list(_TAG_START.finditer(plain))) * len(plain) < MARKUP_BUDGET / 10


@pytest.mark.parametrize("body", [
    "[" * 20_000,                           # 2 minutes to convert
    "![" * 5_000,
    "[" * 200 + FILLER,                     # a few brackets in a long paragraph
    "<a " * 200 + "\n\n" + FILLER,          # unclosed tags before a long text
    "## a\n" * 50_000,                      # headings: never finishes
    "a\n=\n" * 50_000,
    "---\n" * 50_000,
    "- " * 500 + "a",                       # RecursionError
    ">" * 500 + " a",
    "".join("    " * level + "!!! note\n" for level in range(MAX_NESTING + 1)),
], ids=lambda body: repr(body[:12]))
def test_each_slow_or_crashing_shape_is_refused(body):
    assert markdown_limit(body, "a guide") is not None


def test_code_is_text_and_not_counted():
    assert markdown_limit("```\n" + "[" * 50_000 + "\n```\n", "a guide") is None


def test_a_card_read_on_every_core_still_gets_its_problem_placed(tmp_path, monkeypatch):
    # Big organisations read valid-looking cards in worker processes; a cross-file problem still needs the text.
    import shutil

    from mentoring.data import loader
    from tests.support.paths import BASE, TODAY

    monkeypatch.setattr(loader, "PARALLEL_FROM", 1)
    root = shutil.copytree(BASE, tmp_path / "org")
    card = root / "content" / "mentors" / "ada-lovelace.yml"
    card.write_text(card.read_text(encoding="utf-8").replace("bio: I enjoy", 'bio: "' + "[" * 1900 + ' I enjoy').replace("codebase.", 'codebase."'), encoding="utf-8")
    problems = [str(problem) for problem in loader.Loader().load(root, TODAY).problems]
    assert problems == [
        "content/mentors/ada-lovelace.yml:12:6: bio: this text has too many '[' (each starts a link or an image) for its length,"
        " from this paragraph on; converting it would take too long: split long paragraphs, or remove stray brackets"
    ]


BUDGET_EXAMPLES = yaml.safe_load((PROJECT / "tests" / "cases" / "markdown-budgets.yml").read_text(encoding="utf-8"))


def budget_example_text(example: dict) -> str:
    """Return the text of an example of tests/cases/markdown-budgets.yml: its pieces, repeated and joined."""
    return "".join(text * times for text, times in example["pieces"])


def budget_example_verdict(example: dict) -> str | None:
    """Return the message an example must get, in schemas/messages.yml's words, or None."""
    if example["refused"] is None:
        return None
    values = {key: value for key, value in example["refused"].items() if key != "key"}
    return say(example["refused"]["key"], what="this text", **values)


@pytest.mark.parametrize("example", BUDGET_EXAMPLES, ids=lambda example: example["why"])
def test_the_shared_examples_get_their_verdicts(example):
    crossed = markdown_limit(budget_example_text(example), "this text")
    assert (crossed and crossed[1]) == budget_example_verdict(example)


def test_the_budgets_are_the_data_file_s():
    limits = yaml.safe_load((PROJECT / "schemas" / "markdown-limits.yml").read_text(encoding="utf-8"))
    assert (WORK_BUDGET, MARKUP_BUDGET, MAX_NESTING) == (limits["work_budget"], limits["markup_budget"], limits["max_nesting"])
