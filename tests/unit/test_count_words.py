"""Counts on pages agree with their words: "1 mentor", "2 mentors", never "1 mentors". The words are
schemas/count-words.yml; the build writes them with the `counted` and `agreeing` filters, and the
browser scripts with hub-counts.js (tests/browser/test_count_words_browser.py). No template or script
makes a plural of its own."""

from __future__ import annotations

import re

import pytest
import yaml

from mentoring.data.count_words import COUNT_WORDS, agreeing
from mentoring.site.display_text import counted
from tests.support.paths import PROJECT

CASES = yaml.safe_load((PROJECT / "tests" / "cases" / "count-words.yml").read_text(encoding="utf-8"))
COUNTS = (0, 1, 2, 1000)
TEMPLATES = sorted((PROJECT / "overrides").rglob("*.html"))
# card-explainer.js writes the builder's messages, whose plurals are schemas/messages.yml's {plural}.
SCRIPTS = sorted(path for path in (PROJECT / "content" / "assets" / "javascripts").glob("*.js")
                 if path.name not in ("card-checker.js", "card-explainer.js"))
OTHER_FORMS = "|".join(sorted(map(re.escape, COUNT_WORDS.values()), key=len, reverse=True))
# A count written next to a word typed out in the file, instead of the word from count-words.yml.
HAND_MADE = {
    "template": re.compile(rf"\}}\}}\s+(?:{OTHER_FORMS})\b|~\s*\"\s*(?:{OTHER_FORMS})\b|else\s+[\"'](?:s|{OTHER_FORMS})[\"']"),
    "script": re.compile(rf"\$\{{[^}}]+\}}\s(?:{OTHER_FORMS})\b|[=!]==\s*1\s*\?\s*\"[^\"]*\"\s*:\s*\"[^\"]*s\""),
}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["text"])
def test_the_build_writes_each_count_with_the_word_that_agrees(case):
    assert counted(case["count"], case["word"]) == case["text"]


@pytest.mark.parametrize("word", sorted(COUNT_WORDS))
def test_every_word_keeps_its_form_for_one_only_for_exactly_one(word):
    assert [agreeing(count, word) for count in COUNTS] == [COUNT_WORDS[word], word, COUNT_WORDS[word], COUNT_WORDS[word]]
    assert COUNT_WORDS[word] != word


def test_a_word_missing_from_the_file_is_named_with_the_file():
    with pytest.raises(KeyError, match="'mentee' is not in count-words.yml"):
        agreeing(2, "mentee")


def hand_made_plurals(paths, pattern) -> list[str]:
    return [f"{path.relative_to(PROJECT)}:{number}: {line.strip()}"
            for path in paths for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if pattern.search(line)]


def test_no_template_or_script_makes_its_own_plural():
    found = hand_made_plurals(TEMPLATES, HAND_MADE["template"]) + hand_made_plurals(SCRIPTS, HAND_MADE["script"])
    assert found == [], "use the counted/agreeing filters or hub.agreeing:\n" + "\n".join(found)


@pytest.mark.parametrize("line", [
    '<p>{{ n }} mentors</p>', "{{ 'x' if n == 1 else 's' }}", '{{ "mentor" if n == 1 else "mentors" }}', '"these " ~ n ~ " colleagues"', "{{ open }} are taking",
])
def test_the_check_finds_a_hand_made_plural_in_a_template(line):
    assert HAND_MADE["template"].search(line), line


@pytest.mark.parametrize("line", ['`${n} mentors`', '`${n} ${n === 1 ? "place" : "places"}`', "`the best ${shown} are shown.`"])
def test_the_check_finds_a_hand_made_plural_in_a_script(line):
    assert HAND_MADE["script"].search(line), line
