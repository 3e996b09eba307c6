"""The card builder judges email addresses as `mentoring validate` does, by the same rule (each message's key
in schemas/messages.yml; the builder words it for the form), with the same organisation domains: the addresses of tests/cases/email-addresses.yml, and the domains a build hands over.

(Control characters and line breaks are compared by test_card_builder_agreement.py, through the case
folders such as control-characters-in-quoted-text and single-line-fields-with-line-breaks.)
"""

from __future__ import annotations

import datetime

import pytest
import yaml

from mentoring.data.loader import Loader
from tests.browser.builder_pages import builder_session
from tests.support.email_examples import INVALID_ADDRESSES, VALID_ADDRESSES
from tests.support.paths import BASE, TODAY, build_case

pytestmark = pytest.mark.browser
ADDRESSES = VALID_ADDRESSES + INVALID_ADDRESSES
DOMAINS = ["example.com", "bücher.example"]
CONTEXT = {"programs": {}, "taken": [], "photos": [], "latestToday": TODAY.isoformat(), "isNew": False}
# A second explainer, as the builder makes it from the page's data, for an organisation with email domains.
EXPLAINER_WITH_DOMAINS = """([domains, cards, context]) => {
  const data = JSON.parse(document.getElementById("card-builder-data").textContent);
  data.timezones = Array.from(document.querySelectorAll("#card-timezones option"), (option) => option.value);
  const explainer = window.MentoringHub.cardExplainer({ ...data, emailDomains: domains });
  return cards.map((card) => explainer.explain(card, context).filter((item) => item.field === "contact.email").map((item) => item.key));
}"""


@pytest.fixture(scope="module")
def builder_page(browser, sample_server):
    yield from builder_session(browser, sample_server.url)


def card_with(address: str) -> dict:
    card = yaml.safe_load((BASE / "content" / "mentors" / "ada-lovelace.yml").read_text(encoding="utf-8"))
    return {**card, "last_reviewed": card["last_reviewed"].isoformat() if isinstance(card["last_reviewed"], datetime.date) else card["last_reviewed"],
            "programs": [], "contact": {"email": address}}


def validator_messages(tmp_path, domains: tuple[str, ...]) -> list[list[str]]:
    """Return the validator's rules (message keys) on contact.email for one card per address, all checked in one organisation."""
    root = build_case(BASE, tmp_path / "org")
    (root / "content" / "mentors" / "ada-lovelace.yml").unlink()
    for number, address in enumerate(ADDRESSES):
        card = {**card_with(address), "id": f"card-{number}"}
        (root / "content" / "mentors" / f"card-{number}.yml").write_text(yaml.safe_dump(card, allow_unicode=True), encoding="utf-8")
    problems = Loader(email_domains=domains).load(root, TODAY).problems
    return [[p.key for p in problems if p.path.endswith(f"/card-{number}.yml") and p.field == "contact.email"]
            for number in range(len(ADDRESSES))]


def test_every_address_gets_the_validators_verdict_by_the_same_rule(builder_page, tmp_path):
    expected = validator_messages(tmp_path, ())
    assert [bool(messages) for messages in expected] == [address in INVALID_ADDRESSES for address in ADDRESSES]
    found = builder_page.evaluate(EXPLAINER_WITH_DOMAINS, [[], [card_with(address) for address in ADDRESSES], CONTEXT])
    for address, ci, browser in zip(ADDRESSES, expected, found):
        assert browser == ci, f"{address!r}\nvalidator: {ci}\nbuilder: {browser}"


def test_the_organisations_domains_are_checked_alike(builder_page, tmp_path):
    expected = validator_messages(tmp_path, tuple(DOMAINS))
    assert any("email_domain" in keys for keys in expected)
    found = builder_page.evaluate(EXPLAINER_WITH_DOMAINS, [DOMAINS, [card_with(address) for address in ADDRESSES], CONTEXT])
    for address, ci, browser in zip(ADDRESSES, expected, found):
        assert browser == ci, f"{address!r}\nvalidator: {ci}\nbuilder: {browser}"
