"""Open the card builder as a person somewhere in the world would, and check what it writes with the validator."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

from mentoring import load
from tests.browser.conftest import Visit
from tests.support.paths import PROJECT


def open_builder(browser, server_url: str, timezone: str | None = None, now: datetime.datetime | None = None,
                 query: str = "", width: int = 1280) -> Visit:
    """Return the card builder, ready, in a browser set to timezone with its clock stopped at now."""
    context = browser.new_context(viewport={"width": width, "height": 900}, timezone_id=timezone,
                                  permissions=["clipboard-read", "clipboard-write"])
    tab = Visit(context.new_page())
    if now is not None:
        tab.page.clock.set_fixed_time(now)
    tab.page.goto(server_url + "contribute/card-builder/" + query)
    tab.page.wait_for_selector(".hub-builder--ready")
    return tab


def builder_session(browser, server_url: str):
    """Yield the card builder's page for a test, then check it logged no error and asked for nothing off loopback."""
    tab = open_builder(browser, server_url)
    yield tab.page
    assert tab.errors == [] and tab.offsite == []
    tab.page.context.close()


def organisation_with(tmp_path: Path, card_id: str, text: str) -> Path:
    """Return a copy of the sample organisation with content/mentors/<card_id>.yml written as text."""
    root = tmp_path / "org"
    if not root.exists():
        for name in ("content", "programs", "guides", "schemas"):
            shutil.copytree(PROJECT / name, root / name)
    (root / f"content/mentors/{card_id}.yml").write_text(text, encoding="utf-8")
    return root


def validator_problems(tmp_path: Path, card_id: str, text: str, today: datetime.date | None = None) -> list[str]:
    """Return `mentoring validate`'s problems with the card, as 'field: message' lines."""
    root = organisation_with(tmp_path, card_id, text)
    result = load(root, today)
    return [f"{problem.field}: {problem.message}" for problem in result.problems if problem.path.endswith(f"/{card_id}.yml")]
