"""No page says "1 mentors": the built pages of the sample (18 mentors) and of an organisation with
one mentor (tests/conftest.py one_mentor_site) write every count with the word from
schemas/count-words.yml that agrees with it."""

from __future__ import annotations

import html
import re

import pytest

from mentoring.data.count_words import COUNT_WORDS

OTHER_FORMS = "|".join(sorted(map(re.escape, COUNT_WORDS.values()), key=len, reverse=True))
ONE_WITH_OTHER_FORM = re.compile(rf"(?<![\d.,])1 (?:{OTHER_FORMS})\b")


def page_text(page) -> str:
    markup = re.sub(r"<(script|style|template)\b.*?</\1>", " ", page.read_text(encoding="utf-8"), flags=re.DOTALL)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup)))


@pytest.mark.parametrize("site", ["sample_site", "one_mentor_site"])
def test_no_page_writes_one_with_the_word_for_several(site, request):
    built = request.getfixturevalue(site)
    found = [f"{page.relative_to(built)}: {match.group()}" for page in sorted(built.rglob("*.html"))
             for match in ONE_WITH_OTHER_FORM.finditer(page_text(page))]
    assert found == []


@pytest.mark.parametrize(("path", "phrase"), [
    ("index.html", "Browse 1 colleague by skill"),
    ("mentors/index.html", "1 colleague offers their time and experience. 1 is accepting mentees now."),
    ("mentors/index.html", "All 1 mentor"),
    ("insights/index.html", "counted from 1 mentor card and"),
    ("insights/index.html", "Mentors work in"),
])
def test_an_organisation_with_one_mentor_counts_one(one_mentor_site, path, phrase):
    assert phrase in page_text(one_mentor_site / path)


def test_the_sample_counts_several(sample_site):
    assert "All 18 mentors" in page_text(sample_site / "mentors" / "index.html")
    assert "Browse 18 colleagues by skill" in page_text(sample_site / "index.html")
