"""The directory's filters: the facets, each mentor's values in them, and the compact filter index.

The selection lives in the URL query of /mentors/: a parameter per facet, named after the card
field, repeated for OR (`?expertise=python&expertise=sql&languages=it&accepting=true`), and
`search` for words in the name, title and bio (not `q`, which Material's site search claims).
finder-index.js reads the index written by `filter_index`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from mentoring.data.enum_labels import FORMAT_LABELS
from mentoring.data.model import Catalog, Mentor
from mentoring.data.timezones import utc_offset_minutes
from mentoring.site.display_text import reference_day_text
from mentoring.site.browser import search_words as words

INDEX_VERSION = 1
INDEX_PATH = "mentors/filter-index.json"
# The facets as URL parameters, in the order of the form; "accepting" is the switch.
FACETS = ("expertise", "department", "languages", "formats", "programs", "timezone", "accepting")
# Facets whose value is one per mentor; the others hold a list per mentor.
SINGLE_VALUED = ("department", "timezone", "accepting")


@dataclass(frozen=True)
class Band:
    """A time zone band: the zones whose whole-hour UTC offset lies from `low` to `high`."""

    value: str
    low: int
    high: int
    regions: str

    @property
    def label(self) -> str:
        return f"UTC{self.low:+d} to UTC{self.high:+d}".replace("-", "\u2212")  # a real minus sign


# West to east; together they cover every offset from UTC-12 to UTC+14.
TIMEZONE_BANDS = (
    Band("utc-12..-6", -12, -6, "Pacific, western and central Americas"),
    Band("utc-5..-3", -5, -3, "Eastern Americas, South America"),
    Band("utc-2..+2", -2, 2, "Europe, West and Central Africa"),
    Band("utc+3..+6", 3, 6, "East Africa, Middle East, South and Central Asia"),
    Band("utc+7..+14", 7, 14, "East and Southeast Asia, Oceania"),
)
TIMEZONE_NOTE = (
    f"Bands use each mentor's UTC offset on {reference_day_text()}, so daylight saving time can move a zone by an hour. "
    "A zone belongs to the band of its whole hours: UTC+05:30 is in UTC+3 to UTC+6."
)


@dataclass(frozen=True)
class Option:
    """One value of a facet, as a checkbox shows it."""

    value: str
    label: str
    count: int  # mentors with this value, before anything is selected
    hint: str = ""


@dataclass(frozen=True)
class Facet:
    """One group of checkboxes: the URL parameter, its legend, and its options in groups."""

    name: str
    label: str
    groups: tuple[tuple[str, tuple[Option, ...]], ...]  # (group heading or "", options)
    note: str = ""

    @property
    def options(self) -> list[Option]:
        return [option for _, options in self.groups for option in options]


def timezone_band(minutes: int) -> str:
    """Return the band value for a UTC offset in minutes, e.g. 330 (UTC+05:30) -> 'utc+3..+6'."""
    hours = int(minutes / 60)  # towards zero: -03:30 counts as -3
    hours = max(TIMEZONE_BANDS[0].low, min(TIMEZONE_BANDS[-1].high, hours))
    return next(band.value for band in TIMEZONE_BANDS if band.low <= hours <= band.high)


def mentor_values(mentor: Mentor) -> dict[str, list[str]]:
    """Return the values a mentor has in each facet, keyed by URL parameter."""
    return {
        "expertise": list(mentor.expertise),
        "department": [mentor.department],
        "languages": list(mentor.languages),
        "formats": list(mentor.formats),
        "programs": list(mentor.programs),
        "timezone": [timezone_band(utc_offset_minutes(mentor.timezone))],
        "accepting": ["true"] if mentor.availability == "accepting" else [],
    }


def searchable_text(mentor: Mentor) -> str:
    """Return the text the directory's text box searches: name, title and bio."""
    return f"{mentor.name}\n{mentor.title}\n{mentor.bio}"


def filter_facets(catalog: Catalog) -> list[Facet]:
    """Return the directory's facets with the values some mentor has, in display order, with counts."""
    counts: dict[str, Counter] = {name: Counter() for name in FACETS}
    for mentor in catalog.mentors:
        for name, values in mentor_values(mentor).items():
            counts[name].update(values)
    vocabulary = catalog.vocabulary
    program_names = {program.id: program.name for program in catalog.programs}
    bands = {band.value: band for band in TIMEZONE_BANDS}

    def options(name: str, values, label, hint=None) -> tuple[Option, ...]:
        """The values some mentor has, in the order given, with their labels and counts."""
        return tuple(
            Option(value, label(value), counts[name][value], hint(value) if hint else "")
            for value in values if counts[name][value]
        )

    def tag_label(tag: str) -> str:
        return vocabulary.tags[tag].label

    def language(code: str) -> str:
        return vocabulary.languages.get(code, code)

    def program(program_id: str) -> str:
        return program_names.get(program_id, program_id)

    expertise = []
    for group, tags in vocabulary.tags_by_group().items():
        found = options("expertise", [tag.id for tag in tags], tag_label)
        if found:
            expertise.append((group, found))
    return [
        Facet("expertise", "Expertise", tuple(expertise)),
        Facet("department", "Department", (("", options("department", sorted(counts["department"], key=str.lower), str)),)),
        Facet("languages", "Language", (("", options("languages", sorted(counts["languages"], key=language), language)),)),
        Facet("formats", "Format", (("", options("formats", FORMAT_LABELS, FORMAT_LABELS.get)),)),
        Facet("programs", "Programme", (("", options("programs", sorted(counts["programs"], key=lambda p: program(p).lower()), program)),)),
        Facet("timezone", "Time zone", (("", options("timezone", bands, lambda b: bands[b].label, lambda b: bands[b].regions)),), TIMEZONE_NOTE),
    ]


def accepting_count(catalog: Catalog) -> int:
    """Return how many mentors the "accepting mentees" switch keeps."""
    return sum(1 for mentor in catalog.mentors if mentor.availability == "accepting")


def filter_index(catalog: Catalog) -> dict:
    """Return the compact, columnar index finder.js filters with.

    Each facet lists its values (and their labels) once and gives each mentor integer codes into
    that list, in the card's order: one code (or -1 for none) for single-valued facets, a list for
    the others. Words are the sorted stems of
    every name, title and bio, each with the ascending mentor numbers that use it, delta-encoded.
    """
    facets = filter_facets(catalog)
    columns = {facet.name: [option.value for option in facet.options] for facet in facets}
    labels = {facet.name: [option.label for option in facet.options] for facet in facets}
    columns["accepting"], labels["accepting"] = ["true"], ["Accepting mentees"]
    codes = {name: {value: code for code, value in enumerate(values)} for name, values in columns.items()}
    rows: dict[str, list] = {name: [] for name in columns}
    postings: dict[str, list[int]] = {}
    for number, mentor in enumerate(catalog.mentors):
        for name, values in mentor_values(mentor).items():
            found = [codes[name][value] for value in values]
            rows[name].append((found[0] if found else -1) if name in SINGLE_VALUED else found)
        for stem in words.stems(searchable_text(mentor)):
            postings.setdefault(stem, []).append(number)
    stems = sorted(postings, key=_utf16)  # the order JavaScript compares strings in
    return {
        "version": INDEX_VERSION,
        "ids": [mentor.id for mentor in catalog.mentors],
        "facets": {name: {"values": columns[name], "labels": labels[name], "rows": rows[name]} for name in columns},
        "words": {"stems": stems, "postings": [_deltas(postings[stem]) for stem in stems]},
    }


def _deltas(numbers: list[int]) -> list[int]:
    return [number - previous for previous, number in zip([0, *numbers], numbers)]


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-be")
