"""The Markdown budgets in the card builder: the shared examples get the validator's verdicts, in its words.

The examples are tests/cases/markdown-budgets.yml, which tests/unit/test_markdown_limits.py runs through the
validator. Whole cards with a bio over a budget are validator case folders (bio-quoted-17-levels-deep,
bio-with-1450-brackets), which test_card_builder_agreement.py runs through the builder too.
"""

from __future__ import annotations

import pytest

from tests.browser.builder_pages import builder_session
from tests.browser.test_card_builder import fill_valid_card
from tests.unit.test_markdown_limits import BUDGET_EXAMPLES, budget_example_text, budget_example_verdict

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, sample_server):
    yield from builder_session(browser, sample_server.url)


def test_the_shared_examples_get_the_validator_s_verdicts_in_the_builder(page):
    texts = [budget_example_text(example) for example in BUDGET_EXAMPLES]
    found = page.evaluate(
        """texts => {
            const data = JSON.parse(document.getElementById("card-builder-data").textContent);
            const say = (key, values) => data.words.messages[key].replace(/\\{(\\w+)\\}/g, (_, name) => String(values[name]));
            const check = window.MentoringHub.markdownLimits(data.markdownLimits, say);
            return texts.map((text) => check(text, "this text"));
        }""",
        texts,
    )
    assert {example["why"]: verdict for example, verdict in zip(BUDGET_EXAMPLES, found)} == {
        example["why"]: budget_example_verdict(example) for example in BUDGET_EXAMPLES}


def test_a_bio_quoted_17_levels_deep_is_refused_under_the_field(page):
    fill_valid_card(page, page.locator("#card-programs input").first.get_attribute("value"))
    page.fill("#card-bio", "> " * 17 + "I enjoy helping people find their way.")
    assert page.locator("#card-bio-error").inner_text() == (
        "Lists, quotes and notes are nested 17 levels deep here; this text needs at most a few: indent less, or start a new list.")
    page.fill("#card-bio", "[" * 1450 + " I enjoy helping people find their way.")
    assert page.locator("#card-bio-error").inner_text().startswith("This text has too many '[' (each starts a link or an image)")
