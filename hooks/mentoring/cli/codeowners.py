"""`mentoring codeowners`: write .github/CODEOWNERS from the data, or check that it is current."""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from mentoring.data.loader import load
from mentoring.derive import codeowners
from mentoring.settings import read_site_config


def run(args: argparse.Namespace) -> int:
    """Write .github/CODEOWNERS from the data, or with --check say whether it is current."""
    maintainers = args.maintainers or read_site_config(args.root).hub.maintainers
    if not maintainers:
        print("mentoring codeowners: name the team that maintains the hub with --maintainers organisation/team, "
              "or under extra.mentoring.maintainers in mkdocs.yml", file=sys.stderr)
        return 2
    result = load(args.root)
    if result.problems:
        print(f"mentoring codeowners: the data has {len(result.problems)} problem(s); fix them first "
              "(run 'mentoring validate'), so that no owner is left out.", file=sys.stderr)
        return 1
    expected = codeowners.codeowners_text(result.catalog, maintainers)
    path = Path(args.root) / codeowners.PATH
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    if args.check:
        if current == expected:
            print(f"{codeowners.PATH} is up to date.")
            return 0
        sys.stdout.writelines(difflib.unified_diff(
            current.splitlines(keepends=True), expected.splitlines(keepends=True), codeowners.PATH, "expected"))
        print(f"{codeowners.PATH} is out of date: run 'mentoring codeowners' and commit the result.", file=sys.stderr)
        return 1
    if current != expected:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(expected, encoding="utf-8")
    print(f"Wrote {codeowners.PATH}." if current != expected else f"{codeowners.PATH} is already up to date.")
    return 0
