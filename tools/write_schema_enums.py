"""Write the vocabularies into schemas/*.schema.json as enums, for YAML editors (mentoring.data.schema_enums).

Run `.venv/bin/python -m tools.write_schema_enums` after changing a vocabulary (expertise.yml, languages.yml,
hallmarks.yml) or the pinned tzdata. Only the generated keys are written, each on its node's line, so the
hand-written layout of the schemas stays as it is.
"""

from __future__ import annotations

import json
import re
import sys

from mentoring.data.layout import PROJECT_SCHEMAS
from mentoring.data.messages import WORDS
from mentoring.data.schema_enums import VOCABULARY_FORMATS, vocabulary_values, with_editor_hints
from mentoring.data.schemas import KINDS
from mentoring.data.vocabulary import load_vocabulary

_STRING = r'"(?:[^"\\]|\\.)*"'


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def with_enums_written(text: str, values: dict[str, list[str]]) -> str:
    """Return a schema file's text with the generated keys (enum, errorMessage, patternErrorMessage) written in."""
    schema = json.loads(text)
    target = with_editor_hints(schema, values)
    formats = "|".join(re.escape(name) for name in VOCABULARY_FORMATS)
    generated = rf'(?:, "enum": \[[^\]]*\], "errorMessage": {_STRING})?'
    text = re.sub(rf'"format": "({formats})"{generated}',
                  lambda m: f'"format": "{m[1]}", "enum": {_json(values[m[1]])}, '
                            f'"errorMessage": {_json(WORDS["editor_messages"][m[1]])}', text)
    cursor = 0  # patterns are found in the text in the order of the document: the same pattern may have other hints
    for pattern, hint in _patterns(schema):
        match = re.compile(re.escape(f'"pattern": {_json(pattern)}') + rf'(?:, "patternErrorMessage": {_STRING})?').search(text, cursor)
        if match is None:
            raise SystemExit(f"could not find the pattern {_json(pattern)} in the schema text")
        written = f'"pattern": {_json(pattern)}' + (f', "patternErrorMessage": {_json(hint)}' if hint else "")
        text = text[:match.start()] + written + text[match.end():]
        cursor = match.start() + len(written)
    if json.loads(text) != target:
        raise SystemExit("could not write the enums into the schema text; write them by hand or simplify the layout")
    return text


def _patterns(node):
    """Yield (pattern, x-hint or None) of every node with a pattern, in the order of the document."""
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node["pattern"], node.get("x-hint") if isinstance(node.get("x-hint"), str) else None
        for value in node.values():
            yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


def main() -> int:
    values = vocabulary_values(load_vocabulary(PROJECT_SCHEMAS))
    for kind in KINDS:
        path = PROJECT_SCHEMAS / f"{kind}.schema.json"
        text = path.read_text(encoding="utf-8")
        new = with_enums_written(text, values)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"wrote {path.relative_to(PROJECT_SCHEMAS.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
