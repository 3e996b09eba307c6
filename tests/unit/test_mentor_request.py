"""The first message to a mentor: drafted from the mentee-advice guide's template (and its translations), as a mailto: link."""

from __future__ import annotations

import dataclasses
import re

import pytest

from mentoring.site.pages.mentor_request import RequestDrafter
from mentoring.site.pages.request_templates import ask_templates
from tests.support.catalogs import sample_catalog
from tests.support.mailto import decode_mailto

GUIDE_TEMPLATE = (
    "Hi <name>, I'm <your name>. Over the next few months I want to <your goal in one line>, "
    "and I saw that you know <their area of expertise> well. Would you be open to meeting for an hour "
    "every two weeks?"
)
ITALIAN_TEMPLATE = (
    "Ciao <name>, sono <il tuo nome>. Nei prossimi mesi vorrei <il tuo obiettivo in una riga> e ho visto che "
    "conosci bene <their area of expertise>. Ti andrebbe di incontrarci per un'ora ogni due settimane?"
)
PLACEHOLDER = re.compile(r"<[^<>]+>")


@pytest.fixture(scope="module")
def catalog():
    return sample_catalog()


def test_the_draft_is_the_guides_template_with_the_mentors_name_and_first_skill(catalog):
    draft = RequestDrafter(catalog)(catalog.mentors[0])
    assert draft.body == GUIDE_TEMPLATE.replace("<name>", "Aisha Rahman").replace("<their area of expertise>", "Product management")
    assert PLACEHOLDER.findall(draft.body) == ["<your name>", "<your goal in one line>"]  # what only the mentee knows
    assert draft.guide_path == "guides/mentee-advice/#ask"
    assert draft.topics["product-management"] == "Product management"
    assert draft.english.around_programme == ["I found you through the ", " programme."]


def test_the_languages_drafted_in_are_those_of_the_guides_that_exist(catalog):
    assert list(ask_templates(catalog)) == ["en", "it"]
    english = next(g for g in catalog.guides if g.slug == "mentee-advice" and g.lang == "en")
    french = dataclasses.replace(english, lang="fr", body=english.body.replace("Hi <name>", "Bonjour <nom>").replace("Subject:", "Objet :"))
    templates = ask_templates(dataclasses.replace(catalog, guides=[*catalog.guides, french]))
    assert list(templates) == ["en", "fr", "it"]
    assert templates["fr"].message.startswith("Bonjour <name>, I'm <your name>.")  # the mentor's name takes the English place
    assert templates["fr"].subject == "Would you be my mentor?"


def test_a_mentor_who_speaks_italian_gets_the_italian_guides_draft_as_well(catalog):
    mentor = next(m for m in catalog.mentors if m.id == "sofia-rossi")
    draft = RequestDrafter(catalog)(mentor)
    assert [d.lang for d in draft.drafts] == ["en", "it"]
    italian = draft.drafts[1]
    assert italian.body("Leadership") == ITALIAN_TEMPLATE.replace("<name>", "Sofia Rossi").replace("<their area of expertise>", "Leadership")
    assert italian.subject == "Vorresti farmi da mentor?"
    assert italian.around_programme == ["Ti ho trovato grazie al programma ", "."]
    assert decode_mailto(italian.mailto_without_body + "x")[1] == {"subject": "Vorresti farmi da mentor?", "body": "x"}
    assert [d.lang for d in RequestDrafter(catalog)(catalog.mentors[0]).drafts] == ["en"]  # Aisha speaks no Italian


def test_a_translation_whose_placeholders_do_not_line_up_stays_out(catalog, caplog):
    italian = next(g for g in catalog.guides if g.slug == "mentee-advice" and g.lang == "it")
    short = dataclasses.replace(italian, body=italian.body.replace("<il tuo nome>", "io"))
    assert list(ask_templates(dataclasses.replace(catalog, guides=[g for g in catalog.guides if g is not italian] + [short]))) == ["en"]
    assert "guides/it/mentee-advice.md" in caplog.text


def test_the_mail_link_carries_address_subject_and_body(catalog):
    mentor = next(m for m in catalog.mentors if m.id == "amara-okafor")
    draft = RequestDrafter(catalog)(mentor)
    address, fields = decode_mailto(draft.mailto)
    assert address == "amara.okafor@northwind.example"
    assert fields == {"subject": "Would you be my mentor?", "body": draft.body}
    assert draft.mailto == draft.mailto_without_body + draft.mailto.split("&body=")[1]
    assert " " not in draft.mailto and "+" not in draft.mailto


def test_line_breaks_in_the_body_become_crlf_as_mail_expects(catalog):
    draft = dataclasses.replace(RequestDrafter(catalog)(catalog.mentors[0]), default_topic="x")
    english = dataclasses.replace(draft.english, around_topic=["Hi,\nme", "."])
    assert dataclasses.replace(draft, drafts=[english]).mailto.endswith("&body=Hi%2C%0D%0Amex.")


def test_a_mentor_with_only_a_chat_handle_gets_a_draft_but_no_mail_link(catalog):
    mentor = next(m for m in catalog.mentors if m.id == "liam-oconnor")
    draft = RequestDrafter(catalog)(mentor)
    assert draft.address_url == "" and draft.mailto == ""
    assert draft.body.startswith("Hi Liam O")


def test_without_the_guides_template_there_is_no_draft(catalog):
    assert RequestDrafter(dataclasses.replace(catalog, guides=[]))(catalog.mentors[0]) is None
    guide = next(g for g in catalog.guides if g.slug == "mentee-advice" and g.lang == "en")
    untitled = dataclasses.replace(guide, body=guide.body.replace("{#ask}", "{#asking}"))
    assert RequestDrafter(dataclasses.replace(catalog, guides=[untitled]))(catalog.mentors[0]) is None


def test_a_hostile_name_is_percent_encoded_in_the_link(catalog):
    mentor = dataclasses.replace(catalog.mentors[0], data={**catalog.mentors[0].data, "name": "<script>alert(1)</script> & Co"})
    draft = RequestDrafter(catalog)(mentor)
    assert "<" not in draft.mailto and "&body=" in draft.mailto and draft.mailto.count("&") == 1
    assert decode_mailto(draft.mailto)[1]["body"].startswith("Hi <script>alert(1)</script> & Co, I'm")


def test_a_name_that_reads_like_a_placeholder_stays_the_name(catalog):
    mentor = dataclasses.replace(catalog.mentors[0], data={**catalog.mentors[0].data, "name": "<their area of expertise>"})
    draft = RequestDrafter(catalog)(mentor)
    assert draft.body.startswith("Hi <their area of expertise>, I'm") and "I saw that you know Product management well." in draft.body
