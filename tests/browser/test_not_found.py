"""The page for an address the site does not have: a way back in, and for a mistyped profile, the
mentors the visitor probably meant. Served as GitHub Pages serves it: under the site's path, with
status 404, at any depth."""

from __future__ import annotations

import pytest

from tests.support.sites import SiteServer

# The browser reports the missing page's own status once; anything more is a broken part of the page.
THE_PAGE_ITSELF = ["Failed to load resource: the server responded with a status of 404 (Not Found)"]


@pytest.fixture(scope="module")
def published(sample_site):
    server = SiteServer(sample_site, mount="/mentoring-hub/")  # the path of mkdocs.yml's site_url
    yield server
    server.close()


def test_a_missing_page_offers_a_search_and_the_main_ways_in(published, visit):
    tab = visit(width=390)
    response = tab.page.goto(published.url + "guides/no-such-guide/")
    assert response.status == 404
    assert tab.page.locator("h1").inner_text() == "This page does not exist"
    links = tab.page.locator(".hub-not-found__links a")
    assert links.all_inner_texts()[:3] == ["Find a mentor", "Get suggestions", "Read the guides"]
    assert tab.page.locator("#nearest-mentors").is_hidden(), "no mentor is suggested for a guide's address"
    tab.page.fill("#not-found-search", "data")
    tab.page.click(".hub-not-found__search button")
    tab.page.wait_for_url("**/mentoring-hub/mentors/?search=data")
    tab.page.wait_for_selector("#mentor-filters.is-ready")
    assert tab.errors == THE_PAGE_ITSELF


def test_a_mistyped_profile_address_suggests_the_nearest_mentors(published, visit):
    tab = visit(width=390)
    tab.page.goto(published.url + "mentors/sofia-rosi/")
    suggestions = tab.page.locator("#nearest-mentors li")
    suggestions.first.wait_for()
    assert suggestions.first.inner_text() == "Sofia Rossi (sofia-rossi)"
    tab.page.click("#nearest-mentors a >> nth=0")
    tab.page.wait_for_url("**/mentoring-hub/mentors/sofia-rossi/")
    assert tab.errors == THE_PAGE_ITSELF


def test_the_header_search_works_on_a_missing_page_at_any_depth(published, visit):
    tab = visit()
    tab.page.goto(published.url + "guides/no/such/page/")
    tab.page.locator("#hub-search-input").click()
    tab.page.keyboard.type("Sofia Rossi")
    first = tab.page.locator(".hub-search-result__item").first
    first.wait_for(timeout=10_000)
    assert first.get_attribute("href").endswith("/mentoring-hub/mentors/sofia-rossi/")
    assert tab.errors == THE_PAGE_ITSELF and tab.offsite == []
