"""The template filters pages use, bound to one catalogue."""

from __future__ import annotations

from . import display
from .markup import render_markdown
from .model import Catalog


def template_filters(catalog: Catalog) -> dict:
    """Return name -> function for every filter the templates in overrides/ use."""
    vocabulary = catalog.vocabulary
    return {
        "markdown": render_markdown,
        "initials": display.initials,
        "avatar_colour": display.avatar_colour,
        "utc_offset": display.utc_offset,
        "long_date": display.long_date,
        "availability_label": lambda value: display.label(value, display.AVAILABILITY_LABELS),
        "format_label": lambda value: display.label(value, display.FORMAT_LABELS),
        "enrolment_label": lambda value: display.label(value, display.ENROLMENT_LABELS),
        "audience_label": lambda value: display.label(value, display.AUDIENCE_LABELS),
        "language_name": lambda code: vocabulary.languages.get(code, code),
        "tag_label": lambda tag: vocabulary.tags[tag].label,
    }
