"""The card builder in a real Chromium: a form from the schema that writes a card the validator accepts."""

from __future__ import annotations

import datetime
import json
import random
import shutil
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml

from mentoring import load
from mentoring.data.ids import slugify
from mentoring.data.schemas import is_date
from mentoring.data.yaml_reader import parse
from tests.support.accessibility import serious_violations
from tests.browser.form_typing import tick_tag
from tests.support.paths import PROJECT

pytestmark = pytest.mark.browser

REPO = "https://github.com/northwind-labs/mentoring-hub"
BIO = ("I lead the platform team.\n\n- Ask me about *on-call*: yes, really\n# not a heading in YAML\n"
       "  indented line: kept\nLast line with 'quotes' and \"double quotes\"")


@pytest.fixture
def builder(sample_server, visit):
    """The card builder at desktop width, with the requests it makes after loading."""
    tab = visit(width=1280)
    tab.page.goto(sample_server.url + "contribute/card-builder/")
    tab.page.wait_for_selector(".hub-builder--ready")
    tab.later_requests = []
    tab.page.on("request", lambda request: tab.later_requests.append(request.url))
    return tab


@pytest.fixture(scope="module")
def first_mentor(sample_site):
    """The first card of the sample, to try to add it again."""
    return json.loads((sample_site / "api" / "mentors.json").read_text(encoding="utf-8"))["mentors"][0]


def fill_valid_card(page, programme: str) -> None:
    page.fill("#card-name", "Zoë O'Brien")
    page.fill("#card-pronouns", "she/her")
    page.fill("#card-title", "Yes")  # YAML 1.1 would read a bare yes as true
    page.fill("#card-department", "Engineering: Platform")  # a ': ' inside a value
    page.fill("#card-location", "#1 Office, 010")
    page.fill("#card-timezone", "Europe/Dublin")
    page.fill("#card-languages", "en, Italian, no")  # a name, and 'no' (Norwegian), which YAML 1.1 reads as false
    tick_tag(page, "expertise", "kubernetes")  # ticked first: strongest
    tick_tag(page, "expertise", "python")
    tick_tag(page, "learning", "public-speaking")
    page.check("#card-formats input[value=one-on-one]")
    page.check("#card-formats input[value=flash]")
    page.check(f"#card-programs input[value={programme}]")
    page.fill("#card-capacity", "3")
    page.fill("#card-active-mentees", "1")
    page.uncheck("#card-accepting")
    page.fill("#card-bio", BIO)
    page.fill("#card-contact-email", "zoe.obrien@northwind.example")
    page.fill("#card-contact-chat", "@zoe on Slack")
    page.fill("#card-github", "zoe-obrien")


def test_the_form_writes_a_card_the_validator_accepts_and_a_prefilled_proposal(builder, tmp_path):
    page = builder.page
    programme = page.locator("#card-programs input").first.get_attribute("value")
    fill_valid_card(page, programme)
    assert page.locator("#card-status").inner_text().startswith("Your card is complete")
    assert page.locator("[aria-invalid=true]").count() == 0
    text = page.locator("#card-yaml").text_content()
    today = datetime.date.today().isoformat()
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../schemas/mentor.schema.json"
    assert yaml.safe_load(text) == {
        "id": "zoe-obrien", "name": "Zoë O'Brien", "pronouns": "she/her", "title": "Yes",
        "department": "Engineering: Platform", "location": "#1 Office, 010", "timezone": "Europe/Dublin",
        "languages": ["en", "it", "no"], "expertise": ["kubernetes", "python"], "learning": ["public-speaking"],
        "formats": ["one-on-one", "flash"], "programs": [programme], "capacity": 3, "active_mentees": 1,
        "accepting": False, "bio": BIO, "contact": {"email": "zoe.obrien@northwind.example", "chat": "@zoe on Slack"},
        "last_reviewed": today, "github": "zoe-obrien",
    }
    # The validator accepts it among the sample's cards and programmes.
    root = tmp_path / "org"
    for name in ("content", "programs", "guides", "schemas"):
        shutil.copytree(PROJECT / name, root / name)
    (root / "content/mentors/zoe-obrien.yml").write_text(text, encoding="utf-8")
    result = load(root)
    assert result.problems == []
    assert "zoe-obrien" in [mentor.id for mentor in result.catalog.mentors]
    # "Propose this card" opens the mentor-card issue form with the title and the card filled in.
    link = urlsplit(page.locator("#card-propose").get_attribute("href"))
    assert f"{link.scheme}://{link.netloc}{link.path}" == f"{REPO}/issues/new"
    assert parse_qs(link.query) == {"template": ["mentor-card.yml"], "title": ["Mentor card: zoe-obrien"], "card": [text]}
    assert page.locator("#card-propose").get_attribute("target") == "_blank"
    assert page.locator("#card-path").inner_text() == "content/mentors/zoe-obrien.yml"
    download = page.locator("#card-download")
    assert download.get_attribute("download") == "zoe-obrien.yml"
    assert unquote(download.get_attribute("href").split(",", 1)[1]) == text
    # Nothing was sent anywhere while filling in the form.
    assert builder.later_requests == [] and builder.offsite == [] and builder.errors == []


def test_mistakes_are_flagged_next_to_the_field_as_you_type(builder, first_mentor):
    page = builder.page
    email = page.locator("#card-contact-email")
    email.fill("ada@")
    assert email.get_attribute("aria-invalid") == "true"
    assert "card-contact-email-error" in email.get_attribute("aria-describedby").split()
    # The validator's words (schemas/messages.yml and the schema's x-hint), not the builder's own.
    assert page.locator("#card-contact-email-error").inner_text() == (
        "'ada@' is not accepted: write one plain address such as 'ada.lovelace@example.com'.")
    email.fill("ada@northwind.example")
    assert email.get_attribute("aria-invalid") is None
    assert page.locator("#card-contact-email-error").inner_text() == ""

    page.fill("#card-capacity", "1")
    page.fill("#card-active-mentees", "2")
    assert "more than your capacity of 1" in page.locator("#card-active-mentees-error").inner_text()
    page.fill("#card-languages", "en, xx")
    assert page.locator("#card-languages-error").inner_text().startswith("'xx' is not a language the form knows")
    page.fill("#card-name", first_mentor["name"])
    page.fill("#card-id", first_mentor["id"])
    assert "already a card" in page.locator("#card-id-error").inner_text()
    page.click("#card-expertise-browse")  # the whole list
    for _ in range(11):
        page.locator("#card-expertise input[type=checkbox]:not(:checked)").first.check()
    assert page.locator("#card-expertise-error").inner_text() == "You chose 11; keep at most 10."
    # Untouched required fields are listed, not shouted at.
    assert page.locator("#card-title-error").inner_text() == ""
    status = page.locator("#card-status").inner_text()
    assert "Still to fill in" in status and "Job title" in status and "To fix" in status

    # Proposing an unfinished card shows every message, and focuses a summary that links to each field.
    page.locator("#card-propose").click()
    assert page.url.endswith("/contribute/card-builder/")  # nothing opened
    assert "need attention" in page.locator("#card-feedback").inner_text()
    assert page.locator("#card-title-error").inner_text() == "Fill this in, for example Staff Software Engineer."
    assert page.evaluate("document.activeElement.id") == "card-error-summary"
    links = page.locator("#card-error-summary li a")
    assert links.first.inner_text().startswith("Card id: ") and any(text.startswith("Job title: ") for text in links.all_inner_texts())
    links.first.click()
    assert page.evaluate("document.activeElement.id") == "card-id"
    assert builder.offsite == [] and builder.errors == []


def test_a_failed_propose_on_a_phone_puts_the_focus_on_a_summary_in_view(sample_server, visit):
    tab = visit(width=390)
    page = tab.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(sample_server.url + "contribute/card-builder/")
    page.wait_for_selector(".hub-builder--ready")
    page.locator("#card-propose").click()
    summary = page.locator("#card-error-summary")
    assert page.evaluate("document.activeElement.id") == "card-error-summary"
    box, header = summary.bounding_box(), page.locator(".md-header").bounding_box()
    assert box["y"] >= header["y"] + header["height"] - 1 and box["y"] < 844, "in view, below the sticky header"
    fields = summary.locator("li a")
    assert fields.count() >= 5, "every required field is listed"
    for text in fields.all_inner_texts():
        assert "NaN" not in text and "YAML" not in text
    target = fields.nth(2).get_attribute("href").lstrip("#")
    fields.nth(2).click()
    assert page.evaluate("document.activeElement.closest('[id]').id") in (target, page.evaluate(f"document.querySelector('#{target} input') && document.querySelector('#{target} input').id"))
    assert tab.errors == []


def test_the_name_makes_the_id_until_the_id_is_edited(builder):
    page = builder.page
    page.fill("#card-name", "Élodie Martin-Durand")
    assert page.input_value("#card-id") == "elodie-martin-durand"
    page.fill("#card-id", "elodie")
    page.fill("#card-name", "Élodie Martin")
    assert page.input_value("#card-id") == "elodie"


def test_tags_can_be_found_by_their_synonyms(builder):
    page = builder.page
    page.fill("#card-expertise-filter", "k8s")
    visible = page.locator("#card-expertise .hub-builder__tag:visible")
    assert visible.all_inner_texts() == ["Kubernetes"]
    page.check("#card-expertise input[value=kubernetes]")
    page.fill("#card-expertise-filter", "design")
    assert "Kubernetes" not in page.locator("#card-expertise .hub-builder__tag:visible").all_inner_texts()
    chips = page.locator("#card-expertise-chosen button")
    assert [chips.nth(index).get_attribute("aria-label") for index in range(chips.count())] == ["Remove Kubernetes"]  # ticked: a chip


def test_any_text_survives_the_trip_through_yaml(builder):
    """Strings YAML 1.1 would misread, and random text, come back exactly through the validator's reader."""
    rng = random.Random(5)
    alphabet = "aZ09 :#-?,[]{}&*!|>'\"%@`\\/\t~=+.;éß中🙂\u00a0\u0085\u2028\u200b"
    tricky = ["yes", "No", "ON", "off", "y", "n", "null", "~", "true", "False", "010", "0x1A", "1_000", "12:30",
              "2026-01-01", "1e3", ".inf", "-", "- item", "? key", ": x", "a: b", "a #b", "#c", "@at", "`tick`",
              "'single'", '"double"', "trailing ", " leading", "%TAG", "!tag", "&anchor", "*alias", "|", ">",
              "[list]", "{map}", "a,b", "---", "...", "tab\there", "line\nbreak", "multi\n\nline\n", "ends\n\n",
              "\n leading break", "é", "中文", "🙂 emoji"]
    tricky += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))) for _ in range(400)]
    texts = builder.page.evaluate(
        "values => values.map(value => window.MentoringHub.cardBuilder.toYaml({title: value, bio: value}))", tricky)
    assert len(texts) == len(tricky)
    for value, text in zip(tricky, texts):
        data = parse(text).data  # the validator's own careful reader
        assert data == {"title": value, "bio": value}, (value, text)


@pytest.mark.parametrize("width,dark", [(1280, False), (390, True)], ids=["desktop-light", "phone-dark"])
def test_the_builder_and_the_reference_have_no_serious_accessibility_violation(sample_server, visit, artifacts, width, dark):
    for path, name in (("contribute/card-builder/", "card-builder"), ("contribute/fields/", "field-reference")):
        tab = visit(width=width, dark=dark)
        tab.page.goto(sample_server.url + path)
        if name == "card-builder":
            tab.page.wait_for_selector(".hub-builder--ready")
            tab.page.fill("#card-name", "Ada")
            tab.page.fill("#card-contact-email", "not an address")
            tab.page.locator("#card-propose").click()  # every message shown
        tab.page.screenshot(path=artifacts / f"{name}-{width}-{'dark' if dark else 'light'}.png")
        assert serious_violations(tab.page) == [], f"{path} at {width}px"
        assert tab.offsite == [] and tab.errors == []


def test_without_javascript_the_page_says_how_else_to_start(sample_server, visit):
    tab = visit(javascript=False)
    tab.page.goto(sample_server.url + "contribute/card-builder/")
    assert "The card builder needs JavaScript" in tab.page.locator("body").inner_text()
    assert not tab.page.locator(".hub-builder__preview").is_visible()


SLUGS = yaml.safe_load((PROJECT / "tests" / "cases" / "slugs.yml").read_text(encoding="utf-8"))


def test_the_id_suggested_from_a_name_is_the_one_mentoring_new_makes(builder):
    """One rule, written once as steps in the schema: the builder and ids.slugify give the same ids."""
    names = [case["name"] for case in SLUGS]
    assert builder.page.evaluate("names => names.map(MentoringHub.cardBuilder.slug)", names) == [case["id"] or "" for case in SLUGS]
    assert [slugify(name) for name in names] == [case["id"] or "" for case in SLUGS]


DATES = yaml.safe_load((PROJECT / "tests" / "cases" / "dates.yml").read_text(encoding="utf-8"))


def test_the_builder_and_the_validator_read_the_same_days_as_dates(builder):
    texts = [case["text"] for case in DATES]
    assert builder.page.evaluate("texts => texts.map(MentoringHub.cardChecker.isDate)", texts) == [case["date"] for case in DATES]
    assert [is_date(text) for text in texts] == [case["date"] for case in DATES]
