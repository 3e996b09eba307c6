"""The site's Atom feed (RFC 4287) at /feed.xml: programmes opening for enrolment and guides added or revised.

Written with xml.etree.ElementTree, which escapes every text and attribute value. Each entry's
`updated` comes from the data (the programme's or guide's last_reviewed), so two builds of the
same data are byte-identical; entries are newest first. Entry ids are the pages' published
addresses (a programme's names the sign-up window, so a new window is a new entry); without a
site_url they are name-based UUIDs, still stable.
"""

from __future__ import annotations

import datetime
import io
import re
import uuid
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

from mentoring.data.enum_labels import FORMAT_LABELS
from mentoring.data.model import Catalog, Guide, Program
from mentoring.site.display_text import long_date
from mentoring.site.pages.page_spec import SiteSettings

FEED_PATH = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"
FEED_LENGTH = 50  # newest entries kept; a feed reader only needs what is recent
ANNOUNCED = ("open", "upcoming")  # enrolment statuses whose opening is news
# Characters XML 1.0 cannot carry at all, even escaped; shown as U+FFFD so the gap stays visible.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

ElementTree.register_namespace("", ATOM)


@dataclass(frozen=True)
class Entry:
    """One feed entry, as plain text; ElementTree escapes it on the way out."""

    path: str  # the page, relative to the site root
    fragment: str  # added to the page's address to make the entry's id
    title: str
    summary: str
    updated: datetime.date
    category: str
    author: str = ""


def feed_title(settings: SiteSettings) -> str:
    """Return the feed's title, as the feed and every page's <link> to it name it."""
    return f"{settings.site_name}: what opens and what is new"


def feed_entries(catalog: Catalog) -> list[Entry]:
    """Return the entries, newest first (ties by page), at most FEED_LENGTH of them."""
    entries = [programme_entry(program) for program in catalog.programs if is_announced(program)]
    entries += [guide_entry(guide) for guide in catalog.guides]
    entries.sort(key=lambda entry: (-entry.updated.toordinal(), entry.path, entry.fragment))
    return entries[:FEED_LENGTH]


def is_announced(program: Program) -> bool:
    """Return True for a programme that is open or opening soon, with the day sign-ups open."""
    return program.enrolment_status in ANNOUNCED and bool(program.enrolment.get("opens"))


def programme_entry(program: Program) -> Entry:
    enrolment = program.enrolment
    dates = [f"Sign-ups open {long_date(enrolment['opens'])}"]
    if enrolment.get("closes"):
        dates.append(f"close {long_date(enrolment['closes'])}")
    sentence = " and ".join(dates) + "."
    if enrolment.get("starts"):
        sentence += f" The cohort starts {long_date(enrolment['starts'])}."
    return Entry(
        path=f"programs/{program.id}/",
        fragment=f"#enrolment-{enrolment['opens']}",
        title=f"Sign-ups open {long_date(enrolment['opens'])}: {program.name}",
        summary=f"{program.summary} {sentence}",
        updated=datetime.date.fromisoformat(program.last_reviewed),
        category=f"{FORMAT_LABELS.get(program.type, program.type)} programme",
        author=program.owner["team"],
    )


def guide_entry(guide: Guide) -> Entry:
    prefix = "" if guide.lang == "en" else f"{guide.lang}/"
    return Entry(
        path=f"guides/{prefix}{guide.slug}/",
        fragment="",
        title=f"Guide: {guide.title}",
        summary=guide.meta["summary"],
        updated=datetime.date.fromisoformat(str(guide.meta["last_reviewed"])),
        category="Guide",
    )


def feed_text(catalog: Catalog, settings: SiteSettings) -> str:
    """Return the Atom document of the site's news."""
    entries = feed_entries(catalog)
    newest = max((entry.updated for entry in entries), default=settings.today)
    feed = ElementTree.Element(_tag("feed"))
    _child(feed, "id", entry_id(settings, "", ""))
    _child(feed, "title", feed_title(settings))
    _child(feed, "subtitle", "Mentoring programmes opening for enrolment, and guides added or revised.")
    _child(feed, "updated", _timestamp(newest))
    _link(feed, settings.absolute_url(FEED_PATH), "self")
    _link(feed, settings.absolute_url(""), "alternate")
    author = _child(feed, "author")
    _child(author, "name", settings.site_name)
    for entry in entries:
        _entry(feed, entry, settings)
    ElementTree.indent(feed)
    out = io.StringIO()
    ElementTree.ElementTree(feed).write(out, encoding="unicode", xml_declaration=True)
    return out.getvalue() + "\n"


def entry_id(settings: SiteSettings, path: str, fragment: str) -> str:
    """Return a stable entry id: the published address, or a name-based UUID without a site_url."""
    if settings.site_url:
        return settings.absolute_url(path) + fragment
    return uuid.uuid5(uuid.NAMESPACE_URL, f"mentoring-hub:/{path}{fragment}").urn


def _entry(feed: ElementTree.Element, entry: Entry, settings: SiteSettings) -> None:
    element = _child(feed, "entry")
    _child(element, "id", entry_id(settings, entry.path, entry.fragment))
    _child(element, "title", entry.title)
    _child(element, "updated", _timestamp(entry.updated))
    _link(element, settings.absolute_url(entry.path), "alternate")
    _child(element, "summary", entry.summary)
    ElementTree.SubElement(element, _tag("category"), term=_xml_safe(entry.category))
    if entry.author:
        author = _child(element, "author")
        _child(author, "name", entry.author)


def _child(parent: ElementTree.Element, name: str, text: str | None = None) -> ElementTree.Element:
    element = ElementTree.SubElement(parent, _tag(name))
    if text is not None:
        element.text = _xml_safe(text)
    return element


def _link(parent: ElementTree.Element, href: str, rel: str) -> None:
    attributes = {"rel": rel, "href": href}
    if rel == "self":
        attributes["type"] = "application/atom+xml"
    ElementTree.SubElement(parent, _tag("link"), attributes)


def _tag(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _timestamp(day: datetime.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
