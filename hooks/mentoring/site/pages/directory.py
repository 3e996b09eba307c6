"""The directory of mentors as pages of a bounded size, and what a card shows, for the browser.

/mentors/ carries the first page of cards and the filters; /mentors/page/2/ and on carry the
rest, a page each, so that every mentor is reachable without JavaScript. Where scripts run,
finder.js draws the cards of a result from `card_columns` (part of the filter index) into the
card template the page carries.
"""

from __future__ import annotations

from mentoring.data.enum_labels import AVAILABILITY_LABELS
from mentoring.data.model import Catalog, Mentor
from mentoring.data.timezones import utc_offset
from mentoring.site.browser import directory_filters as finder
from mentoring.site.avatars import avatar_colour, initials
from mentoring.site.pages.page_spec import PageSpec

PAGE_SIZE = 48  # cards per page: a phone lays out and paints this many quickly
CARD_TAGS = 3  # expertise tags a card shows; the profile shows them all


def page_count(mentors: int) -> int:
    """Return how many directory pages hold `mentors` cards (at least one, which may be empty)."""
    return max(1, -(-mentors // PAGE_SIZE))


def page_path(number: int) -> str:
    """Return the address of directory page `number` under the site root: 'mentors/', 'mentors/page/2/'."""
    return "mentors/" if number == 1 else f"mentors/page/{number}/"


def directory_pages(catalog: Catalog) -> list[PageSpec]:
    """Return the directory's pages: the first with the filters, then one per further page of cards."""
    mentors = catalog.mentors
    count = page_count(len(mentors))
    return [_directory_page(catalog, number, count) for number in range(1, count + 1)]


def _directory_page(catalog: Catalog, number: int, count: int) -> PageSpec:
    mentors = catalog.mentors
    first = (number - 1) * PAGE_SIZE
    context = {
        "mentors": mentors[first:first + PAGE_SIZE],
        "mentor_total": len(mentors),
        "directory_page": {
            "number": number,
            "count": count,
            "first": first + 1,
            "last": min(first + PAGE_SIZE, len(mentors)),
            "previous": page_path(number - 1) if number > 1 else None,
            "next": page_path(number + 1) if number < count else None,
            "first_page": page_path(1),
            "last_page": page_path(count),
        },
    }
    if number == 1:
        context.update(
            facets=finder.filter_facets(catalog),
            accepting_count=finder.accepting_count(catalog),
            filter_index=finder.INDEX_PATH,
        )
        return PageSpec(
            "mentors/index.md",
            "mentors.html",
            "Find a mentor",
            f"Browse {len(mentors)} mentors by expertise, department, language and time zone.",
            context=context,
        )
    return PageSpec(
        f"mentors/page/{number}.md",
        "mentors.html",
        f"Find a mentor, page {number} of {count}",
        f"Mentors {first + 1} to {context['directory_page']['last']} of {len(mentors)}, in the directory's order.",
        context=context,
        chrome="directory",  # outside the navigation, all at one depth: one rendering of the theme's chrome
    )


def card_columns(catalog: Catalog, tags: list[str]) -> dict:
    """Return what each card shows beyond the facets' values, one list per field, in index order.

    Languages, formats and the department are drawn from the facets' rows and labels; a card's
    first expertise tags are codes into `tags`, the expertise facet's values.
    """
    mentors = catalog.mentors
    tag_code = {tag: code for code, tag in enumerate(tags)}
    offsets = sorted({utc_offset(mentor.timezone) for mentor in mentors})
    offset_code = {label: code for code, label in enumerate(offsets)}
    states = list(AVAILABILITY_LABELS)
    return {
        "names": [mentor.name for mentor in mentors],
        "pronouns": [mentor.pronouns or "" for mentor in mentors],
        "titles": [mentor.title for mentor in mentors],
        "locations": [mentor.location or "" for mentor in mentors],
        "photos": [mentor.photo or "" for mentor in mentors],
        "initials": [initials(mentor.name) for mentor in mentors],
        "colours": [avatar_colour(mentor.id) for mentor in mentors],
        "offsets": {"values": offsets, "rows": [offset_code[utc_offset(mentor.timezone)] for mentor in mentors]},
        "availability": {
            "values": states,
            "labels": [AVAILABILITY_LABELS[state] for state in states],
            "rows": [states.index(mentor.availability) for mentor in mentors],
        },
        "free": [_free_places(mentor) for mentor in mentors],
        "tags": [[tag_code[tag] for tag in mentor.expertise[:CARD_TAGS]] for mentor in mentors],
    }


def _free_places(mentor: Mentor) -> int:
    return mentor.free_capacity if mentor.availability == "accepting" else 0
