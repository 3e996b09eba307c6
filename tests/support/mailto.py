"""Read a mailto: link back the way a mail program does."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit


def decode_mailto(href: str) -> tuple[str, dict[str, str]]:
    """Split a mailto: link into its address and its decoded fields (RFC 6068: '+' is a plus, not a space)."""
    parts = urlsplit(href)
    assert parts.scheme == "mailto", href
    fields = dict(pair.split("=", 1) for pair in parts.query.split("&")) if parts.query else {}
    return unquote(parts.path), {name: unquote(value) for name, value in fields.items()}
