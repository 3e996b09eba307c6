"""The template filters pages use, bound to one catalogue."""

from __future__ import annotations

import datetime

from mentoring.data.count_words import agreeing
from mentoring.data.enum_labels import AUDIENCE_LABELS, AVAILABILITY_LABELS, ENROLMENT_LABELS, FORMAT_LABELS
from mentoring.data.model import Catalog
from mentoring.data.timezones import utc_offset
from mentoring.site.avatars import avatar_colour, initials
from mentoring.site.outputs.calendar_files import calendar_dates, calendar_path, has_dates
from mentoring.site.display_text import counted, group_digits, label, long_date
from mentoring.site.mailto import mailto_link
from mentoring.site.markup import render_markdown
from mentoring.site.pages.mentor_request import RequestDrafter


def template_filters(catalog: Catalog, today: datetime.date, own_names: dict[str, str] | None = None) -> dict:
    """Return name -> function for every filter the templates in overrides/ use; `today` is the build's day,
    `own_names` each language's name in itself (schemas/language-names.yml)."""
    vocabulary = catalog.vocabulary
    own_names = own_names or {}
    return {
        "markdown": render_markdown,
        "initials": initials,
        "avatar_colour": avatar_colour,
        "utc_offset": utc_offset,
        "long_date": long_date,
        "digits": group_digits,  # every count a page writes: '1,200'
        "counted": counted,  # a count with its word: {{ n | counted("mentor") }} -> '1 mentor', '2 mentors'
        "agreeing": agreeing,  # a word that follows a count: {{ n | agreeing("is") }} -> 'is', 'are'
        "availability_label": lambda value: label(value, AVAILABILITY_LABELS),
        "format_label": lambda value: label(value, FORMAT_LABELS),
        "enrolment_label": lambda value: label(value, ENROLMENT_LABELS),
        "audience_label": lambda value: label(value, AUDIENCE_LABELS),
        "language_name": lambda code: vocabulary.languages.get(code, code),
        "own_language_name": lambda code: own_names.get(code, ""),  # "italiano" for it; "" when unknown
        "tag_label": lambda tag: vocabulary.tags[tag].label,
        "request_draft": RequestDrafter(catalog),  # mentor -> the first message to them, or None
        "dates_to_come": lambda program: program.enrolment_dates(today),  # never a passed date as coming
        "dates_passed": lambda program: program.has_passed_dates(today),
        "mailto": mailto_link,  # an address -> its mailto: link (RFC 6068); every template links mail with it
        "calendar_path": lambda program: calendar_path(program) if has_dates(program) else "",
        "calendar_dates": calendar_dates,
    }
