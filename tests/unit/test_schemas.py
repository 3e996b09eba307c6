"""The contract in schemas/: valid JSON Schemas, documented field by field, and sane vocabularies."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from mentoring.data.schemas import KINDS, read_schema
from mentoring.data.vocabulary import load_vocabulary
from tests.support.paths import PROJECT

SCHEMAS = PROJECT / "schemas"
HALLMARKS = [
    "accountability", "alignment", "communication", "value-and-visibility",
    "demand", "multiple-opportunities", "education-and-training", "safety-nets",
]


def properties_of(schema: dict, path: str = ""):
    """Yield (path, property schema) for every property at any depth."""
    for name, spec in schema.get("properties", {}).items():
        yield f"{path}{name}", spec
        yield from properties_of(spec, f"{path}{name}.")
        yield from properties_of(spec.get("items", {}), f"{path}{name}[].")


DOCUMENTED = (*KINDS, "support-contacts")  # every schema a person writes a file against


@pytest.mark.parametrize("kind", DOCUMENTED)
def test_schema_passes_its_metaschema(kind):
    Draft202012Validator.check_schema(read_schema(SCHEMAS, kind))


@pytest.mark.parametrize("kind", DOCUMENTED)
def test_every_property_has_a_title_a_description_and_an_example(kind):
    schema = read_schema(SCHEMAS, kind)
    assert schema["additionalProperties"] is False
    for path, spec in properties_of(schema):
        for key in ("title", "description", "examples"):
            assert spec.get(key), f"{kind}: {path} has no {key}"
        if spec.get("type") == "object":
            assert spec["additionalProperties"] is False, path


@pytest.mark.parametrize("kind", KINDS)
def test_examples_are_valid_values(kind):
    schema = read_schema(SCHEMAS, kind)
    for path, spec in properties_of(schema):
        checker = Draft202012Validator({**spec, "$defs": schema.get("$defs", {})})
        for example in spec["examples"]:
            if isinstance(example, str) and example.endswith("..."):
                continue  # a shortened illustration of a long text
            assert not list(checker.iter_errors(example)), f"{kind}: example of {path} is invalid: {example!r}"


def test_the_eight_hallmarks_are_data_with_fixed_ids():
    vocabulary = load_vocabulary(SCHEMAS)
    assert list(vocabulary.hallmarks) == HALLMARKS


def test_synonyms_point_to_one_tag_and_never_shadow_a_tag():
    vocabulary = load_vocabulary(SCHEMAS)
    seen = {}
    for tag in vocabulary.tags.values():
        for synonym in tag.synonyms:
            assert synonym not in vocabulary.tags, f"{synonym} is both a tag and a synonym of {tag.id}"
            assert synonym not in seen, f"{synonym} is a synonym of both {seen[synonym]} and {tag.id}"
            seen[synonym] = tag.id
    assert vocabulary.suggest_tag("k8s") == "kubernetes"
    assert vocabulary.suggest_tag("Machine Learning") == "machine-learning"


def test_languages_are_two_letter_codes():
    vocabulary = load_vocabulary(SCHEMAS)
    assert len(vocabulary.languages) > 180
    assert all(len(code) == 2 and code.islower() for code in vocabulary.languages)
    assert vocabulary.languages["it"] == "Italian"


@pytest.mark.parametrize("kind", KINDS)
def test_no_rule_sits_beside_a_ref(kind):
    """The quick check (fastjsonschema) ignores rules written next to "$ref", so valid-looking data would skip them."""
    documentation = {"$ref", "title", "description", "examples", "x-hint", "default"}
    for path, spec in properties_of(read_schema(SCHEMAS, kind)):
        if "$ref" in spec:
            assert set(spec) <= documentation, f"{kind}: {path} has {sorted(set(spec) - documentation)} beside $ref; inline the definition"
