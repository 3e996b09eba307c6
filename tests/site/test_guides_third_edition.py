"""The knowledge base, third edition: help routes linked where they are needed, programmes and guides
that say one thing, the relationship check-in, and Italian pages that are Italian throughout."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
import yaml

from mentoring import load
from mentoring.data.programme_groups import online_limit
from mentoring.data.schemas import read_schema
from tests.support.paths import PROJECT, TODAY

RESULT = load(PROJECT, TODAY)
CATALOG = RESULT.catalog
GUIDES = CATALOG.guides
ITALIAN = [g for g in GUIDES if g.lang == "it"]
NUMBER_WORDS = {6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
SAFETY_GUIDES = ("boundaries-and-confidentiality", "difficult-situations")


def guide(slug: str, lang: str = "en"):
    return next(g for g in GUIDES if g.slug == slug and g.lang == lang)


def page(site, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_the_data_is_valid():
    assert RESULT.ok, RESULT.problems


# --- help routes -----------------------------------------------------------


def test_get_help_now_lists_every_emergency_number_and_crisis_line(sample_site):
    html = page(sample_site, "support")
    assert "<h1>Get help now</h1>" in html
    for country in CATALOG.support.countries:
        emergency, line = country["emergency"], country["crisis_line"]
        assert f'href="tel:{emergency["number"].replace(" ", "")}"' in html, country["name"]
        assert f'href="tel:{line["number"].replace(" ", "")}"' in html, country["name"]
        assert f'href="{emergency["source"]}"' in html and f'href="{line["source"]}"' in html
    for route in CATALOG.support.organisation.values():
        assert route["name"] in html.replace("&amp;", "&")
    assert CATALOG.support.organisation["speak_up"]["non_retaliation"] in html
    assert "Not listed yet: " in html  # the mentors' other countries are named, not guessed


@pytest.mark.parametrize("program", [p.id for p in CATALOG.programs])
def test_every_programme_page_links_to_get_help_now(sample_site, program):
    html = page(sample_site, f"programs/{program}")
    safety_net = html[html.index('id="safety-net"'):]
    assert 'href="../../support/"' in safety_net[: safety_net.index("</section>")]


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("slug", SAFETY_GUIDES)
def test_both_safety_guides_link_to_get_help_now(sample_site, slug, lang):
    prefix = "" if lang == "en" else "it/"
    depth = "../../" if lang == "en" else "../../../"
    assert f'href="{depth}support/"' in page(sample_site, f"guides/{prefix}{slug}")


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_safety_gaps_are_closed_in_both_languages(lang):
    body = guide("boundaries-and-confidentiality", lang).body
    assert "{#not-reporting}" in body and "{#share-little}" in body
    distress = guide("difficult-situations", lang).body
    distress = distress[distress.index("{#distress}"): distress.index("{#stalled}")]
    assert "#share-little" in distress, "passing on distress says to share as little as possible"


# --- one story -------------------------------------------------------------


def test_the_remote_guide_states_the_online_group_limit_the_validator_applies():
    limit = online_limit(read_schema(PROJECT / "schemas", "program"))
    group = guide("remote-and-hybrid-mentoring").body.split("{#group}")[1].split("\n## ")[0]
    assert f"to {NUMBER_WORDS[limit]} members or fewer" in group
    assert "six or fewer" not in group
    training = guide("mentor-training").body
    assert f"on video, keep the group to {NUMBER_WORDS[limit]} or fewer" in training


def test_every_group_ground_rule_names_the_confidentiality_exceptions():
    texts = [guide("remote-and-hybrid-mentoring").body.split("{#group}")[1].split("\n## ")[0]]
    texts += [p.description for p in CATALOG.programs if p.groups]
    for text in texts:
        assert "boundaries-and-confidentiality" in text and "exceptions" in text, text[:80]
    assert "stays in the circle.**" not in (PROJECT / "programs" / "leadership-circles.yml").read_text(encoding="utf-8")


def test_every_programme_runs_at_least_the_training_the_guide_requires():
    for program in CATALOG.programs:
        training = program.mentor_training.lower()
        assert "session 1" in training or "all four sessions" in training, program.id
        if program.type in ("one-on-one", "reverse", "fast-track", "group"):
            assert "all four sessions" in training, program.id


def test_the_fast_track_takes_applications_and_targets_the_candidates_not_the_selection():
    text = (PROJECT / "programs" / "emerging-leaders-fast-track.yml").read_text(encoding="utf-8")
    assert "Apply yourself, with your manager's support" in text
    assert "at least 50% of candidates" in text
    assert "{#targets-and-the-law}" in guide("fair-matching").body


def test_silence_goes_to_the_coordinator_two_weeks_after_the_first_message_everywhere():
    for lang in ("en", "it"):
        assert "second message" not in guide("difficult-situations", lang).body
        assert "secondo messaggio" not in guide("difficult-situations", lang).body
    assert "two weeks after your first message" in guide("difficult-situations").body
    assert "Two weeks after the first message" in guide("ending-well").body


def test_no_pair_is_promised_anonymity_it_cannot_have():
    for program in CATALOG.programs:
        assert "Nobody is told who asked" not in program.safety_net["rematch_policy"], program.id


def test_the_41_day_baseline_is_labelled_as_an_example():
    goals = yaml.safe_load((PROJECT / "programs" / "new-hire-buddies.yml").read_text(encoding="utf-8"))["goals"]
    measure = next(goal["measure"] for goal in goals if "41 days" in goal["measure"])
    assert "example figure" in measure


# --- the check-in and the translations ------------------------------------


def test_the_relationship_check_in_has_three_moments_and_a_form_with_every_statement():
    body = guide("relationship-check-in").body
    for anchor in ("{#when}", "{#statements}", "{#form}", "{#checklist}"):
        assert anchor in body
    statements = re.findall(r"^\| (\d+) \| (.+?) \|", body, re.MULTILINE)
    form = body.split("{#form}")[1]
    assert len(statements) == 12
    for number, _ in statements:
        assert re.search(rf"^ ?{number}\. ", form, re.MULTILINE), number


def test_first_meeting_and_ending_well_are_translated_with_the_same_sections():
    fixed = re.compile(r"^#{2,3} .+\{#([a-z0-9-]+)\}$", re.MULTILINE)
    for slug in ("first-meeting", "ending-well"):
        assert fixed.findall(guide(slug, "it").body) == fixed.findall(guide(slug).body), slug


def test_the_listed_italian_errors_are_gone():
    text = "\n".join(g.body for g in ITALIAN)
    for wrong in ("più giovane", "più anzian", "Nominalo", "Mi faresti da referenza", "si mette di mezzo",
                  "come un colpo", "si preparano in anticipo, da chi", "Avvia o unisciti", "If it is not working"):
        assert wrong not in text, wrong


def test_the_english_mentee_advice_has_what_the_italian_has():
    english = guide("mentee-advice").body
    assert "boundaries-and-confidentiality.md#for-mentees" in english
    assert "[difficult situations](difficult-situations.md)" in english


@pytest.mark.parametrize("italian", ITALIAN, ids=lambda g: g.slug)
def test_every_italian_guide_page_is_italian_around_the_text(sample_site, italian):
    html = page(sample_site, f"guides/it/{italian.slug}")
    assert '<html lang="it"' in html
    for english in ("Table of contents", "Edit this guide", "Last reviewed", "Find a mentor", "Switch to dark mode", "Made with"):
        assert english not in html, english
    assert "Modifica questa guida" in html and "Ultima revisione" in html and "Trova un mentor" in html


class LanguageOfText(HTMLParser):
    """The language each piece of a page's text is in, from the nearest element's lang attribute."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str | None]] = []
        self.texts: list[tuple[str, str, tuple[str, ...]]] = []  # (language, text, enclosing tags)

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if data.strip() and not any(tag in ("script", "style", "template") for tag, _ in self.stack):
            language = next((lang for _, lang in reversed(self.stack) if lang), "")
            self.texts.append((language, data.strip(), tuple(tag for tag, _ in self.stack)))


@pytest.mark.parametrize("italian", ITALIAN, ids=lambda g: g.slug)
def test_an_italian_guide_marks_only_the_english_title_of_its_translation_as_english(sample_site, italian):
    reader = LanguageOfText()
    reader.feed(page(sample_site, f"guides/it/{italian.slug}"))
    heading = [language for language, _, tags in reader.texts if "h1" in tags]
    assert heading and set(heading) == {"it"}, heading
    english = [text for language, text, _ in reader.texts if language != "it"]
    assert english == [guide(italian.slug).title], english


def test_english_pages_keep_their_english_chrome(sample_site):
    html = page(sample_site, "guides/first-meeting")
    assert '<html lang="en"' in html and "Table of contents" in html and "Edit this guide" in html
    assert "Indice" not in html
