"""The hub's settings under extra.mentoring: one default each, and a mistake named at its line."""

from __future__ import annotations

import datetime

import subprocess
import sys

import pytest

from mentoring.settings import HubSettings, read_site_config

MISTAKES = [
    ("stale_after_month: 6", "mkdocs.yml:4:5: extra.mentoring.stale_after_month: 'stale_after_month' is not a Mentoring Hub setting; did you mean 'stale_after_months'?"),
    ("shared_chrome: 'yes'", "mkdocs.yml:4:5: extra.mentoring.shared_chrome: 'shared_chrome' must be true or false, not 'yes'"),
    ("stale_after_months: six", "mkdocs.yml:4:5: extra.mentoring.stale_after_months: 'stale_after_months' must be a whole number, not 'six'"),
    ("visibility: pubic", "mkdocs.yml:4:5: extra.mentoring.visibility: 'visibility' must be one of: internal, public, not 'pubic'; did you mean 'public'?"),
    ("visibility: private", "mkdocs.yml:4:5: extra.mentoring.visibility: 'visibility' must be one of: internal, public, not 'private'"),
]


def config(setting: str) -> str:
    return f"site_name: Hub\nextra:\n  mentoring:\n    {setting}\n"


def test_a_repository_without_settings_gets_the_defaults(tmp_path):
    assert read_site_config(tmp_path).hub == HubSettings()
    assert HubSettings().stale_after_months == 12


def test_a_hub_is_internal_unless_it_says_otherwise(tmp_path):
    assert HubSettings().visibility == "internal"
    (tmp_path / "mkdocs.yml").write_text(config("visibility: public"), encoding="utf-8")
    assert read_site_config(tmp_path).hub.visibility == "public"


def test_the_visibility_values_are_the_ones_with_words_for_mentors():
    from mentoring.data.visibility import VISIBILITIES, visibility_words

    assert VISIBILITIES == ("internal", "public")
    for name in VISIBILITIES:
        words = visibility_words(name)
        assert all(words.paragraphs) and words.indexable == (name == "public")


def test_settings_are_read_as_written(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(config("stale_after_months: 6"), encoding="utf-8")
    assert read_site_config(tmp_path).hub.stale_after_months == 6


@pytest.mark.parametrize(("setting", "message"), MISTAKES, ids=[setting.split(":")[0] for setting, _ in MISTAKES])
def test_a_mistaken_setting_stops_a_command_with_its_line(tmp_path, setting, message):
    (tmp_path / "mkdocs.yml").write_text(config(setting), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mentoring.cli", "stale", "--root", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == message
    assert "Traceback" not in result.stderr


def test_pages_show_the_utc_day_while_files_may_give_the_latest_day_on_earth(monkeypatch):
    from mentoring.settings import build_day, latest_day

    monkeypatch.delenv("MENTORING_TODAY", raising=False)
    late_evening = datetime.datetime(2026, 12, 7, 23, 30, tzinfo=datetime.timezone.utc)
    assert build_day(late_evening) == datetime.date(2026, 12, 7), "the insights page says when it was built, in UTC"
    assert latest_day(late_evening) == datetime.date(2026, 12, 8), "a card dated today in Kiritimati is not in the future"
    monkeypatch.setenv("MENTORING_TODAY", "2026-11-24")
    assert build_day(late_evening) == latest_day(late_evening) == datetime.date(2026, 11, 24)
