"""Staying in the loop, in Chromium: "Add to calendar", the feed link, and the request that writes itself.

The .ics file is downloaded through the programme page's link and imported twice: by Python's
`icalendar` and, in the browser, by ical.js (Mozilla's parser, as in Thunderbird; installed by
`make browser` from tests/browser/package-lock.json). The drafted request's mailto: link is decoded
into address, subject and body; the chat-only path copies the message; full and paused mentors
show a note and no button; and topics picked on /match/ arrive in the draft through the link's
#fragment, never in a request.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import feedparser
import icalendar
import pytest

from mentoring import load
from tests.support.accessibility import serious_violations
from tests.support.hostile_text import PROGRAMME_NAME
from tests.support.mailto import decode_mailto
from tests.support.paths import TODAY
from tests.support.sites import SiteServer, add_hostile_corpus, build_site, copy_project

pytestmark = [pytest.mark.browser, pytest.mark.early]
ICAL_JS = Path(__file__).parent / "node_modules" / "ical.js" / "dist" / "ical.es5.min.cjs"
NEW_HIRE_DATES = [  # programs/new-hire-buddies.yml
    ("Sign-ups open: New-hire buddies", "2026-11-02", "2026-11-03"),
    ("Sign-ups close: New-hire buddies", "2026-12-11", "2026-12-12"),
    ("Cohort starts: New-hire buddies", "2027-01-11", "2027-01-12"),
]
IMPORT_IN_BROWSER = """text => new ICAL.Component(ICAL.parse(text))
  .getAllSubcomponents('vevent').map(vevent => {
    const event = new ICAL.Event(vevent);
    return [event.summary, event.startDate.toString(), event.endDate.toString(), event.startDate.isDate, event.uid];
  })"""


def import_in_browser(context, text: str) -> list:
    """Parse iCalendar text with ical.js in a blank page of the same browser."""
    if not ICAL_JS.is_file():
        pytest.fail(f"{ICAL_JS} is missing: run `make browser` (npm ci --prefix tests/browser).")
    page = context.new_page()
    page.set_content("<!doctype html><title>Calendar import</title>")
    page.add_script_tag(path=str(ICAL_JS))
    events = page.evaluate(IMPORT_IN_BROWSER, text)
    page.close()
    return events


def test_add_to_calendar_downloads_the_programmes_dates_and_both_parsers_read_them_back(sample_server, visit):
    tab = visit()
    page = tab.page
    page.goto(sample_server.url + "programs/new-hire-buddies/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to calendar").click()
    assert download.value.suggested_filename == "new-hire-buddies.ics"
    text = Path(download.value.path()).read_text(encoding="utf-8")

    read_by_python = [(str(e["summary"]), e.decoded("dtstart").isoformat(), e.decoded("dtend").isoformat())
                      for e in icalendar.Calendar.from_ical(text).walk("VEVENT")]
    assert read_by_python == NEW_HIRE_DATES
    read_in_browser = import_in_browser(page.context, text)
    assert [tuple(event[:3]) for event in read_in_browser] == NEW_HIRE_DATES
    assert all(event[3] for event in read_in_browser), "all-day events"
    assert [event[4] for event in read_in_browser] == [
        f"new-hire-buddies-{kind}@northwind-labs.github.io" for kind in ("signups-open", "signups-close", "cohort-start")]
    assert tab.offsite == [] and tab.errors == []


def test_a_programme_without_dates_offers_no_calendar(sample_server, visit):
    tab = visit()
    tab.page.goto(sample_server.url + "programs/flash-mentoring/")
    assert tab.page.get_by_role("link", name="Add to calendar").count() == 0


@pytest.mark.parametrize("path", ["", "mentors/amara-okafor/", "programs/new-hire-buddies/", "match/", "guides/it/mentor-guidelines/"])
def test_the_head_links_the_feed_and_feed_parser_reads_it(sample_server, visit, path):
    tab = visit()
    page = tab.page
    page.goto(sample_server.url + path)
    link = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    assert link.count() == 1 and link.get_attribute("title") == "Mentoring Hub: what opens and what is new"
    feed_url = link.evaluate("element => element.href")
    assert feed_url == sample_server.url + "feed.xml"
    body = page.request.get(feed_url).body()
    feed = feedparser.parse(body)
    assert not feed.bozo and len(feed.entries) == body.count(b"<entry>") > 10


def test_the_home_page_offers_the_feed_and_every_programmes_dates(sample_server, visit):
    tab = visit()
    page = tab.page
    page.goto(sample_server.url)
    assert page.get_by_role("link", name="follow the news feed").evaluate("a => a.href") == sample_server.url + "feed.xml"
    assert page.get_by_role("link", name="add every programme's dates to your calendar").evaluate("a => a.href") == sample_server.url + "programs/calendar.ics"


def test_the_request_link_drafts_a_mail_with_address_subject_and_body_and_follows_edits(sample_server, visit):
    tab = visit()
    page = tab.page
    page.goto(sample_server.url + "mentors/amara-okafor/")
    link = page.get_by_role("link", name="Ask Amara Okafor to mentor you")
    message = page.get_by_label("Your message to Amara Okafor")
    address, fields = decode_mailto(link.get_attribute("href"))
    assert address == "amara.okafor@northwind.example"
    assert fields["subject"] == "Would you be my mentor?"
    assert fields["body"] == message.input_value()
    assert fields["body"].startswith("Hi Amara Okafor, I'm <your name>. Over the next few months I want to <your goal in one line>")
    assert "Would you be open to meeting for an hour every two weeks?" in fields["body"]  # how often
    assert len(re.findall(r"<[^<>]+>", fields["body"])) == 2  # only what the mentee alone knows
    assert "Nothing is sent or stored by this site" in page.locator(".hub-request__note").inner_text()

    message.fill("Hi Amara,\nI'm Sam from Finance & Ops. Could we meet every two weeks?")
    _, edited = decode_mailto(link.get_attribute("href"))
    assert edited["body"] == "Hi Amara,\r\nI'm Sam from Finance & Ops. Could we meet every two weeks?"
    assert tab.offsite == [] and tab.errors == []


def test_without_javascript_the_link_still_carries_the_draft(sample_server, visit):
    tab = visit(javascript=False)
    tab.page.goto(sample_server.url + "mentors/amara-okafor/")
    _, fields = decode_mailto(tab.page.get_by_role("link", name="Ask Amara Okafor to mentor you").get_attribute("href"))
    assert fields["body"].startswith("Hi Amara Okafor, I'm <your name>")


def test_a_mentor_with_only_a_chat_handle_gets_a_button_that_copies_the_message(sample_server, visit):
    tab = visit()
    page = tab.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=sample_server.url.rstrip("/"))
    page.goto(sample_server.url + "mentors/liam-oconnor/")
    assert page.locator(".hub-request a[href^='mailto:']").count() == 0
    note = page.locator(".hub-request__note").inner_text()
    assert "Nothing is sent or stored by this site" in note and "@liam.oconnor on Slack" in note
    page.get_by_label("Your message to Liam O'Connor").fill("Hi Liam, I'm Sam. Could we talk about negotiation?")
    page.get_by_role("button", name="Ask Liam O'Connor to mentor you: copy the message").click()
    page.get_by_role("status").filter(has_text="Copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == "Hi Liam, I'm Sam. Could we talk about negotiation?"
    assert tab.errors == []


def test_without_javascript_the_chat_message_is_there_to_copy_by_hand(sample_server, visit):
    tab = visit(javascript=False)
    tab.page.goto(sample_server.url + "mentors/liam-oconnor/")
    assert tab.page.get_by_role("button", name="Ask Liam O'Connor to mentor you: copy the message").count() == 0  # hidden
    assert tab.page.get_by_label("Your message to Liam O'Connor").input_value().startswith("Hi Liam O'Connor, I'm")


@pytest.mark.parametrize("mentor, name, reason", [
    ("arjun-mehta", "Arjun Mehta", "already mentors as many people as they have room for"),
    ("hannah-schmidt", "Hannah Schmidt", "has paused new requests"),
])
def test_a_full_or_paused_mentor_shows_why_there_is_no_button(sample_server, visit, mentor, name, reason):
    tab = visit()
    page = tab.page
    page.goto(sample_server.url + f"mentors/{mentor}/")
    box = page.locator(".hub-request")
    assert reason in box.inner_text() and "There is no request button here because" in box.inner_text()
    assert box.get_by_role("link", name=f"Ask {name} to mentor you").count() == 0
    assert box.locator("button, textarea, a[href^='mailto:']").count() == 0
    assert tab.errors == []


def follow_suggestion(page, match_address: str, name: str, profile_address: str):
    """Open the match helper at match_address, follow the suggestion of name (which must link to
    profile_address, the picks handed over in its #fragment), and return the profile's message box."""
    page.goto(match_address)
    suggestion = page.locator("#match-list a[data-link]", has_text=name)
    suggestion.wait_for()
    assert suggestion.get_attribute("href").endswith(profile_address)
    suggestion.click()
    page.wait_for_url(f"**/{profile_address}")
    page.wait_for_load_state("load")
    return page.get_by_label(f"Your message to {name}")


def test_topics_picked_on_the_match_helper_are_filled_into_the_request_and_never_sent(sample_server, visit):
    tab = visit()
    page = tab.page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    message = follow_suggestion(page, sample_server.url + "match/#learn=python,sql", "Jonas Berg", "mentors/jonas-berg/#ask=python,sql")
    assert "I saw that you know Python and SQL and databases well." in message.input_value()
    assert "Python and SQL and databases" in page.get_by_role("status").inner_text()
    _, fields = decode_mailto(page.get_by_role("link", name="Ask Jonas Berg to mentor you").get_attribute("href"))
    assert fields["body"] == message.input_value()
    assert not [url for url in requested if "#" in url or "python" in url.split("/")[-1]], requested
    assert tab.offsite == [] and tab.errors == []


def test_a_language_and_programme_picked_on_the_match_helper_reach_the_draft(sample_server, visit):
    tab = visit()
    page = tab.page
    message = follow_suggestion(
        page, sample_server.url + "match/#learn=leadership&languages=it&programs=leadership-circles", "Sofia Rossi",
        "mentors/sofia-rossi/#ask=leadership&lang=it&program=leadership-circles",
    )
    assert message.input_value().startswith("Ciao Sofia Rossi, sono <il tuo nome>.")
    assert "ho visto che conosci bene Leadership." in message.input_value()
    assert message.input_value().endswith("Ti ho trovato grazie al programma Leadership circles.")
    assert message.get_attribute("lang") == "it"
    page.get_by_role("radio", name="English").check()
    assert message.input_value().endswith("I found you through the Leadership circles programme.")
    _, fields = decode_mailto(page.get_by_role("link", name="Ask Sofia Rossi to mentor you").get_attribute("href"))
    assert fields == {"subject": "Would you be my mentor?", "body": message.input_value()}
    assert tab.errors == []


def test_the_browsers_language_only_preselects_the_draft(sample_server, browser):
    context = browser.new_context(locale="it-IT")
    try:
        page = context.new_page()
        page.goto(sample_server.url + "mentors/sofia-rossi/")
        assert page.get_by_label("Your message to Sofia Rossi").input_value().startswith("Ciao Sofia Rossi")
        assert page.get_by_role("radio", name="Italian").is_checked()
        page.goto(sample_server.url + "mentors/sofia-rossi/#ask=leadership&lang=en")
        page.reload()
        page.wait_for_load_state("load")
        assert page.get_by_label("Your message to Sofia Rossi").input_value().startswith("Hi Sofia Rossi")
        page.goto(sample_server.url + "mentors/amara-okafor/")  # speaks no Italian: English, and no choice
        assert page.get_by_label("Your message to Amara Okafor").input_value().startswith("Hi Amara Okafor")
        assert page.locator("[data-request-languages]").count() == 0
    finally:
        context.close()


def test_a_profile_reached_from_the_directorys_filters_drafts_a_request_naming_the_topic(sample_server, visit):
    tab = visit(width=390)
    page = tab.page
    page.goto(sample_server.url + "mentors/?expertise=python")
    page.wait_for_selector("#mentor-filters.is-ready")
    card = page.locator("#mentor-list > li", has=page.locator(".hub-tag--match")).first
    card.wait_for()
    name = card.locator(".hub-card__name a").inner_text()
    assert card.locator(".hub-card__name a").get_attribute("href").endswith("/#ask=python")
    card.locator(".hub-card__name a").click()
    page.wait_for_url("**/#ask=python")
    message = page.get_by_label(f"Your message to {name}")
    assert "Python" in message.input_value() and "Python" in page.get_by_role("status").inner_text()
    assert tab.offsite == [] and tab.errors == []


def test_a_forged_fragment_fills_in_only_topics_the_mentor_teaches(sample_server, visit):
    tab = visit()
    page = tab.page
    page.goto(sample_server.url + "mentors/jonas-berg/#ask=<img src=x onerror=alert(1)>,sql,leadership")
    assert "I saw that you know SQL and databases well." in page.get_by_label("Your message to Jonas Berg").input_value()
    assert tab.dialogs == [] and tab.errors == []


@pytest.mark.parametrize("path", ["mentors/amara-okafor/", "mentors/liam-oconnor/", "mentors/arjun-mehta/", "programs/new-hire-buddies/"])
def test_profiles_and_programme_pages_have_no_serious_accessibility_violation(sample_server, visit, artifacts, path):
    for width, dark in ((1280, False), (390, True)):
        tab = visit(width=width, dark=dark)
        tab.page.goto(sample_server.url + path)
        tab.page.wait_for_load_state("networkidle")
        tab.page.screenshot(path=str(artifacts / f"loop-{path.strip('/').replace('/', '-')}-{width}.png"), full_page=True)
        assert serious_violations(tab.page) == [], f"{path} at {width}px"


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    root = add_hostile_corpus(copy_project(tmp_path_factory.mktemp("hostile-loop") / "project"))
    assert load(root, TODAY).ok
    server = SiteServer(build_site(root / "mkdocs.yml", root / "site"))
    yield server
    server.close()


def test_a_hostile_programme_arrives_as_text_in_the_feed_and_the_calendar_it_offers(hostile_server, visit):
    name = PROGRAMME_NAME
    tab = visit()
    page = tab.page
    page.goto(hostile_server.url + "programs/zz-script-programme/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to calendar").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert [event[0] for event in import_in_browser(page.context, text)] == [f"Sign-ups open: {name}", f"Sign-ups close: {name}"]
    assert [event.decoded("dtstart") for event in icalendar.Calendar.from_ical(text).walk("VEVENT")] == [
        datetime.date(2026, 11, 1), datetime.date(2026, 12, 11)]
    body = page.request.get(hostile_server.url + "feed.xml").body()
    assert b"<script" not in body
    entry = next(e for e in feedparser.parse(body).entries if "zz-script-programme" in e.link)
    assert entry.title == f"Sign-ups open 1 November 2026: {name}"
    assert tab.dialogs == [] and tab.offsite == []


def test_a_hostile_mentors_request_shows_the_name_as_text(hostile_server, visit):
    tab = visit()
    page = tab.page
    page.goto(hostile_server.url + "mentors/zz-script-everywhere/#ask=security")
    box = page.locator(".hub-request")
    box.wait_for()
    assert box.locator("textarea").input_value().startswith("Hi <script>alert('name')</script><img src=x onerror=alert('img')>Mallory, I'm")
    assert "I saw that you know Security well." in box.locator("textarea").input_value()
    assert box.locator("script, img, [onerror]").count() == 0
    assert tab.dialogs == [] and tab.offsite == []
