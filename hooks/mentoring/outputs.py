"""Files the site publishes beside its pages (JSON exports, schemas), as path -> text."""

from __future__ import annotations

from pathlib import Path

from . import exports, schemas
from .model import Catalog


def site_outputs(catalog: Catalog, schemas_dir: Path) -> dict[str, str]:
    """Return every non-page file of the site, keyed by its path under the site root."""
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
    return files
