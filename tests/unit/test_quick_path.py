"""The quick path (C YAML loader + compiled schema) must agree with the careful one on every file.

If they ever disagreed, an invalid card could slip through unreported, so this is
checked on every validator case and on many random mutations of a valid card.
"""

from __future__ import annotations

import copy

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentoring.data.loader import WHAT, Loader
from mentoring.data.structure_limits import check_structure
from mentoring.data.yaml_reader import YamlError, decode, parse, quick_load
from tests.support.paths import BASE, validator_cases

LOADER = Loader()
CARD = yaml.safe_load((BASE / "content" / "mentors" / "ada-lovelace.yml").read_text())
CARD["last_reviewed"] = "2026-05-01"


def careful_verdict(kind: str, text: str) -> bool:
    try:
        data = parse(text).data
    except YamlError:
        return False
    return isinstance(data, dict) and not list(LOADER.schemas.validators[kind].iter_errors(data))


def quick_verdict(kind: str, text: str) -> bool | None:
    data = quick_load(text)
    if data is None:
        return None  # the quick path stepped aside: the careful one decides
    return isinstance(data, dict) and LOADER.schemas.is_valid(kind, data)


@pytest.mark.parametrize("case", validator_cases(), ids=lambda case: case.name)
def test_quick_and_careful_agree_on_every_case(case):
    for path in case.rglob("*.yml"):
        kind = "program" if path.parent.name == "programs" else "mentor"
        try:
            text = decode(path.read_bytes())
        except YamlError:
            continue
        if check_structure(text, LOADER.depth_needed[kind], WHAT[kind]):
            continue  # refused before either parser sees it
        quick = quick_verdict(kind, text)
        assert quick in (None, careful_verdict(kind, text)), path


VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 60), st.text(max_size=30),
    st.sampled_from(["python", "k8s", "en", "NO", "Europe/Rome", "rome", "2026-02-30", "2026-01-01", "one-on-one", "a@b.co"]),
    st.lists(st.sampled_from(["python", "go", "python", "en", "it", "xx", "group", ""]), max_size=12),
    st.dictionaries(st.sampled_from(["email", "chat", "phone"]), st.text(max_size=12), max_size=3),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(field=st.sampled_from(sorted(LOADER.schemas.documents["mentor"]["properties"]) + ["expertize", "phone"]),
       value=VALUES, drop=st.booleans())
def test_quick_and_careful_agree_on_mutated_cards(field, value, drop):
    card = copy.deepcopy(CARD)
    if drop:
        card.pop(field, None)
    else:
        card[field] = value
    text = yaml.safe_dump(card, allow_unicode=True)
    quick = quick_verdict("mentor", text)
    assert quick in (None, careful_verdict("mentor", text))
