"""The shared words (schemas/messages.yml) and the date rule: what the validator and the card builder both say."""

from __future__ import annotations

import datetime
import re

import pytest

from mentoring.data.email_addresses import is_email_address

from mentoring import load
from mentoring.data.dates import latest_today
from mentoring.data.messages import INVISIBLE, impossible_date, invisible_note
from mentoring.data.schemas import read_schema
from tests.support.paths import BASE, PROJECT

UTC = datetime.timezone.utc


@pytest.mark.parametrize("moment,latest", [
    ("2026-03-01T00:00:00", "2026-03-01"),  # midnight in London: 14:00 in Kiritimati
    ("2026-03-01T09:59:59", "2026-03-01"),
    ("2026-03-01T10:00:00", "2026-03-02"),  # midnight in Kiritimati: the first place to reach 2 March
    ("2026-12-31T23:30:00", "2027-01-01"),
])
def test_the_latest_date_on_earth_is_the_date_at_utc_plus_14(moment, latest):
    assert latest_today(datetime.datetime.fromisoformat(moment).replace(tzinfo=UTC)).isoformat() == latest


def test_a_card_dated_today_in_the_first_time_zone_passes_and_the_day_after_does_not(tmp_path):
    import shutil

    root = tmp_path / "org"
    shutil.copytree(BASE, root)
    card = root / "content/mentors/ada-lovelace.yml"
    text = card.read_text(encoding="utf-8")
    latest = latest_today()
    card.write_text(re.sub(r"last_reviewed: .*", f"last_reviewed: {latest.isoformat()}", text), encoding="utf-8")
    assert load(root).problems == []
    tomorrow = (latest + datetime.timedelta(days=1)).isoformat()
    card.write_text(re.sub(r"last_reviewed: .*", f"last_reviewed: {tomorrow}", text), encoding="utf-8")
    assert [problem.message for problem in load(root).problems] == [
        f"{tomorrow} is in the future; write the date you last checked this file"]


@pytest.mark.parametrize("value,message", [
    ("2026-13-01", "'2026-13-01' is not a date in the calendar: there is no month 13; months go from 01 to 12"),
    ("2026-02-30", "'2026-02-30' is not a date in the calendar: February 2026 has 28 days"),
    ("2028-02-30", "'2028-02-30' is not a date in the calendar: February 2028 has 29 days"),
    ("2026-04-31", "'2026-04-31' is not a date in the calendar: April 2026 has 30 days"),
    ("2026-04-30", ""),
    ("1 March 2026", ""),  # not the shape: the schema's hint says which shape to use
])
def test_impossible_dates_are_said_to_be_impossible(value, message):
    assert impossible_date(value, repr(value)) == message


def test_invisible_characters_are_named_by_code_point():
    assert invisible_note("ada\u200blove\ufefflace\u200b") == (
        "; it contains 2 invisible characters: U+200B (zero-width space), U+FEFF (byte order mark)")
    assert invisible_note("Zoë O'Brien") == ""


@pytest.mark.parametrize("char", sorted(INVISIBLE), ids=lambda char: f"U+{ord(char):04X}")
def test_an_email_with_any_invisible_character_is_refused(char):
    pattern = read_schema(PROJECT / "schemas", "mentor")["$defs"]["email-address"]["pattern"]
    assert re.search(pattern, "ada.lovelace@example.com")
    assert not re.search(pattern, f"ada{char}.lovelace@example.com")
    assert not re.search(pattern, f"ada.lovelace@example.com{char}")
    assert not is_email_address(f"ada.lovelace@exa{char}mple.com")  # a domain may hold other scripts, never these
