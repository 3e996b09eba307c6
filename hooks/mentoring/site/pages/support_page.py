"""/support/ ("Get help now"): the help routes of guides/support-contacts.yml as a page."""

from __future__ import annotations

from mentoring.data.model import Catalog
from mentoring.site.pages.page_spec import PageSpec

SUPPORT_PAGE = "support/index.md"


def support_page(catalog: Catalog) -> PageSpec:
    """Return the page; without a help routes file it still says what to do in an emergency."""
    support = catalog.support
    return PageSpec(
        SUPPORT_PAGE,
        "support.html",
        "Get help now",
        "Emergency numbers, crisis lines and the company's own help routes: the EAP, HR and the speak-up channel.",
        source=support.source if support else None,
        context={
            "support": support,
            "countries": support.countries if support else [],
            "not_listed": support.uncovered_countries(catalog.mentors) if support else [],
        },
    )
