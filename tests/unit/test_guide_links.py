"""Which pages a link may point to: the list of template-only pages is the site's own.

The link checks themselves are validator cases (tests/cases/validate/guide-link-*,
guide-translation-*, links-in-texts-*, valid-links-inside-the-site); the build's agreement on
heading ids is in tests/site/test_link_and_structure_checks.py.
"""

from __future__ import annotations

from mentoring import load
from mentoring.data.guide_links import TEMPLATE_PAGES
from mentoring.site.pages.page_spec import SiteSettings
from mentoring.site.pages.site_pages import site_pages
from tests.support.paths import PROJECT, TODAY


def test_the_template_pages_the_check_knows_are_the_ones_the_site_makes():
    catalog = load(PROJECT, TODAY).catalog
    per_item = {f"mentors/{m.id}.md" for m in catalog.mentors} | {f"programs/{p.id}.md" for p in catalog.programs}
    per_item |= {f"guides/{'' if g.lang == 'en' else g.lang + '/'}{g.slug}.md" for g in catalog.guides}
    made = {spec.src_uri for spec in site_pages(catalog, SiteSettings(today=TODAY))}
    assert made - per_item == set(TEMPLATE_PAGES)
