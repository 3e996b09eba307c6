"""The knowledge base, second edition: the new guides, their translations, their links and their sources."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from mentoring import load
from tests.support.paths import PROJECT, TODAY

SEEDS = PROJECT.parent / "shared" / "seeds"
RESULT = load(PROJECT, TODAY)
GUIDES = RESULT.catalog.guides

NEW = {
    "boundaries-and-confidentiality", "difficult-situations", "mentor-training",
    "remote-and-hybrid-mentoring", "fair-matching", "what-is-mentoring",
}
SAFETY_CRITICAL = {"boundaries-and-confidentiality", "difficult-situations"}
FIXED_ID = re.compile(r"^#{2,3} .+\{#([a-z0-9-]+)\}$", re.MULTILINE)
SHARED_RUN = 7  # words in a row that no guide may share with a seed


def guide(slug: str, lang: str = "en"):
    return next(g for g in GUIDES if g.slug == slug and g.lang == lang)


def test_the_new_guides_exist_and_validate():
    assert RESULT.ok, RESULT.problems
    assert {g.slug for g in GUIDES if g.lang == "en"} >= NEW


def test_the_safety_critical_guides_are_translated_with_the_same_section_ids():
    for slug in SAFETY_CRITICAL:
        english, italian = guide(slug), guide(slug, "it")
        assert FIXED_ID.findall(italian.body) == FIXED_ID.findall(english.body), slug


@pytest.mark.parametrize("slug", sorted(NEW))
def test_each_new_guide_names_its_sections_and_links_to_other_guides(slug):
    body = guide(slug).body
    assert len(FIXED_ID.findall(body)) >= 4, "give the sections fixed ids so links to them last"
    assert len(set(re.findall(r"\]\(([a-z-]+)\.md", body)) - {slug}) >= 3, "link to at least three other guides"


def test_italian_guides_mark_links_to_english_only_guides():
    translated = {g.slug for g in GUIDES if g.lang == "it"}
    for g in (g for g in GUIDES if g.lang == "it"):
        for match in re.finditer(r"\]\(\.\./([a-z0-9-]+)\.md[^)]*\)(.{0,40})", g.body):
            slug, after = match.groups()
            assert slug not in translated, f"it/{g.slug} should link to the Italian {slug}"
            assert "in inglese" in after, f"it/{g.slug}: the link to {slug} needs '(in inglese)'"


def test_confidentiality_advice_names_its_exceptions_everywhere():
    assert "Exceptions: ____" not in guide("first-meeting").body
    for lang in ("en", "it"):
        body = guide("mentor-guidelines", lang).body
        assert "boundaries-and-confidentiality.md#exceptions" in body, lang


def test_the_remote_guide_uses_the_directory_bands():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    bands = re.findall(r"`(utc[-+]\d+\.\.[-+]\d+)`", readme)
    assert len(bands) == 5
    body = guide("remote-and-hybrid-mentoring").body
    assert all(f"`{band}`" in body for band in bands)


def test_the_matching_guide_states_the_match_helpers_weights():
    weights = (PROJECT / "schemas" / "match-weights.yml").read_text(encoding="utf-8")
    stated = dict(re.findall(r"^  label: (.+)\n  weight: (\d+)", weights, re.MULTILINE))
    body = guide("fair-matching").body
    for label, weight in stated.items():
        row = next(line for line in body.splitlines() if line.startswith(f"| {label} |"))
        assert row.split("|")[2].strip().startswith(weight), label


def test_links_between_guides_reach_their_anchors(sample_site):
    pages = sorted((sample_site / "guides").rglob("index.html"))
    assert len(pages) >= len(GUIDES)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"#:]*)#([^"]+)"', html):
            path, anchor = href
            target = page if not path else (page.parent / unquote(path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if "guides" not in target.parts:
                continue
            assert target.is_file(), f"{page}: {path}"
            assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), f"{page}: {path}#{anchor}"


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower().replace("’", "'").replace("'", " "))


def runs(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i:i + SHARED_RUN]) for i in range(len(found) - SHARED_RUN + 1)}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source seeds are not beside the project")
def test_no_guide_borrows_a_sentence_from_the_seeds():
    seeds = set().union(*(runs(p.read_text(encoding="utf-8")) for p in SEEDS.iterdir() if p.is_file()))
    for g in GUIDES:
        shared = runs(g.body) & seeds
        assert not shared, f"{g.lang}/{g.slug} shares {' '.join(sorted(shared)[0])!r}"
