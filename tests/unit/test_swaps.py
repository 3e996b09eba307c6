"""Two-way matches (hooks/mentoring/derive/swaps.py), driven by the small organisations in cases/swaps/.

Each case lists `people` (cards with only the fields that matter) and, for some of them, the
`swaps` expected: partner, what the person gives and what they get, in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring import Mentor, load
from mentoring.derive.swaps import SwapIndex
from tests.support.paths import PROJECT, TESTS, TODAY

CASES = sorted((TESTS / "cases" / "swaps").glob("*.yml"))


def read_case(path: Path) -> tuple[dict, list[Mentor]]:
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    people = [Mentor(card, f"{path.name}#{card['id']}") for card in case["people"]]
    return case, people


@dataclass(frozen=True)
class Wishes:
    """A mentee's side of a swap, as the match helper sees it: what they want to learn and can teach."""

    learning: tuple[str, ...]
    expertise: tuple[str, ...] = ()
    id: str = ""
    name: str = "You"


def as_rows(swaps) -> list[dict]:
    return [{"with": swap.partner.id, "gives": list(swap.gives), "gets": list(swap.gets)} for swap in swaps]


@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_case(path):
    case, people = read_case(path)
    index = SwapIndex(people)
    by_id = {person.id: person for person in people}
    for person_id, expected in case.get("swaps", {}).items():
        assert as_rows(index.strongest_swaps(by_id[person_id], None)[0]) == expected, person_id
    if "wishes" in case:
        wishes = Wishes(learning=tuple(case["wishes"]["learning"]), expertise=tuple(case["wishes"]["expertise"]))
        assert as_rows(index.strongest_swaps(wishes, None)[0]) == case["swaps_for_wishes"]


def test_a_swap_is_seen_from_both_sides_with_the_directions_reversed():
    result = load(PROJECT, TODAY)
    index = SwapIndex(result.catalog.mentors)
    seen = 0
    for mentor in result.catalog.mentors:
        for swap in index.strongest_swaps(mentor, None)[0]:
            back = {s.partner.id: s for s in index.strongest_swaps(swap.partner, None)[0]}[mentor.id]
            assert (set(back.gives), set(back.gets)) == (set(swap.gets), set(swap.gives))
            seen += 1
    assert seen, "the sample organisation should hold at least one knowledge swap"


TAGS = ["python", "sql", "go", "design", "writing", "sales"]
cards = st.lists(
    st.fixed_dictionaries({
        "expertise": st.lists(st.sampled_from(TAGS), min_size=1, max_size=3, unique=True),
        "learning": st.lists(st.sampled_from(TAGS), max_size=3, unique=True),
        "name": st.sampled_from(["Ada", "ada", "Ben", "Cy", "Émile"]),
    }),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(cards)
def test_the_index_finds_exactly_the_pairs_the_definition_names(data):
    people = [Mentor({"id": f"p{n}", **card}, "generated") for n, card in enumerate(data)]
    index = SwapIndex(people)
    for person in people:
        expected = {
            other.id for other in people
            if other.id != person.id
            and set(other.expertise) & set(person.learning or ())
            and set(person.expertise) & set(other.learning or ())
        }
        found = index.strongest_swaps(person, None)[0]
        assert {swap.partner.id for swap in found} == expected
        for swap in found:
            assert set(swap.gives) == set(swap.partner.learning) & set(person.expertise)
            assert set(swap.gets) == set(person.learning) & set(swap.partner.expertise)
        keys = [(-swap.strength, swap.partner.name.lower(), swap.partner.id) for swap in found]
        assert keys == sorted(keys)
        assert index.strongest_swaps(person, 2) == (found[:2], len(found))
