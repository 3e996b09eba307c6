"""The card builder and `mentoring validate` agree: the same verdict for every field, by the same rules.

Each side names the rule that failed by its message's key in schemas/messages.yml (Problem.key, and
`key` in the builder's explainer); the builder words it for the form, the validator for the file, so
verdicts are compared by field and key, never by words.

Every mentor card of every validator case folder, and a few hundred generated cards (valid and broken),
go through the builder's checker in Chromium and through the validator. The builder writes each card as
YAML, which must read back as the same card. A sample is also typed into the form key by key.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings

from mentoring.data.layout import MENTORS_DIR
from mentoring.data.loader import Loader
from mentoring.data.yaml_reader import YamlError, parse
from tests.browser.builder_pages import builder_session, open_builder
from tests.browser.card_strategies import cards
from tests.browser.form_typing import type_card
from tests.support.paths import BASE, TODAY, build_case, validator_cases

pytestmark = pytest.mark.browser

LOADER = Loader()
# What only the validator can see: the file's name and place, and how the YAML text was written. The
# builder names the file after the id and writes the YAML itself.
FILE_ONLY = re.compile(r"is not the same as the file name|already uses the id|^YAML reads ")
# What the validator finds in the photo file itself; the builder, which cannot open it, says it cannot check it.
PHOTO_FILE = re.compile(r"^there is no file|^must be a file name inside|^is not a PNG, JPEG|pixels; use an image|^the photo is \d+ KB")
CANNOT_CHECK = "(the builder cannot check this)"  # the key both sides give what only the validator can see


@pytest.fixture(scope="module")
def builder_page(browser, sample_server):
    yield from builder_session(browser, sample_server.url)


def builder_verdict(page, card: dict, context: dict) -> tuple[dict[str, list[str]], str]:
    """Return the builder's {field: [rule keys]} (what it says it cannot know as CANNOT_CHECK) and its YAML."""
    found, text = page.evaluate(
        """([card, context]) => {
            const builder = window.MentoringHub.cardBuilder;
            return [builder.explainer.explain(card, context), builder.toYaml(card)];
        }""",
        [card, context],
    )
    verdict: dict[str, list[str]] = {}
    for item in found:
        verdict.setdefault(item["field"], []).append(CANNOT_CHECK if item["pending"] else item["key"])
    return verdict, text


def validator_verdict(problems) -> dict[str, list[str]]:
    verdict: dict[str, list[str]] = {}
    for problem in problems:
        if problem.field and not FILE_ONLY.search(problem.message):
            key = CANNOT_CHECK if PHOTO_FILE.search(problem.message) else problem.key
            verdict.setdefault(problem.field, []).append(key)
    return verdict


def assert_agree(ci: dict[str, list[str]], browser: dict[str, list[str]], label: str) -> None:
    """Fail unless both sides find mistakes in the same fields, by the same rules."""
    assert sorted(ci) == sorted(browser), f"{label}: the fields with a mistake differ\nvalidator: {ci}\nbuilder: {browser}"
    for field, keys in ci.items():
        assert all(keys), f"{label}: {field}: the validator names no rule: {keys}"
        assert sorted(keys) == sorted(browser[field]), f"{label}: {field}\nvalidator: {keys}\nbuilder: {browser[field]}"


@pytest.mark.parametrize(("ci", "browser"), [
    ({"capacity": ["maximum"]}, {"capacity": ["minimum"]}),  # another rule on the same field
    ({"capacity": ["maximum"]}, {"active_mentees": ["maximum"]}),  # the same rule on another field
    ({"capacity": ["maximum"]}, {}),  # a mistake the builder misses
    ({"bio": ["max_length", "markdown_nesting"]}, {"bio": ["max_length"]}),  # one of two
], ids=["other-rule", "other-field", "missed", "one-of-two"])
def test_a_disagreement_is_caught(ci, browser):
    with pytest.raises(AssertionError):
        assert_agree(ci, browser, "example")


def test_both_sides_name_the_rule_a_real_mistake_breaks(builder_page, base_org):
    """Capacity as a word: both say 'type', in their own words (the builder never says NaN)."""
    card_file = f"{MENTORS_DIR}/ada-lovelace.yml"
    card = {**parse((base_org / card_file).read_text(encoding="utf-8")).data, "capacity": "three"}
    (base_org / card_file).write_text(yaml.safe_dump(card, allow_unicode=True), encoding="utf-8")
    result = LOADER.load(base_org, TODAY)
    problems = [problem for problem in result.problems if problem.path == card_file]
    found = builder_page.evaluate("""([card, context]) => window.MentoringHub.cardBuilder.explainer.explain(card, context)""",
                                  [card, context_for(base_org, result, card_file, False, card)])
    assert [(p.field, p.key) for p in problems] == [(item["field"], item["key"]) for item in found] == [("capacity", "type")]
    assert found[0]["message"] == "write a whole number here; it says 'three'"
    assert problems[0].message.startswith("should be a whole number")


def context_for(root: Path, result, card_file: str, photo_problem: bool, card: dict) -> dict:
    """Return what the build would publish for this organisation: programme ids and photos of valid cards."""
    programs = {path.stem: path.stem for path in (root / "programs").glob("*.yml")}
    programs.update({program.id: program.name for program in result.catalog.programs})
    photos = {mentor.photo for mentor in result.catalog.mentors if mentor.photo and mentor.source != card_file}
    if isinstance(card.get("photo"), str) and not photo_problem:
        photos.add(card["photo"])  # CI found the file and a good image: the build would publish it
    return {"programs": programs, "taken": [], "photos": sorted(photos), "latestToday": TODAY.isoformat(), "isNew": False}


def mentor_cards(root: Path) -> list[tuple[str, dict]]:
    cards_found = []
    for path in sorted((root / MENTORS_DIR).glob("*.yml")):
        try:
            data = parse(path.read_text(encoding="utf-8")).data
        except (YamlError, UnicodeDecodeError):
            continue
        if isinstance(data, dict):
            cards_found.append((path.relative_to(root).as_posix(), data))
    return cards_found


@pytest.mark.parametrize("case", validator_cases(), ids=lambda case: case.name)
def test_every_case_folder_card_gets_the_same_verdict_in_the_builder(builder_page, case, tmp_path):
    root = build_case(case, tmp_path / "org")
    result = LOADER.load(root, TODAY)
    for card_file, card in mentor_cards(root):
        problems = [problem for problem in result.problems if problem.path == card_file]
        if any(not problem.field and not FILE_ONLY.search(problem.message) for problem in problems):
            continue  # the file as a whole is refused (not YAML, not UTF-8): nothing for a form to hold
        ci = validator_verdict(problems)
        context = context_for(root, result, card_file, "photo" in ci, card)
        browser, text = builder_verdict(builder_page, card, context)
        assert_agree(ci, browser, f"{case.name}/{card_file}")
        assert parse(text).data == card, f"{case.name}/{card_file}: the builder's YAML reads back differently"


@pytest.fixture(scope="module")
def base_org(tmp_path_factory):
    root = tmp_path_factory.mktemp("agreement") / "org"
    build_case(BASE, root)
    return root


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(card=cards())
def test_generated_cards_get_the_same_verdict_and_their_yaml_reads_back(builder_page, base_org, card):
    card_file = f"{MENTORS_DIR}/ada-lovelace.yml"
    _, text = builder_verdict(builder_page, card, {"programs": {}, "taken": [], "photos": [], "latestToday": TODAY.isoformat(), "isNew": False})
    assert parse(text).data == card, text
    (base_org / card_file).write_text(text, encoding="utf-8")
    result = LOADER.load(base_org, TODAY)
    problems = [problem for problem in result.problems if problem.path == card_file]
    ci = validator_verdict(problems)
    event("broken card" if problems else "valid card")  # both kinds, as --hypothesis-show-statistics shows
    browser, _ = builder_verdict(builder_page, card, context_for(base_org, result, card_file, "photo" in ci, card))
    assert_agree(ci, browser, "generated card")


TYPED = [
    {"name": "Seán Ó Briain", "timezone": "Pacific/Kiritimati", "languages": ["ga", "gd", "en"],
     "bio": "  Two leading spaces.\n\n    code block\nLast line.\n", "capacity": 0, "active_mentees": 0},
    {"name": "Zoë", "title": "no", "department": "R&D: Platform #2", "languages": ["no"],
     "bio": "Spaces  and 'quotes' and \"double quotes\" and a colon: here", "contact": {"chat": "@zoe on Slack"}},
    {"name": "李小龍", "pronouns": "he/him", "location": "010", "expertise": ["kubernetes", "python", "public-speaking"],
     "formats": ["flash", "one-on-one"], "bio": "Ends with two blank lines so the chomping indicator matters.\n\n\n"},
]


@pytest.mark.parametrize("changes", TYPED, ids=["irish-kiritimati", "yaml-words", "cjk-order"])
def test_cards_typed_key_by_key_validate_and_read_back(browser, sample_server, tmp_path, changes):
    base = parse((BASE / MENTORS_DIR / "ada-lovelace.yml").read_text(encoding="utf-8")).data
    card = {**base, "programs": [], **changes}
    tab = open_builder(browser, sample_server.url)
    type_card(tab.page, card)
    text = tab.page.locator("#card-yaml").text_content()
    assert parse(text).data == card
    root = build_case(BASE, tmp_path / "org")
    (root / MENTORS_DIR / "ada-lovelace.yml").write_text(text, encoding="utf-8")
    assert LOADER.load(root, TODAY).problems == []
    assert tab.page.locator("#card-status").inner_text().startswith("Your card is complete")
    assert tab.errors == [] and tab.offsite == []
