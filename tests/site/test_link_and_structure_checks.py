"""The build agrees with `mentoring validate`: the same heading ids, a failure on missing anchors, and a
positioned message (not a crash) for a card nested 100,000 levels deep."""

from __future__ import annotations

import pytest

from mentoring import load
from mentoring.data.config_file import read_markdown_extensions
from mentoring.data.guide_links import element_ids, markdown_converter
from tests.support.paths import PROJECT, TODAY
from tests.support.sites import copy_project, run_build

GUIDES = load(PROJECT, TODAY).catalog.guides


def failed_build(root):
    """Run a strict build of the project copy at root that must fail; return what MkDocs printed."""
    result = run_build(root / "mkdocs.yml", root / "site", memory_bytes=2_000_000_000)
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])  # not a signal such as -11
    return result.stdout + result.stderr


@pytest.mark.parametrize("guide", GUIDES, ids=lambda guide: f"{guide.lang}/{guide.slug}")
def test_every_heading_id_the_validator_knows_is_on_the_built_page(sample_site, guide):
    ids = element_ids(markdown_converter(read_markdown_extensions(PROJECT)), guide.body)
    folder = sample_site / "guides" / ("" if guide.lang == "en" else guide.lang) / guide.slug
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert ids, "every guide has headings"
    assert not [anchor for anchor in ids if f'id="{anchor}"' not in html]


def test_the_strict_build_fails_on_a_link_to_a_missing_heading(tmp_path):
    # content/ pages are MkDocs' own: this shows MkDocs' anchor validation is on, not the data check.
    root = copy_project(tmp_path / "project")
    home = root / "content" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\n[Agenda](guides/first-meeting.md#no-such-heading)\n", encoding="utf-8")
    output = failed_build(root)
    assert "does not contain an anchor '#no-such-heading'" in output


def test_the_build_names_the_line_of_a_broken_guide_link(tmp_path):
    root = copy_project(tmp_path / "project")
    guide = root / "guides" / "benefits.md"
    guide.write_text(guide.read_text(encoding="utf-8").replace("(first-meeting.md#setting-expectations)", "(first-meeting.md#no-such-heading)"), encoding="utf-8")
    output = failed_build(root)
    assert "guides/benefits.md:49:" in output
    assert "points to a section '#no-such-heading' that 'guides/first-meeting.md' does not have" in output


def test_a_card_nested_100000_levels_deep_fails_the_build_with_its_line(tmp_path):
    root = copy_project(tmp_path / "project")
    card = root / "content" / "mentors" / "zz-deep.yml"
    card.write_text("id: zz-deep\nexpertise: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    output = failed_build(root)
    assert "content/mentors/zz-deep.yml:2:17: the value is nested 100001 levels deep; a card needs at most 2" in output
