"""The hostile corpus in a real browser: a site built from cards, programmes and guides full of script stays inert.

tests/cases/hostile/accepted/ holds valid files (the schema cannot forbid '<' in a name) laid out
like the repository (mentors/, programs/, guides/) that try every way in: markup in each text
field, javascript: and data: links, event handlers, template syntax, confusable letters, hidden
characters, and in the guide the raw HTML the validator lets through. No dialog may open, no
injected script run, no request leave 127.0.0.1, on the directory, the profiles, the programmes,
the guides, search results and the JSON exports.
"""

from __future__ import annotations

import json

import pytest

from mentoring import load
from tests.support.paths import TODAY
from tests.support.sites import SiteServer, add_hostile_corpus, build_site, copy_project

pytestmark = pytest.mark.browser
INJECTED = """() => ({
  handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length,
  frames: document.querySelectorAll('iframe, object, embed, form[action], base, main style, main link, main meta').length,
  // a JSON data block (the card builder's programme list) is never run; its '<' is written \\u003c.
  scripts: [...document.scripts].filter(s => !/json/i.test(s.type) && /alert\\(/.test(s.textContent)).length,
  // a data: link with `download` is the card builder saving the visitor's own card: intended.
  jsLinks: [...document.querySelectorAll('a[href]:not([download])')].filter(a => /^(javascript|data|vbscript):/i.test(a.getAttribute('href'))).length,
})"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    root = add_hostile_corpus(copy_project(tmp_path_factory.mktemp("hostile") / "project"))
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
    "match/", "contribute/card-builder/", "insights/", "programs/", "programs/zz-script-programme/",
    "guides/", "guides/zz-hostile-guide/", "guides/mentoring-types/", "guides/eight-hallmarks/",
])
def test_pages_showing_the_hostile_corpus_stay_inert(hostile_server, visit, path):
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


@pytest.mark.parametrize("export, name", [
    ("mentors", "<script>alert('name')</script><img src=x onerror=alert('img')>Mallory"),
    ("programs", "<script>alert('pname')</script><img src=x onerror=alert('pimg')> Zanzibar buddies {{ 7*7 }}"),
])
def test_json_exports_carry_the_text_escaped(hostile_server, visit, export, name):
    tab = visit()
    response = tab.page.goto(hostile_server.url + f"api/{export}.json")
    body = response.text()
    assert "<script" not in body
    assert name in [record["name"] for record in json.loads(body)[export]]
    assert_inert(tab)


def test_hostile_programme_text_is_shown_literally(hostile_server, visit):
    tab = visit()
    tab.page.goto(hostile_server.url + "programs/zz-script-programme/")
    assert tab.page.locator("h1").inner_text() == "<script>alert('pname')</script><img src=x onerror=alert('pimg')> Zanzibar buddies {{ 7*7 }}"
    facts = tab.page.locator(".hub-facts").inner_text()
    assert "<b onmouseover=alert('audience')>New hires</b>" in facts
    assert "{{ ''.__class__.__mro__ }} 1 hour" in facts
    about = tab.page.locator("section[aria-labelledby=about]").inner_text()
    assert "{{ 7*7 }} {% raw %} {% include 'main.html' %} {# comment #}" in about
    assert "file\u202egnp.exe" in about
    assert tab.page.locator("main a[href^='javascript:' i], main img[src^='http']").count() == 0
    assert_inert(tab)


def test_hostile_guide_text_is_shown_literally_and_its_markup_cleaned(hostile_server, visit):
    tab = visit()
    page = tab.page
    page.goto(hostile_server.url + "guides/zz-hostile-guide/")
    assert page.locator("h1").inner_text() == "<img src=x onerror=alert('title')>{{ 7*7 }} Hostile guide"
    assert "Hostile guide" in page.title() and "<img" in page.title()
    text = page.locator(".md-content").inner_text()
    for literal in ("{{ 7 * 7 }}, {% raw %}, {% include 'main.html' %}, {# comment #} and ${7 * 7}",
                    "<script>alert('entity')</script>", "<script>alert('code')</script>", "file\u202egnp.exe"):
        assert literal in text, literal
    assert page.locator(".md-content kbd").count() == 2
    assert page.locator(".md-content details summary").inner_text() == "More"
    cleaned = """() => ({
      themeIds: document.querySelectorAll('[id="__config"], [id="hub-search-input"]').length,  // the theme's own only
      styled: document.querySelectorAll('.md-content [style]').length,
      remoteImages: [...document.querySelectorAll('img')].filter(i => /^(https?:)?\\/\\//.test(i.getAttribute('src') || '')).length,
      themeAttributes: document.querySelectorAll('.md-content [data-md-component]').length,
    })"""
    assert page.evaluate(cleaned) == {"themeIds": 2, "styled": 0, "remoteImages": 0, "themeAttributes": 0}
    assert_inert(tab)


@pytest.mark.parametrize("words, expected", [
    ("Security", "zz-script-everywhere"), ("Zanzibar", "zz-script-programme"), ("Hostile guide", "zz-hostile-guide"),
])
def test_search_results_for_hostile_cards_programmes_and_guides_stay_inert(hostile_server, visit, words, expected):
    tab = visit()
    tab.page.goto(hostile_server.url)
    tab.page.locator("#hub-search-input").click()
    tab.page.keyboard.type(words)
    # The results for the full words, which must list the hostile page, drawn as text only.
    tab.page.locator(f".hub-search-result__item[href*='{expected}']").first.wait_for(timeout=10_000)
    assert tab.page.locator(".hub-search-result__item *:not(span):not(mark)").count() == 0
    tab.page.mouse.move(300, 300)
    assert_inert(tab)
