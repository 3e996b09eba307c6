"""The /insights/ page for programme managers: the figures, their charts and the CSV downloads."""

from __future__ import annotations

from mentoring.data.enum_labels import AVAILABILITY_LABELS, ENROLMENT_LABELS
from mentoring.data.model import Catalog
from mentoring.derive.insights import AVAILABILITIES, Insights, insights
from mentoring.site.charts import BarChart, bar_chart
from mentoring.site.display_text import counted
from mentoring.site.outputs.insights_csv import DOWNLOADS
from mentoring.site.pages.page_spec import PageSpec, SiteSettings

STALE_LISTED = 25  # the page names this many of the oldest stale cards; `mentoring stale` lists them all


def insights_page(catalog: Catalog, settings: SiteSettings) -> PageSpec:
    """Return the insights page, counted on the build's day with the site's stale limit."""
    figures = insights(catalog, settings.today, settings.stale_after_months)
    return PageSpec(
        "insights/index.md",
        "insights.html",
        "Insights",
        f"The health of the mentoring offer: {counted(figures.pool.total, 'mentor')}, free places by skill and department,"
        f" skill gaps, and how {counted(len(figures.programs), 'programme')} cover the eight hallmarks.",
        context={
            "insights": figures,
            "charts": charts(figures),
            "downloads": DOWNLOADS,
            "stale_listed": STALE_LISTED,
        },
    )


def charts(figures: Insights) -> dict[str, BarChart]:
    """Return the page's bar charts by name."""
    pool = figures.pool
    return {
        "availability": bar_chart(
            "chart-availability", "Mentors by availability", "mentors by availability",
            [(AVAILABILITY_LABELS[kind], pool.count(kind), kind) for kind in AVAILABILITIES],
        ),
        "departments": bar_chart(
            "chart-departments", "Free places by department", "free places with accepting mentors, by department",
            [(row.label, row.free_places) for row in figures.departments],
        ),
        "skills": bar_chart(
            "chart-skills", "Free places by skill", "free places with accepting mentors, by skill, most first",
            [(row.label, row.free_places) for row in figures.skills_offered],
        ),
        "types": bar_chart(
            "chart-types", "Programmes by type", "programmes by type",
            [(kind.label, kind.total) for kind in figures.program_types],
        ),
        "statuses": bar_chart(
            "chart-statuses", "Programmes by enrolment status", "programmes by enrolment status",
            [(ENROLMENT_LABELS[status], count, status) for status, count in figures.programs_by_status],
        ),
    }

