"""A big build shares its profiles and programmes with a second process (both cores); the
site must be the very same as one built in a single process, every page complete in the search
index and the sitemap, and every page must pass once, finished, through every other plugin's
on_post_page (tests/support/page_marking_hook.py stands in for such a plugin)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support import page_marking_hook
from tests.support.sites import build_site, run_build, search_pages

NOINDEX = '<meta name="robots" content="noindex, nofollow">'
MENTORS = 150  # enough pages to share (mentoring.site.build.site_build.SECOND_PROCESS_MINIMUM)


@pytest.fixture(scope="module")
def organisation(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("org") / "org"
    command = [str(Path(sys.executable).parent / "mentoring"), "generate", "--mentors", str(MENTORS), "--programs", "6", "--seed", "3", "--out", str(root)]
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return root


def with_marking_hook(config: Path, name: str, **settings) -> Path:
    """Return a copy of config beside it, named name, with the marking hook after ours and extra `extra.mentoring` settings."""
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["hooks"] = [*data["hooks"], page_marking_hook.__file__]
    data["extra"]["mentoring"].update(settings)
    copy = config.with_name(name)
    copy.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return copy


@pytest.fixture(scope="module")
def builds(organisation, tmp_path_factory) -> tuple[Path, Path]:
    """The organisation built on two cores and on one, both with the marking hook."""
    sites = tmp_path_factory.mktemp("sites")
    both = run_build(with_marking_hook(organisation / "mkdocs.yml", "mkdocs-both.yml"), sites / "both")
    assert both.returncode == 0, both.stderr
    assert re.search(r"Sharing \d+ of \d+ pages with a second process", both.stderr), both.stderr
    single_config = with_marking_hook(organisation / "mkdocs.yml", "mkdocs-single.yml", page_processes=1, shared_chrome=False)
    single = run_build(single_config, sites / "single")
    assert single.returncode == 0, single.stderr
    assert "second process" not in single.stderr
    return sites / "both", sites / "single"


def test_a_site_built_on_two_cores_is_byte_identical_to_one_built_on_one(builds):
    both, single = builds
    files = sorted(p.relative_to(both) for p in both.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(single) for p in single.rglob("*") if p.is_file())
    assert len([p for p in files if p.parts[0] == "mentors" and p.name == "index.html"]) > MENTORS
    assert [str(p) for p in files if (both / p).read_bytes() != (single / p).read_bytes()] == []
    # An internal hub's pages ask search engines to stay away, those of the second process too.
    assert [str(p) for p in files if p.suffix == ".html" and NOINDEX not in (both / p).read_text(encoding="utf-8")] == []

    profiles = {url for url in search_pages(both) if re.fullmatch(r"mentors/[^/]+/", url)}
    assert len(profiles) == MENTORS
    sitemap = (both / "sitemap.xml").read_text(encoding="utf-8")
    assert len(set(re.findall(r"<loc>[^<]*/mentors/([^/<]+)/</loc>", sitemap)) - {"page"}) == MENTORS


def test_every_page_of_a_two_core_build_passes_once_finished_through_another_plugins_on_post_page(builds):
    both, _ = builds
    pages = sorted(set(both.rglob("*.html")) - {both / "404.html"})  # 404.html is a static template, not a page
    marks = {str(page.relative_to(both)): re.findall(r"<!-- marked: ([^ ]+) -->", page.read_text(encoding="utf-8")) for page in pages}
    assert [page for page, found in marks.items() if len(found) != 1] == []
    seen = (both / page_marking_hook.SEEN_LIST).read_text(encoding="utf-8").splitlines()
    assert len(seen) == len(set(seen)) == len(pages)
    assert [line for line in seen if not line.endswith(" finished")] == []
    profiles = [line for line in seen if re.fullmatch(r"mentors/[^/]+\.md finished", line) and "/index.md" not in line]
    assert len(profiles) == MENTORS
