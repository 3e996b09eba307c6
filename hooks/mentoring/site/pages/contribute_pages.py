"""The generated pages under /contribute/: the field reference and the card builder.

Both are made from the schemas and vocabularies the validator uses, at build time,
so what they say is always the contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mentoring.data import markdown_limits
from mentoring.data.dates import LATEST_UTC_OFFSET_HOURS
from mentoring.data.enum_labels import FORMAT_LABELS
from mentoring.data.issue_form import builder_pieces
from mentoring.data.language_names import language_names
from mentoring.data.layout import MENTORS_DIR, schema_comment
from mentoring.data.messages import WORDS
from mentoring.data.model import Catalog
from mentoring.data.schema_enums import without_editor_enums
from mentoring.data.schema_fields import SchemaField, schema_fields
from mentoring.data.schemas import KINDS, read_schema
from mentoring.data.timezones import timezones
from mentoring.site.outputs.json_text import compact_json
from mentoring.site.pages.page_spec import PageSpec, SiteSettings

# Where each kind of file lives, as a person would write it.
SCHEMA_HOMES = {
    "mentor": "content/mentors/<id>.yml",
    "program": "programs/<id>.yml",
    "guide": "guides/<slug>.md, between the '---' lines at the top",
}

# The card builder's form, in the order a person thinks of it; fields not named here come last.
FORM_SECTIONS = (
    ("About you", ("name", "pronouns", "id", "title", "department", "location", "timezone", "languages")),
    ("What you offer", ("expertise", "learning", "formats", "programs")),
    ("Your time", ("capacity", "active_mentees", "accepting")),
    ("How mentees reach you", ("bio", "contact", "github", "photo")),
    ("Keeping it current", ("last_reviewed",)),
)
LONG_TEXT = 300  # text fields allowed more characters than this get a multi-line box
# What browsers may fill in for a field (WCAG 1.3.5, identify input purpose).
AUTOCOMPLETE = {"name": "name", "title": "organization-title", "contact.email": "email"}


@dataclass(frozen=True)
class FormControl:
    """One field of the card builder: the schema field and the control that edits it."""

    field: SchemaField
    control: str  # text, textarea, number, date, checkbox, checkboxes, select, tags, languages, timezone, group
    options: tuple[tuple[str, str], ...] = ()  # (value, label) for checkboxes and selects
    children: tuple[FormControl, ...] = ()  # the fields of a group

    @property
    def input_id(self) -> str:
        return f"card-{self.field.anchor}"

    @property
    def autocomplete(self) -> str:
        return AUTOCOMPLETE.get(self.field.path, "off")

    @property
    def is_code(self) -> bool:
        """Return True for values written in a fixed form (ids, dates, handles): no spelling help or capitals."""
        return bool(self.field.pattern or self.field.format)


@dataclass(frozen=True)
class FormSection:
    title: str
    controls: tuple[FormControl, ...] = field(default_factory=tuple)


def contribute_pages(catalog: Catalog, settings: SiteSettings) -> list[PageSpec]:
    """Return the field reference and the card builder pages."""
    documents = {kind: read_schema(settings.schemas_dir, kind) for kind in KINDS}
    return [field_reference_page(catalog, documents), card_builder_page(catalog, documents["mentor"], settings)]


def field_reference_page(catalog: Catalog, documents: dict[str, dict]) -> PageSpec:
    vocabulary = catalog.vocabulary
    return PageSpec(
        "contribute/fields.md",
        "contribute-fields.html",
        "Field reference",
        "Every field of a mentor card, a programme and a guide, with the allowed values and the expertise "
        "vocabulary, generated from the schemas the checks use.",
        context={
            "schemas": [
                {"kind": kind, "document": document, "home": SCHEMA_HOMES[kind], "fields": schema_fields(document)}
                for kind, document in documents.items()
            ],
            "tag_groups": sorted(catalog.vocabulary.tags_by_group().items()),
            "hallmarks": list(vocabulary.hallmarks.values()),
            "languages": sorted(vocabulary.languages.items()),
        },
        body_template="partials/field-reference.html",
    )


def card_builder_page(catalog: Catalog, schema: dict, settings: SiteSettings) -> PageSpec:
    return PageSpec(
        "contribute/card-builder.md",
        "card-builder.html",
        "Card builder",
        "Fill in a form and get a valid mentor card, ready to propose as a pull request. Works offline; sends nothing.",
        context={
            "sections": form_sections(catalog, schema),
            "builder_json": compact_json({**builder_data(catalog, schema, settings.repo_url), "languageNames": language_names(settings.schemas_dir)}),
            "timezones": sorted(timezones()),
            "tag_groups": sorted(catalog.vocabulary.tags_by_group().items()),
            "form_help": WORDS["form_help"],
            "form_finders": WORDS["form_finders"],
            "repo_url": settings.repo_url,
        },
    )


def form_sections(catalog: Catalog, schema: dict) -> list[FormSection]:
    """Return the card builder's form: every top-level field of the mentor schema, grouped."""
    fields = schema_fields(schema)
    top = {f.key: f for f in fields if f.depth == 0}
    placed = {key for _, keys in FORM_SECTIONS for key in keys}
    sections = [(title, [key for key in keys if key in top]) for title, keys in FORM_SECTIONS]
    sections.append(("More", [key for key in top if key not in placed]))
    return [
        FormSection(title, tuple(_control(top[key], fields, catalog) for key in keys))
        for title, keys in sections
        if keys
    ]


def _control(schema_field: SchemaField, fields: list[SchemaField], catalog: Catalog) -> FormControl:
    node, kind = schema_field.node, schema_field.type
    if schema_field.key == "programs":  # the schema checks the shape; the programmes that exist are data
        return FormControl(schema_field, "checkboxes", tuple((p.id, p.name) for p in catalog.programs))
    if schema_field.allowed:
        options = tuple((value, FORMAT_LABELS.get(value, value)) for value in schema_field.allowed)
        return FormControl(schema_field, "checkboxes" if kind == "array" else "select", options)
    if schema_field.vocabulary == "expertise":
        return FormControl(schema_field, "tags")
    if schema_field.vocabulary == "languages":
        return FormControl(schema_field, "languages")
    if kind == "object":
        children = tuple(
            _control(child, fields, catalog) for child in fields if child.path.startswith(schema_field.path + ".") and child.depth == schema_field.depth + 1
        )
        return FormControl(schema_field, "group", children=children)
    if kind == "boolean":
        return FormControl(schema_field, "checkbox")
    if kind in ("integer", "number"):
        return FormControl(schema_field, "number")
    if schema_field.format == "date":
        return FormControl(schema_field, "date")
    if schema_field.format == "iana-timezone":
        return FormControl(schema_field, "timezone")
    if (node.get("maxLength") or 0) > LONG_TEXT:
        return FormControl(schema_field, "textarea")
    return FormControl(schema_field, "text")


def builder_data(catalog: Catalog, schema: dict, repo_url: str) -> dict:
    """Return what the card builder's scripts need: the schema, the validator's words, the vocabularies,
    the facts across files (ids, programmes, photos) and where to propose. Time zones come in the page's
    datalist."""
    vocabulary = catalog.vocabulary
    repo = repo_url.rstrip("/")
    return {
        "schema": without_editor_enums(schema),
        "words": WORDS,
        "markdownLimits": markdown_limits.LIMITS,
        "latestUtcOffsetHours": LATEST_UTC_OFFSET_HOURS,
        "tags": {tag.id: {"label": tag.label, "group": tag.group} for tag in vocabulary.tags.values()},
        "synonyms": vocabulary.synonyms,
        "languages": vocabulary.languages,
        "emailDomains": list(vocabulary.email_domains),
        "context": {
            "programs": {program.id: program.name for program in catalog.programs},
            "taken": sorted(mentor.id for mentor in catalog.mentors),
            "photos": sorted({mentor.photo for mentor in catalog.mentors if mentor.photo}),
        },
        "folder": MENTORS_DIR,
        "header": schema_comment(MENTORS_DIR, "mentor"),
        "newFileUrl": f"{repo}/new/main/{MENTORS_DIR}" if repo else "",
        "editUrl": f"{repo}/edit/main/{MENTORS_DIR}/" if repo else "",
        # Propose through the issue form: url?template=…&title=…&<field>=<card>, each value encoded with
        # encodeURIComponent, title with {id} filled in; longer than maxUrlLength, fall back to the edit page.
        "issueForm": builder_pieces(repo),
    }
