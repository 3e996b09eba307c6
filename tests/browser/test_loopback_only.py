"""The browser tests' own fence: a page that asks another host for anything gets nothing, and the
visit records what it asked for, so `tab.offsite == []` in the other tests means something."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

ELSEWHERE = ["http://203.0.113.7/pixel.png", "https://fonts.example.com/font.css"]  # an address and a name


def test_a_request_off_loopback_fails_and_is_recorded(visit):
    tab = visit()
    tab.page.goto("data:text/html,<title>A page without the site's policy</title>")
    answers = tab.page.evaluate("""async (urls) => Promise.all(urls.map((url) =>
        fetch(url, {mode: "no-cors"}).then(() => "answered", () => "failed")))""", ELSEWHERE)
    assert answers == ["failed", "failed"]
    assert tab.offsite == ELSEWHERE
