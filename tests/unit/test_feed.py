"""The Atom feed, read back with `feedparser`: what opens and which guides changed, newest first, text kept as text."""

from __future__ import annotations

import dataclasses
import datetime

import feedparser
import pytest

from mentoring.site.outputs.feed import FEED_LENGTH, feed_text
from mentoring.site.pages.page_spec import SiteSettings
from tests.support.catalogs import hostile_catalog, sample_catalog
from tests.support.hostile_text import PROGRAMME_NAME as HOSTILE_NAME
from tests.support.hostile_text import PROGRAMME_SUMMARY as HOSTILE_SUMMARY
from tests.support.paths import TODAY

BASE = "https://northwind-labs.github.io/mentoring-hub/"
SITE = SiteSettings(site_url=BASE, today=TODAY)
# The sample's programmes that are open or opening soon, newest review first (closed and rolling ones are not news).
ANNOUNCED = [
    ("peer-learning-pods", "2026-11-16", "2026-11-18"),
    ("leadership-circles", "2027-01-18", "2026-11-16"),
    ("new-hire-buddies", "2026-11-02", "2026-11-09"),
    ("engineering-one-on-one", "2026-11-09", "2026-10-26"),
    ("reverse-mentoring", "2026-10-19", "2026-10-12"),
]


@pytest.fixture(scope="module")
def catalog():
    return sample_catalog()


def parse(text: str):
    feed = feedparser.parse(text.encode("utf-8"))
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_the_feed_lists_programmes_opening_and_every_guide_newest_first(catalog):
    feed = parse(feed_text(catalog, SITE))
    assert feed.version == "atom10"
    guides = sorted(f"{BASE}guides/{'' if g.lang == 'en' else g.lang + '/'}{g.slug}/" for g in catalog.guides)
    programmes = [f"{BASE}programs/{program}/#enrolment-{opens}" for program, opens, _ in ANNOUNCED]
    assert [entry.id for entry in feed.entries] == guides + programmes  # guides were all reviewed on 24 November
    updated = [entry.updated_parsed for entry in feed.entries]
    assert updated == sorted(updated, reverse=True)
    assert [entry.updated[:10] for entry in feed.entries[len(guides):]] == [reviewed for _, _, reviewed in ANNOUNCED]
    assert feed.feed.updated == "2026-11-24T00:00:00Z"


def test_a_programme_entry_says_when_sign_ups_open_and_close_and_links_to_its_page(catalog):
    entries = {entry.id: entry for entry in parse(feed_text(catalog, SITE)).entries}
    entry = entries[f"{BASE}programs/leadership-circles/#enrolment-2027-01-18"]
    assert entry.title == "Sign-ups open 18 January 2027: Leadership circles"
    assert entry.link == f"{BASE}programs/leadership-circles/"
    assert entry.summary.startswith(catalog.program("leadership-circles").summary)
    assert entry.summary.endswith("Sign-ups open 18 January 2027 and close 12 February 2027. The cohort starts 1 March 2027.")
    assert entry.author == catalog.program("leadership-circles").owner["team"]
    assert [tag.term for tag in entry.tags] == ["Group programme"]


def test_the_feed_depends_on_the_data_alone_and_its_ids_survive_a_rebuild(catalog):
    later = dataclasses.replace(SITE, today=TODAY + datetime.timedelta(days=40))
    assert feed_text(catalog, SITE) == feed_text(catalog, later)


def test_a_new_sign_up_window_is_a_new_entry(catalog):
    program = catalog.program("new-hire-buddies")
    next_year = dataclasses.replace(program, data={**program.data, "enrolment": {**program.enrolment, "opens": "2027-11-01"}})
    ids = [entry.id for entry in parse(feed_text(dataclasses.replace(catalog, programs=[next_year], guides=[]), SITE)).entries]
    assert ids == [f"{BASE}programs/new-hire-buddies/#enrolment-2027-11-01"]


def test_without_a_site_address_ids_are_stable_uuids_and_links_relative(catalog):
    text = feed_text(catalog, SiteSettings(today=TODAY))
    feed = parse(text)
    assert all(entry.id.startswith("urn:uuid:") for entry in feed.entries)
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)
    assert text == feed_text(catalog, SiteSettings(today=TODAY))
    assert 'href="programs/peer-learning-pods/"' in text


def test_a_big_organisation_gets_the_newest_entries_only(catalog):
    program = catalog.program("new-hire-buddies")
    many = [dataclasses.replace(program, data={**program.data, "id": f"p{n}", "last_reviewed": f"2026-{1 + n % 12:02}-01"}) for n in range(80)]
    feed = parse(feed_text(dataclasses.replace(catalog, programs=many, guides=[]), SITE))
    assert len(feed.entries) == FEED_LENGTH
    assert feed.entries[0].updated.startswith("2026-12-01") and feed.entries[-1].updated.startswith("2026-")


def test_hostile_programme_text_arrives_escaped_as_plain_text(tmp_path):
    text = feed_text(hostile_catalog(tmp_path), SITE)
    assert "<script" not in text and "<img" not in text and "<svg" not in text
    entry = next(e for e in parse(text).entries if "zz-script-programme" in e.id)
    assert entry.title_detail.type == "text/plain" and entry.title == f"Sign-ups open 1 November 2026: {HOSTILE_NAME}"
    assert entry.summary_detail.type == "text/plain" and entry.summary.startswith(HOSTILE_SUMMARY)
    assert entry.author == "<script>alert('team')</script>People"
    guide = next(e for e in parse(text).entries if "zz-hostile-guide" in e.id)
    assert guide.title == "Guide: <img src=x onerror=alert('title')>{{ 7*7 }} Hostile guide"


def test_characters_xml_cannot_carry_are_shown_as_replacement_marks(catalog):
    program = catalog.program("new-hire-buddies")
    odd = dataclasses.replace(program, data={**program.data, "summary": "Bell \x07 and form feed \x0c stay visible."})
    entry = parse(feed_text(dataclasses.replace(catalog, programs=[odd], guides=[]), SITE)).entries[0]
    assert entry.summary.startswith("Bell \ufffd and form feed \ufffd stay visible.")
