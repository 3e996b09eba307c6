"""A request's mailto: body is encoded in the browser exactly as the build encodes it (mailto_field),
on the shared table tests/cases/mailto-bodies.yml: one rule, with a second hand in JavaScript kept in step."""

from __future__ import annotations

import pytest
import yaml

from mentoring.site.mailto import mailto_field
from tests.support.paths import PROJECT

pytestmark = pytest.mark.browser

MESSAGES = yaml.safe_load((PROJECT / "tests" / "cases" / "mailto-bodies.yml").read_text(encoding="utf-8"))


def test_every_typed_message_is_encoded_as_the_build_encodes_it(sample_server, visit):
    tab = visit()
    page = tab.page
    page.goto(sample_server.url + "mentors/amara-okafor/")
    message = page.get_by_label("Your message to Amara Okafor")
    link = page.get_by_role("link", name="Ask Amara Okafor to mentor you")
    for example in MESSAGES:
        message.fill(example["text"])
        body = link.get_attribute("href").split("&body=", 1)[1]
        assert body == mailto_field(example["text"]), example["why"]
    assert tab.offsite == [] and tab.errors == []
