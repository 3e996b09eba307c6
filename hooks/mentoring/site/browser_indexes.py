"""The compact indexes the directory's filters and the match helper read in the browser.

Each is written twice: as JSON, fetched over http(s), and as a one-line script that files the same
data under window.mentoringHubIndexes, for a copy of the site opened from disk (file://), where
browsers fetch nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from mentoring.data.model import Catalog
from mentoring.site import directory, finder
from mentoring.site import match_page as match_helper
from mentoring.site.json_text import compact_json


def browser_indexes(catalog: Catalog, schemas_dir: Path) -> dict[str, str]:
    """Return {path under the site root: text} for both indexes and their script twins."""
    criteria = match_helper.load_weights(match_helper.weights_path(schemas_dir))
    filters = finder.filter_index(catalog)
    filters["cards"] = directory.card_columns(catalog, filters["facets"]["expertise"]["values"])
    filters["page_size"] = directory.PAGE_SIZE  # the result shows as many cards as a directory page
    indexes = {
        finder.INDEX_PATH: filters,
        match_helper.INDEX_PATH: match_helper.match_index(catalog, criteria),
    }
    files = {}
    for path, payload in indexes.items():
        text = compact_json(payload)
        name = path.rsplit("/", 1)[-1].removesuffix(".json")
        files[path] = text + "\n"
        files[path.removesuffix(".json") + ".js"] = (
            f"(window.mentoringHubIndexes = window.mentoringHubIndexes || {{}})[{json.dumps(name)}] = {text};\n"
        )
    return files
