"""The compact indexes the directory's filters and the match helper read in the browser.

Each is written twice: as JSON, fetched over http(s), and as a one-line script that files the same
data under window.mentoringHubIndexes, for a copy of the site opened from disk (file://), where
browsers fetch nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from mentoring.data.model import Catalog
from mentoring.site.pages import directory
from mentoring.site.browser import directory_filters as finder
from mentoring.site.pages import match_page
from mentoring.site.outputs.json_text import compact_json


def browser_indexes(catalog: Catalog, schemas_dir: Path) -> Iterator[tuple[str, list[str]]]:
    """Yield (path under the site root, pieces of its text) for both indexes and their script twins.

    One index at a time: a big organisation's index takes megabytes while it is being written.
    """
    criteria = match_page.load_weights(match_page.weights_path(schemas_dir))
    indexes = (
        (finder.INDEX_PATH, lambda: _filter_index(catalog)),
        (match_page.INDEX_PATH, lambda: match_page.match_index(catalog, criteria)),
    )
    for path, payload in indexes:
        text = compact_json(payload())
        name = path.rsplit("/", 1)[-1].removesuffix(".json")
        yield path, [text, "\n"]
        yield path.removesuffix(".json") + ".js", [
            f"(window.mentoringHubIndexes = window.mentoringHubIndexes || {{}})[{json.dumps(name)}] = ", text, ";\n"
        ]


def _filter_index(catalog: Catalog) -> dict:
    filters = finder.filter_index(catalog)
    filters["cards"] = directory.card_columns(catalog, filters["facets"]["expertise"]["values"])
    filters["page_size"] = directory.PAGE_SIZE  # the result shows as many cards as a directory page
    return filters
