"""The phone menu (Material's off-canvas drawer) from the keyboard (WCAG 2.1.1, 2.4.7).

Closed, it holds no Tab stop; its button is a focusable, named button that Enter opens and Escape closes.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PHONE = 390

# Once the menu has finished sliding: where focus is.
FOCUS = """async () => {
  await Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => null)));
  const element = document.activeElement; const box = element.getBoundingClientRect();
  return {in_menu: Boolean(element.closest('.md-sidebar--primary')), on_screen: box.right > 0 && box.left < innerWidth,
          html: element.outerHTML.slice(0, 80)}; }"""


def menu_button(page):
    return page.locator('.md-header label[for="__drawer"] > button')


def test_the_closed_menu_holds_no_tab_stop_and_the_first_stops_are_on_screen(sample_server, visit):
    page = visit(width=PHONE).page
    page.goto(sample_server.url + "mentors/")
    page.wait_for_load_state("load")
    stops = []
    for _ in range(30):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUS))
    assert [stop["html"] for stop in stops if stop["in_menu"]] == []
    assert [stop["html"] for stop in stops[:14] if not stop["on_screen"]] == []


def test_enter_on_the_menu_button_opens_the_menu_and_escape_closes_it(sample_server, visit):
    page = visit(width=PHONE).page
    page.goto(sample_server.url + "mentors/")
    page.wait_for_load_state("load")
    button = menu_button(page)
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.md-header label[for=\"__drawer\"] > button')"):
            break
    else:
        pytest.fail("no Tab stop reached the menu button")
    assert button.get_attribute("type") == "button"
    assert button.get_attribute("aria-label") == "Navigation"
    assert button.get_attribute("aria-expanded") == "false"

    page.keyboard.press("Enter")
    assert page.locator("#__drawer").is_checked()
    assert button.get_attribute("aria-expanded") == "true"
    focus = page.evaluate(FOCUS)
    assert focus["in_menu"] and focus["on_screen"], focus
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUS)["in_menu"]

    page.keyboard.press("Escape")
    assert not page.locator("#__drawer").is_checked()
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.matches('.md-header label[for=\"__drawer\"] > button')")


def test_space_toggles_the_menu_too(sample_server, visit):
    page = visit(width=PHONE).page
    page.goto(sample_server.url + "guides/")
    page.wait_for_load_state("load")
    menu_button(page).focus()
    page.keyboard.press(" ")
    assert page.locator("#__drawer").is_checked()
    menu_button(page).focus()
    page.keyboard.press(" ")
    assert not page.locator("#__drawer").is_checked()


def test_a_tap_on_the_menu_button_opens_the_menu_once(sample_server, visit):
    page = visit(width=PHONE).page
    page.goto(sample_server.url + "programs/")
    page.wait_for_load_state("load")
    menu_button(page).click()
    assert page.locator("#__drawer").is_checked()
    assert menu_button(page).get_attribute("aria-expanded") == "true"
    page.locator(".md-overlay").click(position={"x": 370, "y": 400})
    assert not page.locator("#__drawer").is_checked()
    assert menu_button(page).get_attribute("aria-expanded") == "false"
