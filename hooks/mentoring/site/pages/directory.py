"""The directory of mentors as pages of a bounded size, and what a card shows, for the browser.

/mentors/ carries the first page of cards and the filters; /mentors/page/2/ and on carry the
rest, a page each, so that every mentor is reachable without JavaScript. Where scripts run,
finder-cards.js draws the cards of a result from the filter index's card columns
(browser/mentor_columns.py) into the card template the page carries.
"""

from __future__ import annotations

from mentoring.data.model import Catalog
from mentoring.site.browser import directory_filters as finder
from mentoring.site.display_text import counted, group_digits
from mentoring.site.pages.page_spec import PageSpec

PAGE_SIZE = 48  # cards per page: a phone lays out and paints this many quickly
CARD_TAGS = 3  # expertise tags a card shows; the profile shows them all


def page_count(mentors: int) -> int:
    """Return how many directory pages hold `mentors` cards (at least one, which may be empty)."""
    return max(1, -(-mentors // PAGE_SIZE))


def page_path(number: int) -> str:
    """Return the address of directory page `number` under the site root: 'mentors/', 'mentors/page/2/'."""
    return "mentors/" if number == 1 else f"mentors/page/{number}/"


def nearby_pages(number: int, count: int, around: int = 1) -> list[int]:
    """Return the page numbers a pager links to from page `number`: the first, the last and those
    within `around` of it, with 0 where numbers are left out (1 0 4 5 6 0 24)."""
    wanted = sorted({1, count, *range(max(1, number - around), min(count, number + around) + 1)})
    shown: list[int] = []
    for page in wanted:
        if shown and page - shown[-1] > 1:
            shown.append(0)
        shown.append(page)
    return shown


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
            "nearby": [(shown, page_path(shown) if shown else None) for shown in nearby_pages(number, count)],
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
            f"Browse {counted(len(mentors), 'mentor')} by expertise, department, language and time zone.",
            context=context,
        )
    return PageSpec(
        f"mentors/page/{number}.md",
        "mentors.html",
        f"Find a mentor, page {number} of {count}",
        f"Mentors {group_digits(first + 1)} to {group_digits(context['directory_page']['last'])} of {group_digits(len(mentors))}, in the directory's order.",
        context=context,
        chrome="directory",  # outside the navigation, all at one depth: one rendering of the theme's chrome
    )

