"""The Content-Security-Policy, seen working in Chromium.

Every page allows scripts from the site's own files only (`script-src 'self'`, no hashes, and
'wasm-unsafe-eval' for the search's WebAssembly, which lets no text run as script): a
script slipped into a built page, an onclick= attribute, or an inline script in an HTML file the
build copies as it is, are refused, each with a `securitypolicyviolation` event and without its
effect, while the theme's own scripts (storage, palette, search) keep working, over http and
from file://. The built pages are edited by hand here, as validation would refuse these pages.
"""

from __future__ import annotations

import re
import shutil

import pytest
import yaml

from tests.support.paths import PROJECT
from tests.support.sites import SiteServer, build_site, copy_project

pytestmark = pytest.mark.browser
HOSTILE = PROJECT / "tests" / "cases" / "hostile"
# tests/cases/hostile/built-page/<attack>/: attack.html is slipped into a built profile after its
# heading; expected.yml gives the verdict, the directive that refuses it and what to click.
BUILT_PAGE_ATTACKS = sorted(path for path in (HOSTILE / "built-page").iterdir() if path.is_dir())
# tests/cases/hostile/copied-page/<attack>/: attack.html is put under content/assets/ before the build.
COPIED_PAGE_ATTACKS = sorted(path for path in (HOSTILE / "copied-page").iterdir() if path.is_dir())
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)
# Listens before any script of the page runs, so no refusal goes unseen.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) =>
  window.__violations.push({directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample}));
"""


@pytest.fixture(scope="module")
def tampered_site(tmp_path_factory):
    """The sample site built with each copied-page attack under content/assets/ (the one place the
    project allows raw HTML), then one profile per built-page attack edited after the build."""
    root = copy_project(tmp_path_factory.mktemp("tampered") / "project")
    for attack in COPIED_PAGE_ATTACKS:
        shutil.copy(attack / "attack.html", root / "content" / "assets" / f"{attack.name}.html")
    site = build_site(root / "mkdocs.yml", root / "site")
    profiles = sorted((site / "mentors").glob("*/index.html"))
    pages = {}
    for attack, profile in zip(BUILT_PAGE_ATTACKS, profiles[1:], strict=False):
        if (attack / "site-script.js").exists():  # a script file of the site's own that the attack loads
            shutil.copy(attack / "site-script.js", site / "assets" / "javascripts" / f"{attack.name}.js")
        html = profile.read_text(encoding="utf-8")
        profile.write_text(html.replace("</h1>", "</h1>" + (attack / "attack.html").read_text(encoding="utf-8"), 1), encoding="utf-8")
        pages[attack.name] = f"mentors/{profile.parent.name}/"
    for attack in COPIED_PAGE_ATTACKS:
        pages[attack.name] = f"assets/{attack.name}.html"
    return site, pages, profiles[0].parent.name


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
        assert "script-src 'self' 'wasm-unsafe-eval';" in policy, page


def test_no_page_holds_an_inline_script_the_policy_would_refuse(sample_site):
    """The theme's scripts load from files; a JSON data block is never run."""
    for page in sample_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for attributes in INLINE_SCRIPT.findall(html):
            assert "application/json" in attributes, (page, attributes)
        assert not EVENT_HANDLER.search(html), page


@pytest.mark.parametrize("attack", BUILT_PAGE_ATTACKS + COPIED_PAGE_ATTACKS, ids=lambda attack: f"{attack.parent.name}/{attack.name}")
def test_each_hostile_case_is_refused_by_the_policy(attack, tampered_server, tampered_site, visit):
    expected = yaml.safe_load((attack / "expected.yml").read_text(encoding="utf-8"))
    assert expected["verdict"] == "refused"
    tab = open_recording(visit, tampered_server.url + tampered_site[1][attack.name])
    if expected.get("click"):
        tab.page.locator(expected["click"]).click()
        tab.page.wait_for_timeout(200)  # a javascript: link runs, if ever, after the click's task
    assert tab.page.evaluate("window.__hostile") is None
    assert tab.page.title() != "owned"
    # A frame written into the page reports its own refusals.
    violations = [violation for frame in tab.page.frames for violation in frame.evaluate("window.__violations || []")]
    assert expected["directive"] in [violation["directive"] for violation in violations], violations
    assert tab.offsite == []


def test_the_themes_own_scripts_run_under_the_policy(tampered_server, visit):
    """Storage, palette and search: Material's scripts and ours, all loaded from files."""
    tab = open_recording(visit, f"{tampered_server.url}mentors/")
    assert tab.page.evaluate("window.__violations") == []
    assert tab.page.evaluate("__md_scope.pathname") == "/hub/"
    tab.page.get_by_role("button", name="Switch to dark mode").click()  # the colour toggle
    assert tab.page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert tab.page.evaluate("JSON.parse(localStorage.getItem('/hub/.__palette')).color.scheme") == "slate"
    tab.page.goto(f"{tampered_server.url}guides/first-meeting/")
    assert tab.page.locator("body").get_attribute("data-md-color-scheme") == "slate"  # remembered across pages
    assert tab.page.evaluate("__md_scope.pathname") == "/hub/"
    tab.page.locator("#hub-search-input").click()
    tab.page.keyboard.type("Python")
    tab.page.locator(".hub-search-result__item").first.wait_for(timeout=10_000)  # Pagefind's WebAssembly ran
    assert tab.page.evaluate("window.__violations") == []
    assert tab.offsite == []


def test_from_disk_the_storage_scope_is_the_sites_folder(tampered_site, visit):
    site, _, profile = tampered_site
    tab = open_recording(visit, (site / "mentors" / profile / "index.html").as_uri())
    assert tab.page.evaluate("__md_scope.href") == site.as_uri() + "/"
    tab.page.goto((site / "index.html").as_uri())
    assert tab.page.evaluate("__md_scope.href") == site.as_uri() + "/"
    assert not [v for v in tab.page.evaluate("window.__violations") if v["blocked"] == "inline"]
