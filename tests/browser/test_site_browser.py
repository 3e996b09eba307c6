"""The sample site in a real Chromium: navigation, search, accessibility, nothing off the machine."""

from __future__ import annotations

import pytest

from tests.browser.sample_pages import ACCESSIBILITY_AUDIT, PAGE_TYPES
from tests.support.accessibility import serious_violations

pytestmark = pytest.mark.browser


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
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").fill(label)
    page.locator(".md-search__input").dispatch_event("keyup")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    links = [results.nth(i).locator("a").first.get_attribute("href") for i in range(results.count())]
    assert any(f"mentors/{mentor['id']}/" in (href or "") for href in links), links
    assert tab.offsite == []


def test_the_search_documents_are_read_in_the_search_worker_not_on_the_page(sample_server, visit, first):
    # In a big organisation the documents and the sitemap are megabytes: parsed on the page, they
    # would block it for a second on a phone. The page reads neither; the worker reads the documents.
    mentor = first["mentors"][0]
    tab = visit()
    page = tab.page
    workers = []
    page.on("worker", lambda worker: workers.append(worker.url))
    page.goto(sample_server.url, wait_until="load")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").fill(mentor["name"])
    page.locator(".md-search__input").dispatch_event("keyup")
    page.locator(f".md-search-result__item a[href*='mentors/{mentor['id']}/']").first.wait_for(timeout=10_000)
    read_by_page = page.evaluate("performance.getEntriesByType('resource').map(entry => new URL(entry.name).pathname)")
    assert any(path.endswith("/search/search_index.json") for path in read_by_page)
    assert not any(path.endswith(("/search/search_documents.json", "/sitemap.xml")) for path in read_by_page)
    assert [url.split("?")[0].rsplit("/", 1)[-1] for url in workers] == ["search-worker.js"]
    # The feed's link, out of the page while Material's bundle started, is back for feed readers.
    assert page.locator('head link[rel="alternate"][type="application/atom+xml"]').count() == 1
    assert tab.offsite == [] and tab.errors == []


def test_typing_a_language_into_search_lists_the_mentors_who_speak_it(sample_server, visit, first):
    speakers = {mentor["id"] for mentor in first["mentors"] if "it" in mentor["languages"]}
    assert speakers, "the sample has Italian speakers"
    tab = visit()
    page = tab.page
    page.goto(sample_server.url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").fill("Italian")
    page.locator(".md-search__input").dispatch_event("keyup")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    links = [results.nth(i).locator("a").first.get_attribute("href") or "" for i in range(results.count())]
    found = {mentor_id for mentor_id in speakers if any(f"mentors/{mentor_id}/" in href for href in links)}
    assert found, links
    assert tab.offsite == []


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
