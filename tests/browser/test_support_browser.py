"""/support/ ("Get help now") and an Italian guide in a real Chromium: axe-core finds nothing serious,
nothing scrolls sideways on a phone, every number can be dialled, and nothing leaves the machine."""

from __future__ import annotations

import pytest

from mentoring import load
from tests.support.accessibility import serious_violations
from tests.support.paths import PROJECT, TODAY

pytestmark = pytest.mark.browser
SUPPORT = load(PROJECT, TODAY).catalog.support


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("path", ["support/", "guides/it/boundaries-and-confidentiality/"])
def test_the_page_has_no_serious_accessibility_violation(sample_server, visit, artifacts, path, dark):
    for width in (1280, 390):
        tab = visit(width=width, dark=dark)
        page = tab.page
        page.goto(sample_server.url + path)
        page.wait_for_load_state("networkidle")
        name = path.strip("/").replace("/", "-")
        page.screenshot(path=artifacts / f"{name}-{width}-{'dark' if dark else 'light'}.png", full_page=True)
        assert serious_violations(page) == [], f"{path} at {width}px"
        assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"
        assert tab.offsite == [] and tab.errors == [] and tab.dialogs == []


def test_every_number_on_get_help_now_is_a_link_that_dials_it(sample_server, visit):
    page = visit(width=390).page
    page.goto(sample_server.url + "support/")
    dialled = dict(page.locator("a.hub-support-number").evaluate_all("(all) => all.map((a) => [a.textContent, a.href])"))
    for country in SUPPORT.countries:
        for number in (country["emergency"]["number"], country["crisis_line"]["number"]):
            assert dialled[number] == "tel:" + number.replace(" ", "")


def test_the_italian_guide_is_italian_in_the_browser(sample_server, visit):
    page = visit().page
    page.goto(sample_server.url + "guides/it/boundaries-and-confidentiality/")
    assert page.evaluate("document.documentElement.lang") == "it"
    assert page.get_by_role("navigation", name="Indice").count() >= 1 or page.locator("text=Indice").count() >= 1
    assert page.locator("#hub-search-input").get_attribute("placeholder") == "Cerca"
