"""The request templates of the mentee-advice guide and its translations, read from their "Ask" sections.

Each guide's section under the heading with `{#ask}` holds, in text blocks, the message people are
told to copy and fill in (its first line may be "Subject: ..." followed by an empty line), then
the sentence to add when they found the mentor through a programme. The English guide's
placeholders name what the site fills in (the mentor's name, the topic, the programme); a
translation's placeholders stand in the same order as the English ones, so the i-th placeholder of
a translation plays the part of the English i-th. The languages the drafts come in are the
languages of the guides that hold such a section, nothing else.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from mentoring.data.model import Catalog

GUIDE_SLUG = "mentee-advice"
SECTION_ID = "ask"
BASE_LANGUAGE = "en"
# What the site fills in, named by the English guide's placeholders.
MENTOR = "<name>"
TOPIC = "<their area of expertise>"
PROGRAMME = "<programme>"
_FILLED = {MENTOR, TOPIC, PROGRAMME}

_SECTION = re.compile(r"^##[^\n]*\{#" + SECTION_ID + r"\}[ \t]*\n(.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)
_TEXT_BLOCK = re.compile(r"^```text[ \t]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_PLACEHOLDER = re.compile(r"<[^<>\n]+>")
_SUBJECT_LINE = re.compile(r"\A[^\n:]+:[ \t]*([^\n]+)\n[ \t]*\n")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AskTemplate:
    """One language's request: the subject, the message and the programme sentence, with every
    placeholder the site fills in written as its English name (MENTOR, TOPIC, PROGRAMME)."""

    lang: str
    subject: str
    message: str
    programme: str  # '' when the guide has no programme sentence
    guide_path: str  # the guide's "Ask" section, relative to the site root


def ask_templates(catalog: Catalog) -> dict[str, AskTemplate]:
    """Return the request template of each language the guide is written in, English first.

    Return {} without an English template; leave out, with a warning, a translation whose
    placeholders do not line up with the English ones.
    """
    guides = {guide.lang: guide for guide in catalog.guides if guide.slug == GUIDE_SLUG}
    blocks = {lang: _ask_blocks(guide.body) for lang, guide in guides.items()}
    base = blocks.get(BASE_LANGUAGE)
    if not base:
        return {}
    base_roles = [_PLACEHOLDER.findall(block) for block in base]
    templates = {}
    for lang in [BASE_LANGUAGE, *sorted(set(blocks) - {BASE_LANGUAGE})]:
        found = blocks[lang]
        if not found:
            continue
        roles = [_PLACEHOLDER.findall(block) for block in found]
        if [len(r) for r in roles] != [len(r) for r in base_roles[:len(roles)]] or len(found) > len(base):
            log.warning("guides/%s/%s.md: the 'Ask' text blocks' placeholders do not line up with the English guide's; "
                        "its drafts stay in English", lang, GUIDE_SLUG)
            continue
        named = [_as_english(block, english) for block, english in zip(found, base_roles)]
        subject, message = _split_subject(named[0])
        folder = "" if lang == BASE_LANGUAGE else f"{lang}/"
        templates[lang] = AskTemplate(lang, subject, message, named[1] if len(named) > 1 else "",
                                      f"guides/{folder}{GUIDE_SLUG}/#{SECTION_ID}")
    return templates


def fill(text: str, values: dict[str, str]) -> str:
    """Return `text` with each placeholder named in `values` replaced by its value, in one pass
    (a value that looks like a placeholder is left as written)."""
    return _PLACEHOLDER.sub(lambda found: values.get(found.group(), found.group()), text)


def _ask_blocks(body: str) -> list[str]:
    """Return the text blocks of the guide's "Ask" section, each as one paragraph per blank-line-separated part."""
    section = _SECTION.search(body)
    if not section:
        return []
    return [_unwrap(block) for block in _TEXT_BLOCK.findall(section.group(1))]


def _unwrap(block: str) -> str:
    """Return a block's lines joined into paragraphs: wrapped lines become one, a blank line stays."""
    paragraphs = re.split(r"\n[ \t]*\n", block.strip())
    return "\n\n".join(" ".join(line.strip() for line in part.splitlines() if line.strip()) for part in paragraphs)


def _as_english(block: str, english: list[str]) -> str:
    """Return a translation's block with each placeholder the site fills in written as the English
    one in its place; the ones the mentee fills in stay in the guide's own words."""
    positions = iter(english)

    def named(found: re.Match) -> str:
        role = next(positions)
        return role if role in _FILLED else found.group()

    return _PLACEHOLDER.sub(named, block)


def _split_subject(block: str) -> tuple[str, str]:
    """Return (subject, message): the text after the first line's colon when a blank line follows it."""
    head = _SUBJECT_LINE.match(block)
    if not head:
        return "", block
    return head.group(1).strip(), block[head.end():].strip()
