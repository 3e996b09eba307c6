"""Browser timings for `make bench`, in desktop Chromium against sites served gzip-compressed.

- one filter change on /mentors/, until the next frame has been drawn;
- one change of the match helper's wishes, until its suggestions have been drawn.
"""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from bench.figures import Figure, log
from tools.static_server import SiteServer

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
# Click an element and resolve with the milliseconds until the frame after it has been drawn.
CLICK_TO_FRAME = """(el) => new Promise(resolve => { const t0 = performance.now(); el.click();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)); })"""
CHANGES = 5  # clicks per timing; the median is reported


def launch(playwright):
    return playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"), args=CHROMIUM_FLAGS)


def click_timing(browser, url: str, ready: str, target: str) -> float | None:
    """Return the median milliseconds from a click on `target` to the next drawn frame, or None
    when the page has no such element."""
    page = browser.new_page()
    try:
        page.goto(url, wait_until="load")
        page.wait_for_selector(ready, timeout=60_000)
        element = page.locator(target).first
        if not element.count():
            return None
        page.wait_for_timeout(300)
        handle = element.element_handle()
        return statistics.median(page.evaluate(CLICK_TO_FRAME, handle) for _ in range(CHANGES))
    finally:
        page.close()


def browser_figures(big_site: Path, big_size: int) -> list[Figure]:
    """Return the filter and match timings at big_size (the site search's: bench/search.py)."""
    from playwright.sync_api import sync_playwright

    figures = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            server = SiteServer(big_site, compress=True)
            try:
                change = click_timing(browser, server.url + "mentors/", "#mentor-filters.is-ready", "#mentor-filters input[name=expertise]")
                match = click_timing(browser, server.url + "match/", "#match-form.is-ready", "#match-form input[name=learn]")
            finally:
                server.close()
        finally:
            browser.close()
    for name, value, target in ((f"one filter change on /mentors/, {big_size} mentors", change, 50),
                                (f"match helper suggestions after a change, {big_size} mentors", match, 100)):
        if value is None:
            log(f"not measured: {name} (no control to click)")
        else:
            figures.append(Figure(name, value, None, "ms", f"<= {target} ms", value <= target))
    return figures
