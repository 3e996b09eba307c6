"""The colour palette toggle in the header (Material's script with our first-visit case,
overrides/partials/javascripts/palette.html), clicked in Chromium under the site's
Content-Security-Policy: the scheme changes at once and the choice survives a reload and a new page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_the_palette_toggle_switches_the_scheme_and_the_choice_is_kept(sample_server, visit):
    tab = visit(dark=False)
    tab.page.goto(sample_server.url)
    body = tab.page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")

    tab.page.get_by_title("Switch to dark mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    tab.page.reload()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    expect(tab.page.get_by_title("Switch to light mode")).to_be_visible()
    tab.page.goto(f"{sample_server.url}mentors/")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")

    tab.page.get_by_title("Switch to light mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    tab.page.reload()
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    assert tab.errors == [] and tab.offsite == []


def test_a_first_visit_starts_in_the_palette_the_reader_prefers(sample_server, visit):
    tab = visit(dark=True)
    tab.page.goto(sample_server.url)
    expect(tab.page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    expect(tab.page.get_by_title("Switch to light mode")).to_be_visible()
    assert tab.errors == []
