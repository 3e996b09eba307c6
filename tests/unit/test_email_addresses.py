"""Email addresses: what the schemas accept (HTML's rule, international domains), and the one mailto: builder.

The addresses come from tests/cases/email-addresses.yml, which the card builder's browser test reads too.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from jsonschema import Draft202012Validator

from mentoring.data.email_addresses import address_domain, in_domains
from mentoring.data.layout import PROJECT_SCHEMAS
from mentoring.data.schemas import format_checker, python_rules
from mentoring.data.vocabulary import load_vocabulary
from mentoring.site.mailto import has_one_recipient, is_one_address, mailto_link
from tests.support.email_examples import INVALID_ADDRESSES, VALID_ADDRESSES
from tests.support.mailto import decode_mailto


def address_rule(kind: str) -> Draft202012Validator:
    rules = python_rules(json.loads((PROJECT_SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")))
    return Draft202012Validator(rules["$defs"]["email-address"], format_checker=format_checker(load_vocabulary(PROJECT_SCHEMAS)))


@pytest.mark.parametrize("kind", ["mentor", "program", "guide", "support-contacts"])
def test_every_schema_carries_the_same_text_rules(kind):
    defs = json.loads((PROJECT_SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))["$defs"]
    mentor = json.loads((PROJECT_SCHEMAS / "mentor.schema.json").read_text(encoding="utf-8"))["$defs"]
    for name in ("email-address", "one-line-text", "multi-line-text"):
        if name in defs or kind != "support-contacts":  # the help routes have no free text of several lines
            assert defs[name] == mentor[name], name
    assert "email-address" in defs


@pytest.mark.parametrize("address", VALID_ADDRESSES)
def test_an_address_html_accepts_is_valid(address):
    assert address_rule("mentor").is_valid(address)
    assert address_rule("program").is_valid(address)


@pytest.mark.parametrize("address", INVALID_ADDRESSES)
def test_an_address_html_refuses_is_invalid(address):
    assert not address_rule("mentor").is_valid(address)


def recipients(href: str) -> list[str]:
    """Return every recipient a careless mail program reads from a mailto: link: the address part decoded, then
    split at commas and semicolons, and any to, cc or bcc field."""
    parts = urlsplit(href)
    found = [part for part in re.split("[,;]", unquote(parts.path)) if part]
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name.strip().lower() in ("to", "cc", "bcc"):
            found += [part for part in re.split("[,;]", value) if part]
    return found


@pytest.mark.parametrize("address", VALID_ADDRESSES)
def test_a_mailto_link_reaches_exactly_the_address_it_was_made_for(address):
    link = mailto_link(address, subject="Hello, you?", body="Line one\nLine two & more")
    assert recipients(link) == [address]
    assert decode_mailto(link) == (address, {"subject": "Hello, you?", "body": "Line one\r\nLine two & more"})
    assert " " not in link and "+" not in link and "\n" not in link


@pytest.mark.parametrize("address", INVALID_ADDRESSES)
def test_text_the_schema_refuses_gets_a_link_to_itself_alone_or_none(address):
    """As if validation were bypassed: no link adds a recipient; text that reads as a list or as nothing gets no link."""
    link = mailto_link(address, subject="Hi")
    assert recipients(link) == [address] if link else not is_one_address(address)


def test_a_list_of_addresses_gets_no_link():
    assert mailto_link("ada@example.com,spy@evil.example") == ""
    assert mailto_link("ada@example.com?bcc=spy@evil.example") == ""
    assert mailto_link("ada%2Cspy@example.com") == "mailto:ada%252Cspy@example.com"  # its %2C stays text


def test_the_link_encodes_everything_but_unreserved_characters_and_the_at_sign():
    assert mailto_link("x?bcc=spy%40evil.example&cc=y@example.com") == "mailto:x%3Fbcc%3Dspy%2540evil.example%26cc%3Dy@example.com"
    assert mailto_link("ada@bücher.example") == "mailto:ada@b%C3%BCcher.example"


@pytest.mark.parametrize(("href", "one"), [
    ("mailto:ada@example.com", True),
    ("mailto:ada@example.com?subject=Hi", True),
    ("https://example.com/?bcc=x", True),
    ("mailto:ada@example.com,spy@evil.example", False),
    ("mailto:ada@example.com%2Cspy@evil.example", False),
    ("mailto:ada@example.com?bcc=spy@evil.example", False),
    ("MAILTO:ada@example.com?Cc=spy@evil.example", False),
    ("mailto:ada@example.com?%62cc=spy@evil.example", False),
    ("mailto:?to=spy@evil.example", False),
])
def test_links_written_in_markdown_are_judged_by_their_recipients(href, one):
    assert has_one_recipient(href) is one


def test_organisation_domains_are_compared_in_ascii_and_without_subdomains():
    domains = ("northwind.example", "xn--bcher-kva.example")
    assert address_domain("Ada@NorthWind.Example") == "northwind.example"
    assert in_domains("ada@NORTHWIND.example", domains)
    assert in_domains("ada@bücher.example", domains)
    assert not in_domains("ada@uk.northwind.example", domains)
    assert not in_domains("ada@northwind.example.evil.example", domains)
    assert in_domains("ada@anywhere.example", ())


def test_the_build_hands_the_organisations_domains_to_the_card_builder():
    from mentoring.data.loader import Loader
    from mentoring.site.pages.contribute_pages import builder_data
    from tests.support.paths import PROJECT, TODAY

    result = Loader(email_domains=("northwind.example",)).load(PROJECT, TODAY)
    assert result.ok, result.problems[:3]  # every sample address is at the organisation's domain
    schema = json.loads((PROJECT_SCHEMAS / "mentor.schema.json").read_text(encoding="utf-8"))
    assert builder_data(result.catalog, schema, "")["emailDomains"] == ["northwind.example"]
