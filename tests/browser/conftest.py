"""Browser fixtures: Debian's Chromium driven by Playwright, refusing any request off loopback."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.browser.organisations import built, generated, served
from tests.support.built_once import built_once

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic",
    # Every request off loopback goes to a proxy on a closed port and fails; Chromium sends loopback
    # requests past a proxy. This stops them in the network stack at no cost per request, where routing
    # every request through Playwright cost about a fifth of each page load. (Playwright's own proxy
    # option would send loopback through the proxy too.)
    "--proxy-server=http://127.0.0.1:9",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail(
            "No Chromium found for the browser tests. On Debian: apt-get install chromium "
            "(make test does this when run as root); elsewhere: .venv/bin/python -m playwright install chromium "
            "and set CHROMIUM_PATH to the browser it installed."
        )
    return path


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


class Visit:
    """A page plus what it did: requests that tried to leave loopback (each one fails: see CHROMIUM_FLAGS),
    console errors, dialogs."""

    def __init__(self, page):
        self.page = page
        self.offsite: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", self._request)
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self._dialog)

    def _request(self, request):
        if not request.url.startswith(("http://127.0.0.1", "data:", "blob:", "file:")):
            self.offsite.append(request.url)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def visit(browser):
    """Open a fresh phone- or desktop-sized page: visit(width=1280, dark=False) -> Visit."""
    contexts = []

    def open_page(width: int = 1280, dark: bool = False, javascript: bool = True) -> Visit:
        context = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme="dark" if dark else "light",
            java_script_enabled=javascript,
        )
        contexts.append(context)
        return Visit(context.new_page())

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def artifacts():
    """Folder for screenshots to look at after a run."""
    folder = Path(__file__).resolve().parents[2] / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def big(tmp_path_factory):
    """A generated organisation of 2,000 mentors (seed 4), built once for the run and served for every test that asks."""
    root = built_once(tmp_path_factory, "org-2000", lambda folder: built(generated(folder / "org", 2000, seed=4)))
    yield from served(root, already_built=True)
