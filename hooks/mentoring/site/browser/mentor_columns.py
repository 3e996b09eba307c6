"""Each mentor as the site's scripts draw them, in columns built once for both browser indexes.

The directory's cards (filter index) and the match helper's suggestions (match index) show the
same person: name, title, photo or initials on a colour, availability and open places. Both
indexes take these columns from `person_columns`, so the two can never describe someone differently.
"""

from __future__ import annotations

from mentoring.data.enum_labels import AVAILABILITY_LABELS
from mentoring.data.model import Catalog, Mentor
from mentoring.data.timezones import utc_offset
from mentoring.site.avatars import avatar_colour, initials

AVAILABILITY_STATES = tuple(AVAILABILITY_LABELS)  # a state's code in the indexes is its place here


def person_columns(mentors: list[Mentor]) -> dict:
    """Return what both indexes show of each mentor, one list per field, in catalogue order.

    `free` is each mentor's open places (0 unless accepting), so a script that needs "can take a
    mentee now" reads `free[i] > 0` and knows no availability code.
    """
    return {
        "names": [mentor.name for mentor in mentors],
        "titles": [mentor.title for mentor in mentors],
        "photos": [mentor.photo or "" for mentor in mentors],
        "initials": [initials(mentor.name) for mentor in mentors],
        "colours": [avatar_colour(mentor.id) for mentor in mentors],
        "availability": {
            "values": list(AVAILABILITY_STATES),
            "labels": [AVAILABILITY_LABELS[state] for state in AVAILABILITY_STATES],
            "rows": [AVAILABILITY_STATES.index(mentor.availability) for mentor in mentors],
        },
        "free": [mentor.open_places for mentor in mentors],
    }


def card_columns(catalog: Catalog, person: dict) -> dict:
    """Return what a directory card shows beyond `person` and the facets' values, in index order.

    Languages, formats, the department and the expertise tags are drawn from the facets' rows and
    labels (the expertise rows hold every tag, so a card can put those matching the filter first).
    """
    mentors = catalog.mentors
    offsets = sorted({utc_offset(mentor.timezone) for mentor in mentors})
    offset_code = {label: code for code, label in enumerate(offsets)}
    return {
        **person,
        "pronouns": [mentor.pronouns or "" for mentor in mentors],
        "locations": [mentor.location or "" for mentor in mentors],
        "offsets": {"values": offsets, "rows": [offset_code[utc_offset(mentor.timezone)] for mentor in mentors]},
    }
