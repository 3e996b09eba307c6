"""The header's site search (Pagefind, site-search.js) on the sample site in a real Chromium:
relevance people expect, the keyboard, the live count, accessibility, and a copy opened from disk."""

from __future__ import annotations

import json
import re

import pytest

from tests.support.accessibility import serious_violations

pytestmark = pytest.mark.browser

BOX, RESULTS, STATUS = "#hub-search-input", ".hub-search-result__item", "#hub-search-status"


@pytest.fixture(scope="module")
def mentors(sample_site):
    return json.loads((sample_site / "api" / "mentors.json").read_text())["mentors"]


def search(tab, url: str, query: str) -> list[str]:
    """Open url, type query into the header search and return the results' addresses, in order."""
    page = tab.page
    page.goto(url)
    page.locator(BOX).click()
    page.keyboard.type(query)
    page.wait_for_function("(query) => document.querySelector('[role=listbox]').dataset.query === query", arg=query, timeout=10_000)
    return [page.evaluate("(link) => new URL(link.href).pathname", link) for link in page.locator(RESULTS).element_handles()]


@pytest.mark.parametrize("number", [0, 7, 13])
def test_a_mentors_full_name_finds_their_profile_first(sample_server, visit, mentors, number):
    mentor = mentors[number]
    tab = visit()
    found = search(tab, sample_server.url, mentor["name"])
    assert found[0].endswith(f"/mentors/{mentor['id']}/"), found
    assert tab.page.locator(RESULTS).first.locator(".hub-search-result__title").inner_text().startswith(mentor["name"])
    assert tab.offsite == [] and tab.errors == []


def test_a_name_fetches_a_few_kilobytes_of_index_not_the_whole_index(sample_server, visit, mentors):
    # Pagefind fetches one index chunk per word and language; with its default chunk size a name cost
    # about 94 KB of chunks on the sample (and more with every card), with ours about 16 KB.
    tab = visit()
    chunks = []
    tab.page.on("requestfinished", lambda request: chunks.append(request) if request.url.endswith(".pf_index") else None)
    found = search(tab, sample_server.url, mentors[0]["name"])
    assert found[0].endswith(f"/mentors/{mentors[0]['id']}/"), found
    fetched = sum(request.sizes()["responseBodySize"] for request in chunks)
    assert 0 < fetched <= 25_000, f"{len(chunks)} index chunks, {fetched} bytes"


def test_a_language_finds_who_speaks_it_and_the_guides_written_in_it(sample_server, visit, mentors):
    speakers = {f"/mentors/{mentor['id']}/" for mentor in mentors if "it" in mentor["languages"]}
    found = search(visit(), sample_server.url, "Italian")
    relevant = [url for url in found[:5] if "/guides/it/" in url or any(url.endswith(profile) for profile in speakers)]
    assert len(relevant) >= 3, found
    assert not found[0].endswith("/contribute/fields/"), found  # the reference is never first for a language


def test_a_topic_finds_a_mentor_or_a_guide_first(sample_server, visit):
    found = search(visit(), sample_server.url, "data science")
    assert re.search(r"/(mentors|guides)/[^/]+/$", found[0]), found


def test_an_italian_page_finds_english_pages_and_an_english_page_italian_ones(sample_server, visit, mentors):
    tab = visit()
    found = search(tab, sample_server.url + "guides/it/first-meeting/", mentors[0]["name"])
    assert found[0].endswith(f"/mentors/{mentors[0]['id']}/"), found
    assert re.fullmatch(r"\d+ document[oi] trovat[oi]", tab.page.locator(STATUS).inner_text())  # Material's Italian words
    found = search(tab, sample_server.url, "primo incontro")
    assert found[0].endswith("/guides/it/first-meeting/"), found


def test_arrows_move_through_the_results_enter_opens_one_and_escape_closes_them(sample_server, visit, mentors):
    tab = visit()
    page = tab.page
    search(tab, sample_server.url, "mentor")
    box = page.locator(BOX)
    assert box.get_attribute("aria-expanded") == "true"
    options = page.locator(f"[role=listbox] {RESULTS}")
    assert options.count() >= 3
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = options.nth(1)
    assert box.get_attribute("aria-activedescendant") == second.get_attribute("id")
    assert second.get_attribute("aria-selected") == "true" and options.nth(0).get_attribute("aria-selected") == "false"
    page.keyboard.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == options.nth(0).get_attribute("id")
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false" and options.count() == 0
    assert page.evaluate("document.activeElement.id") == "hub-search-input"
    assert box.input_value() == "mentor"  # what was typed stays; a second Escape clears it
    # A result focused with the pointer: Escape brings focus back to the box.
    page.keyboard.type("s")
    page.wait_for_function("(query) => document.querySelector('[role=listbox]').dataset.query === query", arg="mentors")
    options.nth(1).focus()
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.id") == "hub-search-input" and options.count() == 0
    # Enter opens the result the arrows are on.
    page.keyboard.press("Backspace")
    page.wait_for_function("(query) => document.querySelector('[role=listbox]').dataset.query === query", arg="mentor")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    target = options.nth(1).get_attribute("href")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    assert tab.errors == []


def test_a_live_region_tells_how_many_results_were_found(sample_server, visit):
    tab = visit()
    search(tab, sample_server.url, "Python")
    status = tab.page.locator(STATUS)
    assert status.get_attribute("role") == "status"
    count = int(re.fullmatch(r"(\d+) matching documents?", status.inner_text()).group(1))  # Material's words
    assert count >= tab.page.locator(RESULTS).count() > 0
    tab.page.locator(BOX).fill("zzqqxx")
    status.filter(has_text="No matching documents").wait_for()
    assert tab.page.locator(RESULTS).count() == 0


def test_the_open_results_have_no_serious_accessibility_problem(sample_server, visit):
    for dark in (False, True):
        tab = visit(dark=dark)
        search(tab, sample_server.url, "Python")
        tab.page.keyboard.press("ArrowDown")
        assert serious_violations(tab.page) == []


def test_the_results_are_drawn_as_text_never_as_markup(sample_server, visit):
    # A snippet is read in an inert document and only its text and <mark>s are drawn.
    tab = visit()
    search(tab, sample_server.url, "Python")
    assert tab.page.locator(f"{RESULTS} *:not(span):not(mark)").count() == 0


def test_a_copy_opened_from_disk_says_where_search_works(sample_site, visit):
    tab = visit()
    tab.page.goto((sample_site / "index.html").as_uri())
    tab.page.locator(BOX).click()
    assert tab.page.locator(STATUS).inner_text() == "Search works on the published site, not on a copy opened from disk."
    tab.page.keyboard.type("Python")
    assert tab.page.locator(STATUS).inner_text() == "Search works on the published site, not on a copy opened from disk."
    assert tab.errors == []



def test_a_language_by_its_own_name_finds_who_speaks_it(sample_server, visit, mentors):
    speakers = {f"/mentors/{mentor['id']}/" for mentor in mentors if "es" in mentor["languages"]}
    found = search(visit(), sample_server.url, "español")
    assert speakers and any(found[0].endswith(profile) for profile in speakers), found
