"""The calendars and the feed in a real build: byte-identical across builds, linked from the pages, pointing at real pages."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import icalendar
import pytest

from tests.support.paths import PROJECT
from tests.support.sites import build_site

SITE_URL = "https://northwind-labs.github.io/mentoring-hub/"


class HeadAndLinks(HTMLParser):
    """Collect the feed <link>s in a page's head and the hrefs of its <a> elements."""

    def __init__(self):
        super().__init__()
        self.feeds, self.anchors = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "alternate" and attrs.get("type") == "application/atom+xml":
            self.feeds.append(attrs["href"])
        if tag == "a" and attrs.get("href"):
            self.anchors.append(attrs)


def read_page(path: Path) -> HeadAndLinks:
    parser = HeadAndLinks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def site_path(page: Path, site: Path, href: str) -> str:
    """Return where a relative href on a page points, relative to the site root."""
    return posixpath.normpath(posixpath.join(page.parent.relative_to(site).as_posix(), href))


def published_files(site: Path) -> list[Path]:
    return sorted([site / "feed.xml", *site.glob("programs/**/calendar.ics")])


@pytest.fixture(scope="module")
def second_build(tmp_path_factory):
    return build_site(PROJECT / "mkdocs.yml", tmp_path_factory.mktemp("again") / "site")


def test_two_builds_write_the_same_bytes_for_the_feed_and_every_calendar(sample_site, second_build):
    files = published_files(sample_site)
    assert len(files) == 1 + 1 + 6  # the feed, every programme's dates, six dated programmes
    for path in files:
        twin = second_build / path.relative_to(sample_site)
        assert path.read_bytes() == twin.read_bytes(), path


def test_every_page_links_the_feed_in_its_head(sample_site):
    pages = sorted(sample_site.glob("**/index.html"))
    assert len(pages) > 40
    for page in pages:
        feeds = read_page(page).feeds
        assert [site_path(page, sample_site, href) for href in feeds] == ["feed.xml"], page


def test_programme_pages_offer_their_calendar_and_the_home_and_programmes_pages_offer_all_dates_and_the_feed(sample_site):
    for page in sorted(sample_site.glob("programs/*/index.html")):
        downloads = [a for a in read_page(page).anchors if a.get("download")]
        has_dates = (page.parent / "calendar.ics").exists()
        assert [site_path(page, sample_site, a["href"]) for a in downloads] == ([f"programs/{page.parent.name}/calendar.ics"] if has_dates else []), page
    for page in (sample_site / "index.html", sample_site / "programs" / "index.html"):
        offered = {site_path(page, sample_site, a["href"]) for a in read_page(page).anchors}
        assert {"feed.xml", "programs/calendar.ics"} <= offered, page


def test_every_link_in_the_feed_and_the_calendars_leads_to_a_built_page(sample_site):
    feed = feedparser.parse((sample_site / "feed.xml").read_bytes())
    links = [entry.link for entry in feed.entries]
    calendar = icalendar.Calendar.from_ical((sample_site / "programs" / "calendar.ics").read_bytes())
    links += [str(event["url"]) for event in calendar.walk("VEVENT")]
    assert len(links) == len(feed.entries) + 18
    for link in links:
        assert link.startswith(SITE_URL), link
        assert (sample_site / link.removeprefix(SITE_URL) / "index.html").is_file(), link
