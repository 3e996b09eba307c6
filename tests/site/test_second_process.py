"""A big build shares its profiles and programmes with a second process (both cores); the
site must be the very same as one built in a single process, every page complete in the search
index and the sitemap."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.sites import search_documents
from tests.support.sites import build_site, run_build

NOINDEX = '<meta name="robots" content="noindex, nofollow">'
MENTORS = 150  # enough pages to share (mentoring.site.build.site_build.SECOND_PROCESS_MINIMUM)


@pytest.fixture(scope="module")
def organisation(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("org") / "org"
    command = [str(Path(sys.executable).parent / "mentoring"), "generate", "--mentors", str(MENTORS), "--programs", "6", "--seed", "3", "--out", str(root)]
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return root


def with_settings(config: Path, **settings) -> Path:
    """Return a copy of config beside it with extra `extra.mentoring` settings."""
    text = config.read_text(encoding="utf-8")
    lines = "".join(f"\n    {name}: {str(value).lower()}" for name, value in settings.items())
    copy = config.with_name("mkdocs-single.yml")
    copy.write_text(re.sub(r"(\n  mentoring:\n    root: [^\n]+)", lambda m: m.group(1) + lines, text), encoding="utf-8")
    assert all(f"{name}:" in copy.read_text(encoding="utf-8") for name in settings)
    return copy


def test_a_site_built_on_two_cores_is_byte_identical_to_one_built_on_one(organisation, tmp_path):
    both = tmp_path / "both"
    built = run_build(organisation / "mkdocs.yml", both)
    assert built.returncode == 0, built.stderr
    assert re.search(r"Sharing \d+ of \d+ pages with a second process", built.stderr), built.stderr
    single = build_site(with_settings(organisation / "mkdocs.yml", page_processes=1, shared_chrome=False), tmp_path / "single")
    files = sorted(p.relative_to(both) for p in both.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(single) for p in single.rglob("*") if p.is_file())
    assert len([p for p in files if p.parts[0] == "mentors" and p.name == "index.html"]) > MENTORS
    assert [str(p) for p in files if (both / p).read_bytes() != (single / p).read_bytes()] == []
    # An internal hub's pages ask search engines to stay away, those of the second process too.
    assert [str(p) for p in files if p.suffix == ".html" and NOINDEX not in (both / p).read_text(encoding="utf-8")] == []

    profiles = {doc["location"] for doc in search_documents(both) if re.fullmatch(r"mentors/[^/]+/", doc["location"])}
    assert len(profiles) == MENTORS
    sitemap = (both / "sitemap.xml").read_text(encoding="utf-8")
    assert len(set(re.findall(r"<loc>[^<]*/mentors/([^/<]+)/</loc>", sitemap)) - {"page"}) == MENTORS
