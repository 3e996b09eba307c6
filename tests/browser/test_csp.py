"""The Content-Security-Policy, seen working in Chromium.

Every page allows scripts from the site's own files only (`script-src 'self'`, no hashes): a
script slipped into a built page, an onclick= attribute, or an inline script in an HTML file the
build copies as it is, are refused, each with a `securitypolicyviolation` event and without its
effect, while the theme's own scripts (storage, palette, search) keep working, over http and
from file://. The built pages are edited by hand here, as validation would refuse these pages.
"""

from __future__ import annotations

import shutil

import pytest

from tests.support.sites import SiteServer, build_site, copy_project

pytestmark = pytest.mark.browser
INJECTED_SCRIPT = "<script>window.__injected = true; document.title = 'owned';</script>"
INJECTED_HANDLER = '<button id="injected-button" onclick="window.__clicked = true">Click</button>'
STATIC_PAGE = """<!doctype html>
<html><head><title>A page kept as it is</title><script>window.__static = true;</script></head>
<body><p id="static-text">Copied as it is.</p></body></html>
"""
# Listens before any script of the page runs, so no refusal goes unseen.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) =>
  window.__violations.push({directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample}));
"""


@pytest.fixture(scope="module")
def tampered_site(tmp_path_factory):
    """The sample site built with a raw HTML file under content/assets/ (the one place the
    project allows one), then a profile edited after the build to carry a script and an onclick."""
    root = copy_project(tmp_path_factory.mktemp("tampered") / "project")
    (root / "content" / "assets" / "static-page.html").write_text(STATIC_PAGE, encoding="utf-8")
    site = build_site(root / "mkdocs.yml", root / "site")
    profile = next((site / "mentors").glob("*/index.html"))
    html = profile.read_text(encoding="utf-8")
    profile.write_text(html.replace("</h1>", f"</h1>{INJECTED_SCRIPT}{INJECTED_HANDLER}", 1), encoding="utf-8")
    return site, profile.parent.name


@pytest.fixture(scope="module")
def tampered_server(tampered_site):
    server = SiteServer(tampered_site[0], mount="/hub/")
    yield server
    server.close()


def open_recording(visit, url):
    tab = visit()
    tab.page.add_init_script(RECORD_VIOLATIONS)
    tab.page.goto(url)
    tab.page.wait_for_load_state("networkidle")
    return tab


def test_every_page_carries_a_policy_that_allows_only_the_sites_own_script_files(sample_site):
    for page in sample_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        assert '<meta http-equiv="Content-Security-Policy"' in head, page
        policy = head.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0].replace("&#39;", "'")
        assert "script-src 'self';" in policy, page


def test_an_inline_script_slipped_into_a_page_is_refused(tampered_server, tampered_site, visit):
    tab = open_recording(visit, f"{tampered_server.url}mentors/{tampered_site[1]}/")
    assert tab.page.evaluate("window.__injected") is None
    assert tab.page.title() != "owned"
    violations = tab.page.evaluate("window.__violations")
    assert any(v["directive"] == "script-src-elem" and v["blocked"] == "inline" for v in violations), violations


def test_an_event_handler_attribute_slipped_into_a_page_is_refused(tampered_server, tampered_site, visit):
    tab = open_recording(visit, f"{tampered_server.url}mentors/{tampered_site[1]}/")
    tab.page.locator("#injected-button").click()
    assert tab.page.evaluate("window.__clicked") is None
    violations = tab.page.evaluate("window.__violations")
    assert any(v["directive"] == "script-src-attr" for v in violations), violations


def test_an_inline_script_in_a_copied_html_file_is_refused(tampered_server, visit):
    tab = open_recording(visit, f"{tampered_server.url}assets/static-page.html")
    assert tab.page.locator("#static-text").inner_text() == "Copied as it is."
    assert tab.page.evaluate("window.__static") is None
    assert any(v["directive"] == "script-src-elem" for v in tab.page.evaluate("window.__violations"))


def test_the_themes_own_scripts_run_under_the_policy(tampered_server, visit):
    """Storage, palette and search: Material's scripts and ours, all loaded from files."""
    tab = open_recording(visit, f"{tampered_server.url}mentors/")
    assert tab.page.evaluate("window.__violations") == []
    assert tab.page.evaluate("__md_scope.pathname") == "/hub/"
    tab.page.locator("label[for='__palette_1']").click()  # the dark palette's toggle
    assert tab.page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert tab.page.evaluate("JSON.parse(localStorage.getItem('/hub/.__palette')).color.scheme") == "slate"
    tab.page.goto(f"{tampered_server.url}guides/first-meeting/")
    assert tab.page.locator("body").get_attribute("data-md-color-scheme") == "slate"  # remembered across pages
    assert tab.page.evaluate("__md_scope.pathname") == "/hub/"
    tab.page.locator(".md-search__input").first.click()
    tab.page.keyboard.type("Python")
    tab.page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert tab.page.evaluate("window.__violations") == []
    assert tab.offsite == []


def test_from_disk_the_storage_scope_is_the_sites_folder(tampered_site, visit):
    site, profile = tampered_site
    tab = open_recording(visit, (site / "mentors" / profile / "index.html").as_uri())
    assert tab.page.evaluate("__md_scope.href") == site.as_uri() + "/"
    tab.page.goto((site / "index.html").as_uri())
    assert tab.page.evaluate("__md_scope.href") == site.as_uri() + "/"
    assert not [v for v in tab.page.evaluate("window.__violations") if v["blocked"] == "inline"]
