"""`mentoring stale`: exactly the cards whose last review is older than the limit, with their owners."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys

import pytest
import yaml

from mentoring import load
from mentoring.derive.stale import markdown_report, stale_cards
from tests.support.paths import PROJECT, TODAY


def stale(root, *args):
    result = subprocess.run([sys.executable, "-m", "mentoring.cli", "stale", "--root", str(root), *map(str, args)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def reviewed_before(cutoff: datetime.date, root=PROJECT, oldest_first=False) -> list[str]:
    """The cards reviewed before cutoff, read straight from the files (independently of the code under test)."""
    found = []
    for path in sorted((root / "content" / "mentors").glob("*.yml")):
        card = yaml.safe_load(path.read_text(encoding="utf-8"))
        reviewed = datetime.date.fromisoformat(str(card["last_reviewed"]))
        if reviewed < cutoff:
            found.append((reviewed, card["id"]))
    return [card_id for _, card_id in (sorted(found) if oldest_first else found)]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A generated organisation of 60 cards, reviewed on days spread over two years."""
    org = tmp_path_factory.mktemp("stale") / "org"
    subprocess.run([sys.executable, "-m", "mentoring.cli", "generate", "--mentors", "60", "--programs", "3", "--seed", "7", "--out", str(org)],
                   check=True, capture_output=True)
    return org


def test_lists_exactly_the_stale_cards_of_the_sample():
    expected = reviewed_before(datetime.date(TODAY.year - 1, TODAY.month, TODAY.day))  # 12 months before TODAY
    assert expected, "the sample should have at least one card nobody has reviewed for a year"
    report = json.loads(stale(PROJECT, "--today", TODAY, "--format", "json"))
    assert sorted(card["id"] for card in report["stale"]) == sorted(expected)
    assert report["months"] == 12 and report["cutoff"] == "2025-11-24"
    text = stale(PROJECT, "--today", TODAY).splitlines()
    assert len([line for line in text if line.startswith("content/mentors/")]) == len(expected)
    assert f"{len(expected)} card{'' if len(expected) == 1 else 's'} last reviewed before 2025-11-24 (12 months before 2026-11-24)." in text


def test_lists_the_programmes_that_still_announce_a_passed_date_with_their_owners():
    catalog = load(PROJECT, TODAY).catalog
    passed = [program for program in catalog.programs if program.has_passed_dates(TODAY)]
    assert passed, "the sample has a closed programme whose next cohort date has passed"
    report = json.loads(stale(PROJECT, "--today", TODAY, "--format", "json"))
    assert [entry["id"] for entry in report["programme_dates_passed"]] == [program.id for program in passed]
    text = stale(PROJECT, "--today", TODAY)
    for program in passed:
        assert f"{program.source}: announces " in text and f"owner @{program.owner['github']}" in text
    body = stale(PROJECT, "--today", TODAY, "--format", "markdown")
    assert "## Programme dates that have passed" in body and all(program.source in body for program in passed)


def test_the_limit_is_a_number_of_months(generated):
    counts = []
    for months, cutoff in ((12, datetime.date(2025, 11, 24)), (6, datetime.date(2026, 5, 24)), (3, datetime.date(2026, 8, 24))):
        report = json.loads(stale(generated, "--today", TODAY, "--months", months, "--format", "json"))
        assert [card["id"] for card in report["stale"]] == reviewed_before(cutoff, generated, oldest_first=True), months
        counts.append(len(report["stale"]))
    assert 0 < counts[0] < counts[1] < counts[2] < 60
    assert stale(generated, "--today", TODAY, "--months", 600).splitlines()[0] == "Every card was reviewed in the 600 months before 2026-11-24."


def test_the_issue_body_names_each_owner_and_links_to_the_card():
    body = stale(PROJECT, "--today", TODAY, "--months", 6, "--format", "markdown")
    catalog = load(PROJECT, TODAY).catalog
    stale_now = [m for m in catalog.mentors if m.id in reviewed_before(datetime.date(2026, 5, 24))]
    for mentor in stale_now:
        line = next(line for line in body.splitlines() if f"/{mentor.id}.yml" in line)
        assert line.startswith("- [ ] **")
        assert f"(https://github.com/northwind-labs/mentoring-hub/edit/main/content/mentors/{mentor.id}.yml)" in line
        assert line.endswith(f"@{mentor.github}" if mentor.github else "no GitHub handle on the card")


def test_names_cannot_inject_markdown_or_mentions(tmp_path):
    from mentoring.data.model import Catalog, Mentor
    from mentoring.data.vocabulary import Vocabulary

    catalog = Catalog(Vocabulary({}, {}, {}))
    catalog.mentors = [Mentor({"id": "x", "name": "Eve <img src=x> @everyone [link](http://e.example) *", "last_reviewed": "2020-01-01"},
                              "content/mentors/x.yml")]
    cards = stale_cards(catalog, TODAY, 12)
    body = markdown_report(cards, TODAY, 12)
    assert "**Eve \\<img src=x\\> \\@everyone \\[link\\]\\(http://e.example\\) \\***" in body


def test_month_ends_are_clamped(generated):
    report = json.loads(stale(generated, "--today", "2026-03-31", "--months", 1, "--format", "json"))
    assert report["cutoff"] == "2026-02-28"
