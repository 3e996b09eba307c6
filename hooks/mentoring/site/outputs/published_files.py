"""Files the site publishes beside its pages (JSON exports, schemas), as (path, content) pairs."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from mentoring.data import schemas
from mentoring.data.model import Catalog
from mentoring.derive import insights
from mentoring.site.outputs import exports
from mentoring.site.outputs import insights_csv
from mentoring.site.browser.indexes import browser_indexes
from mentoring.site.outputs.calendar_files import calendar_files
from mentoring.site.outputs.feed import FEED_PATH, feed_text
from mentoring.site.pages.page_spec import SiteSettings


def card_text_path(mentor_id: str) -> str:
    """Return where the site publishes a card's file as written: what the card builder's update mode edits."""
    return f"mentors/{mentor_id}/card.yml"


def card_texts(catalog: Catalog, root: Path) -> Iterator[tuple[str, str]]:
    """Yield each card's file, byte for byte, so an update changes only what the mentor changes in the form."""
    for mentor in catalog.mentors:
        yield card_text_path(mentor.id), (root / mentor.source).read_bytes().decode("utf-8")


def site_outputs(catalog: Catalog, schemas_dir: Path, settings: SiteSettings | None = None,
                 root: Path | None = None) -> Iterator[tuple[str, str | Iterable[str]]]:
    """Yield every non-page file of the site as (path under the site root, text or pieces of text).

    One at a time, and the mentors export in pieces: for a big organisation it is megabytes.
    """
    settings = settings or SiteSettings(schemas_dir=schemas_dir)
    card_schemas = {kind: schemas.read_schema(schemas_dir, kind) for kind in schemas.KINDS}
    yield "api/mentors.json", exports.json_chunks(exports.MENTORS_EXPORT, "mentors", exports.mentor_records(catalog))
    yield "api/programs.json", exports.to_json(exports.programs_export(catalog))
    yield "api/mentors.schema.json", exports.to_json(exports.mentors_schema(card_schemas["mentor"]))
    yield "api/programs.schema.json", exports.to_json(exports.programs_schema(card_schemas["program"]))
    for kind, schema in card_schemas.items():
        yield f"schemas/{kind}.schema.json", exports.to_json(schema)
    yield "schemas/expertise.yml", (schemas_dir / "expertise.yml").read_text(encoding="utf-8")
    yield from insights_csv.csv_files(insights.insights(catalog, settings.today, settings.stale_after_months)).items()
    yield from browser_indexes(catalog, settings)  # what finder.js and match.js read
    yield from calendar_files(catalog, settings)
    yield FEED_PATH, feed_text(catalog, settings)
    if root is not None:
        yield from card_texts(catalog, root)
