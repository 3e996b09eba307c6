"""The Content-Security-Policy, seen working in Chromium: an injected inline script is refused
while the theme's own scripts (search, palette) keep working."""

from __future__ import annotations

import shutil

import pytest

from tests.support.sites import SiteServer

pytestmark = pytest.mark.browser
INJECTED = "<script>window.__injected = true;</script>"


@pytest.fixture(scope="module")
def tampered_server(sample_site, tmp_path_factory):
    """The sample site with a script slipped into a profile, as if escaping had failed."""
    site = tmp_path_factory.mktemp("tampered") / "site"
    shutil.copytree(sample_site, site)
    profile = next((site / "mentors").glob("*/index.html"))
    html = profile.read_text(encoding="utf-8")
    profile.write_text(html.replace("</h1>", f"</h1>{INJECTED}", 1), encoding="utf-8")
    server = SiteServer(site)
    server.profile = profile.parent.name
    yield server
    server.close()


def test_every_page_carries_a_policy_without_unsafe_inline_scripts(sample_site):
    for page in sample_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        assert '<meta http-equiv="Content-Security-Policy"' in head, page
        policy = head.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
        script_src = next(d for d in policy.split("; ") if d.startswith("script-src"))
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src


def test_an_injected_inline_script_is_blocked_and_the_site_keeps_working(tampered_server, visit):
    tab = visit()
    violations = []
    tab.page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    tab.page.goto(f"{tampered_server.url}mentors/{tampered_server.profile}/")
    tab.page.wait_for_load_state("networkidle")
    assert tab.page.evaluate("window.__injected === undefined")
    assert violations, "the browser should report the refused script"
    # The theme's own scripts still run: search answers (and the palette toggle, in test_palette.py).
    tab.page.locator(".md-search__input").first.click()
    tab.page.keyboard.type("Python")
    tab.page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert tab.offsite == []
