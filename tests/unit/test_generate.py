"""`mentoring generate`: synthetic organisations that validate, spread widely, and repeat for a seed."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from mentoring import load
from mentoring.cli.main import main
from tests.support.paths import PROJECT, TODAY


def digest(root: Path) -> str:
    files = sorted(p for p in root.rglob("*.yml") if p.name != "mkdocs.yml")
    return hashlib.sha256(b"".join(p.relative_to(root).as_posix().encode() + p.read_bytes() for p in files)).hexdigest()


def test_a_generated_organisation_is_valid_and_spread_out(tmp_path):
    assert main(["generate", "--mentors", "300", "--programs", "9", "--seed", "7", "--out", str(tmp_path)]) == 0
    result = load(tmp_path, TODAY)
    assert result.ok, result.problems[:5]
    mentors, programs = result.catalog.mentors, result.catalog.programs
    generated = [p for p in programs if "-programme-" in p.id]
    assert len(mentors) == 300 and len(generated) == 9
    assert {p.id for p in programs} - {p.id for p in generated} == {p.stem for p in PROJECT.glob("programs/*.yml")}
    assert len({m.department for m in mentors}) >= 8
    assert len({m.timezone for m in mentors}) >= 10
    assert len({tag for m in mentors for tag in m.expertise}) >= 30
    assert {p.type for p in programs} >= {"one-on-one", "group", "reverse", "peer", "flash", "onboarding", "fast-track"}
    availability = Counter(m.availability for m in mentors)
    assert availability["accepting"] > availability["full"] > 0 and availability["paused"] > 0
    assert any(m.is_stale(TODAY, 12) for m in mentors)
    assert all(result.catalog.mentors_in(p.id) for p in generated)
    assert (tmp_path / "mkdocs.yml").is_file()


def test_the_same_seed_gives_the_same_files_and_another_seed_does_not(tmp_path):
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        main(["generate", "--mentors", "50", "--programs", "4", "--seed", str(seed), "--out", str(tmp_path / name)])
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert digest(tmp_path / "a") != digest(tmp_path / "c")
