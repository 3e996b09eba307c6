"""Property-based tests: whatever bytes a card holds, the validator answers with positioned problems,
never a traceback, and never loses the other files.

`make test` runs a few hundred examples; `pytest -m slow` runs the 10,000-example campaign.
"""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentoring.data.loader import Loader
from tests.support.paths import BASE, TODAY

LOADER = Loader()
CARD = (BASE / "content" / "mentors" / "ada-lovelace.yml").read_bytes()
SNIPPETS = [
    b"\t", b": ", b"- ", b"&a ", b"*a", b"!!python/object:os.system ", b"'", b'"', b"\xef\xbb\xbf", b"\xff",
    b"\n  ", b"{", b"[", b"yes", b"NO", b"0755", b"1:30", b"~", b"---\n", b"...", b"\x00", "\u202e\u200b".encode(),
    b"<script>alert(1)</script>", b"{{ 7*7 }}", b"expertize", b"k8s", b"\n" * 3, b"#",
]

edits = st.lists(
    st.tuples(st.integers(0, len(CARD)), st.integers(0, 12), st.one_of(st.sampled_from(SNIPPETS), st.binary(max_size=8))),
    min_size=1, max_size=4,
)


def mutate(card: bytes, changes) -> bytes:
    for at, cut, insert in changes:
        at = min(at, len(card))
        card = card[:at] + insert + card[at + cut:]
    return card


def check(tmp_path, content: bytes) -> None:
    root = tmp_path / "org"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(BASE, root)
    (root / "content" / "mentors" / "ada-lovelace.yml").write_bytes(content)
    result = LOADER.load(root, TODAY)  # must not raise
    lines = content.count(b"\n") + 1
    for problem in result.problems:
        assert problem.path == "content/mentors/ada-lovelace.yml", problem
        assert 1 <= problem.line <= lines + 1 and problem.column >= 1, problem
        assert problem.message and "Traceback" not in problem.message
    # The other files are always checked and kept.
    assert [program.id for program in result.catalog.programs] == ["buddies"]
    assert [guide.slug for guide in result.catalog.guides] == ["first-meeting"]
    if result.ok:
        assert [mentor.id for mentor in result.catalog.mentors] == ["ada-lovelace"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(changes=edits)
def test_mutated_cards_give_positioned_problems_never_a_traceback(tmp_path, changes):
    check(tmp_path, mutate(CARD, changes))


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(changes=edits)
def test_ten_thousand_mutations_never_give_a_traceback(tmp_path, changes):
    check(tmp_path, mutate(CARD, changes))
