"""The validator on small organisations: each case folder changes the valid base and says what must be reported.

tests/cases/validate/<case>/ holds the files the case adds or replaces (a mkdocs.yml among them gives the
hub's settings, such as email_domains), and expected.txt the exact report (empty for a valid case).
"""

from __future__ import annotations

import pytest

from mentoring import load
from mentoring.settings import read_site_config
from tests.support.paths import TODAY, build_case, validator_cases


def case_email_domains(root) -> tuple[str, ...]:
    """Return the organisation's email domains a case's mkdocs.yml sets, as `mentoring validate` reads them."""
    return read_site_config(root).hub.email_domains


def test_the_base_organisation_is_valid(tmp_path):
    from tests.support.paths import BASE

    result = load(BASE, TODAY)
    assert result.ok, result.problems
    assert [m.id for m in result.catalog.mentors] == ["ada-lovelace"]


@pytest.mark.parametrize("case", validator_cases(), ids=lambda case: case.name)
def test_case_reports_exactly_the_expected_problems(case, tmp_path):
    root = build_case(case, tmp_path / "org")
    result = load(root, TODAY, case_email_domains(root))
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    assert "".join(f"{problem}\n" for problem in result.problems) == expected


@pytest.mark.parametrize("case", validator_cases(), ids=lambda case: case.name)
def test_a_big_organisation_read_on_both_cores_gets_the_same_report(case, tmp_path, monkeypatch):
    """Cards found valid in the other process are checked across files here and read again only to place a problem."""
    from mentoring.data import loader

    monkeypatch.setattr(loader, "PARALLEL_FROM", 1)
    root = build_case(case, tmp_path / "org")
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    assert "".join(f"{problem}\n" for problem in load(root, TODAY, case_email_domains(root)).problems) == expected


@pytest.mark.parametrize("case", validator_cases(), ids=lambda case: case.name)
def test_other_files_are_still_checked_and_kept(case, tmp_path):
    """A broken file never stops the check of the others, and valid files always reach the catalogue."""
    root = build_case(case, tmp_path / "org")
    result = load(root, TODAY, case_email_domains(root))
    broken = {problem.path for problem in result.problems}
    kept = {m.source for m in result.catalog.mentors} | {p.source for p in result.catalog.programs} | {g.source for g in result.catalog.guides}
    assert result.files_checked >= len(broken)
    assert not kept & broken
    assert kept | broken >= {"programs/buddies.yml", "guides/first-meeting.md"} - broken


@pytest.mark.thorough  # loads every case again (each case's messages are checked above): make test runs it, make check leaves it out
def test_every_problem_points_inside_the_file(tmp_path):
    for case in validator_cases():
        root = build_case(case, tmp_path / case.name)
        for problem in load(root, TODAY, case_email_domains(root)).problems:
            if (root / problem.path).is_symlink() or (root / problem.path).is_dir():
                assert (problem.line, problem.column) == (1, 1), problem  # a link is refused by its name
                continue
            lines = (root / problem.path).read_bytes().splitlines() or [b""]
            assert 1 <= problem.line <= len(lines) + 1, problem
            assert problem.column >= 1, problem
