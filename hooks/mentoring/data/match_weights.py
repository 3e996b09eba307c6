"""The match helper's weights (schemas/match-weights.yml), checked against their schema like every data file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from jsonschema import Draft202012Validator

from mentoring.data.layout import PROJECT_SCHEMAS
from mentoring.data.problems import InvalidData
from mentoring.data.schema_errors import Explainer
from mentoring.data.vocabulary import Vocabulary
from mentoring.data.yaml_reader import YamlError, parse

WEIGHTS_FILE = "match-weights.yml"
SCHEMA = json.loads((PROJECT_SCHEMAS / "match-weights.schema.json").read_text(encoding="utf-8"))
# The wishes a mentor can meet, in the order the page lists them.
CRITERIA = tuple(SCHEMA["properties"])


@dataclass(frozen=True)
class Must:
    """When a wish is a must (mentors who miss it are not suggested), and the switch that turns it around."""

    when: str  # "wish-given": whenever the wish is given, unless switched off; "switch-on": only when switched on
    switch: str
    explanation: str


@dataclass(frozen=True)
class Criterion:
    """One wish and what meeting it is worth."""

    id: str
    label: str
    weight: float
    explanation: str
    within_hours: float | None = None  # timezone only: how far apart still counts as near
    required: Must | None = None


def weights_path(schemas_dir: Path) -> Path:
    """Return the weights file beside the schemas in use, or the project's own."""
    own = Path(schemas_dir) / WEIGHTS_FILE
    return own if own.is_file() else PROJECT_SCHEMAS / WEIGHTS_FILE


def load_weights(path: Path) -> list[Criterion]:
    """Read and check the weights file; raise InvalidData naming the file, line and field of every problem."""
    shown = f"schemas/{path.name}"
    try:
        source = parse(path.read_text(encoding="utf-8"))
    except YamlError as error:
        raise InvalidData([error.problem(shown)]) from None
    explainer = Explainer(shown, source, Vocabulary(tags={}, hallmarks={}, languages={}))
    problems = explainer.explain_all(Draft202012Validator(SCHEMA).iter_errors(source.data))
    if problems:
        raise InvalidData(problems)
    return [_criterion(name, source.data[name]) for name in CRITERIA]


def _criterion(name: str, entry: dict) -> Criterion:
    must = entry.get("required")
    return Criterion(name, **{**entry, "required": Must(**must) if must else None})
