"""The compact indexes the directory's filters and the match helper read in the browser.

Each is written twice: as JSON, fetched over http(s), and as a one-line script that files the same
data under MentoringHub.indexes (the global our scripts share), for a copy of the site opened from
disk (file://), where browsers fetch nothing. The columns both show of each mentor are built once
(mentor_columns).
"""

from __future__ import annotations

import json
from typing import Iterator

from mentoring.data.model import Catalog
from mentoring.site.browser import directory_filters as finder
from mentoring.site.browser.match_index import INDEX_PATH as MATCH_INDEX_PATH
from mentoring.site.browser.match_index import match_index
from mentoring.site.browser.mentor_columns import card_columns, person_columns
from mentoring.site.outputs.json_text import compact_json
from mentoring.site.pages.directory import CARD_TAGS, PAGE_SIZE
from mentoring.site.pages.page_spec import SiteSettings

# Where a script twin files its index: MentoringHub.indexes, made if this is the first script to run.
TWIN_TARGET = "((window.MentoringHub = window.MentoringHub || {}).indexes = window.MentoringHub.indexes || {})"


def browser_indexes(catalog: Catalog, settings: SiteSettings) -> Iterator[tuple[str, list[str]]]:
    """Yield (path under the site root, pieces of its text) for both indexes and their script twins.

    One index at a time: a big organisation's index takes megabytes while it is being written.
    """
    person = person_columns(catalog.mentors)
    indexes = (
        (finder.INDEX_PATH, lambda: _filter_index(catalog, person)),
        (MATCH_INDEX_PATH, lambda: match_index(catalog, settings.match_criteria, person)),
    )
    for path, payload in indexes:
        text = compact_json(payload())
        name = path.rsplit("/", 1)[-1].removesuffix(".json")
        yield path, [text, "\n"]
        yield path.removesuffix(".json") + ".js", [f"{TWIN_TARGET}[{json.dumps(name)}] = ", text, ";\n"]


def _filter_index(catalog: Catalog, person: dict) -> dict:
    filters = finder.filter_index(catalog)
    filters["cards"] = card_columns(catalog, person)
    filters["page_size"] = PAGE_SIZE  # the result shows as many cards as a directory page
    filters["card_tags"] = CARD_TAGS  # a card shows this many expertise tags, those matching the filter first
    return filters
