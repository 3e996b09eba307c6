"""The browser scripts count with the words of schemas/count-words.yml (hub-counts.js), as the build
does: the same word for every count of tests/cases/count-words.yml and for 0, 1, 2 and 1,000 of each
word, and on a directory of one mentor the scripts' sentences say "1 mentor", "1 suggestion"."""

from __future__ import annotations

import re

import pytest
import yaml
from playwright.sync_api import expect

from mentoring.data.count_words import COUNT_WORDS, agreeing
from mentoring.site.display_text import group_digits
from tests.support.paths import PROJECT
from tests.support.sites import SiteServer

pytestmark = pytest.mark.browser

CASES = yaml.safe_load((PROJECT / "tests" / "cases" / "count-words.yml").read_text(encoding="utf-8"))
COUNTS = (0, 1, 2, 1000)


@pytest.fixture(scope="module")
def one_mentor_server(one_mentor_site):
    server = SiteServer(one_mentor_site)
    yield server
    server.close()


def test_the_scripts_and_the_build_choose_the_same_word_for_every_count(sample_server, visit):
    tab = visit()
    tab.page.goto(f"{sample_server.url}match/")
    pairs = [[count, word] for word in sorted(COUNT_WORDS) for count in COUNTS]
    in_browser = tab.page.evaluate("(pairs) => pairs.map(([count, word]) => MentoringHub.agreeing(count, word))", pairs)
    assert in_browser == [agreeing(count, word) for count, word in pairs]
    cases = [[case["count"], case["word"]] for case in CASES]
    words = tab.page.evaluate("(cases) => cases.map(([count, word]) => MentoringHub.agreeing(count, word))", cases)
    assert [f"{group_digits(count)} {word}" for (count, _), word in zip(cases, words)] == [case["text"] for case in CASES]
    assert tab.errors == []


def test_on_a_directory_of_one_mentor_the_scripts_say_one_mentor(one_mentor_server, visit):
    tab = visit()
    tab.page.goto(f"{one_mentor_server.url}mentors/")
    tab.page.get_by_role("switch", name=re.compile("Accepting mentees")).check()
    expect(tab.page.locator("#mentor-count")).to_have_text("1 of 1 mentor matches")
    assert tab.page.locator("label[for='hub-filter-accepting']").text_content().split() == ["Accepting", "mentees", "1", "mentor"]

    tab.page.goto(f"{one_mentor_server.url}match/#learn=product-management")
    expect(tab.page.locator("#match-status")).to_have_text("1 mentor with a free place teaches what you picked; here is why.")
    expect(tab.page.locator(".hub-match__jump a")).to_have_text("See 1 suggestion")
    expect(tab.page.locator("#match-list [data-free]")).to_have_text("3 free places")
    assert tab.errors == []
