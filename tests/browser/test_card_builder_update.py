"""Existing mentors update their card in the builder: filled from the published card, changes shown, proposed as an edit."""

from __future__ import annotations

import datetime
import json
import re

import pytest

from mentoring.data.issue_form import card_issue_url
from mentoring.data.yaml_reader import parse
from tests.browser.builder_pages import builder_session, open_builder, validator_problems
from tests.browser.form_typing import tick_tag
from tests.support.paths import PROJECT

pytestmark = pytest.mark.browser

REPO = "https://github.com/northwind-labs/mentoring-hub"


@pytest.fixture(scope="module")
def published(sample_site):
    """The cards as the site publishes them (api/mentors.json), by id."""
    return {record["id"]: record for record in json.loads((sample_site / "api/mentors.json").read_text(encoding="utf-8"))["mentors"]}


def card_fields(record: dict) -> dict:
    schema = json.loads((PROJECT / "schemas/mentor.schema.json").read_text(encoding="utf-8"))
    return {key: value for key, value in record.items() if key in schema["properties"]}


def test_every_profile_links_to_updating_its_card(sample_site, published):
    for card_id in published:
        page = (sample_site / "mentors" / card_id / "index.html").read_text(encoding="utf-8")
        assert f'href="../../contribute/card-builder/?update={card_id}">Update this card</a>' in page


def test_every_sample_mentor_can_update_their_card(browser, sample_server, published, tmp_path):
    today = datetime.date.today().isoformat()
    tab = open_builder(browser, sample_server.url)
    for card_id, record in published.items():
        tab.page.goto(sample_server.url + f"contribute/card-builder/?update={card_id}")
        tab.page.wait_for_selector(".hub-builder--opened")
        text = tab.page.locator("#card-yaml").text_content()
        # The form holds the published card exactly; only "Last reviewed" is refreshed.
        assert parse(text).data == {**card_fields(record), "last_reviewed": today}, card_id
        # And the text is the card's own file, comments, quotes, lists and blank lines as written. (A date the
        # builder writes is quoted, so that YAML 1.1 readers also read it as text.)
        written = (PROJECT / "content" / "mentors" / f"{card_id}.yml").read_text(encoding="utf-8")
        assert text == re.sub(r"(?m)^last_reviewed: .*$", f'last_reviewed: "{today}"', written, count=1), card_id
        assert tab.page.locator("#card-changes-list li").all_inner_texts() == [f"Last reviewed: {record['last_reviewed']} → {today}"]
        assert validator_problems(tmp_path, card_id, text) == [], card_id
        assert "already a card" not in tab.page.locator("#card-id-error").inner_text()
        assert tab.page.locator("#card-propose").get_attribute("href") == card_issue_url(REPO, card_id, text)
    assert tab.errors == [] and tab.offsite == []


def test_the_changes_are_listed_and_the_issue_form_gets_the_new_card(browser, sample_server, published):
    card_id, record = next((key, value) for key, value in published.items() if value["capacity"] < 50)
    tab = open_builder(browser, sample_server.url, query=f"?update={card_id}")
    page = tab.page
    page.wait_for_selector(".hub-builder--opened")
    assert f"content/mentors/{card_id}.yml" in page.locator("#card-update-intro").inner_text()
    assert page.locator("#card-id").evaluate("input => input.readOnly")
    page.fill("#card-capacity", str(record["capacity"] + 1))
    changes = page.locator("#card-changes-list li").all_inner_texts()
    assert f"Capacity: {record['capacity']} → {record['capacity'] + 1}" in changes
    assert any(change.startswith(f"Last reviewed: {record['last_reviewed']} → ") for change in changes)
    assert len(changes) == 2
    page.locator(".hub-builder__how summary").click()  # "What happens when you propose"
    assert page.locator("#card-steps-update").is_visible() and not page.locator("#card-steps-new").is_visible()
    assert page.locator("#card-propose").get_attribute("href") == card_issue_url(REPO, card_id, page.locator("#card-yaml").text_content())
    assert page.locator("#card-download").get_attribute("download") == f"{card_id}.yml"


def test_a_card_too_long_for_a_link_is_copied_for_its_edit_page(browser, sample_server, published):
    card_id = next(iter(published))
    tab = open_builder(browser, sample_server.url, query=f"?update={card_id}")
    page = tab.page
    page.wait_for_selector(".hub-builder--opened")
    page.fill("#card-bio", "é" * 1900)  # 1,900 characters, over 11,000 once encoded in a link
    assert page.locator("#card-propose").get_attribute("href") == f"{REPO}/edit/main/content/mentors/{card_id}.yml"
    with page.context.expect_page():
        page.locator("#card-propose").click()
    assert "select all the text and paste" in page.locator("#card-feedback").inner_text()
    assert page.evaluate("navigator.clipboard.readText()") == page.locator("#card-yaml").text_content()


def test_an_unknown_card_says_so_and_leaves_a_new_card(browser, sample_server):
    page = open_builder(browser, sample_server.url, query="?update=nobody-here").page
    page.wait_for_selector(".hub-builder--opened")
    assert page.locator("#card-update-title").inner_text() == "This card could not be opened"
    assert "no published card with the id “nobody-here”" in page.locator("#card-update-intro").inner_text()


def test_unticking_every_tag_of_a_list_keeps_the_field_as_an_empty_list(browser, sample_server, published):
    card_id, record = next((key, value) for key, value in published.items() if value.get("learning"))
    page = open_builder(browser, sample_server.url, query=f"?update={card_id}").page
    page.wait_for_selector(".hub-builder--opened")
    for tag in record["learning"]:
        tick_tag(page, "learning", tag, checked=False)
    assert parse(page.locator("#card-yaml").text_content()).data["learning"] == []
    assert f"Wants to learn: {', '.join(record['learning'])} → (none)" in page.locator("#card-changes-list li").all_inner_texts()


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_update_mode_has_no_serious_accessibility_violation(browser, sample_server, published, width):
    from tests.support.accessibility import serious_violations

    card_id = next(iter(published))
    tab = open_builder(browser, sample_server.url, query=f"?update={card_id}", width=width)
    tab.page.wait_for_selector(".hub-builder--opened")
    tab.page.fill("#card-capacity", "9")
    tab.page.fill("#card-photo", "not-uploaded-yet.jpg")
    tab.page.fill("#card-expertise-filter", "underwater basket weaving")
    assert serious_violations(tab.page) == []
    assert tab.errors == [] and tab.offsite == []


def test_an_edit_rewrites_only_the_changed_fields_in_the_card_s_own_text(browser, sample_server, published, tmp_path):
    today = datetime.date.today().isoformat()
    written = (PROJECT / "content" / "mentors" / "aisha-rahman.yml").read_text(encoding="utf-8")
    tab = open_builder(browser, sample_server.url, query="?update=aisha-rahman")
    page = tab.page
    page.wait_for_selector(".hub-builder--opened")
    page.fill("#card-capacity", "5")
    page.fill("#card-contact-chat", "@aisha on Teams")  # inside a group: the group's other lines stay
    page.fill("#card-pronouns", "")  # removed
    tick_tag(page, "learning", "python")  # a field the card did not have, put where the schema has it
    text = page.locator("#card-yaml").text_content()
    expected = (written.replace("pronouns: she/her\n", "")
                .replace("capacity: 4\n", "capacity: 5\n")
                .replace("  chat: '@aisha.rahman on Slack'\n", '  chat: "@aisha on Teams"\n')
                .replace("  - career-growth\nformats:", "  - career-growth\nlearning: [python]\nformats:")
                .replace("last_reviewed: 2026-10-14\n", f'last_reviewed: "{today}"\n'))
    assert text == expected
    assert validator_problems(tmp_path, "aisha-rahman", text) == []
    assert len(page.locator("#card-changes-list li").all_inner_texts()) == 5
    assert tab.errors == [] and tab.offsite == []


EDGE_CARD = (
    "# yaml-language-server: $schema=../../schemas/mentor.schema.json\r\n"
    "# A comment above the id\r\n"
    "id: ada-lovelace   # the file name\r\n"
    "name: 'Ada Lovelace'\r\n"
    "\r\n"
    "languages:\r\n"
    "- en\r\n"
    "- it\r\n"
    "bio: |+\r\n"
    "  Two blank lines follow, and they are part of the text.\r\n"
    "\r\n"
    "\r\n"
    "# a comment between fields\r\n"
    "contact: {email: ada@example.com}\r\n"
    "last_reviewed: 2026-01-01\r\n"
)


@pytest.mark.parametrize("change,gone", [
    ({}, []),
    ({"bio": "A new bio, with no blank line after it."}, ["bio: |+", "  Two blank lines follow, and they are part of the text.", "", ""]),
    ({"contact": {"email": "ada@northwind.example"}}, ["contact: {email: ada@example.com}"]),
    ({"languages": ["en"], "name": "Ada"}, ["name: 'Ada Lovelace'", "languages:", "- en", "- it"]),
], ids=["nothing", "bio", "contact", "list-and-name"])
def test_the_editor_keeps_every_line_it_does_not_change_in_unusual_files(builder_page_for_edits, change, gone):
    before = parse(EDGE_CARD).data
    after = {**before, **change, "last_reviewed": "2026-12-07"}
    order = list(json.loads((PROJECT / "schemas/mentor.schema.json").read_text(encoding="utf-8"))["properties"])
    text = builder_page_for_edits.evaluate("([text, before, after, order]) => window.MentoringHub.cardYaml.edit(text, before, after, order, '# header')",
                                           [EDGE_CARD, before, after, order])
    assert parse(text).data == after
    lines = EDGE_CARD.split("\r\n")
    for line in [*gone, "last_reviewed: 2026-01-01"]:
        lines.remove(line)
    written = text.split("\r\n")
    assert [line for line in lines if line not in written] == []
    assert "\n" not in text.replace("\r\n", "")


def test_a_file_the_editor_cannot_follow_is_written_anew_and_still_reads_as_the_card(builder_page_for_edits):
    text = "? id\n: ada-lovelace\nname: Ada\n"
    after = {"id": "ada-lovelace", "name": "Ada Lovelace"}
    out = builder_page_for_edits.evaluate("([text, after]) => window.MentoringHub.cardYaml.edit(text, {id: 'ada-lovelace', name: 'Ada'}, after, ['id', 'name'], '# header')",
                                          [text, after])
    assert out.startswith("# header\n") and parse(out).data == after


@pytest.fixture(scope="module")
def builder_page_for_edits(browser, sample_server):
    yield from builder_session(browser, sample_server.url)
