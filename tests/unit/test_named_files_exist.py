"""A comment or document that names one of our files names a file that exists: a reader who follows
it finds the code it speaks of, not a module renamed two rounds ago."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.support.paths import PROJECT

TRACKED = subprocess.run(["git", "ls-files"], cwd=PROJECT, capture_output=True, text=True, check=True).stdout.split()
FOLDERS = ("hooks", "overrides", "schemas", "tools", "tests", "bench", "content/assets")  # never site paths (programs/index.md)
# A path inside one of our folders, or a Python module by its file name.
NAMED = re.compile(rf"(?<![\w./-])((?:{'|'.join(FOLDERS)})/[\w./-]*\w\.\w+|[\w-]+(?:/[\w-]+)*\.py)\b")
READ = (".py", ".js", ".html", ".css", ".md", ".yml", ".yaml", ".toml", "Makefile")
GENERATED = ("content/assets/javascripts/card-checker.js",)
# Files that exist elsewhere: in another package, or written by a test into its temporary site.
ELSEWHERE = {"properdocs/replacement.py", "careless_hook.py"}


def mentions() -> list[tuple[str, int, str]]:
    found = []
    for name in TRACKED:
        if not name.endswith(READ) or name in GENERATED or name.startswith("tests/cases/"):
            continue
        for number, line in enumerate((PROJECT / name).read_text(encoding="utf-8").splitlines(), 1):
            found += [(name, number, match.group(1)) for match in NAMED.finditer(line)]
    return found


def exists(named: str) -> bool:
    if named in ELSEWHERE or (PROJECT / named).exists():
        return True
    return any(path == named or path.endswith("/" + named) for path in TRACKED)


@pytest.mark.parametrize("where, line, named", mentions(), ids=lambda value: str(value))
def test_a_named_file_exists(where, line, named):
    assert exists(named), f"{where}:{line} names {named}, which is not in the repository"
