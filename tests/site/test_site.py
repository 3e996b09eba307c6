"""The built site: nothing lost, links to the sources, nothing from other hosts, untrusted text inert."""

from __future__ import annotations

import datetime
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mentoring import load
from tests.support.sites import search_pages
from tests.support.paths import PROJECT, TODAY
from tests.support.sites import build_site, copy_project

pytestmark = pytest.mark.early

REPO = "https://github.com/northwind-labs/mentoring-hub"


@pytest.fixture(scope="module")
def catalog():
    result = load(PROJECT, TODAY)
    assert result.ok, result.problems
    return result.catalog


class Links(HTMLParser):
    """Collect every URL a page loads (scripts, styles, images, frames) and every link."""

    def __init__(self):
        super().__init__()
        self.loads, self.links = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "video", "audio", "embed") and attrs.get("src"):
            self.loads.append(attrs["src"])
        if tag == "link" and attrs.get("href") and attrs.get("rel") != "canonical":
            (self.loads if attrs.get("rel") in ("stylesheet", "preload", "modulepreload", "preconnect", "icon", "manifest") else self.links).append(attrs["href"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def test_every_card_becomes_a_profile_a_directory_card_and_a_json_record(sample_site, catalog):
    ids = [mentor.id for mentor in catalog.mentors]
    assert len(ids) >= 16
    for mentor_id in ids:
        assert (sample_site / "mentors" / mentor_id / "index.html").is_file(), mentor_id
    directory = (sample_site / "mentors" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<li class="hub-card" data-id="([^"]+)"', directory) == ids
    exported = json.loads((sample_site / "api" / "mentors.json").read_text(encoding="utf-8"))
    assert [record["id"] for record in exported["mentors"]] == ids
    programs = json.loads((sample_site / "api" / "programs.json").read_text(encoding="utf-8"))
    assert sorted(record["id"] for record in programs["programs"]) == sorted(p.id for p in catalog.programs)


def test_the_published_data_is_each_file_as_written_with_no_default_filled_in(sample_site, catalog):
    """api/*.json carries each card and programme as its file reads, plus the derived fields; nothing more."""
    from mentoring.data.yaml_reader import parse

    mentors = json.loads((sample_site / "api" / "mentors.json").read_text(encoding="utf-8"))["mentors"]
    programs = json.loads((sample_site / "api" / "programs.json").read_text(encoding="utf-8"))["programs"]
    derived = {"url", "photo_url", "availability", "free_capacity", "mentors"}
    for records, folder in ((mentors, "content/mentors"), (programs, "programs")):
        for record in records:
            written = parse((PROJECT / folder / f"{record['id']}.yml").read_text(encoding="utf-8")).data
            assert {key: value for key, value in record.items() if key not in derived} == written, record["id"]
    assert any("accepting" not in record for record in mentors), "the sample should have cards that leave accepting out"


def test_profiles_offer_one_update_and_programmes_and_guides_link_to_their_source_files(sample_site, catalog):
    for mentor in catalog.mentors:
        html = (sample_site / "mentors" / mentor.id / "index.html").read_text(encoding="utf-8")
        # The mentor updates the card in the builder (which proposes it through the issue form); others report it.
        assert f'href="../../contribute/card-builder/?update={mentor.id}">Update this card</a>' in html
        assert f"{REPO}/edit/main/content/mentors/" not in html, "one way to update a card, not a raw file too"
        assert "Report an outdated profile" in html
    for program in catalog.programs:
        html = (sample_site / "programs" / program.id / "index.html").read_text(encoding="utf-8")
        assert f'href="{REPO}/edit/main/programs/{program.id}.yml"' in html
    for guide in catalog.guides:
        folder = guide.slug if guide.lang == "en" else f"{guide.lang}/{guide.slug}"
        html = (sample_site / "guides" / folder / "index.html").read_text(encoding="utf-8")
        assert f'href="{REPO}/edit/main/{guide.source}"' in html


def test_a_programme_page_shows_the_mentors_whose_cards_name_it(sample_site, catalog):
    for program in catalog.programs:
        html = (sample_site / "programs" / program.id / "index.html").read_text(encoding="utf-8")
        shown = re.findall(r'<li class="hub-card" data-id="([^"]+)"', html)
        assert shown == [mentor.id for mentor in catalog.mentors_in(program.id)]


def test_stale_profiles_carry_a_notice_and_fresh_ones_do_not(sample_site, catalog):
    stale = {mentor.id for mentor in catalog.mentors if mentor.is_stale(TODAY, 12)}
    assert stale, "the sample should have a stale card"
    for mentor in catalog.mentors:
        html = (sample_site / "mentors" / mentor.id / "index.html").read_text(encoding="utf-8")
        assert ("This profile may be out of date" in html) == (mentor.id in stale), mentor.id


def test_no_page_loads_anything_from_another_host(sample_site):
    pages = list(sample_site.rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        for url in parse(page).loads:
            assert not re.match(r"^(https?:)?//", url), f"{page.relative_to(sample_site)} loads {url}"
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
        assert 'data-md-component="source"' not in html, "the repository widget fetches from api.github.com"


def test_internal_links_resolve(sample_site):
    for page in sample_site.rglob("*.html"):
        if page.name == "404.html":
            continue  # served for any missing path, so its links are absolute on purpose
        for url in parse(page).links:
            if re.match(r"^([a-z]+:|//|#)", url):
                continue
            path = url.split("#")[0].split("?")[0]
            if not path:
                continue
            target = (page.parent / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(sample_site)} links to missing {url}"


def test_the_sidebar_does_not_list_mentors(sample_site, catalog):
    html = (sample_site / "contribute" / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary'):]
    nav = nav[: nav.index("</nav>")]
    assert "Find a mentor" in nav
    assert not any(f"mentors/{mentor.id}/" in nav for mentor in catalog.mentors)


def test_the_search_index_is_written_in_chunks_one_index_per_page_language(sample_site, catalog):
    entry = json.loads((sample_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert set(entry["languages"]) == {"en", "it"}
    pages = search_pages(sample_site)
    assert {f"mentors/{mentor.id}/" for mentor in catalog.mentors} <= set(pages)
    assert {f"guides/{g.slug}/" if g.lang == "en" else f"guides/{g.lang}/{g.slug}/" for g in catalog.guides} <= set(pages)
    # Italian guides are in the Italian index (stemmed as Italian), the rest in the English one.
    italian = {page.name for page in (sample_site / "pagefind" / "fragment").glob("it_*.pf_fragment")}
    assert len(italian) == entry["languages"]["it"]["page_count"] == len([g for g in catalog.guides if g.lang == "it"])
    # The directory's pages and the tools are left out: they would answer every query with every card.
    assert not [url for url in pages if url.startswith(("mentors/page/", "match/", "insights/")) or url == "mentors/"]
    # Only the index and the scripts the site search runs are published: no unused interface script.
    assert sorted(path.name for path in (sample_site / "pagefind").glob("*.js")) == ["pagefind-worker.js", "pagefind.js"]


def test_search_indexes_mentors_by_their_fields_not_page_chrome(sample_site, catalog):
    mentor = catalog.mentors[0]
    entry = search_pages(sample_site)[f"mentors/{mentor.id}/"]
    assert entry["meta"]["title"].startswith(mentor.name)
    text = entry["content"]
    label = catalog.vocabulary.tags[mentor.expertise[0]].label
    assert label in text and mentor.department in text and mentor.title in text
    # People type a language to find who speaks it.
    assert all(catalog.vocabulary.languages[code] in text for code in mentor.languages)
    # Neither the header, the tabs and the footer nor how to reach the mentor and the page's actions.
    for chrome in ("Find a mentor", "Match helper", "Skip to content", "Update this card", "Northwind Labs ·", *mentor.contact.values()):
        assert chrome not in text, chrome


def test_exports_validate_against_their_published_schemas(sample_site):
    from jsonschema import Draft202012Validator

    for name in ("mentors", "programs"):
        schema = json.loads((sample_site / "api" / f"{name}.schema.json").read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        data = json.loads((sample_site / "api" / f"{name}.json").read_text(encoding="utf-8"))
        errors = list(Draft202012Validator(schema).iter_errors(data))
        assert not errors, errors[0].message


def test_untrusted_text_comes_out_escaped(tmp_path):
    root = copy_project(tmp_path / "project")
    card = root / "content" / "mentors" / "zz-hostile.yml"
    card.write_text(
        (PROJECT / "tests" / "cases" / "validate" / "_base" / "content" / "mentors" / "ada-lovelace.yml")
        .read_text(encoding="utf-8")
        .replace("id: ada-lovelace", "id: zz-hostile")
        .replace("name: Ada Lovelace", "name: \"<img src=x onerror=alert(1)>Eve\"")
        .replace("title: Staff Engineer", "title: \"</p><script>alert('title')</script>\"")
        .replace("programs: [buddies]", "programs: []")
        .replace(
            "bio: I enjoy helping people find their way around a large codebase.",
            "bio: \"Hello <script>alert('bio')</script> [click](javascript:alert(1)) <b onmouseover=alert(2)>bold</b> ![x](data:image/svg+xml,abc)\"",
        ),
        encoding="utf-8",
    )
    site = build_site(root / "mkdocs.yml", tmp_path / "site")
    for page in (site / "mentors" / "zz-hostile" / "index.html", site / "mentors" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert "&lt;img src=x onerror=alert(1)&gt;Eve" in html
        assert "<img src=x" not in html and "<script>alert" not in html
        assert "javascript:" not in html and "onmouseover" not in html and "data:image/svg" not in html
    # The search index holds the name as text, as written; the search box draws it as text (test_site_search).
    indexed = search_pages(site)["mentors/zz-hostile/"]
    assert indexed["meta"]["title"] == "<img src=x onerror=alert(1)>Eve" and "<script" not in indexed["content"].replace("</p><script>alert('title')</script>", "")
    exported = (site / "api" / "mentors.json").read_text(encoding="utf-8")
    assert "<" not in exported and "\\u003cimg src=x onerror=alert(1)\\u003eEve" in exported


def test_deleting_a_card_removes_its_page_and_everything_that_names_it(tmp_path, catalog):
    root = copy_project(tmp_path / "project")
    gone = catalog.mentors[-1].id
    (root / "content" / "mentors" / f"{gone}.yml").unlink()
    site = build_site(root / "mkdocs.yml", tmp_path / "site")
    assert not (site / "mentors" / gone).exists()
    assert f'data-id="{gone}"' not in (site / "mentors" / "index.html").read_text(encoding="utf-8")
    assert gone not in [m["id"] for m in json.loads((site / "api" / "mentors.json").read_text())["mentors"]]
    assert not any(url.startswith(f"mentors/{gone}/") for url in search_pages(site))


def test_two_builds_of_the_same_input_are_byte_identical(sample_site, tmp_path):
    first = sample_site  # built in another folder, at another moment
    second = build_site(PROJECT / "mkdocs.yml", tmp_path / "two")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    different = [str(p) for p in files if (first / p).read_bytes() != (second / p).read_bytes()]
    assert different == []


def test_pages_sharing_the_theme_chrome_are_the_same_as_pages_rendering_it_each_time(sample_site, tmp_path):
    """Profiles and programmes reuse one rendering of the header, tabs, sidebars and footer (for
    speed on big sites); switched off, every page renders its own, and not a byte may differ."""
    shared = sample_site  # the project's setting: shared_chrome: true
    root = copy_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("shared_chrome: true", "shared_chrome: false"), encoding="utf-8")
    each = build_site(config, tmp_path / "each")
    pages = sorted(p.relative_to(shared) for p in shared.rglob("*.html"))
    assert len([p for p in pages if p.parts[0] == "mentors"]) > 10
    assert pages == sorted(p.relative_to(each) for p in each.rglob("*.html"))
    assert [str(p) for p in pages if (shared / p).read_bytes() != (each / p).read_bytes()] == []


def test_a_guide_opening_with_a_field_like_line_keeps_it(tmp_path):
    """MkDocs reads leading 'Key: value' lines as page fields; a guide's own first line must not vanish."""
    root = copy_project(tmp_path / "project")
    guide = root / "guides" / "benefits.md"
    text = guide.read_text(encoding="utf-8")
    body_starts = text.index("\n---\n") + len("\n---\n")
    guide.write_text(text[:body_starts] + "Note: read this first.\nTemplate: it is not a setting.\n\n" + text[body_starts:], encoding="utf-8")
    site = build_site(root / "mkdocs.yml", tmp_path / "site")
    html = (site / "guides" / "benefits" / "index.html").read_text(encoding="utf-8")
    assert "Note: read this first." in html and "Template: it is not a setting." in html


def test_a_mistaken_hub_setting_stops_the_build_naming_it(tmp_path):
    root = copy_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("stale_after_months: 12", "stale_after_month: 12"), encoding="utf-8")
    with pytest.raises(AssertionError) as failed:
        build_site(config, tmp_path / "site")
    assert "mkdocs.yml:" in str(failed.value)
    assert "extra.mentoring.stale_after_month: 'stale_after_month' is not a Mentoring Hub setting; did you mean 'stale_after_months'?" in str(failed.value)
    assert "Traceback" not in str(failed.value)


def test_the_programme_pages_never_announce_a_passed_date_as_coming(sample_site, catalog):
    for page in [sample_site / "programs" / "index.html", *(sample_site / "programs" / p.id / "index.html" for p in catalog.programs)]:
        for sentence in re.findall(r'<p class="hub-enrolment">(.*?)</p>', page.read_text(encoding="utf-8"), re.DOTALL):
            days = [datetime.datetime.strptime(day, "%d %B %Y").date() for day in re.findall(r"\d{1,2} [A-Z][a-z]+ \d{4}", sentence)]
            assert all(day >= TODAY for day in days), (page, sentence)
    closed = next(p for p in catalog.programs if p.enrolment_status == "closed" and p.data["enrolment"].get("starts", "9") < TODAY.isoformat())
    text = (sample_site / "programs" / closed.id / "index.html").read_text(encoding="utf-8")
    assert "Dates to be announced." in text and "Next cohort starts" not in text
