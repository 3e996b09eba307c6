"""The card builder made for people on phones (issue 26) and by keyboard (issue 30): a short page, one
finder per tag list, languages and time zones by the names people use, messages in the form's words,
errors on the control that gets the focus, live regions that speak only when their summary changes,
and "What changes" in view while updating."""

from __future__ import annotations

import re

import pytest

from tests.browser.builder_pages import open_builder

pytestmark = pytest.mark.browser

PAGE_HEIGHT_AT_390 = 5_000  # px; the page measured 9,709 before one finder per tag list (issue 26), 4,813 after
FORM_HEIGHT_AT_390 = 3_500  # px; the form measured 7,405 before, 3,316 after
# Words of the file behind the form that a message on the page must never use.
FILE_WORDS = re.compile(r"NaN|YAML|schema|ISO 639|IANA|\b[a-z]+_[a-z_]+\b")


@pytest.fixture
def phone(browser, sample_server):
    tab = open_builder(browser, sample_server.url, width=390)
    yield tab
    assert tab.errors == [] and tab.offsite == []
    tab.page.context.close()


def test_the_page_at_390_px_is_short_and_lists_each_tag_once(phone):
    page = phone.page
    assert page.evaluate("document.documentElement.scrollHeight") <= PAGE_HEIGHT_AT_390
    assert page.locator("#card-form").bounding_box()["height"] <= FORM_HEIGHT_AT_390
    assert page.locator(".hub-builder__tag:visible").count() == 0, "no tag list until a finder is used"
    page.fill("#card-expertise-filter", "python")
    assert page.locator("#card-expertise .hub-builder__tag:visible").all_inner_texts() == ["Python"]


def test_the_two_tag_finders_have_their_own_names(phone):
    names = [phone.page.locator(f"label[for=card-{path}-filter]").inner_text() for path in ("expertise", "learning")]
    assert names == ["Find an expertise tag", "Find a tag to learn"]


@pytest.mark.parametrize(("typed", "codes"), [("Español", ["es"]), ("Italiano", ["it"]), ("Spanish", ["es"]),
                                              ("español, Deutsch", ["es", "de"]), ("ESPANOL", ["es"])])
def test_languages_are_found_by_their_own_names(phone, typed, codes):
    phone.page.fill("#card-languages", typed)
    assert phone.page.evaluate("window.MentoringHub.cardBuilder.readCard().languages") == codes
    assert phone.page.locator("#card-languages-error").inner_text() == ""


def test_the_time_zone_is_found_by_city_and_typed_text_stays(phone):
    page = phone.page
    page.fill("#card-timezone", "Rome")
    assert page.evaluate("window.MentoringHub.cardBuilder.readCard().timezone") == "Europe/Rome"
    assert page.input_value("#card-timezone") == "Rome", "what was typed is not changed"
    assert page.locator("#card-timezone-resolved").inner_text() == "Reads as: Europe/Rome."
    assert "card-timezone-resolved" in page.get_attribute("#card-timezone", "aria-describedby").split()


def test_a_new_card_starts_in_the_browser_s_time_zone(browser, sample_server):
    tab = open_builder(browser, sample_server.url, timezone="Europe/Rome", width=390)
    assert tab.page.input_value("#card-timezone") == "Europe/Rome"
    tab.page.context.close()


def test_a_card_being_updated_keeps_its_own_time_zone(browser, sample_server):
    tab = open_builder(browser, sample_server.url, timezone="Pacific/Kiritimati", query="?update=aisha-rahman", width=390)
    tab.page.wait_for_selector(".hub-builder--opened")
    card = tab.page.evaluate("window.MentoringHub.cardBuilder.mode.published")
    assert tab.page.input_value("#card-timezone") == card["timezone"] != "Pacific/Kiritimati"
    tab.page.context.close()


def test_a_failed_propose_leads_to_the_expertise_finder_with_its_message(phone):
    page = phone.page
    page.locator("#card-propose").click()
    assert page.evaluate("document.activeElement.id") == "card-error-summary"
    link = page.locator("#card-error-summary a[href='#card-expertise-filter']")
    assert link.inner_text() == "Expertise: choose at least 1."
    messages = page.locator("#card-error-summary li, .hub-builder__error, #card-status").all_inner_texts()
    assert [text for text in messages if FILE_WORDS.search(text)] == []
    assert "Department: fill this in, for example Engineering." in messages
    link.click()
    finder = page.locator("#card-expertise-filter")
    assert page.evaluate("document.activeElement.id") == "card-expertise-filter"
    described = finder.get_attribute("aria-describedby").split()
    assert page.locator("#" + described[0]).inner_text() == "Choose at least 1."
    assert finder.get_attribute("aria-invalid") == "true"
    assert page.locator("#card-expertise input[type=checkbox][aria-invalid=true]").count() >= 50
    box, header = finder.bounding_box(), page.locator(".md-header").bounding_box()
    assert header["y"] + header["height"] <= box["y"] and box["y"] + box["height"] <= 900, "in view, below the header"


def test_the_live_regions_speak_only_when_their_summary_changes(phone):
    page = phone.page
    page.fill("#card-bio", "I lead the platform team and like helping people find their way in a new codebase.")
    page.evaluate("""() => {
        window.liveChanges = 0;
        const observer = new MutationObserver((records) => { window.liveChanges += records.length; });
        document.querySelectorAll('[aria-live], [role=status]').forEach((region) =>
            observer.observe(region, { childList: true, subtree: true, characterData: true }));
    }""")
    # Neither changes the summary (the bio stays right, pronouns are optional), though the bio's count changes.
    page.locator("#card-bio").press_sequentially(" Ask me about on-call.")
    page.locator("#card-pronouns").press_sequentially("she/her")
    assert page.evaluate("window.liveChanges") == 0
    page.fill("#card-name", "Zoë O'Brien")  # fills Name and Card id: the summary changes
    assert page.evaluate("window.liveChanges") > 0


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_what_changes_stays_in_view_while_updating(browser, sample_server, width):
    tab = open_builder(browser, sample_server.url, query="?update=aisha-rahman", width=width)
    page = tab.page
    page.wait_for_selector(".hub-builder--opened")
    page.fill("#card-contact-chat", "@ada on Teams")  # far down the form
    changes = page.locator("#card-changes")
    assert "Contact" in changes.inner_text()
    box = changes.bounding_box()
    if width == 1280:
        assert 0 <= box["y"] and box["y"] + 40 <= 900, "the panel beside the form shows it"
    else:
        propose = page.locator("#card-propose").bounding_box()
        assert box["y"] + box["height"] <= propose["y"] <= box["y"] + box["height"] + 40, "just above Propose"
    tab.page.context.close()


def test_a_tag_is_found_ticked_and_removed_by_keyboard(phone):
    page = phone.page
    page.locator("#card-expertise-filter").press_sequentially("k8s")
    page.keyboard.press("Enter")  # ticks the first tag shown
    page.locator("#card-expertise-filter").fill("py")
    page.keyboard.press("Enter")
    assert page.evaluate("window.MentoringHub.cardBuilder.readCard().expertise") == ["kubernetes", "python"]
    chip = page.locator("#card-expertise-chosen button[data-value=kubernetes]")
    assert chip.get_attribute("aria-label") == "Remove Kubernetes"
    chip.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("window.MentoringHub.cardBuilder.readCard().expertise") == ["python"]
    assert page.evaluate("document.activeElement.dataset.value") == "python", "the focus stays among the chips"
    assert page.locator("#card-expertise .hub-builder__tag:visible").count() == 1  # what "py" finds
    page.locator("#card-expertise-filter").fill("")
    page.click("#card-expertise-browse")
    assert page.get_attribute("#card-expertise-browse", "aria-expanded") == "true"
    assert page.locator("#card-expertise .hub-builder__tag:visible").count() == page.locator("#card-expertise .hub-builder__tag").count()
    assert page.locator("#card-learning .hub-builder__tag:visible").count() == 0, "the other list stays closed"
