"""The compact index match.js ranks mentors with, at /match/match-index.json.

It carries the weights, the labels and every mentor in columns; what it shares with the
directory's cards comes from mentor_columns.person_columns. It also hands the script the day UTC
offsets are read on, so the visitor's own offset is read on the same day as every mentor's.
"""

from __future__ import annotations

from mentoring.data.enum_labels import FORMAT_LABELS
from mentoring.data.match_weights import Criterion
from mentoring.data.model import Catalog
from mentoring.data.timezones import REFERENCE_DAY, offset_label, utc_offset_minutes

INDEX_PATH = "match/match-index.json"
INDEX_VERSION = 2


def match_index(catalog: Catalog, criteria: list[Criterion], person: dict) -> dict:
    """Return the index match.js ranks with; `person` is mentor_columns.person_columns of the catalogue."""
    vocabulary = catalog.vocabulary
    tags = list(vocabulary.tags)
    formats = list(FORMAT_LABELS)
    languages = sorted({code for mentor in catalog.mentors for code in mentor.languages})
    programs = [program.id for program in catalog.programs]
    departments = sorted({mentor.department for mentor in catalog.mentors})
    code = {name: {value: number for number, value in enumerate(values)}
            for name, values in (("tags", tags), ("formats", formats), ("languages", languages), ("programs", programs), ("departments", departments))}
    mentors = catalog.mentors
    return {
        "version": INDEX_VERSION,
        # Local time on the reference day (no offset: a script reads it in the visitor's zone).
        "reference_day": REFERENCE_DAY.isoformat(timespec="minutes"),
        "criteria": {
            c.id: {
                "weight": c.weight, "label": c.label,
                **({"within_hours": c.within_hours} if c.within_hours is not None else {}),
                # A must: the script leaves out mentors who miss it; the switch's label is the page's.
                **({"required": {"when": c.required.when}} if c.required else {}),
            }
            for c in criteria
        },
        "values": {"tags": tags, "formats": formats, "languages": languages, "programs": programs, "departments": departments},
        # Each mentor's offset as the reasons name it ("UTC\u221205:00"), keyed by minutes.
        "offset_labels": {
            str(minutes): offset_label(minutes, minus="\u2212")
            for minutes in sorted({utc_offset_minutes(m.timezone) for m in mentors})
        },
        "labels": {
            "tags": [vocabulary.tags[tag].label for tag in tags],
            "formats": [FORMAT_LABELS[value] for value in formats],
            "languages": [vocabulary.languages.get(value, value) for value in languages],
            "programs": [program.name for program in catalog.programs],
        },
        "mentors": {
            **person,
            "ids": [m.id for m in mentors],
            "departments": [code["departments"][m.department] for m in mentors],
            "offsets": [utc_offset_minutes(m.timezone) for m in mentors],
            "expertise": [[code["tags"][tag] for tag in m.expertise] for m in mentors],
            "learning": [[code["tags"][tag] for tag in m.learning or ()] for m in mentors],
            "formats": [[code["formats"][value] for value in m.formats] for m in mentors],
            "languages": [[code["languages"][value] for value in m.languages] for m in mentors],
            "programs": [[code["programs"][value] for value in m.programs if value in code["programs"]] for m in mentors],
        },
    }
