"""Dates in the card builder agree with the validator in every time zone: today is never "in the future"."""

from __future__ import annotations

import datetime
import zoneinfo

import pytest

from mentoring.data.dates import latest_today
from tests.browser.builder_pages import open_builder, validator_problems
from tests.browser.test_card_builder import fill_valid_card

pytestmark = pytest.mark.browser

UTC = datetime.timezone.utc
# Each moment is just after local midnight somewhere, when local and UTC dates differ.
PLACES = [
    ("Pacific/Kiritimati", datetime.datetime(2026, 3, 1, 10, 30, tzinfo=UTC)),  # UTC+14: already 2 March
    ("Australia/Sydney", datetime.datetime(2026, 3, 1, 13, 30, tzinfo=UTC)),  # 00:30 on 2 March
    ("Pacific/Pago_Pago", datetime.datetime(2026, 3, 2, 11, 30, tzinfo=UTC)),  # UTC-11: 00:30 on 2 March
]


@pytest.mark.parametrize("timezone,now", PLACES, ids=[place for place, _ in PLACES])
def test_the_default_last_reviewed_is_local_today_and_the_validator_accepts_it(browser, sample_server, tmp_path, timezone, now):
    tab = open_builder(browser, sample_server.url, timezone, now)
    page = tab.page
    local_today = now.astimezone(zoneinfo.ZoneInfo(timezone)).date().isoformat()
    assert page.input_value("#card-last-reviewed") == local_today
    fill_valid_card(page, page.locator("#card-programs input").first.get_attribute("value"))
    assert page.locator("#card-last-reviewed-error").inner_text() == ""
    assert page.locator("#card-status").inner_text().startswith("Your card is complete")
    text = page.locator("#card-yaml").text_content()
    # CI runs at the same moment, on a machine in UTC.
    assert validator_problems(tmp_path, "zoe-obrien", text, latest_today(now)) == []
    assert tab.errors == [] and tab.offsite == []


@pytest.mark.parametrize("timezone,now", PLACES, ids=[place for place, _ in PLACES])
def test_a_date_later_than_anywhere_on_earth_is_refused_as_the_validator_refuses_it(browser, sample_server, tmp_path, timezone, now):
    tab = open_builder(browser, sample_server.url, timezone, now)
    page = tab.page
    fill_valid_card(page, page.locator("#card-programs input").first.get_attribute("value"))
    tomorrow = (latest_today(now) + datetime.timedelta(days=1)).isoformat()
    page.fill("#card-last-reviewed", tomorrow)
    text = page.locator("#card-yaml").text_content()
    expected = f"{tomorrow} is in the future; write the date you last checked this file"
    assert validator_problems(tmp_path, "zoe-obrien", text, latest_today(now)) == [f"last_reviewed: {expected}"]
    # The same rule (future_date), in the form's words.
    assert page.locator("#card-last-reviewed-error").inner_text() == f"{tomorrow} is in the future; write the date you last checked your card."
    page.fill("#card-last-reviewed", latest_today(now).isoformat())  # the latest date on Earth is fine
    assert page.locator("#card-last-reviewed-error").inner_text() == ""


@pytest.mark.parametrize("typed,message", [
    ("2026-13-01", "'2026-13-01' is not a date in the calendar: there is no month 13; months go from 01 to 12."),
    ("2026-02-30", "'2026-02-30' is not a date in the calendar: February 2026 has 28 days."),
])
def test_an_impossible_date_is_kept_as_typed_and_said_to_be_impossible(browser, sample_server, typed, message):
    page = open_builder(browser, sample_server.url).page
    page.locator("#card-last-reviewed").fill(typed)
    assert page.input_value("#card-last-reviewed") == typed
    assert page.locator("#card-last-reviewed-error").inner_text() == message
    assert f'last_reviewed: "{typed}"' in page.locator("#card-yaml").text_content()
