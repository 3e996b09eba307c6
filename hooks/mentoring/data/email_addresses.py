"""Email addresses as HTML's <input type="email"> reads them, with internationalised domains.

The shape is the schemas' pattern (`$defs/email-address`): the WHATWG "valid email address", whose
domain labels may also hold letters of any script. This module adds what a pattern cannot say: a
label with a character outside ASCII must be a valid IDNA2008 U-label (lowercase, letters, marks and
digits written as IDNA allows) whose A-label ("xn--...") has at most 63 characters. The card builder
checks the same in the browser (tools/ajv/card-formats.js); tests/cases/email-addresses.yml holds
the examples both must agree on.
"""

from __future__ import annotations

import unicodedata

import idna

_LETTER_MARK_DIGIT = {"Ll", "Lu", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd"}


def is_email_address(address: str) -> bool:
    """Return True when every non-ASCII label of the address's domain is an IDNA U-label (the pattern checks the rest)."""
    _, at, domain = address.rpartition("@")
    return bool(at) and all(label.isascii() or ascii_label(label) for label in domain.split("."))


def ascii_label(label: str) -> str:
    """Return the A-label ('xn--bcher-kva') of a U-label ('bücher'), or '' when it is not one."""
    if not all(char == "-" or unicodedata.category(char) in _LETTER_MARK_DIGIT for char in label):
        return ""
    try:
        return idna.encode(label).decode("ascii")  # strict IDNA2008: no case folding, joiners in context, bidi rule
    except (idna.IDNAError, UnicodeError):
        return ""


def ascii_domain(domain: str) -> str:
    """Return the domain as mail systems compare it: ASCII labels in lowercase, others as A-labels ('' when one is not valid)."""
    labels = [label.lower() if label.isascii() else ascii_label(label) for label in domain.split(".")]
    return ".".join(labels) if all(labels) else ""


def address_domain(address: str) -> str:
    """Return the ASCII form of the domain of an address ('' when there is none or it is not valid)."""
    _, at, domain = address.rpartition("@")
    return ascii_domain(domain) if at else ""


def in_domains(address: str, domains: tuple[str, ...]) -> bool:
    """Return True when the address is at one of domains, or when no domains are given; compared in ASCII,
    so 'Ada@NorthWind.example' is at 'northwind.example' and 'bücher.example' is 'xn--bcher-kva.example'.

    Only the domains themselves count, not their subdomains: list each one the organisation uses.
    """
    return not domains or address_domain(address) in {ascii_domain(domain) for domain in domains}
