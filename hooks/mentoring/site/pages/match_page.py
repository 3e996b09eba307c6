"""The match helper at /match/: its weights, its form, and the index match.js ranks mentors with.

Ranking happens in the visitor's browser; nothing they pick leaves it. The weights are data
(schemas/match-weights.yml), shown on the page and copied into the index, so what the page says
is what the script does.
"""

from __future__ import annotations

from dataclasses import dataclass

from mentoring.data.enum_labels import AVAILABILITY_LABELS, FORMAT_LABELS
from mentoring.data.match_weights import WEIGHTS_FILE, Criterion, load_weights, weights_path
from mentoring.data.model import Catalog
from mentoring.data.timezones import offset_label, timezones, utc_offset_minutes
from mentoring.site.avatars import avatar_colour, initials
from mentoring.site.pages.page_spec import PageSpec, SiteSettings

INDEX_PATH = "match/match-index.json"
INDEX_VERSION = 1
AVAILABILITY_CODES = {state: number for number, state in enumerate(AVAILABILITY_LABELS)}


@dataclass(frozen=True)
class Choice:
    """One value a mentee can pick."""

    value: str
    label: str


def match_page(catalog: Catalog, settings: SiteSettings) -> PageSpec:
    """Return the /match/ page: the wishes form, the weights table and the result templates."""
    criteria = load_weights(weights_path(settings.schemas_dir))
    return PageSpec(
        "match/index.md",
        "match.html",
        "Match helper",
        "Pick what you want to learn and how you like to meet; see which mentors fit and why. Nothing you pick leaves your browser.",
        source=f"schemas/{WEIGHTS_FILE}",  # "Edit this page" opens the weights
        context={
            "criteria": criteria,
            "learn_groups": _tag_groups(catalog, {tag for mentor in catalog.mentors for tag in mentor.expertise}),
            "teach_groups": _tag_groups(catalog, {tag for mentor in catalog.mentors for tag in mentor.learning or ()}),
            "format_choices": [Choice(value, label) for value, label in FORMAT_LABELS.items()
                               if any(value in mentor.formats for mentor in catalog.mentors)],
            "language_choices": _languages(catalog),
            "program_choices": sorted((Choice(p.id, p.name) for p in catalog.programs if catalog.mentors_in(p.id)), key=lambda c: c.label.lower()),
            "offset_choices": offset_choices(catalog),
            "match_index": INDEX_PATH,
        },
    )


def _tag_groups(catalog: Catalog, used: set[str]) -> list[tuple[str, list[Choice]]]:
    """Return the used tags as (group, choices) pairs, in the vocabulary's group order."""
    groups = [(group, [Choice(tag.id, tag.label) for tag in tags if tag.id in used]) for group, tags in catalog.vocabulary.tags_by_group().items()]
    return [(group, choices) for group, choices in groups if choices]


def _languages(catalog: Catalog) -> list[Choice]:
    spoken = {code for mentor in catalog.mentors for code in mentor.languages}
    names = catalog.vocabulary.languages
    return sorted((Choice(code, names.get(code, code)) for code in spoken), key=lambda c: c.label)


def offset_choices(catalog: Catalog) -> list[Choice]:
    """Return every UTC offset a zone has on the reference day, west to east, with example cities."""
    cities: dict[int, list[str]] = {}
    for name in sorted({mentor.timezone for mentor in catalog.mentors}):
        cities.setdefault(utc_offset_minutes(name), []).append(_city(name))
    offsets = {utc_offset_minutes(name) for name in timezones() if "/" in name and not name.startswith(("Etc/", "SystemV/"))}
    choices = []
    for minutes in sorted(offsets):
        label = offset_label(minutes, minus="\u2212")
        if cities.get(minutes):
            label += f" ({', '.join(cities[minutes][:3])})"
        choices.append(Choice(str(minutes), label))
    return choices


def _city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def match_index(catalog: Catalog, criteria: list[Criterion]) -> dict:
    """Return the compact index match.js ranks with: weights, labels and every mentor in columns."""
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
        "criteria": {
            c.id: {"weight": c.weight, "label": c.label, **({"within_hours": c.within_hours} if c.within_hours is not None else {})}
            for c in criteria
        },
        "values": {"tags": tags, "formats": formats, "languages": languages, "programs": programs, "departments": departments},
        "availability_labels": [AVAILABILITY_LABELS[state] for state in AVAILABILITY_CODES],
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
            "ids": [m.id for m in mentors],
            "names": [m.name for m in mentors],
            "titles": [m.title for m in mentors],
            "departments": [code["departments"][m.department] for m in mentors],
            "photos": [m.photo or "" for m in mentors],
            "initials": [initials(m.name) for m in mentors],
            "colours": [avatar_colour(m.id) for m in mentors],
            "availability": [AVAILABILITY_CODES[m.availability] for m in mentors],
            "free": [m.free_capacity if m.availability == "accepting" else 0 for m in mentors],
            "offsets": [utc_offset_minutes(m.timezone) for m in mentors],
            "expertise": [[code["tags"][tag] for tag in m.expertise] for m in mentors],
            "learning": [[code["tags"][tag] for tag in m.learning or ()] for m in mentors],
            "formats": [[code["formats"][value] for value in m.formats] for m in mentors],
            "languages": [[code["languages"][value] for value in m.languages] for m in mentors],
            "programs": [[code["programs"][value] for value in m.programs if value in code["programs"]] for m in mentors],
        },
    }
