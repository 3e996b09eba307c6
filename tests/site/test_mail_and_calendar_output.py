"""A real build of the sample with the accepted hostile corpus: every mailto: link reaches exactly one person,
and every calendar file reads back without a control byte.

The corpus (tests/cases/hostile/accepted/) holds addresses that are valid yet full of '?', '&', '=' and '%',
and Markdown links with bcc, cc, to and lists of addresses.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, unquote, urlsplit

import icalendar
import pytest

from tests.support.sites import add_hostile_corpus, build_site, copy_project


class _MailLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "data-without-body") and value and value.strip().lower().startswith("mailto:"):
                self.hrefs.append(value)


def recipients(href: str) -> list[str]:
    """Return whom a mail program sends a mailto: link to: the address part, decoded, split at ',' and ';', and any to, cc or bcc field."""
    parts = urlsplit(href.strip())
    found = [part for part in re.split("[,;]", unquote(parts.path)) if part]
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name.strip().lower() in ("to", "cc", "bcc"):
            found.append(value)
    return found


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = add_hostile_corpus(copy_project(tmp_path_factory.mktemp("hostile") / "project"))
    return build_site(root / "mkdocs.yml", tmp_path_factory.mktemp("hostile-site") / "site")


def mail_links(site) -> dict[str, list[str]]:
    found = {}
    for page in site.rglob("*.html"):
        parser = _MailLinks()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.hrefs:
            found[page.relative_to(site).as_posix()] = parser.hrefs
    return found


def test_every_mailto_link_in_the_site_has_exactly_one_recipient(hostile_site):
    links = mail_links(hostile_site)
    assert len(links) > 20  # profiles (contact and request) and programmes (coordinator and owner)
    for page, hrefs in links.items():
        for href in hrefs:
            assert len(recipients(href)) == 1, (page, href)


def test_odd_but_valid_addresses_reach_exactly_themselves(hostile_site):
    profile = mail_links(hostile_site)["mentors/zz-mail-tricks/index.html"]
    address = "quentin?bcc=spy6%40evil.example&cc=spy7=&body=@example.com"
    assert {tuple(recipients(href)) for href in profile} == {(address,), ("quentin@example.com",)}  # and the bio's plain link
    programme = mail_links(hostile_site)["programs/zz-script-programme/index.html"]
    assert {recipients(href)[0] for href in programme} == {
        "x?bcc=spy%40evil.example&cc=spy2=@evil.example", "o'neil%0D%0Abcc=spy3%40evil.example%2Cspy4=@example.com"}


def test_markdown_links_to_more_than_one_person_lose_their_address(hostile_site):
    html = (hostile_site / "mentors" / "zz-mail-tricks" / "index.html").read_text(encoding="utf-8")
    for spy in ("spy1", "spy2", "spy3", "spy4", "spy5"):
        assert spy not in html
    assert 'href="mailto:quentin@example.com?subject=Hello"' in html


def test_calendar_files_carry_no_control_bytes_and_read_back(hostile_site):
    files = list(hostile_site.rglob("*.ics"))
    assert len(files) >= 2
    for path in files:
        data = path.read_bytes()
        assert not re.search(rb"[\x00-\x08\x0b-\x1f\x7f]", data.replace(b"\r\n", b"")), path
        assert not re.search("[\x80-\x9f]", data.decode("utf-8")), path
        assert icalendar.Calendar.from_ical(data).walk("VEVENT"), path
