"""Build real sites with MkDocs or ProperDocs, copy the project to change it, and serve sites on loopback."""

from __future__ import annotations

import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

from mentoring.site.build.search_index import BUNDLE
from tests.support.paths import PROJECT, TODAY
from tools.static_server import SiteServer

__all__ = ["ENGINES", "SiteServer", "add_hostile_corpus", "build_site", "copy_project", "run_build", "search_pages", "site_file_text"]

ENGINES = ("mkdocs", "properdocs")  # MkDocs 1.6, and ProperDocs, its continuation


def run_build(
    config: Path, site_dir: Path, engine: str = "mkdocs", imports_log: Path | None = None, memory_bytes: int | None = None,
) -> subprocess.CompletedProcess:
    """Run a real `ENGINE build --strict` of config into site_dir; return the finished run, passed or failed.

    With imports_log, the build runs under tests.support.import_witness, which writes there the
    files that imported `mkdocs` while it ran. With memory_bytes, the build may use no more memory.
    """
    assert engine in ENGINES, f"{engine!r} is not one of {ENGINES}"
    witness = ["-m", "tests.support.import_witness", str(imports_log)] if imports_log else ["-m"]
    env = {**os.environ, "MENTORING_TODAY": TODAY.isoformat(), "NO_MKDOCS_2_WARNING": "1"}
    if imports_log:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, *witness, engine, "build", "--strict", "--config-file", str(config), "--site-dir", str(site_dir)],
        capture_output=True, text=True, env=env, cwd=config.parent, timeout=600,
        preexec_fn=(lambda: resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))) if memory_bytes else None,
    )


def build_site(config: Path, site_dir: Path, engine: str = "mkdocs", imports_log: Path | None = None) -> Path:
    """Build config into site_dir as run_build does, and fail with the engine's output unless it passed."""
    result = run_build(config, site_dir, engine, imports_log)
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


def search_pages(site_dir: Path) -> dict[str, dict]:
    """Return what the site search (Pagefind) indexed, by page address from the site's root
    ('mentors/ada/'): each a dict with url, content (the indexed text), meta (title) and anchors."""
    pages = {}
    for fragment in sorted((Path(site_dir) / BUNDLE / "fragment").glob("*.pf_fragment")):
        page = json.loads(site_file_text(fragment))
        pages[page["url"].lstrip("/")] = page
    return pages


def site_file_text(path: Path) -> str:
    """Return a built file's text, Pagefind's gzip-compressed index files uncompressed."""
    content = Path(path).read_bytes()
    if content[:2] == b"\x1f\x8b":
        content = gzip.decompress(content).removeprefix(b"pagefind_dcd")
    return content.decode("utf-8", errors="replace")
