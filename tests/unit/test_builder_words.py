"""The card builder's words (schemas/messages.yml): a register for the form under the validator's keys,
help that speaks of the form, and languages by their own names written from CLDR."""

from __future__ import annotations

import re

import yaml

from mentoring.data.language_names import language_names
from mentoring.data.layout import PROJECT_SCHEMAS
from mentoring.data.messages import WORDS
from tools.write_language_names import NAMES_FILE, names_text

# What a person filling in a form should never read: the file behind it.
FILE_WORDS = re.compile(r"NaN|YAML|schema|\.yml|ISO 639|IANA|[Ss]et to false|needs at least|\b[a-z]+_[a-z_]+\b")


def test_the_form_register_has_every_key_of_the_validators():
    assert set(WORDS["form_messages"]) == set(WORDS["messages"])


def test_the_forms_words_never_speak_of_the_file():
    for group in ("form_messages", "form_help", "form_finders"):
        for key, text in WORDS[group].items():
            words = re.sub(r"\{\w+\}", "", text)  # the {names} filled in are not read
            assert not FILE_WORDS.search(words), f"{group}.{key}: {text}"


def test_the_check_of_the_forms_words_can_fail():
    for text in ("needs at least 1 items", "see schemas/languages.yml", "raise 'active_mentees'",
                 "not a two-letter ISO 639-1 code", "not an IANA time zone", "Set to false to pause", "it is 'NaN'"):
        assert FILE_WORDS.search(text), text


def test_the_form_names_the_department_as_a_person_would():
    assert WORDS["form_messages"]["required"] + WORDS["form_messages"]["required_example"].format(example="Engineering") \
        == "fill this in, for example Engineering"


def test_language_names_are_written_from_cldr_and_find_spanish_and_italian():
    codes = yaml.safe_load((PROJECT_SCHEMAS / "languages.yml").read_text(encoding="utf-8"))
    assert NAMES_FILE.read_text(encoding="utf-8") == names_text(codes), "run .venv/bin/python -m tools.write_language_names"
    names = language_names(PROJECT_SCHEMAS)
    assert set(names) <= set(codes)
    assert names["es"] == "español" and names["it"] == "italiano"
