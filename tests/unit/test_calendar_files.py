"""Programme dates as iCalendar files, read back with the `icalendar` parser: every date an all-day event."""

from __future__ import annotations

import dataclasses
import datetime

import icalendar
import pytest

from mentoring.data.model import Program
from mentoring.site.outputs.calendar_files import ALL_PROGRAMMES, calendar_files
from mentoring.site.pages.page_spec import SiteSettings
from tests.support.catalogs import hostile_catalog, sample_catalog
from tests.support.hostile_text import PROGRAMME_NAME as HOSTILE_NAME
from tests.support.hostile_text import PROGRAMME_SUMMARY as HOSTILE_SUMMARY
from tests.support.paths import TODAY

SITE = SiteSettings(site_url="https://northwind-labs.github.io/mentoring-hub/", today=TODAY)
TITLES = {"opens": "Sign-ups open", "closes": "Sign-ups close", "starts": "Cohort starts"}


@pytest.fixture(scope="module")
def catalog():
    return sample_catalog()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return hostile_catalog(tmp_path_factory.mktemp("hostile"))


def events_in(text: str) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(text).walk("VEVENT")


def expected_events(program: Program) -> list[tuple[str, datetime.date]]:
    return [(f"{TITLES[field]}: {program.name}", datetime.date.fromisoformat(program.enrolment[field]))
            for field in TITLES if program.enrolment.get(field)]


def test_every_programme_with_dates_gets_a_calendar_whose_events_fall_on_its_dates(catalog):
    files = dict(calendar_files(catalog, SITE))
    for program in catalog.programs:
        path = f"programs/{program.id}/calendar.ics"
        if not expected_events(program):
            assert path not in files, "a rolling programme has no dates to add"
            continue
        events = events_in(files[path])
        assert [(str(event["summary"]), event.decoded("dtstart")) for event in events] == expected_events(program)
        for event in events:
            start = event.decoded("dtstart")
            assert type(start) is datetime.date and event["dtstart"].params["VALUE"] == "DATE"  # all day, no time zone
            assert event.decoded("dtend") == start + datetime.timedelta(days=1)
            assert str(event["description"]).startswith(program.summary)
            assert str(event["url"]) == f"https://northwind-labs.github.io/mentoring-hub/programs/{program.id}/"
            assert event.decoded("dtstamp") == datetime.datetime.combine(
                datetime.date.fromisoformat(program.last_reviewed), datetime.time(), datetime.timezone.utc)


def test_the_calendar_of_all_programmes_holds_every_event_once(catalog):
    files = dict(calendar_files(catalog, SITE))
    every = [(str(e["uid"]), e.decoded("dtstart")) for path, text in files.items() if path != ALL_PROGRAMMES for e in events_in(text)]
    together = [(str(e["uid"]), e.decoded("dtstart")) for e in events_in(files[ALL_PROGRAMMES])]
    assert together == every
    assert len({uid for uid, _ in together}) == len(together) == 18  # six dated programmes, three dates each


def test_a_moved_date_keeps_its_uid_so_a_reimport_updates_the_event(catalog):
    program = catalog.program("new-hire-buddies")
    moved = dataclasses.replace(program, data={**program.data, "enrolment": {**program.enrolment, "opens": "2026-11-20"}, "last_reviewed": "2026-11-19"})
    before = {str(e["uid"]): e for e in events_in(dict(calendar_files(dataclasses.replace(catalog, programs=[program]), SITE))[ALL_PROGRAMMES])}
    after = {str(e["uid"]): e for e in events_in(dict(calendar_files(dataclasses.replace(catalog, programs=[moved]), SITE))[ALL_PROGRAMMES])}
    uid = "new-hire-buddies-signups-open@northwind-labs.github.io"
    assert before.keys() == after.keys() and uid in after
    assert after[uid].decoded("dtstart") == datetime.date(2026, 11, 20)
    assert after[uid].decoded("dtstamp") > before[uid].decoded("dtstamp")  # newer, so calendars take the change


def test_the_files_depend_on_the_data_alone_not_the_day_they_are_built(catalog):
    later = dataclasses.replace(SITE, today=TODAY + datetime.timedelta(days=40))
    assert dict(calendar_files(catalog, SITE)) == dict(calendar_files(catalog, later))


def test_hostile_programme_text_arrives_as_text_and_cannot_add_events(hostile):
    files = dict(calendar_files(hostile, SITE))
    events = events_in(files["programs/zz-script-programme/calendar.ics"])
    assert [str(event["summary"]) for event in events] == [f"Sign-ups open: {HOSTILE_NAME}", f"Sign-ups close: {HOSTILE_NAME}"]
    assert all(str(event["description"]).startswith(HOSTILE_SUMMARY) for event in events)
    calendar = icalendar.Calendar.from_ical(files["programs/zz-script-programme/calendar.ics"])
    assert calendar["x-wr-calname"].to_ical().decode() == f"{HOSTILE_NAME}: dates"


def test_a_summary_with_line_breaks_cannot_break_out_of_its_event(catalog):
    program = catalog.program("new-hire-buddies")
    injected = "Buddies.\nEND:VEVENT\nBEGIN:VEVENT\nUID:injected@evil.example\nSUMMARY:Free pizza;, \\ "
    hostile = dataclasses.replace(program, data={**program.data, "summary": injected, "name": "New; hires, \\ buddies"})
    text = dict(calendar_files(dataclasses.replace(catalog, programs=[hostile]), SITE))[ALL_PROGRAMMES]
    events = events_in(text)
    assert [str(event["uid"]) for event in events] == [
        "new-hire-buddies-signups-open@northwind-labs.github.io",
        "new-hire-buddies-signups-close@northwind-labs.github.io",
        "new-hire-buddies-cohort-start@northwind-labs.github.io",
    ]
    assert str(events[0]["description"]).startswith(injected)
    assert str(events[0]["summary"]) == "Sign-ups open: New; hires, \\ buddies"


def test_without_a_site_address_events_have_no_link_and_uids_stay_unique(catalog):
    files = dict(calendar_files(catalog, SiteSettings(today=TODAY)))
    events = events_in(files[ALL_PROGRAMMES])
    assert all("url" not in event for event in events)
    assert all(str(event["uid"]).endswith("@mentoring-hub.invalid") for event in events)
    assert "programs/new-hire-buddies/" in str(events_in(files["programs/new-hire-buddies/calendar.ics"])[0]["description"])
