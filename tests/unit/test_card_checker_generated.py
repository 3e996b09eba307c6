"""The card builder's checker is the mentor schema compiled by Ajv: regenerated from the pinned tools, it is the committed file."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.support.paths import PROJECT

TOOL = PROJECT / "tools" / "ajv"
CHECKER = PROJECT / "content" / "assets" / "javascripts" / "card-checker.js"


def test_the_committed_checker_is_what_the_schema_and_the_pinned_ajv_generate(tmp_path):
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.fail("Node.js and npm are needed to regenerate the card checker (Debian: apt-get install nodejs npm).")
    work = tmp_path / "ajv"
    shutil.copytree(TOOL, work, ignore=shutil.ignore_patterns("node_modules"))
    # npm ci installs exactly what package-lock.json pins, from the registry.
    subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], cwd=work, check=True, timeout=300)
    generated = tmp_path / "card-checker.js"
    subprocess.run([node, "generate.js", str(generated), str(PROJECT / "schemas" / "mentor.schema.json")], cwd=work, check=True, timeout=120)
    assert generated.read_text(encoding="utf-8") == CHECKER.read_text(encoding="utf-8"), (
        "content/assets/javascripts/card-checker.js is out of date: run `npm ci && node generate.js` in tools/ajv and commit it")
