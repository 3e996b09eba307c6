"""The theme's search index, split so that no page parses the documents on its main thread.

Material's page script fetches `search/search_index.json` and hands what it read to its search
worker. In a big organisation that file is megabytes of JSON, parsed on every page's main thread.
So the build keeps only the index's settings there, naming where the documents are, and writes the
whole index beside it; our search worker (`assets/javascripts/search-worker.js`) fetches that file
itself. A copy opened from disk (file://) reads the whole index from `search/search_index.js`,
because browsers start no worker there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SEARCH_INDEX = "search/search_index.json"
SEARCH_DOCUMENTS = "search/search_documents.json"
SEARCH_SCRIPT = "search/search_index.js"


def split_search_index(site_dir: Path) -> None:
    """Move the theme's search index to SEARCH_DOCUMENTS and leave its settings alone in SEARCH_INDEX."""
    index, documents = site_dir / SEARCH_INDEX, site_dir / SEARCH_DOCUMENTS
    if not index.exists():
        return
    text = index.read_text(encoding="utf-8")
    (site_dir / SEARCH_SCRIPT).write_text("var __index = " + text, encoding="utf-8")
    settings = json.loads(text)["config"]
    os.replace(index, documents)
    settings["documents"] = SEARCH_DOCUMENTS  # from the site's root; read by search-worker.js
    index.write_text(json.dumps({"config": settings, "docs": []}, separators=(",", ":")), encoding="utf-8")

