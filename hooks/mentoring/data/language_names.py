"""Languages by their own names (schemas/language-names.yml, from CLDR), for finding 'Español' as es."""

from __future__ import annotations

from pathlib import Path

import yaml

from mentoring.data.layout import PROJECT_SCHEMAS

FILE_NAME = "language-names.yml"


def language_names(schemas_dir: Path) -> dict[str, str]:
    """Return {code: the language's name in itself}, from schemas_dir or, when it has none, the project's."""
    path = schemas_dir / FILE_NAME if (schemas_dir / FILE_NAME).is_file() else PROJECT_SCHEMAS / FILE_NAME
    return {str(code): name for code, name in yaml.safe_load(path.read_text(encoding="utf-8")).items()}
