"""Names in every script in the card builder: the shared table of joiners gets the validator's verdicts, in its words.

The table is tests/cases/names/joiners.yml; tests/unit/test_joiner_rule.py runs it through `mentoring validate`.
"""

from __future__ import annotations

import pytest
import yaml

from mentoring.data.yaml_reader import parse
from tests.browser.builder_pages import builder_session, validator_problems
from tests.browser.test_card_builder import fill_valid_card
from tests.support.paths import PROJECT

pytestmark = pytest.mark.browser

EXAMPLES = yaml.safe_load((PROJECT / "tests" / "cases" / "names" / "joiners.yml").read_text(encoding="utf-8"))


@pytest.fixture
def page(browser, sample_server):
    yield from builder_session(browser, sample_server.url)


def test_every_name_in_the_table_gets_the_same_verdict_in_the_builder_and_the_validator(page, tmp_path):
    fill_valid_card(page, page.locator("#card-programs input").first.get_attribute("value"))
    for verdict in ("accepted", "refused"):
        for number, example in enumerate(EXAMPLES[verdict]):
            page.fill("#card-name", example["name"])
            page.fill("#card-id", "zoe-obrien")  # the id made from a name in another script may be empty
            text = page.locator("#card-yaml").text_content()
            assert parse(text).data["name"] == example["name"], example["why"]
            shown = page.locator("#card-name-error").inner_text()
            problems = validator_problems(tmp_path / f"{verdict}-{number}", "zoe-obrien", text)
            if verdict == "accepted":
                assert (shown, problems) == ("", []), example["why"]
            else:
                assert problems == [f"name: {shown[0].lower()}{shown[1:-1]}"], example["why"]
                assert "invisible character" in shown and "U+" in shown, example["why"]
