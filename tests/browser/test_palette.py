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


# The control that has focus, as a screen reader meets it, and the scheme on the page.
FOCUSED = """() => {
  const focused = document.activeElement;
  return {tag: focused.tagName, name: focused.getAttribute('aria-label'), pressed: focused.getAttribute('aria-pressed'),
          in_palette: Boolean(focused.closest('[data-md-component="palette"]')), scheme: document.body.dataset.mdColorScheme};
}"""


def test_the_palette_toggle_is_one_button_that_space_and_enter_switch_keeping_focus(sample_server, visit):
    tab = visit(dark=False)
    tab.page.goto(sample_server.url)
    tab.page.wait_for_load_state("load")
    for _ in range(10):
        tab.page.keyboard.press("Tab")
        if tab.page.evaluate(FOCUSED)["in_palette"]:
            break
    palette = tab.page.locator('[data-md-component="palette"]')
    assert tab.page.evaluate(FOCUSED) == {"tag": "BUTTON", "name": "Switch to dark mode", "pressed": None, "in_palette": True, "scheme": "default"}
    # One named button, announced as a button: the radios Material's script reads are hidden from it and from Tab.
    assert palette.aria_snapshot().splitlines()[0] == '- button "Switch to dark mode":'
    assert "radio" not in palette.aria_snapshot() and "checked" not in palette.aria_snapshot()
    assert palette.locator("input").evaluate_all("radios => radios.map(r => [r.tabIndex, r.getAttribute('aria-hidden')])") == [[-1, "true"]] * 2

    tab.page.keyboard.press("Space")
    expect(tab.page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    assert tab.page.evaluate(FOCUSED) == {"tag": "BUTTON", "name": "Switch to light mode", "pressed": None, "in_palette": True, "scheme": "slate"}
    assert palette.aria_snapshot().splitlines()[0] == '- button "Switch to light mode":'

    tab.page.keyboard.press("Enter")
    expect(tab.page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    assert tab.page.evaluate(FOCUSED)["name"] == "Switch to dark mode"
    tab.page.keyboard.press("Shift+Tab")
    tab.page.keyboard.press("Tab")
    assert tab.page.evaluate(FOCUSED)["name"] == "Switch to dark mode", "the toggle is not one Tab stop"
    assert tab.errors == []
