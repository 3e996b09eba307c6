"""The match helper at /match/: its weights and its form (the index match.js ranks with is
browser/match_index.py).

Ranking happens in the visitor's browser; nothing they pick leaves it. The weights are data
(schemas/match-weights.yml), read once per build (SiteSettings.match_criteria), shown on the page
and copied into the index, so what the page says is what the script does.
"""

from __future__ import annotations

from dataclasses import dataclass

from mentoring.data.enum_labels import FORMAT_LABELS
from mentoring.data.match_weights import WEIGHTS_FILE
from mentoring.data.model import Catalog
from mentoring.data.timezones import offset_label, timezones, utc_offset_minutes
from mentoring.site.browser.match_index import INDEX_PATH
from mentoring.site.display_text import reference_day_text
from mentoring.site.pages.page_spec import PageSpec, SiteSettings


@dataclass(frozen=True)
class Choice:
    """One value a mentee can pick."""

    value: str
    label: str


def match_page(catalog: Catalog, settings: SiteSettings) -> PageSpec:
    """Return the /match/ page: the wishes form, the weights table and the result templates."""
    return PageSpec(
        "match/index.md",
        "match.html",
        "Match helper",
        "Pick what you want to learn and how you like to meet; see which mentors fit and why. Nothing you pick leaves your browser.",
        source=f"schemas/{WEIGHTS_FILE}",  # "Edit this page" opens the weights
        context={
            "criteria": settings.match_criteria,
            "learn_groups": _tag_groups(catalog, {tag for mentor in catalog.mentors for tag in mentor.expertise}),
            "teach_groups": _tag_groups(catalog, {tag for mentor in catalog.mentors for tag in mentor.learning or ()}),
            "format_choices": [Choice(value, label) for value, label in FORMAT_LABELS.items()
                               if any(value in mentor.formats for mentor in catalog.mentors)],
            "language_choices": _languages(catalog),
            "program_choices": sorted((Choice(p.id, p.name) for p in catalog.programs if catalog.mentors_in(p.id)), key=lambda c: c.label.lower()),
            "offset_choices": offset_choices(catalog),
            "match_index": INDEX_PATH,
            "reference_day": reference_day_text(),
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

