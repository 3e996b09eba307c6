"""The mentor-card issue form (.github/ISSUE_TEMPLATE/mentor-card.yml): its names, and the one rule
for the link that opens it with a card filled in.

The card builder reads these pieces from its page data and builds the same link in the browser, with
encodeURIComponent; `card_issue_url` is that rule in Python. A test keeps the names equal to the form's.
"""

from __future__ import annotations

from urllib.parse import quote

TEMPLATE = "mentor-card.yml"  # the form's file name, as `template=` names it
LABEL = "mentor-card"  # the label the form gives its issues; the workflow acts only on those
CARD_FIELD = "card"  # the textarea's id, as the query parameter that fills it
CARD_HEADING = "Card"  # the textarea's label: GitHub writes it as '### Card' in the issue's body
PHOTO_HEADING = "Photo"  # the optional photo note's label
TITLE = "Mentor card: {id}"  # the issue's title, and the pull request's
MAX_URL_LENGTH = 8000  # longer links are cut or refused on the way to GitHub; the builder offers the edit page instead
URL_SAFE = "!~*'()"  # with letters, digits and '-_.': what encodeURIComponent leaves as it is


def encode_component(text: str) -> str:
    """Return text percent-encoded exactly as the browser's encodeURIComponent does (UTF-8)."""
    return quote(text, safe=URL_SAFE)


def card_issue_url(repo_url: str, card_id: str, card_text: str) -> str | None:
    """Return the link that opens the form with the title and the card filled in, or None when the
    repository is unknown or the link would be longer than MAX_URL_LENGTH characters."""
    if not repo_url:
        return None
    fields = {"template": TEMPLATE, "title": TITLE.format(id=card_id), CARD_FIELD: card_text}
    query = "&".join(f"{name}={encode_component(value)}" for name, value in fields.items())
    url = f"{issue_form_base(repo_url)}?{query}"
    return url if len(url) <= MAX_URL_LENGTH else None


def issue_form_base(repo_url: str) -> str:
    """Return the address of the repository's new-issue page."""
    return f"{repo_url.rstrip('/')}/issues/new"


def builder_pieces(repo_url: str) -> dict:
    """Return what the card builder needs to build card_issue_url's link in the browser."""
    return {
        "url": issue_form_base(repo_url) if repo_url else "",
        "template": TEMPLATE,
        "field": CARD_FIELD,
        "title": TITLE,
        "maxUrlLength": MAX_URL_LENGTH,
    }
