"""Calendar files read by ical.js (Mozilla's parser, as in Thunderbird) in Chromium: any text the schemas
allow in a programme's name and summary comes back exactly (tests/cases/calendar-texts.yml, which the
icalendar parser reads too in tests/unit/test_calendar_files.py)."""

from __future__ import annotations

import dataclasses

import pytest
import yaml

from mentoring.site.outputs.calendar_files import calendar_text
from mentoring.site.pages.page_spec import SiteSettings
from tests.browser.test_loop import ICAL_JS
from tests.support.catalogs import sample_catalog
from tests.support.paths import TESTS, TODAY

pytestmark = pytest.mark.browser
TEXTS = yaml.safe_load((TESTS / "cases" / "calendar-texts.yml").read_text(encoding="utf-8"))
SITE = SiteSettings(site_url="https://northwind-labs.github.io/mentoring-hub/", today=TODAY)
READ = """text => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return [calendar.getFirstPropertyValue('x-wr-calname'),
          calendar.getAllSubcomponents('vevent').map(vevent => [vevent.getFirstPropertyValue('summary'), vevent.getFirstPropertyValue('description')])];
}"""


@pytest.fixture(scope="module")
def ical_page(browser):
    if not ICAL_JS.is_file():
        pytest.fail(f"{ICAL_JS} is missing: run `make browser` (npm ci --prefix tests/browser).")
    context = browser.new_context()
    context.route("**/*", lambda route: route.abort())
    page = context.new_page()
    page.set_content("<!doctype html><title>Calendar import</title>")
    page.add_script_tag(path=str(ICAL_JS))
    yield page
    context.close()


def test_ical_js_reads_back_every_text_exactly(ical_page):
    program = sample_catalog().program("new-hire-buddies")
    for text in TEXTS:
        summary = f"{text} (and a summary long enough)"
        changed = dataclasses.replace(program, data={**program.data, "name": text, "summary": summary})
        name, events = ical_page.evaluate(READ, calendar_text(f"{text}: dates", [changed], SITE))
        assert name == f"{text}: dates"
        assert [event[0].split(": ", 1)[1] for event in events] == [text] * len(events)
        assert all(event[1].startswith(f"{summary}\n\n") for event in events), events
