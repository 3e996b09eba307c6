"""Build real sites with MkDocs, copy the project to change it, and serve sites on loopback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.paths import PROJECT, TODAY
from tools.static_server import SiteServer

__all__ = ["SiteServer", "add_hostile_corpus", "build_site", "copy_project"]

MKDOCS = [sys.executable, "-m", "mkdocs"]


def build_site(config: Path, site_dir: Path) -> Path:
    """Run a real `mkdocs build --strict` of config into site_dir; fail with MkDocs' output."""
    env = {**os.environ, "MENTORING_TODAY": TODAY.isoformat(), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [*MKDOCS, "build", "--strict", "--config-file", str(config), "--site-dir", str(site_dir)],
        capture_output=True, text=True, env=env, cwd=config.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


def copy_project(into: Path) -> Path:
    """Copy the project's data and site sources (not .venv or tests) so a test can change them."""
    for name in ("content", "programs", "guides", "schemas", "overrides", "hooks", "mkdocs.yml"):
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy(source, into / name)
    return into


HOSTILE = PROJECT / "tests" / "cases" / "hostile" / "accepted"


def add_hostile_corpus(root: Path) -> Path:
    """Copy the accepted hostile cards, programmes and guides into a project copy at root."""
    for folder, into in (("mentors", "content/mentors"), ("programs", "programs"), ("guides", "guides")):
        shutil.copytree(HOSTILE / folder, root / into, dirs_exist_ok=True)
    return root
