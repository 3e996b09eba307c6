"""The first message to a mentor: drafted from the mentee-advice guide's template, as a mailto: link."""

from __future__ import annotations

import dataclasses

import pytest

from mentoring.site.pages.mentor_request import RequestDrafter
from tests.support.catalogs import sample_catalog
from tests.support.mailto import decode_mailto

GUIDE_TEMPLATE = (
    "Hi <name>, I'm <your name> from <your team>. Over the next <few months> I want to <your goal in one line>, "
    "and I saw that <their area of expertise> is one of your strengths. Would you be open to meeting for <an hour> "
    "every <two weeks>? I'm usually free <when> (<your time zone>)."
)


@pytest.fixture(scope="module")
def catalog():
    return sample_catalog()


def test_the_draft_is_the_guides_template_with_the_mentors_name(catalog):
    draft = RequestDrafter(catalog)(catalog.mentors[0])
    assert draft.body == GUIDE_TEMPLATE.replace("<name>", "Aisha Rahman")
    assert draft.guide_path == "guides/mentee-advice/#ask"
    assert draft.topics_placeholder in draft.body
    assert draft.topics["product-management"] == "Product management"


def test_the_mail_link_carries_address_subject_and_body(catalog):
    mentor = next(m for m in catalog.mentors if m.id == "amara-okafor")
    draft = RequestDrafter(catalog)(mentor)
    address, fields = decode_mailto(draft.mailto)
    assert address == "amara.okafor@northwind.example"
    assert fields == {"subject": "Would you be my mentor?", "body": draft.body}
    assert " " not in draft.mailto and "+" not in draft.mailto


def test_line_breaks_in_the_body_become_crlf_as_mail_expects(catalog):
    draft = dataclasses.replace(RequestDrafter(catalog)(catalog.mentors[0]), body="Hi,\nme.")
    assert draft.mailto.endswith("&body=Hi%2C%0D%0Ame.")


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
