"""Nothing crashes the checks: structure is measured before any YAML parser reads a file, and a fault
in the checks themselves is reported per file with exit status 2.

The classes of hostile input each have a validator case with its own message
(tests/cases/validate/deep-*, too-many-values, alias-bomb, *byte-order-mark*, utf-16-file,
control-character); here: the limits come from the schemas, the scanner never counts fewer levels
than YAML reads, and the 100,000-level card that used to kill the process is answered.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.cli.main import main
from mentoring.data import guide_safety
from mentoring.data.loader import WHAT, Loader
from mentoring.data.structure_limits import DEPTH_MARGIN, check_structure, needed_depth
from mentoring.data.yaml_reader import decode
from tests.support.paths import BASE, PROJECT

LOADER = Loader()
CARD = "content/mentors/ada-lovelace.yml"


def yaml_depth(text: str) -> int:
    """Return how deep YAML itself nests text, from the C parser's events (which do not recurse)."""
    depth = deepest = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            deepest = max(deepest, depth)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return deepest


def scanned_depth(text: str) -> int:
    """Return the depth the scanner measures: the smallest limit (need + margin) it does not refuse."""
    limit = 0
    while check_structure(text, limit - DEPTH_MARGIN, "a card"):
        limit += 1
    return limit


def test_the_limits_come_from_what_each_schema_needs():
    # A card: its fields, then a list or contact. A programme: its fields, kpis, one KPI's fields.
    # The help routes: countries, one country, its crisis line, the line's fields.
    assert LOADER.depth_needed == {"mentor": 2, "program": 3, "guide": 2, "support-contacts": 4}
    assert needed_depth({"type": "array", "items": {"$ref": "#/$defs/pair"}, "$defs": {"pair": {"type": "object", "properties": {"a": {"type": "string"}}}}}) == 2


@pytest.mark.parametrize("path", sorted((PROJECT / "content" / "mentors").glob("*.yml")) + sorted((PROJECT / "programs").glob("*.yml")), ids=lambda p: p.name)
def test_real_files_nest_as_deep_as_their_schema_needs_and_no_deeper(path):
    kind = "program" if path.parent.name == "programs" else "mentor"
    text = decode(path.read_bytes())
    assert check_structure(text, LOADER.depth_needed[kind], WHAT[kind]) is None
    assert yaml_depth(text) <= LOADER.depth_needed[kind]


data = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(value=data, flow=st.sampled_from([None, True, False]), indent=st.integers(2, 6), width=st.sampled_from([20, 80]), start=st.booleans())
def test_the_scanner_never_counts_fewer_levels_than_yaml_reads(value, flow, indent, width, start):
    text = yaml.safe_dump({"field": value}, default_flow_style=flow, indent=indent, width=width, allow_unicode=True, explicit_start=start)
    assert yaml_depth(text) <= scanned_depth(text) <= yaml_depth(text) + 1, text


@pytest.mark.parametrize("text, line, column, depth", [
    ("expertise: " + "[" * 1000 + "]" * 1000, 1, 17, 1001),
    ("a:\n" + "".join(" " * level + "- x\n" + " " * level + "-\n" for level in range(10)), 12, 6, 11),
    ("- " * 50 + "x", 1, 13, 50),
    ("a: {b: [c, 'd]]]]]]]]]]', \"e[[[[[[[[\", f # g [[[[[[[[\n ]}\nh: |\n  [[[[[[[[[[[[\n", 0, 0, 0),
])
def test_the_limit_is_reported_where_it_was_crossed(text, line, column, depth):
    crossed = check_structure(text, 2, "a card")
    if not depth:
        assert crossed is None  # brackets in quotes, comments and block scalars are text
        return
    assert (crossed.line, crossed.column) == (line, column)
    assert crossed.message.startswith(f"the value is nested {depth} levels deep; a card needs at most 2")


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2_000_000_000, 2_000_000_000))


def test_a_card_nested_100000_levels_deep_gets_its_line_not_a_crash(tmp_path):
    root = shutil.copytree(BASE, tmp_path / "org")
    (root / CARD).write_text("id: ada-lovelace\nexpertise: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mentoring.cli", "validate", str(root)],
        capture_output=True, text=True, preexec_fn=_limits, timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith(f"{CARD}:2:17: the value is nested 100001 levels deep; a card needs at most 2")
    assert "Traceback" not in result.stderr


def test_a_byte_order_mark_at_the_start_is_read_as_utf8_and_the_first_key_is_id(tmp_path):
    root = shutil.copytree(BASE, tmp_path / "org")
    (root / CARD).write_bytes(b"\xef\xbb\xbf" + (BASE / CARD).read_bytes())
    result = LOADER.load(root)
    assert result.ok, result.problems
    assert [mentor.id for mentor in result.catalog.mentors] == ["ada-lovelace"]


def test_a_fault_in_the_checks_is_reported_for_its_file_and_the_others_are_still_checked(tmp_path, monkeypatch, capsys):
    root = shutil.copytree(BASE, tmp_path / "org")
    (root / CARD).write_text((BASE / CARD).read_text(encoding="utf-8").replace("capacity: 2", "capacity: two"), encoding="utf-8")

    def broken(*args):
        raise RuntimeError("a fault in the guide check")

    monkeypatch.setattr(guide_safety, "body_problems", broken)
    assert main(["validate", str(root)]) == 2
    out = capsys.readouterr().out
    assert "guides/first-meeting.md: internal error while checking this file (RuntimeError: a fault in the guide check);" in out
    assert "please report it" in out
    assert f"{CARD}:10:11: capacity:" in out  # the card is still checked


def test_a_fault_outside_any_file_ends_with_a_report_request_and_status_2(tmp_path, monkeypatch, capsys):
    from mentoring.cli import validate

    def broken(root, *_, **__):
        raise MemoryError("no room")

    monkeypatch.setattr(validate, "load", broken)
    assert main(["validate", str(BASE)]) == 2
    err = capsys.readouterr().err
    assert f"{BASE}: internal error while running 'mentoring validate' (MemoryError: no room)" in err
    assert "please report it" in err
