"""Files the site publishes beside its pages (JSON exports, schemas), as path -> text."""

from __future__ import annotations

from pathlib import Path

from . import exports, insights, insights_csv, schemas
from .browser_indexes import browser_indexes
from .model import Catalog
from .pages import SiteSettings


def site_outputs(catalog: Catalog, schemas_dir: Path, settings: SiteSettings | None = None) -> dict[str, str]:
    """Return every non-page file of the site, keyed by its path under the site root."""
    settings = settings or SiteSettings(schemas_dir=schemas_dir)
    card_schemas = {kind: schemas.read_schema(schemas_dir, kind) for kind in schemas.KINDS}
    payloads = {
        "api/mentors.json": exports.mentors_export(catalog),
        "api/programs.json": exports.programs_export(catalog),
        "api/mentors.schema.json": exports.mentors_schema(card_schemas["mentor"]),
        "api/programs.schema.json": exports.programs_schema(card_schemas["program"]),
    }
    payloads.update({f"schemas/{kind}.schema.json": schema for kind, schema in card_schemas.items()})
    files = {path: exports.to_json(payload) for path, payload in payloads.items()}
    files["schemas/expertise.yml"] = (schemas_dir / "expertise.yml").read_text(encoding="utf-8")
    files.update(insights_csv.csv_files(insights.insights(catalog, settings.today, settings.stale_after_months)))
    files.update(browser_indexes(catalog, schemas_dir))  # what finder.js and match.js read
    return files
