"""Nothing typed into the card builder is changed silently: kept as typed, and flagged in the validator's words."""

from __future__ import annotations

import pytest

from mentoring.data.yaml_reader import parse
from tests.browser.builder_pages import builder_session, validator_problems
from tests.browser.test_card_builder import fill_valid_card

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, sample_server):
    yield from builder_session(browser, sample_server.url)


def card_of(page) -> dict:
    return parse(page.locator("#card-yaml").text_content()).data


def test_over_long_text_is_kept_whole_and_flagged(page, tmp_path):
    fill_valid_card(page, page.locator("#card-programs input").first.get_attribute("value"))
    bio = "I like helping people find their footing. " * 50  # 2,100 characters
    page.locator("#card-bio").fill(bio)
    page.locator("#card-pronouns").fill("she/her, or they/them, either is fine")
    assert card_of(page)["bio"] == bio and card_of(page)["pronouns"] == "she/her, or they/them, either is fine"
    assert page.locator("#card-bio-error").inner_text() == "Is too long: at most 2000 characters; shorten it by 100."
    assert page.locator("#card-pronouns-error").inner_text() == "Is too long: at most 30 characters; shorten it by 7."
    assert page.locator("#card-bio-count").inner_text() == "2100 / 2000 characters: too long"
    assert "To fix (2): Pronouns, Bio" in page.locator("#card-status").inner_text()
    problems = validator_problems(tmp_path, "zoe-obrien", page.locator("#card-yaml").text_content())
    assert problems == ["pronouns: is too long: at most 30 characters; shorten it by 7",
                        "bio: is too long: at most 2000 characters; shorten it by 100"]


def test_the_bio_is_kept_byte_for_byte(page):
    bio = "    indented code block\n    second line\n\nA paragraph.\n\n\n"
    page.locator("#card-bio").fill(bio)
    assert card_of(page)["bio"] == bio
    assert page.locator("#card-bio-error").inner_text() == ""


def test_multi_word_language_names_resolve_and_lists_keep_the_chosen_order(page):
    page.fill("#card-languages", "Scottish Gaelic, en; Italian")
    assert page.locator("#card-languages-resolved").inner_text() == "Reads as: Scottish Gaelic (gd), English (en), Italian (it)."
    page.check("#card-formats input[value=flash]")
    page.check("#card-formats input[value=one-on-one]")
    programmes = page.locator("#card-programs input").evaluate_all("inputs => inputs.map(input => input.value)")
    page.check(f"#card-programs input[value={programmes[-1]}]")
    page.check(f"#card-programs input[value={programmes[0]}]")
    card = card_of(page)
    assert card["languages"] == ["gd", "en", "it"]
    assert card["formats"] == ["flash", "one-on-one"]
    assert card["programs"] == [programmes[-1], programmes[0]]


def test_invisible_characters_are_named_by_code_point_as_the_validator_does(page, tmp_path):
    fill_valid_card(page, page.locator("#card-programs input").first.get_attribute("value"))
    page.fill("#card-contact-email", "zoe\ufeff@northwind.example")
    message = ("'zoe\\ufeff@northwind.example' is not accepted: write one plain address such as 'ada.lovelace@example.com'; "
               "it contains 1 invisible character: U+FEFF (byte order mark)")
    assert page.locator("#card-contact-email-error").inner_text() == message + "."
    assert validator_problems(tmp_path, "zoe-obrien", page.locator("#card-yaml").text_content()) == [f"contact.email: {message}"]


def test_a_negative_capacity_gets_one_message(page):
    page.fill("#card-capacity", "-1")
    page.fill("#card-active-mentees", "0")
    assert page.locator("#card-capacity-error").inner_text() == "Must be 0 or more."
    assert page.locator("#card-active-mentees-error").inner_text() == ""


@pytest.mark.parametrize("typed", ["three", "3.5", "e", "1e3", "-"])
def test_a_capacity_that_is_not_a_whole_number_is_named_as_typed_never_nan(page, tmp_path, typed):
    fill_valid_card(page, page.locator("#card-programs input").first.get_attribute("value"))
    page.fill("#card-capacity", typed)
    shown = page.locator("#card-capacity-error").inner_text()
    assert "NaN" not in shown and f"'{typed}'" in shown, shown
    assert card_of(page)["capacity"] == typed, "kept as typed, as the validator reads the card"
    assert [problem for problem in validator_problems(tmp_path, "zoe-obrien", page.locator("#card-yaml").text_content())
            if problem.startswith("capacity")], "the validator refuses it too"


def test_a_tag_search_without_a_match_says_how_to_propose_a_tag(page):
    page.fill("#card-expertise-filter", "underwater basket weaving")
    note = page.locator("#card-expertise-no-match")
    assert note.is_visible()
    assert note.inner_text().startswith("No tag matches “underwater basket weaving”.")
    assert note.locator("a").get_attribute("href").endswith("/edit/main/schemas/expertise.yml")
    page.fill("#card-expertise-filter", "k8s")
    assert not note.is_visible()


def test_a_photo_not_uploaded_yet_is_never_claimed_to_pass(page):
    fill_valid_card(page, page.locator("#card-programs input").first.get_attribute("value"))
    page.fill("#card-photo", "zoe-obrien.jpg")
    status = page.locator("#card-status").inner_text()
    assert "passes every check" not in status
    assert "Everything the builder can check passes. It cannot check: Photo" in status
    assert page.locator("#card-photo-error").inner_text().startswith("'zoe-obrien.jpg' is not uploaded yet")
    assert "/issues/new?template=mentor-card.yml&title=Mentor%20card%3A%20zoe-obrien&card=" in page.locator("#card-propose").get_attribute("href")
    assert page.locator("#card-upload").get_attribute("href").endswith("/upload/main/content/mentors/photos")
