"""The first message to a mentor, drafted from the templates in the mentee-advice guide and its translations.

The guide's "Ask" section holds the message people are told to copy and fill in
(request_templates.py reads it, in every language the guide is written in); the profile's "Ask
<name> to mentor you" box starts from it, with the mentor's name and a topic filled in, and offers
it in each of those languages the mentor speaks. Editing the guide edits the draft. The page
carries each language's draft as data for mentor-request.js, which puts in the topic and the
programme the visitor picked elsewhere. Nothing here is sent anywhere: the draft becomes a
mailto: link that opens the visitor's own mail program, or text the visitor copies into a chat.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mentoring.data.model import Catalog, Mentor
from mentoring.site.mailto import mailto_link
from mentoring.site.pages.request_templates import BASE_LANGUAGE, MENTOR, PROGRAMME, TOPIC, AskTemplate, ask_templates, fill


@dataclass(frozen=True)
class LanguageDraft:
    """The request in one language: its subject and its message cut where the topic and the programme go."""

    lang: str
    label: str  # the language's name
    subject: str
    around_topic: list[str]  # the message before and after the topic (the mentor's name filled in); one part without a topic
    around_programme: list[str]  # the programme sentence before and after the programme's name; [] without one
    mailto_without_body: str  # the link up to 'body=': the script appends the visitor's message, encoded
    guide_path: str

    def body(self, topic: str) -> str:
        """Return the message naming `topic`."""
        return topic.join(self.around_topic)

    def for_page(self) -> dict:
        """Return what mentor-request.js reads (the page's data-drafts)."""
        return {"lang": self.lang, "label": self.label, "subject": self.subject, "aroundTopic": self.around_topic,
                "aroundProgramme": self.around_programme,
                "mailtoWithoutBody": self.mailto_without_body}


@dataclass(frozen=True)
class RequestDraft:
    """What a profile's request box shows: the message in English (and the other languages offered), and where it goes."""

    address: str  # the mentor's email address, or '' when the mentor gave only a chat handle
    topics: dict[str, str]  # the mentor's expertise, tag -> label, for the directory's and match helper's hand-off
    programmes: dict[str, str]  # the mentor's programmes, id -> name
    default_topic: str  # named until the visitor hands over a topic: the mentor's first skill
    drafts: list[LanguageDraft] = field(default_factory=list)  # English first

    @property
    def english(self) -> LanguageDraft:
        return self.drafts[0]

    @property
    def subject(self) -> str:
        return self.english.subject

    @property
    def body(self) -> str:
        """Return the English message as the page first shows it."""
        return self.english.body(self.default_topic)

    @property
    def guide_path(self) -> str:
        return self.english.guide_path

    @property
    def address_url(self) -> str:
        """Return 'mailto:<address>' (RFC 6068), or '' without an address."""
        return mailto_link(self.address) if self.address else ""

    @property
    def mailto(self) -> str:
        """Return the mailto: link with subject and body (RFC 6068: %20 for spaces, CRLF line breaks)."""
        return mailto_link(self.address, subject=self.subject, body=self.body) if self.address else ""

    @property
    def mailto_without_body(self) -> str:
        """Return the English link up to 'body=': the request script appends the visitor's edited message, encoded."""
        return self.english.mailto_without_body

    def for_page(self) -> dict:
        """Return what mentor-request.js reads: the drafts, the topics and programmes it may name."""
        return {"drafts": [draft.for_page() for draft in self.drafts], "topics": self.topics,
                "programmes": self.programmes, "defaultTopic": self.default_topic}


class RequestDrafter:
    """Drafts each mentor's request from the guides' templates, read once per build."""

    def __init__(self, catalog: Catalog):
        self.templates = ask_templates(catalog)
        self.tag_labels = {tag: entry.label for tag, entry in catalog.vocabulary.tags.items()}
        self.language_names = catalog.vocabulary.languages
        self.programme_names = {program.id: program.name for program in catalog.programs}

    def __call__(self, mentor: Mentor) -> RequestDraft | None:
        """Return the mentor's draft, or None when the guide has no template to draft from."""
        if BASE_LANGUAGE not in self.templates:
            return None
        address = mentor.contact.get("email") or ""
        offered = [lang for lang in self.templates if lang == BASE_LANGUAGE or lang in mentor.languages]
        topics = {tag: self.tag_labels.get(tag, tag) for tag in mentor.expertise}
        return RequestDraft(
            address=address,
            topics=topics,
            programmes={program: self.programme_names.get(program, program) for program in mentor.programs or []},
            default_topic=next(iter(topics.values()), ""),
            drafts=[self._draft(self.templates[lang], mentor, address) for lang in offered],
        )

    def _draft(self, template: AskTemplate, mentor: Mentor, address: str) -> LanguageDraft:
        # Cut first, then fill in the name: a name that reads like a placeholder stays a name.
        around_topic = [fill(part, {MENTOR: mentor.name}) for part in template.message.split(TOPIC, 1)]
        around_programme = template.programme.split(PROGRAMME, 1) if PROGRAMME in template.programme else []
        return LanguageDraft(
            lang=template.lang,
            label=self.language_names.get(template.lang, template.lang),
            subject=template.subject,
            around_topic=around_topic,
            around_programme=around_programme,
            mailto_without_body=mailto_link(address, subject=template.subject, body="") if address else "",
            guide_path=template.guide_path,
        )
