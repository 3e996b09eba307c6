"""The first message to a mentor, drafted from the template in the mentee-advice guide.

The guide's "Ask" section holds the message people are told to copy and fill in (who they are,
what they want to work on, how often they would like to meet); the profile's "Ask <name> to mentor
you" box starts from it, with the mentor's name filled in. The template is read from the guide
itself, so editing the guide edits the draft. Nothing here is sent anywhere: the draft becomes a
mailto: link that opens the visitor's own mail program, or text the visitor copies into a chat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from mentoring.data.model import Catalog, Mentor

GUIDE_SLUG = "mentee-advice"
SECTION_ID = "ask"
NAME_PLACEHOLDER = "<name>"
TOPICS_PLACEHOLDER = "<their area of expertise>"  # the match helper's picked topics replace it
SUBJECT = "Would you be my mentor?"

_SECTION = re.compile(r"^##[^\n]*\{#" + SECTION_ID + r"\}[ \t]*\n(.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)
_TEXT_BLOCK = re.compile(r"^```text[ \t]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class RequestDraft:
    """What a profile's request box shows: the message, and where it goes."""

    subject: str
    body: str
    address_url: str  # 'mailto:<address>', or '' when the mentor gave only a chat handle
    topics: dict[str, str]  # the mentor's expertise, tag -> label, for the match helper's hand-off
    topics_placeholder: str
    guide_path: str  # the guide's advice, relative to the site root

    @property
    def mailto(self) -> str:
        """Return the mailto: link with subject and body (RFC 6068: %20 for spaces, CRLF line breaks)."""
        if not self.address_url:
            return ""
        body = self.body.replace("\r\n", "\n").replace("\n", "\r\n")
        return f"{self.address_url}?subject={quote(self.subject, safe='')}&body={quote(body, safe='')}"


class RequestDrafter:
    """Drafts each mentor's request from the guide's template, read once per build."""

    def __init__(self, catalog: Catalog):
        self.template = request_template(catalog)
        self.tag_labels = {tag: entry.label for tag, entry in catalog.vocabulary.tags.items()}

    def __call__(self, mentor: Mentor) -> RequestDraft | None:
        """Return the mentor's draft, or None when the guide has no template to draft from."""
        if self.template is None:
            return None
        email = mentor.contact.get("email")
        return RequestDraft(
            subject=SUBJECT,
            body=self.template.replace(NAME_PLACEHOLDER, mentor.name),
            address_url=f"mailto:{quote(email, safe='@')}" if email else "",
            topics={tag: self.tag_labels.get(tag, tag) for tag in mentor.expertise},
            topics_placeholder=TOPICS_PLACEHOLDER,
            guide_path=f"guides/{GUIDE_SLUG}/#{SECTION_ID}",
        )


def request_template(catalog: Catalog) -> str | None:
    """Return the English guide's first text block under its {#ask} heading as one paragraph, or None."""
    guide = next((g for g in catalog.guides if g.slug == GUIDE_SLUG and g.lang == "en"), None)
    section = _SECTION.search(guide.body) if guide else None
    block = _TEXT_BLOCK.search(section.group(1)) if section else None
    if not block:
        return None
    return " ".join(line.strip() for line in block.group(1).splitlines() if line.strip())
