"""The knowledge base: every guide is complete, actionable, linked, and the hallmarks stay in sync."""

from __future__ import annotations

import re

import pytest

from mentoring import load
from tests.support.paths import PROJECT, TODAY

REQUIRED = {
    "eight-hallmarks", "mentor-guidelines", "mentee-advice", "smart-goals", "mentoring-types",
    "starting-a-programme", "measuring-success", "first-meeting", "ending-well", "benefits", "community",
}
CORE = {"eight-hallmarks", "mentor-guidelines", "mentee-advice", "first-meeting", "ending-well"}
ACTIONABLE = re.compile(r"^- \[ \] |^```|^\|.+\|$", re.MULTILINE)

RESULT = load(PROJECT, TODAY)
GUIDES = RESULT.catalog.guides


def test_every_required_guide_exists_and_validates():
    assert RESULT.ok, RESULT.problems
    assert {g.slug for g in GUIDES if g.lang == "en"} >= REQUIRED


def test_the_core_guides_have_italian_versions_linked_both_ways(sample_site):
    italian = {g.slug for g in GUIDES if g.lang == "it"}
    assert italian >= CORE
    for slug in CORE:
        english = (sample_site / "guides" / slug / "index.html").read_text(encoding="utf-8")
        assert f'href="../it/{slug}/" hreflang="it"' in english, f"{slug} does not link to its Italian version"
        translated = (sample_site / "guides" / "it" / slug / "index.html").read_text(encoding="utf-8")
        assert f'href="../../{slug}/" hreflang="en"' in translated, f"it/{slug} does not link to the English original"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: f"{g.lang}/{g.slug}")
def test_each_guide_opens_with_a_summary_and_holds_something_to_act_on(guide):
    first_block = guide.body.strip().split("\n\n")[0]
    assert not first_block.startswith(("#", "-", "|", "```", "<!--")), "open with a summary paragraph"
    assert len(first_block) > 150, "the opening summary is a full paragraph"
    assert ACTIONABLE.search(guide.body), "a checklist, template, worked example or table"
    assert not re.search(r"^# ", guide.body, re.MULTILINE), "the title comes from front matter, not a '#' heading"


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_hallmarks_guide_covers_every_hallmark_with_its_id(lang):
    guide = next(g for g in GUIDES if g.slug == "eight-hallmarks" and g.lang == lang)
    anchors = re.findall(r"^## .+\{#([a-z-]+)\}$", guide.body, re.MULTILINE)
    assert anchors == list(RESULT.catalog.vocabulary.hallmarks)
    assert "<!-- mentoring:hallmark-coverage -->" in guide.body


def test_the_coverage_table_is_generated_from_the_programmes(sample_site):
    html = (sample_site / "guides" / "eight-hallmarks" / "index.html").read_text(encoding="utf-8")
    table = html[html.index("hub-coverage"):]
    table = table[: table.index("</table>")]
    for hallmark in RESULT.catalog.vocabulary.hallmarks.values():
        row = table[table.index(f'href="#{hallmark.id}"'):]
        row = row[: row.index("</tr>")]
        shown = re.findall(r'href="\.\./\.\./programs/([a-z0-9-]+)/"', row)
        assert shown == [p.id for p in RESULT.catalog.programs_serving(hallmark.id)], hallmark.id


def test_the_types_guide_lists_the_programmes_of_each_type(sample_site):
    html = (sample_site / "guides" / "mentoring-types" / "index.html").read_text(encoding="utf-8")
    assert "<!-- mentoring:" not in html
    for program in RESULT.catalog.programs:
        assert f'href="../../programs/{program.id}/"' in html, program.id


def test_italian_pages_declare_their_language(sample_site):
    html = (sample_site / "guides" / "it" / "mentor-guidelines" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="it"' in html  # the whole page, chrome included (test_guides_third_edition.py)
    assert 'hreflang="en"' in html
