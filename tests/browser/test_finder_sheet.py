"""The directory's filters on a phone, in Chromium, on a generated organisation of 2,000 mentors.

A mentee at 390 x 844 finds a data-science mentor who speaks Italian in six taps: "Filters" opens
the facets in a sheet (a modal dialog), Expertise and Language unfold, a box each, then "Show N
mentors", where N is what the card files say. The first result is then in view below the header,
with focus on it. Chips above the results remove filters; Escape closes the sheet and gives focus
back; a wide screen keeps the filters beside the cards; axe finds nothing serious with the sheet
open. The profile reached from there drafts the request in Italian, from the Italian mentee guide,
and switches back to English.
"""

from __future__ import annotations

import re

import pytest

from tests.browser import finder_expected as expected
from tests.support.accessibility import serious_violations
from tests.support.mailto import decode_mailto
from tests.support.paths import PROJECT

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
SHEET = "dialog#hub-filter-sheet"
PLACEHOLDER = re.compile(r"<[^<>]+>")


class Taps:
    """Clicks, counted: what a mentee's thumb does."""

    def __init__(self):
        self.count = 0

    def __call__(self, locator):
        locator.click()
        self.count += 1


def phone_directory(visit, url: str):
    tab = visit(width=PHONE["width"])
    tab.page.set_viewport_size(PHONE)
    tab.page.goto(url)
    tab.page.wait_for_selector("#mentor-filters.is-ready")
    return tab


def how_many(org, **selection: list[str]) -> int:
    """The mentors the card files say a selection keeps."""
    return sum(1 for card in org.cards if expected.matches(card, selection))


def shown_count(page) -> int:
    text = page.locator("[data-sheet-show]").inner_text()
    found = re.fullmatch(r"Show ([\d,]+) (mentors?)", text)
    assert found, text
    number = int(found.group(1).replace(",", ""))
    assert found.group(2) == ("mentor" if number == 1 else "mentors"), text
    return number


def test_data_science_and_italian_in_six_taps_land_on_the_first_result(big, visit):
    tab = phone_directory(visit, big.url + "mentors/")
    page = tab.page
    tap = Taps()
    tap(page.get_by_role("button", name="Filters"))
    sheet = page.locator(SHEET)
    assert sheet.evaluate("dialog => dialog.open && dialog.matches(':modal')")
    assert page.locator(f"{SHEET} details[open]").count() == 0, "every group starts folded"
    tap(sheet.locator("summary", has_text="Expertise"))
    tap(sheet.locator("input[name=expertise][value=data-science]"))
    assert shown_count(page) == how_many(big, expertise=["data-science"])
    assert "1 selected" in sheet.locator("details[data-facet=expertise] summary").inner_text()
    tap(sheet.locator("summary", has_text="Language"))
    tap(sheet.locator("input[name=languages][value=it]"))
    wanted = how_many(big, expertise=["data-science"], languages=["it"])
    assert wanted > 0 and shown_count(page) == wanted
    tap(page.get_by_role("button", name=re.compile(r"^Show [\d,]+ mentors?$")))

    assert tap.count <= 6
    assert not sheet.evaluate("dialog => dialog.open")
    assert page.locator("#mentor-count").inner_text().startswith(f"{wanted:,} of 2,000 mentors")
    first = page.locator("#mentor-list > li").first
    assert page.evaluate("document.activeElement") == page.evaluate("document.querySelector('#mentor-list > li .hub-card__name a')")
    header = page.locator(".md-header").bounding_box()
    card = first.bounding_box()
    assert header["y"] + header["height"] <= card["y"] + 1 and card["y"] < PHONE["height"] - 100, (header, card)
    assert "Data science" in first.locator("ul.hub-tags").inner_text()
    assert page.evaluate("location.search") == "?expertise=data-science&languages=it"
    assert tab.errors == []


def test_a_long_group_narrows_to_what_is_typed(big, visit):
    page = phone_directory(visit, big.url + "mentors/").page
    page.get_by_role("button", name="Filters").click()
    page.locator(SHEET).locator("summary", has_text="Expertise").click()
    page.get_by_label("Find expertise").fill("data sci")
    visible = page.locator(f"{SHEET} details[data-facet=expertise] .hub-facet__options > li:visible")
    assert visible.all_inner_texts() and all("Data science" in text for text in visible.all_inner_texts())
    assert "1 of" in page.locator("#hub-narrow-expertise-left").inner_text()
    page.get_by_label("Find expertise").fill("")
    assert visible.count() > 20


def test_chips_remove_filters_on_a_phone(big, visit):
    page = phone_directory(visit, big.url + "mentors/?expertise=data-science&languages=it").page
    chips = page.locator("#mentor-chips button")
    assert chips.all_text_contents() == ["Remove Data science×", "Remove Italian×"]
    page.get_by_role("button", name="Remove Italian").click()
    assert page.locator("#mentor-count").inner_text().startswith(f"{how_many(big, expertise=['data-science']):,} of 2,000")
    page.wait_for_function("location.search === '?expertise=data-science'")
    assert not page.locator("input[name=languages][value=it]").is_checked()


def test_escape_and_the_close_button_close_the_sheet_and_focus_goes_back(big, visit):
    page = phone_directory(visit, big.url + "mentors/").page
    filters = page.get_by_role("button", name="Filters")
    filters.click()
    for _ in range(25):  # focus stays inside the sheet
        page.keyboard.press("Tab")
        assert page.evaluate(f"!document.activeElement || document.activeElement === document.body || !!document.activeElement.closest('{SHEET}')")
    page.keyboard.press("Escape")
    assert not page.locator(SHEET).evaluate("dialog => dialog.open")
    assert page.evaluate("document.activeElement.classList.contains('hub-filters__toggle')")
    filters.click()
    close = page.get_by_role("button", name="Close filters")
    assert close.is_visible()
    close.click()
    assert not page.locator(SHEET).evaluate("dialog => dialog.open")
    assert page.evaluate("document.activeElement.classList.contains('hub-filters__toggle')")
    assert page.locator("#hub-filter-facets").evaluate("facets => facets.parentElement.id") == "mentor-filters"


def test_a_wide_screen_keeps_the_filters_beside_the_cards(big, visit):
    page = visit(width=1280).page
    page.goto(big.url + "mentors/")
    page.wait_for_selector("#mentor-filters.is-ready")
    assert not page.get_by_role("button", name="Filters").is_visible()
    assert page.locator("input[name=expertise][value=data-science]").is_visible()
    assert page.locator("#hub-filter-facets").evaluate("facets => !facets.closest('dialog')")
    assert page.locator("dialog[open]").count() == 0
    filters, results = page.locator("#mentor-filters").bounding_box(), page.locator("#mentor-results").bounding_box()
    assert filters["x"] + filters["width"] <= results["x"], "side by side"


def test_no_serious_accessibility_violation_with_the_sheet_open(big, visit):
    page = phone_directory(visit, big.url + "mentors/?languages=it").page
    page.locator(".hub-filters__toggle").click()
    page.locator(SHEET).locator("summary", has_text="Expertise").click()
    assert serious_violations(page) == []


def test_each_facet_has_one_name_and_skip_to_results_passes_the_filters(big, visit):
    page = visit(width=1280).page
    page.goto(big.url + "mentors/")
    page.wait_for_selector("#mentor-filters.is-ready")
    for label in ("Expertise", "Language", "Time zone"):
        facet = page.locator("details.hub-facet", has=page.locator("summary", has_text=label))
        assert facet.locator("legend, [aria-label]").count() == 0
        assert facet.aria_snapshot().count(label) == 1, facet.aria_snapshot()[:300]
    skip = page.get_by_role("link", name="Skip to results")
    assert skip.evaluate("link => link.compareDocumentPosition(document.getElementById('mentor-filters')) & Node.DOCUMENT_POSITION_FOLLOWING")
    skip.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "mentor-results"
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('#mentor-results')")


def italian_guide_request() -> tuple[str, str]:
    """The subject and message in the Italian mentee guide's "Ask" block, as written there."""
    guide = (PROJECT / "guides" / "it" / "mentee-advice.md").read_text(encoding="utf-8")
    block = re.search(r"\{#ask\}.*?```text\n(.*?)```", guide, re.DOTALL).group(1)
    subject_line, message = block.split("\n\n", 1)
    return subject_line.split(":", 1)[1].strip(), " ".join(message.split())


def test_the_first_result_drafts_the_request_in_italian_from_the_guide_and_switches_to_english(big, visit):
    tab = phone_directory(visit, big.url + "mentors/?expertise=data-science&languages=it&accepting=true")  # a mentor with room to ask
    page = tab.page
    link = page.locator("#mentor-list > li .hub-card__name a").first
    name = link.inner_text()
    assert link.get_attribute("href").endswith("/#ask=data-science&lang=it")
    link.click()
    page.wait_for_url("**/#ask=data-science&lang=it")
    page.wait_for_load_state("load")
    message = page.get_by_label(f"Your message to {name}")
    subject, message_in_guide = italian_guide_request()
    written = message_in_guide.replace("<nome>", name).replace("<la sua competenza>", "Data science")
    assert message.input_value() == written
    assert len(PLACEHOLDER.findall(message.input_value())) == 2
    mail = page.locator("[data-request-mail]")
    if mail.count():
        _, fields = decode_mailto(mail.get_attribute("href"))
        assert fields == {"subject": subject, "body": written}
    page.get_by_role("radio", name="English").check()
    english = message.input_value()
    assert english.startswith(f"Hi {name}, I'm <your name>.") and "I saw that you know Data science well." in english
    assert len(PLACEHOLDER.findall(english)) == 2
    page.get_by_role("radio", name="Italian").check()
    assert message.input_value() == written
    assert tab.errors == []


def test_a_profile_reached_from_the_directory_names_the_topic_with_two_placeholders_at_most(big, visit):
    tab = visit(width=1280)
    page = tab.page
    page.goto(big.url + "mentors/?expertise=data-science&accepting=true")
    page.wait_for_selector("#mentor-filters.is-ready")
    link = page.locator("#mentor-list > li .hub-card__name a").first
    name = link.inner_text()
    link.click()
    page.wait_for_url("**/#ask=data-science")
    page.wait_for_load_state("load")
    drafted = page.get_by_label(f"Your message to {name}").input_value()
    assert "Data science" in drafted and name in drafted
    assert len(PLACEHOLDER.findall(drafted)) <= 2
    assert tab.errors == []
