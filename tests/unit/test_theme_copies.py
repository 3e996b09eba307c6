"""Templates in overrides/ made from one of Material's are watched: when an upgrade of Material
changes the original one was made from, a test says which copy to redo (tests/cases/theme-copies.yml)."""

from __future__ import annotations

import hashlib
import shutil
from importlib.resources import files
from pathlib import Path

import yaml

from tests.support.paths import PROJECT

RECORD = PROJECT / "tests" / "cases" / "theme-copies.yml"
OVERRIDES = PROJECT / "overrides"
MATERIAL_TEMPLATES = Path(str(files("material") / "templates"))


def recorded_copies() -> dict[str, dict]:
    return yaml.safe_load(RECORD.read_text(encoding="utf-8"))


def stale_copies(copies: dict[str, dict], templates: Path) -> list[str]:
    """Return a message for each copy whose original in templates is not the one it was made from."""
    messages = []
    for name, copy in copies.items():
        original = templates / name
        if not original.is_file():
            messages.append(f"Material no longer has {name}: see whether our {name} is still used, and remove or rework it")
        elif hashlib.sha256(original.read_bytes()).hexdigest() != copy["original_sha256"]:
            messages.append(
                f"Material's {name} has changed: re-apply our change to {name} ({copy['our_change']}) "
                f"to the new original, then record its hash in {RECORD.relative_to(PROJECT)}"
            )
    return messages


def test_every_copy_was_made_from_the_installed_materials_original():
    assert stale_copies(recorded_copies(), MATERIAL_TEMPLATES) == []


def test_every_override_of_a_material_template_is_recorded_with_what_we_change():
    overriding = {
        path.relative_to(OVERRIDES).as_posix() for path in OVERRIDES.rglob("*")
        if path.is_file() and (MATERIAL_TEMPLATES / path.relative_to(OVERRIDES)).is_file()
    }
    copies = recorded_copies()
    assert sorted(overriding) == sorted(copies), f"list every override of a Material template in {RECORD.name}"
    assert all(len(copy["original_sha256"]) == 64 and copy["our_change"].strip() for copy in copies.values())


def test_an_upgrade_that_changes_an_original_names_the_copy_to_redo(tmp_path):
    copies = recorded_copies()
    for name in copies:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(MATERIAL_TEMPLATES / name, tmp_path / name)
    assert stale_copies(copies, tmp_path) == []
    upgraded = tmp_path / "partials" / "header.html"
    upgraded.write_text(upgraded.read_text(encoding="utf-8") + "<!-- a new release -->\n", encoding="utf-8")
    (tmp_path / "partials" / "search.html").unlink()
    messages = stale_copies(copies, tmp_path)
    assert len(messages) == 2
    assert messages[0].startswith("Material's partials/header.html has changed: re-apply our change to partials/header.html (")
    assert messages[1].startswith("Material no longer has partials/search.html")
