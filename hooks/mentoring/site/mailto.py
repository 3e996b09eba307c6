"""mailto: links (RFC 6068), made here and only here: templates use the `mailto` filter, scripts get the links.

An address may hold characters that mean something in a URI (`?`, `&`, `=`, `%`, `'`, `/`): written raw
into a link, `x?bcc=spy@elsewhere@example.com` would add a hidden recipient. Everything in the address
except unreserved characters and the `@` is percent-encoded, so a mail program reads back exactly one
recipient; the fields are percent-encoded as well, with %20 for spaces and CRLF line breaks.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlsplit

_RECIPIENT_FIELDS = {"to", "cc", "bcc"}
_ADDRESS_SAFE = "@"  # with quote's own unreserved characters: A-Z a-z 0-9 - . _ ~


def mailto_link(address: str, **fields: str) -> str:
    """Return 'mailto:<address>[?name=value&...]' with the address and every field percent-encoded (RFC 6068).

    Return '' for text that a mail program could read as several addresses, or none (see is_one_address):
    the schemas refuse such text, and a build that was handed it anyway links no one.
    """
    if not is_one_address(address):
        return ""
    link = "mailto:" + quote(address, safe=_ADDRESS_SAFE)
    query = "&".join(f"{quote(name, safe='')}={mailto_field(value)}" for name, value in fields.items())
    return f"{link}?{query}" if query else link


def mailto_field(value: str) -> str:
    """Return one field's value for a mailto: link: CRLF line breaks, everything but unreserved characters percent-encoded."""
    return quote(value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n"), safe="")


def is_one_address(text: str) -> bool:
    """Return True for text a mail program reads as one address: one '@', no list separators, spaces or control characters."""
    return text.count("@") == 1 and not any(char in ",;<>" or char.isspace() or not char.isprintable() for char in text)


def has_one_recipient(href: str) -> bool:
    """Return False for a mailto: link a mail program would read as more than one recipient, or none
    (a list of addresses, or a to, cc or bcc field); True for any other link.

    Links written in Markdown (bios, programme texts, guides) are not made by mailto_link, so the
    sanitiser drops the address of those that fail this.
    """
    parts = urlsplit(href.strip())
    if parts.scheme.lower() != "mailto":
        return True
    address = unquote(parts.path)
    fields = parse_qsl(parts.query, keep_blank_values=True)
    return (address.count("@") == 1 and not any(char in address for char in ",;")
            and not any(name.strip().lower() in _RECIPIENT_FIELDS for name, _ in fields))
