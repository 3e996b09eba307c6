"""Who can see the site (extra.mentoring.visibility): an internal hub is not for search engines, a
public one is on purpose, mentors are told who sees their card, and a deleted card leaves no trace."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from icalendar import Calendar

from mentoring.data.visibility import visibility_words
from mentoring.site.display_text import long_date
from tests.support.sites import build_site, copy_project, run_build, site_file_text

NOINDEX = '<meta name="robots" content="noindex, nofollow">'
SITE_URL = "https://northwind-labs.github.io/mentoring-hub/"
ATOM = "{http://www.w3.org/2005/Atom}"
DATE = r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}"


def with_visibility(root: Path, value: str) -> Path:
    """Set visibility in a project copy's mkdocs.yml; return the config."""
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n    visibility: internal\n" in text
    config.write_text(text.replace("\n    visibility: internal\n", f"\n    visibility: {value}\n"), encoding="utf-8")
    return config


def html_pages(site: Path) -> list[Path]:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 40
    return pages


def page_text(path: Path) -> str:
    """Return a page's text as a reader sees it: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))).split())


def page_says(path: Path) -> str:
    """Return everything a page says: its text, and its head's (the description is the guide's summary)."""
    source = path.read_text(encoding="utf-8")
    return page_text(path) + "\n" + " ".join(html.unescape(source).split())


@pytest.fixture(scope="module")
def public_site(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("public"))
    return build_site(with_visibility(root, "public"), root / "site")


def test_every_page_of_an_internal_hub_asks_search_engines_to_stay_away(sample_site):
    missing = [str(page.relative_to(sample_site)) for page in html_pages(sample_site)
               if page.read_text(encoding="utf-8").count(NOINDEX) != 1]
    assert missing == []
    assert (sample_site / "robots.txt").read_text(encoding="utf-8").splitlines()[-2:] == ["User-agent: *", "Disallow: /"]


def test_a_public_hub_invites_search_engines_and_lists_its_sitemap(public_site):
    assert [str(page) for page in html_pages(public_site) if 'name="robots"' in page.read_text(encoding="utf-8")] == []
    robots = (public_site / "robots.txt").read_text(encoding="utf-8")
    assert "Disallow" not in robots
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots.splitlines()
    assert (public_site / "sitemap.xml").is_file()


def test_an_internal_hub_still_writes_its_sitemap_but_does_not_advertise_it(sample_site):
    assert (sample_site / "sitemap.xml").is_file()
    assert "Sitemap" not in (sample_site / "robots.txt").read_text(encoding="utf-8")


def test_an_unknown_visibility_stops_the_build_at_its_line(tmp_path):
    config = with_visibility(copy_project(tmp_path), "internl")
    line = config.read_text(encoding="utf-8").splitlines().index("    visibility: internl") + 1
    result = run_build(config, tmp_path / "site")
    assert result.returncode != 0
    assert (f"mkdocs.yml:{line}:5: extra.mentoring.visibility: 'visibility' must be one of: internal, public, "
            "not 'internl'; did you mean 'internal'?") in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


@pytest.mark.parametrize("visibility", ["internal", "public"])
def test_mentors_are_told_who_sees_their_card_before_they_write_it(sample_site, public_site, visibility):
    site = sample_site if visibility == "internal" else public_site
    words = visibility_words(visibility)
    for page in ("contribute/index.html", "contribute/card-builder/index.html"):
        text = page_text(site / page)
        assert "Who sees your card" in text, page
        assert all(paragraph in text for paragraph in words.paragraphs), page
    other = visibility_words("public" if visibility == "internal" else "internal")
    assert other.audience not in page_text(site / "contribute/index.html")


def test_the_feed_and_calendars_say_nothing_the_pages_do_not(sample_site):
    """They cannot carry a noindex tag, so they must not be the one place something is said."""
    feed = ElementTree.parse(sample_site / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        page = sample_site / entry.find(f"{ATOM}link").get("href").removeprefix(SITE_URL) / "index.html"
        text = page_says(page)
        author = entry.find(f"{ATOM}author/{ATOM}name")
        said = [entry.find(f"{ATOM}summary").text.split(" Sign-ups open ")[0]]
        said += [author.text] if author is not None else []
        title = entry.find(f"{ATOM}title").text
        said.append(title.split(": ", 1)[1])  # the programme's name or the guide's title
        said += re.findall(DATE, title + " " + entry.find(f"{ATOM}summary").text)
        assert [words for words in said if " ".join(words.split()) not in text] == [], page
    calendars = sorted(sample_site.glob("programs/**/calendar.ics"))
    assert len(calendars) > 2
    for path in calendars:
        for event in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
            summary, description = str(event["SUMMARY"]), str(event["DESCRIPTION"])
            address = description.rsplit("\n", 1)[-1]
            text = page_says(sample_site / address.removeprefix(SITE_URL) / "index.html")
            assert summary.split(": ", 1)[1] in text and " ".join(description.rsplit("\n", 1)[0].split()) in text
            assert f"{summary.split(': ', 1)[0]} {long_date(event.decoded('DTSTART').isoformat())}" in text, (path, summary)


def test_a_deleted_card_leaves_no_trace_in_the_built_site(tmp_path):
    root = copy_project(tmp_path / "project")
    card = root / "content" / "mentors" / "aisha-rahman.yml"
    email = re.search(r"email: (\S+)", card.read_text(encoding="utf-8")).group(1)
    traces = ("aisha-rahman", email, "Aisha Rahman")

    def files_with_traces(site: Path) -> dict[str, list[str]]:
        found = {}
        for path in sorted(site.rglob("*")):
            if path.is_file():
                name, content = path.relative_to(site).as_posix(), site_file_text(path).encode()
                hits = [trace for trace in traces if trace.encode() in content or trace in name]
                if hits:
                    found[name] = hits
        return found

    before = files_with_traces(build_site(root / "mkdocs.yml", tmp_path / "before"))
    # The card is everywhere a card goes: what the test looks for is really there to find.
    for where in ("mentors/aisha-rahman/index.html", "mentors/index.html", "api/mentors.json", "sitemap.xml",
                  "mentors/photos/aisha-rahman.png"):
        assert where in before, where
    assert any(path.startswith("pagefind/fragment/") for path in before)  # the site search's page for her
    assert any(path.startswith("mentors/") and path.endswith("/index.html") and "aisha-rahman" not in path
               for path in before)  # another mentor's profile, offering a knowledge swap with her
    card.unlink()  # her photo stays behind in content/mentors/photos/: no card names it, so it is not published
    assert files_with_traces(build_site(root / "mkdocs.yml", tmp_path / "after")) == {}
