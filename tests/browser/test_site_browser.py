"""The sample site in a real Chromium: navigation, search, accessibility, nothing off the machine."""

from __future__ import annotations

import pytest

from tests.browser.sample_pages import ACCESSIBILITY_AUDIT, PAGE_TYPES
from tests.support.accessibility import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.early]


@pytest.fixture(scope="module")
def first(sample_site):
    import json

    mentors = json.loads((sample_site / "api" / "mentors.json").read_text())["mentors"]
    programs = json.loads((sample_site / "api" / "programs.json").read_text())["programs"]
    return {"mentor": mentors[0]["id"], "program": programs[0]["id"], "mentors": mentors}


def test_home_to_directory_to_a_profile_and_back(sample_server, visit, first):
    tab = visit()
    page = tab.page
    page.goto(sample_server.url)
    page.get_by_role("link", name="Find a mentor").first.click()
    page.wait_for_url("**/mentors/")
    name = first["mentors"][0]["name"]
    page.get_by_role("link", name=name, exact=True).first.click()
    page.wait_for_url(f"**/mentors/{first['mentor']}/")
    assert page.get_by_role("heading", level=1).inner_text().startswith(name)
    page.go_back()
    page.wait_for_url("**/mentors/")
    assert page.locator(".hub-card").count() == len(first["mentors"])
    assert tab.offsite == [] and tab.errors == [] and tab.dialogs == []


def test_typing_an_expertise_term_into_search_lists_that_mentor(sample_server, visit, first):
    mentor = first["mentors"][0]
    tab = visit()
    page = tab.page
    page.goto(sample_server.url)
    label = {"python": "Python"}.get(mentor["expertise"][0], mentor["expertise"][0].replace("-", " "))
    page.locator("#hub-search-input").click()
    page.keyboard.type(label)
    page.locator(f".hub-search-result__item[href*='mentors/{mentor['id']}/']").first.wait_for(timeout=10_000)
    assert tab.offsite == []


def test_the_search_index_loads_only_once_the_search_is_used_and_then_in_chunks(sample_server, visit, first):
    # A page's load fetches nothing of the search; typing fetches Pagefind and the chunks the query
    # needs, never a whole index, nor the sitemap (which Material's bundle would parse for the feed's link).
    mentor = first["mentors"][0]
    tab = visit()
    page = tab.page
    page.goto(sample_server.url, wait_until="networkidle")
    read = lambda: page.evaluate("performance.getEntriesByType('resource').map(entry => new URL(entry.name).pathname)")  # noqa: E731
    assert not [path for path in read() if "/pagefind/" in path]
    page.locator("#hub-search-input").click()
    page.keyboard.type(mentor["name"])
    page.locator(f".hub-search-result__item[href*='mentors/{mentor['id']}/']").first.wait_for(timeout=10_000)
    fetched = read()
    assert any(path.endswith("/pagefind/pagefind.js") for path in fetched)
    assert not any(path.endswith(("/sitemap.xml", "/search/search_index.json")) for path in fetched)
    # The feed's link, out of the page while Material's bundle started, is back for feed readers.
    assert page.locator('head link[rel="alternate"][type="application/atom+xml"]').count() == 1
    assert tab.offsite == [] and tab.errors == []


@pytest.mark.parametrize("kind", ACCESSIBILITY_AUDIT)
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_each_page_type_has_no_serious_accessibility_violation(sample_server, visit, first, artifacts, kind, dark):
    path = PAGE_TYPES[kind].format(**first)
    for width in (1280, 390):
        tab = visit(width=width, dark=dark)
        tab.page.goto(sample_server.url + path)
        tab.page.wait_for_load_state("networkidle")
        tab.page.screenshot(path=artifacts / f"{kind}-{width}-{'dark' if dark else 'light'}.png", full_page=False)
        assert serious_violations(tab.page) == [], f"{path} at {width}px"
        assert tab.offsite == [], tab.offsite
        assert tab.errors == [], tab.errors


def test_the_directory_works_without_javascript(sample_server, visit, first):
    tab = visit(javascript=False)
    tab.page.goto(sample_server.url + "mentors/")
    assert tab.page.locator(".hub-card").count() == len(first["mentors"])
    assert tab.page.locator(".hub-card a").first.get_attribute("href").endswith(f"{first['mentor']}/")
