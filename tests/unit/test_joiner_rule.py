"""Names in every script: joiners where Unicode says they belong, every other invisible character refused.

The examples are tests/cases/names/joiners.yml, which the card builder's browser test runs too.
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from mentoring import load
from tests.support.paths import BASE, PROJECT, TODAY
from tools import write_joiner_rule as joiner_rule

EXAMPLES = yaml.safe_load((PROJECT / "tests" / "cases" / "names" / "joiners.yml").read_text(encoding="utf-8"))


def _organisation_with(tmp_path, mentor_name: str, programme_name: str = "Buddies"):
    root = tmp_path / "org"
    shutil.copytree(BASE, root)
    for rel, old, new in (("content/mentors/ada-lovelace.yml", "name: Ada Lovelace", mentor_name),
                          ("programs/buddies.yml", "name: Buddies", programme_name)):
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, f"name: {_quoted(new)}", 1), encoding="utf-8")
    return root


def _quoted(text: str) -> str:
    """Return text as a YAML double-quoted scalar: letters as typed, invisible characters as escapes."""
    return '"' + "".join(char if char.isprintable() and char not in '"\\' else f"\\u{ord(char):04x}" for char in text) + '"'


@pytest.mark.parametrize("example", EXAMPLES["accepted"], ids=lambda example: example["why"])
def test_a_name_with_joiners_where_they_belong_is_accepted_on_a_card_and_a_programme(example, tmp_path):
    result = load(_organisation_with(tmp_path, example["name"], example["name"]), TODAY)
    assert result.problems == []
    assert result.catalog.mentors[0].name == example["name"]


@pytest.mark.parametrize("example", EXAMPLES["refused"], ids=lambda example: example["why"])
def test_an_invisible_character_out_of_place_is_refused_and_named_by_code_point(example, tmp_path):
    result = load(_organisation_with(tmp_path, example["name"]), TODAY)
    [problem] = result.problems
    assert (problem.path, problem.line, problem.field) == ("content/mentors/ada-lovelace.yml", 2, "name")
    invisible = [char for char in example["name"] if char in "\u200b\u200c\u200d\u200e\u202e\ufeff"]
    assert f"U+{ord(invisible[0]):04X}" in problem.message


def test_a_joiner_out_of_place_gets_the_rule_in_plain_words(tmp_path):
    [problem] = load(_organisation_with(tmp_path, "Ada\u200cLovelace"), TODAY).problems
    assert str(problem) == (
        "content/mentors/ada-lovelace.yml:2:7: name: 'Ada\\u200cLovelace' is not accepted: "
        f"{joiner_rule.HINT}; it contains 1 invisible character: U+200C (zero-width non-joiner)")


def test_the_rule_in_the_schemas_is_the_one_the_unicode_tables_give():
    assert joiner_rule.main(["--check"]) == 0


def test_a_long_name_of_joiners_out_of_place_is_refused_quickly(tmp_path):
    """Each joiner has one reading, so a refused name never makes the pattern try many."""
    import time

    start = time.perf_counter()
    result = load(_organisation_with(tmp_path, "\u0628\u094d\u200c" * 30 + "\u0627\u200c"), TODAY)
    assert result.problems and time.perf_counter() - start < 2
