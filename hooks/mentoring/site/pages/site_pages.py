"""Which pages the site has and what each one shows, as engine-agnostic page specifications."""

from __future__ import annotations

import functools

from mentoring.data.enum_labels import AUDIENCE_LABELS
from mentoring.data.model import Catalog, Guide, Mentor, Program
from mentoring.derive.swaps import SwapIndex
from mentoring.site.pages import contribute_pages as contribute
from mentoring.site.pages import directory, insights_page, match_page
from mentoring.site.pages.page_spec import PageSpec, SiteSettings
from mentoring.site.pages.support_page import support_page

AUDIENCE_ORDER = ("everyone", "mentees", "mentors", "programme-managers")
SWAPS_SHOWN = 6  # on a profile; the match helper lists every swap


def site_pages(catalog: Catalog, settings: SiteSettings) -> list[PageSpec]:
    """Return every generated page of the site."""
    pages = directory.directory_pages(catalog)
    swaps = SwapIndex(catalog.mentors)
    pages += [profile_page(catalog, mentor, settings, swaps) for mentor in catalog.mentors]
    pages.append(match_page.match_page(catalog, settings))
    pages.append(programs_page(catalog))
    pages += [program_page(catalog, program) for program in catalog.programs]
    pages.append(guides_page(catalog))
    pages += [guide_page(catalog, guide) for guide in catalog.guides]
    pages += contribute.contribute_pages(catalog, settings)
    pages.append(insights_page.insights_page(catalog, settings))
    pages.append(support_page(catalog))
    return pages


def profile_page(catalog: Catalog, mentor: Mentor, settings: SiteSettings, swaps: SwapIndex | None = None) -> PageSpec:
    labels = [catalog.vocabulary.tags[tag].label for tag in mentor.expertise[:directory.CARD_TAGS]]
    return PageSpec(
        f"mentors/{mentor.id}.md",
        "mentor.html",
        mentor.name,
        f"{mentor.name}, {mentor.title} in {mentor.department}, mentors in {', '.join(labels)}.",
        source=mentor.source,
        context_factory=functools.partial(profile_context, catalog, mentor, settings, swaps or SwapIndex(catalog.mentors)),
        chrome="profile",
    )


def profile_context(catalog: Catalog, mentor: Mentor, settings: SiteSettings, swaps: SwapIndex) -> dict:
    """Return what a profile shows beyond the card itself: programmes, review notice, swaps."""
    shown, swap_count = swaps.strongest_swaps(mentor, SWAPS_SHOWN)
    return {
        "mentor": mentor,
        "programs": [catalog.program(program_id) for program_id in mentor.programs],
        "stale": mentor.is_stale(settings.today, settings.stale_after_months),
        "stale_after_months": settings.stale_after_months,
        "report_url": settings.report_outdated_url(mentor),
        "swaps": shown,
        "swap_count": swap_count,
    }


def programs_page(catalog: Catalog) -> PageSpec:
    return PageSpec(
        "programs/index.md",
        "programs.html",
        "Programmes",
        f"{len(catalog.programs)} mentoring programmes: what each offers, who it is for and how to join.",
        context={"programs": catalog.programs},
    )


def program_page(catalog: Catalog, program: Program) -> PageSpec:
    return PageSpec(
        f"programs/{program.id}.md",
        "program.html",
        program.name,
        program.summary,
        source=program.source,
        context={
            "program": program,
            "mentors": catalog.mentors_in(program.id),
            "hallmarks": [catalog.vocabulary.hallmarks[hallmark] for hallmark in program.hallmarks],
        },
        chrome="programme",
    )


def guides_page(catalog: Catalog) -> PageSpec:
    english = [guide for guide in catalog.guides if guide.lang == "en"]
    groups = [
        (audience, sorted((g for g in english if g.audience == audience), key=lambda g: (g.order, g.title)))
        for audience in AUDIENCE_ORDER
    ]
    return PageSpec(
        "guides/index.md",
        "guides.html",
        "Guides",
        "Practical guides for mentees, mentors and programme managers, from the first meeting to measuring success.",
        context={"guide_groups": [(AUDIENCE_LABELS[a], guides) for a, guides in groups if guides]},
    )


def guide_page(catalog: Catalog, guide: Guide) -> PageSpec:
    prefix = "" if guide.lang == "en" else f"{guide.lang}/"
    return PageSpec(
        f"guides/{prefix}{guide.slug}.md",
        "guide.html",
        guide.title,
        guide.meta["summary"],
        source=guide.source,
        markdown=guide.body,
        hide=("navigation",),
        context={
            "guide": guide,
            "page_language": guide.lang,  # <html lang> and the theme's labels (overrides/partials/language.html)
            "translations": [
                (other, f"guides/{'' if other.lang == 'en' else other.lang + '/'}{other.slug}/")
                for other in catalog.translations(guide.slug)
                if other.lang != guide.lang
            ],
        },
    )


def hub_summary(catalog: Catalog) -> dict:
    """Return the live counts shown on the home page."""
    return {
        "mentors": len(catalog.mentors),
        "accepting": sum(1 for mentor in catalog.mentors if mentor.availability == "accepting"),
        "programs": len(catalog.programs),
        "open_programs": sum(1 for program in catalog.programs if program.is_open),
        "guides": sum(1 for guide in catalog.guides if guide.lang == "en"),
        "departments": len({mentor.department for mentor in catalog.mentors}),
    }
