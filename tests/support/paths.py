"""Shared helpers for the tests: building case folders and reading expected output."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
PROJECT = TESTS.parent
CASES = TESTS / "cases" / "validate"
BASE = CASES / "_base"
TODAY = datetime.date(2026, 11, 24)


def validator_cases() -> list[Path]:
    """Return every validator case folder (each holds the files it changes and expected.txt)."""
    return sorted(path for path in CASES.iterdir() if path.is_dir() and not path.name.startswith("_"))


def build_case(case: Path, into: Path) -> Path:
    """Copy the small valid base organisation into `into`, overlay the case's files, and return it."""
    shutil.copytree(BASE, into, dirs_exist_ok=True)
    # Symbolic links are copied as links: some cases are links to files outside the repository.
    shutil.copytree(case, into, dirs_exist_ok=True, symlinks=True, ignore=shutil.ignore_patterns("expected.txt"))
    return into
