"""Reflow (WCAG 1.4.10): at 320 px, and with text at 200%, no page scrolls sideways.

A table may scroll inside its own focusable region (.hub-scroll); the page itself never does.
"""

from __future__ import annotations

import pytest

from tests.browser.sample_pages import KEYBOARD_AUDIT, page_paths

pytestmark = pytest.mark.browser

PAGE_WIDTH = "document.documentElement.scrollWidth"

# What sticks out past the right edge, outside a region that scrolls on its own: named in a failure.
WIDE_ELEMENTS = """() => [...document.body.querySelectorAll('*')]
  .filter(e => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.hub-scroll'))
  .filter(e => getComputedStyle(e).visibility !== 'hidden' && e.getBoundingClientRect().width > 0)
  .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`)"""


@pytest.fixture(scope="module")
def paths(sample_site):
    return page_paths(sample_site)


@pytest.mark.parametrize("kind", KEYBOARD_AUDIT)
def test_every_page_type_fits_a_320_px_screen(sample_server, visit, paths, kind):
    width, widest = page_width(visit, sample_server.url + paths[kind], 320)
    assert width <= 320, f"{kind} is {width} px wide at 320 px: {widest}"


def test_the_directory_with_its_filters_open_fits_a_320_px_screen(sample_server, visit):
    page = visit(width=320).page
    page.goto(sample_server.url + "mentors/")
    page.locator(".hub-filters__toggle").click()
    page.locator(".hub-filters__facets").first.wait_for()
    assert page.evaluate(PAGE_WIDTH) <= 320, page.evaluate(WIDE_ELEMENTS)


@pytest.mark.parametrize("kind", ["directory", "programmes", "insights", "card-builder"])
def test_text_at_200_percent_does_not_widen_the_page(sample_server, visit, paths, kind):
    width, widest = page_width(visit, sample_server.url + paths[kind], 1280, text_size="200%")
    assert width <= 1280, f"{kind} is {width} px wide with text at 200%: {widest}"


def page_width(visit, address: str, viewport: int, text_size: str = "") -> tuple[int, list]:
    """Open address in a window viewport px wide (its text at text_size, if given); return the page's
    width and its widest elements."""
    page = visit(width=viewport).page
    page.goto(address)
    page.wait_for_load_state("load")
    if text_size:
        page.evaluate(f"document.documentElement.style.fontSize = '{text_size}'")
    return page.evaluate(PAGE_WIDTH), page.evaluate(WIDE_ELEMENTS)
