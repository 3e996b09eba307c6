"""Programme dates as iCalendar files (RFC 5545), written with the `icalendar` library.

Each programme with dates gets /programs/<id>/calendar.ics, and /programs/calendar.ics holds them
all for people who subscribe. Every date is an all-day event (sign-ups open, sign-ups close, the
cohort starts). UIDs name the programme and the kind of date, so a re-import moves an event to its
new date instead of adding a second one; DTSTAMP is the programme's last review, so two builds of
the same data are byte-identical.
"""

from __future__ import annotations

import datetime
from typing import Iterator
from urllib.parse import urlsplit

from icalendar import Calendar, Event, vText

from mentoring.data.model import Catalog, Program
from mentoring.site.pages.page_spec import SiteSettings

ALL_PROGRAMMES = "programs/calendar.ics"
PRODUCT_ID = "-//Mentoring Hub//Programme dates//EN"
# Enrolment field -> (the event's id in its UID, the event's title before the programme's name).
EVENT_KINDS = {
    "opens": ("signups-open", "Sign-ups open"),
    "closes": ("signups-close", "Sign-ups close"),
    "starts": ("cohort-start", "Cohort starts"),
}


def calendar_path(program: Program) -> str:
    """Return where a programme's own calendar is published, relative to the site root."""
    return f"programs/{program.id}/calendar.ics"


def has_dates(program: Program) -> bool:
    """Return True when the programme's enrolment names at least one date."""
    return any(program.enrolment.get(field) for field in EVENT_KINDS)


def calendar_dates(program: Program) -> list[tuple[str, str]]:
    """Return (event title, YYYY-MM-DD) for each date the programme's calendar holds, in order:
    its page lists them, so the calendar says nothing the page does not."""
    return [(title, program.enrolment[field]) for field, (_, title) in EVENT_KINDS.items() if program.enrolment.get(field)]


def calendar_files(catalog: Catalog, settings: SiteSettings) -> Iterator[tuple[str, str]]:
    """Yield (path, iCalendar text) for every programme with dates, then the calendar of them all."""
    dated = [program for program in catalog.programs if has_dates(program)]
    for program in dated:
        yield calendar_path(program), calendar_text(f"{program.name}: dates", [program], settings)
    yield ALL_PROGRAMMES, calendar_text(f"{settings.site_name}: programme dates", dated, settings)


def calendar_text(name: str, programs: list[Program], settings: SiteSettings) -> str:
    """Return one calendar holding every date of the programmes, in their order."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", vText(name))  # vText: the library leaves unknown X- properties unescaped
    for program in programs:
        for event in program_events(program, settings):
            calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


def program_events(program: Program, settings: SiteSettings) -> Iterator[Event]:
    """Yield one all-day event for each date the programme's enrolment names."""
    page = settings.absolute_url(f"programs/{program.id}/")
    reviewed = datetime.date.fromisoformat(program.last_reviewed)
    for field, (kind, title) in EVENT_KINDS.items():
        day = program.enrolment.get(field)
        if not day:
            continue
        start = datetime.date.fromisoformat(day)
        event = Event()
        event.add("uid", f"{program.id}-{kind}@{uid_domain(settings)}")
        event.add("dtstamp", datetime.datetime.combine(reviewed, datetime.time(), datetime.timezone.utc))
        event.add("dtstart", start)
        event.add("dtend", start + datetime.timedelta(days=1))  # all-day events end the next day (exclusive)
        event.add("summary", f"{title}: {program.name}")
        event.add("description", f"{program.summary}\n\n{page}")
        if settings.site_url:
            event.add("url", page)
        event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: it does not block the day
        yield event


def uid_domain(settings: SiteSettings) -> str:
    """Return the host the UIDs end in: the site's, so two hubs' events never share a UID."""
    return urlsplit(settings.site_url).hostname or "mentoring-hub.invalid"
