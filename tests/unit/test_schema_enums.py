"""The schemas carry the vocabularies as enums for YAML editors: generated from the vocabulary files, never drifting."""

from __future__ import annotations

import pytest
import yaml
from jsonschema import Draft202012Validator

from mentoring.data.layout import PROJECT_SCHEMAS
from mentoring.data.schema_enums import vocabulary_values, with_editor_hints
from mentoring.data.schemas import KINDS, read_schema
from mentoring.data.vocabulary import load_vocabulary
from tests.support.paths import BASE
from tools.write_schema_enums import with_enums_written

VALUES = vocabulary_values(load_vocabulary(PROJECT_SCHEMAS))


@pytest.mark.parametrize("kind", KINDS)
def test_the_committed_schemas_carry_exactly_the_vocabularies(kind):
    document = read_schema(PROJECT_SCHEMAS, kind)
    assert document == with_editor_hints(document, VALUES), (
        f"schemas/{kind}.schema.json is out of date with the vocabularies: run .venv/bin/python -m tools.write_schema_enums")
    text = (PROJECT_SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert with_enums_written(text, VALUES) == text


def editor_errors(card: dict) -> dict[str, str]:
    """Return what a generic JSON Schema tool says, as yaml-language-server does: formats ignored, errorMessage shown."""
    validator = Draft202012Validator(read_schema(PROJECT_SCHEMAS, "mentor"))  # no format checker
    found = {}
    for error in validator.iter_errors(card):
        key = error.validator
        message = error.schema.get("patternErrorMessage") if key == "pattern" else error.schema.get("errorMessage")
        found[".".join(str(part) for part in error.absolute_path)] = message or error.message
    return found


def test_a_generic_editor_flags_unknown_vocabulary_values_in_plain_words():
    card = yaml.safe_load((BASE / "content/mentors/ada-lovelace.yml").read_text(encoding="utf-8"))
    card["last_reviewed"] = str(card["last_reviewed"])
    assert editor_errors(card) == {}
    card.update(timezone="Europe/Londn", languages=["English"], expertise=["python", "basket-weaving"], id="Ada")
    errors = editor_errors(card)
    assert set(errors) == {"timezone", "languages.0", "expertise.1", "id"}
    assert errors["timezone"].startswith("use an IANA time zone name (Region/City) such as 'Europe/Rome'")
    assert errors["languages.0"].startswith("use a two-letter ISO 639-1 code such as 'en'")
    assert errors["expertise.1"].startswith("use a tag from schemas/expertise.yml")
    assert errors["id"] == "use only lowercase letters, digits and single hyphens, like 'ada-lovelace'"
    assert all(len(message) < 200 for message in errors.values())  # never the 598 time zones


def test_the_validator_still_says_one_thing_per_mistake(tmp_path):
    from mentoring import load
    from tests.support.paths import TODAY, build_case

    root = build_case(BASE, tmp_path / "org")
    card = root / "content/mentors/ada-lovelace.yml"
    card.write_text(card.read_text(encoding="utf-8").replace("Europe/London", "Europe/Londn").replace("[en]", "[English]"), encoding="utf-8")
    assert [f"{problem.field}: {problem.message}" for problem in load(root, TODAY).problems] == [
        "timezone: 'Europe/Londn' is not an IANA time zone name; did you mean 'Europe/London'?",
        "languages[1]: 'English' is not a two-letter ISO 639-1 language code; did you mean 'en' (English)?",
    ]
