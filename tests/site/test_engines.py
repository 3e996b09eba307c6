"""Two engines build the site: ProperDocs' output is MkDocs' file for file, bar the generator tag naming it.

The MkDocs build is the shared sample site; ProperDocs builds the same sample once, under a witness
that records which files import `mkdocs` (ProperDocs would quietly answer such an import itself).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest

from tests.support.paths import PROJECT
from tests.support.sites import build_site, search_pages

GENERATOR = re.compile(rb'<meta name="generator" content="([^"]*)">')


@dataclass
class WitnessedBuild:
    site: Path
    mkdocs_importers: list[str]


def witnessed_properdocs_build(config: Path, where: Path) -> WitnessedBuild:
    log = where / "mkdocs-importers.json"
    site = build_site(config, where / "site", engine="properdocs", imports_log=log)
    return WitnessedBuild(site, json.loads(log.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def properdocs_build(tmp_path_factory) -> WitnessedBuild:
    return witnessed_properdocs_build(PROJECT / "mkdocs.yml", tmp_path_factory.mktemp("properdocs"))


def files(site: Path) -> list[Path]:
    return sorted(path.relative_to(site) for path in site.rglob("*") if path.is_file())


def without_generator(content: bytes) -> bytes:
    return GENERATOR.sub(b'<meta name="generator" content="">', content)


def test_properdocs_builds_every_file_mkdocs_builds_and_no_other(sample_site, properdocs_build):
    assert files(properdocs_build.site) == files(sample_site)


def test_every_file_is_byte_identical_but_the_generator_tag(sample_site, properdocs_build):
    different = [str(path) for path in files(sample_site)
                 if without_generator((sample_site / path).read_bytes()) != without_generator((properdocs_build.site / path).read_bytes())]
    assert different == []


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs"])
def test_every_page_names_the_engine_that_built_it(engine, sample_site, properdocs_build):
    site = {"mkdocs": sample_site, "properdocs": properdocs_build.site}[engine]
    tags = {page.relative_to(site).as_posix(): GENERATOR.findall(page.read_bytes()) for page in site.rglob("*.html")}
    expected = f"{engine}-{metadata.version(engine)}, mkdocs-material".encode()
    assert {"index.html", "404.html", "mentors/index.html"} <= tags.keys()
    assert tags == dict.fromkeys(tags, [expected])


def ours(importers: list[str]) -> list[str]:
    """The importers that are project files, not installed packages."""
    return [path for path in importers if Path(path).is_relative_to(PROJECT) and not Path(path).is_relative_to(PROJECT / ".venv")]


def test_under_properdocs_nothing_of_ours_imports_mkdocs(properdocs_build):
    # The witness does see imports (the next test shows it naming one); with no theme plugin in
    # mkdocs.yml since the search moved to Pagefind, nothing at all imports `mkdocs` by that name.
    assert ours(properdocs_build.mkdocs_importers) == []


def test_the_witness_would_name_a_hook_of_ours_that_imported_mkdocs(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "careless_hook.py").write_text("from mkdocs.plugins import event_priority\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Witness\ntheme: material\nhooks: [careless_hook.py]\n", encoding="utf-8")
    build = witnessed_properdocs_build(tmp_path / "mkdocs.yml", tmp_path)
    assert str(tmp_path / "careless_hook.py") in build.mkdocs_importers


def test_properdocs_writes_the_same_search_index(sample_site, properdocs_build):
    indexed = search_pages(properdocs_build.site)
    assert indexed and indexed == search_pages(sample_site)
    assert (properdocs_build.site / "pagefind" / "pagefind.js").is_file()
