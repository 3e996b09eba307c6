"""A skip link on every page type (WCAG 2.4.1): the first Tab stop, visible when focused, and
followed it moves focus to the start of the page's own content, before its h1."""

from __future__ import annotations

import pytest

from tests.browser.sample_pages import KEYBOARD_AUDIT, page_paths

pytestmark = [pytest.mark.browser, pytest.mark.early]

# Where focus is after following the skip link, next to the page's h1 and the header's navigation.
AFTER_SKIP = """() => {
  const focused = document.activeElement, heading = document.querySelector('h1');
  const precedes = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  return {id: focused.id, in_main: Boolean(focused.closest('main')),
          before_h1: heading !== null && precedes(focused, heading),
          after_menu: [...document.querySelectorAll('.md-header, .md-tabs, .md-sidebar--primary')].every(part => precedes(part, focused))};
}"""

SHOWN = """async () => {
  await Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => null)));
  const link = document.activeElement, box = link.getBoundingClientRect();
  return getComputedStyle(link).opacity === '1' && box.width > 0 && box.top >= 0 && box.bottom <= innerHeight
    && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === link;
}"""


# Page types with a second skip link, the next Tab stop after "Skip to content": its words and the id
# of what it lands on.
MORE_SKIP_LINKS = {
    "match": ("Skip to suggestions", "match-results-title"),
}

# Where focus is after following a page's own skip link, and whether the header covers its centre.
LANDED = """() => {
  const focused = document.activeElement, box = focused.getBoundingClientRect();
  const top = document.elementFromPoint(box.left + Math.min(box.width / 2, 20), box.top + box.height / 2);
  return {id: focused.id, in_main: Boolean(focused.closest('main')), uncovered: focused === top || focused.contains(top)};
}"""


@pytest.fixture(scope="module")
def paths(sample_site):
    return page_paths(sample_site)


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("kind", KEYBOARD_AUDIT)
def test_the_first_tab_stop_skips_to_the_content_before_the_h1(sample_server, visit, paths, kind, width):
    page = visit(width=width).page
    page.goto(sample_server.url + paths[kind])
    page.wait_for_load_state("load")
    page.keyboard.press("Tab")
    link = page.evaluate("({text: document.activeElement.textContent.trim(), href: document.activeElement.getAttribute('href')})")
    assert link == {"text": "Skip to content", "href": "#main-content"}, link
    shown = page.locator("a.md-skip").evaluate_all("links => links.filter(l => getComputedStyle(l).display !== 'none').length")
    assert shown == 1 + (kind in MORE_SKIP_LINKS), f"{shown} skip links"
    assert page.evaluate(SHOWN), "the skip link is not visible when focused"

    page.keyboard.press("Enter")
    landed = page.evaluate(AFTER_SKIP)
    assert landed == {"id": "main-content", "in_main": True, "before_h1": True, "after_menu": True}, landed


def test_on_the_home_page_the_skip_link_keeps_the_h1_and_the_main_links_ahead(sample_server, visit):
    page = visit().page
    page.goto(sample_server.url)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    next_stop = page.evaluate("document.activeElement.closest('.md-content') !== null")
    heading_after = page.evaluate("Boolean(document.getElementById('main-content').compareDocumentPosition(document.querySelector('h1')) & Node.DOCUMENT_POSITION_FOLLOWING)")
    assert next_stop and heading_after


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("kind", sorted(MORE_SKIP_LINKS))
def test_a_pages_own_skip_link_comes_next_and_lands_on_its_target(sample_server, visit, paths, kind, width):
    words, target = MORE_SKIP_LINKS[kind]
    page = visit(width=width).page
    page.goto(sample_server.url + paths[kind])
    page.wait_for_load_state("load")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    link = page.evaluate("({text: document.activeElement.textContent.trim(), href: document.activeElement.getAttribute('href')})")
    assert link == {"text": words, "href": f"#{target}"}, link
    assert page.evaluate(SHOWN), f"{words!r} is not visible when focused"

    page.keyboard.press("Enter")
    assert page.evaluate(LANDED) == {"id": target, "in_main": True, "uncovered": True}
