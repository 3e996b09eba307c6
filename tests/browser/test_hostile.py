"""Hostile cards in a real browser: a site built from cards full of script stays inert.

The cards in tests/cases/hostile/accepted/ are valid (the schema cannot forbid '<' in a name) and
try every way in: markup in each text field, javascript: and data: links, event handlers,
template syntax, confusable letters. No dialog may open, no injected script run, no request leave
127.0.0.1, on the directory, the profiles, search results and the JSON exports.
"""

from __future__ import annotations

import json
import shutil

import pytest

from helpers import PROJECT, TODAY
from mentoring import load
from sites import SiteServer, build_site, copy_project

pytestmark = pytest.mark.browser
HOSTILE = PROJECT / "tests" / "cases" / "hostile" / "accepted"
INJECTED = """() => ({
  handlers: document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover],[onfocus]').length,
  frames: document.querySelectorAll('iframe, object, embed, form[action]').length,
  scripts: [...document.scripts].filter(s => /alert\\(/.test(s.textContent)).length,
  // a data: link with `download` is the card builder saving the visitor's own card: intended.
  jsLinks: [...document.querySelectorAll('a[href]:not([download])')].filter(a => /^(javascript|data|vbscript):/i.test(a.getAttribute('href'))).length,
})"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    for card in HOSTILE.glob("*.yml"):
        shutil.copy(card, root / "content" / "mentors" / card.name)
    result = load(root, TODAY)
    assert result.ok, result.problems
    site = build_site(root / "mkdocs.yml", root / "site")
    server = SiteServer(site)
    yield server
    server.close()


def assert_inert(tab):
    assert tab.page.evaluate(INJECTED) == {"handlers": 0, "frames": 0, "scripts": 0, "jsLinks": 0}
    assert tab.dialogs == [], tab.dialogs
    assert tab.offsite == [], tab.offsite


@pytest.mark.parametrize("path", [
    "mentors/", "mentors/zz-script-everywhere/", "mentors/zz-template-text/", "mentors/zz-confusable-name/",
    "match/", "contribute/card-builder/", "insights/", "programs/",
])
def test_pages_showing_hostile_cards_stay_inert(hostile_server, visit, path):
    tab = visit()
    tab.page.goto(hostile_server.url + path)
    tab.page.wait_for_load_state("networkidle")
    tab.page.mouse.move(200, 300)
    assert_inert(tab)


def test_hostile_text_is_shown_literally(hostile_server, visit):
    tab = visit()
    tab.page.goto(hostile_server.url + "mentors/zz-template-text/")
    assert "{{ 7*7 }}" in tab.page.locator("h1").inner_text()
    tab.page.goto(hostile_server.url + "mentors/zz-script-everywhere/")
    assert "<script>alert('name')</script>" in tab.page.locator("h1").inner_text()


def test_search_results_for_hostile_cards_stay_inert(hostile_server, visit):
    tab = visit()
    tab.page.goto(hostile_server.url)
    tab.page.locator(".md-search__input").first.click()
    tab.page.keyboard.type("Security")
    results = tab.page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    hrefs = [results.nth(i).locator("a").first.get_attribute("href") for i in range(results.count())]
    assert any("zz-script-everywhere" in (href or "") for href in hrefs), hrefs
    assert_inert(tab)


def test_json_exports_carry_the_text_escaped(hostile_server, visit):
    tab = visit()
    response = tab.page.goto(hostile_server.url + "api/mentors.json")
    body = response.text()
    assert "<script" not in body
    names = [record["name"] for record in json.loads(body)["mentors"]]
    assert "<script>alert('name')</script><img src=x onerror=alert('img')>Mallory" in names
    assert_inert(tab)
