"""The JSON Schemas in schemas/, compiled once, with formats for our vocabularies."""

from __future__ import annotations

import datetime
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import fastjsonschema
from jsonschema import Draft202012Validator, FormatChecker

from mentoring.data.email_addresses import in_domains, is_email_address
from mentoring.data.layout import PROJECT_SCHEMAS
from mentoring.data.schema_enums import without_editor_enums
from mentoring.data.timezones import timezones
from mentoring.data.vocabulary import Vocabulary

KINDS = ("mentor", "program", "guide")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_date(value: object) -> bool:
    """Return True for a real calendar date written as YYYY-MM-DD."""
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def format_checks(vocabulary: Vocabulary) -> dict:
    """Return format name -> check(text) for the formats our schemas use, backed by the vocabularies."""
    return {
        "date": is_date,
        "email-address": lambda value: is_email_address(value) and in_domains(value, vocabulary.email_domains),
        "iana-timezone": lambda value: value in timezones(),
        "iso-639-1": lambda value: value in vocabulary.languages,
        "expertise-tag": lambda value: value in vocabulary.tags,
        "hallmark-id": lambda value: value in vocabulary.hallmarks,
    }


def format_checker(vocabulary: Vocabulary) -> FormatChecker:
    """Return a jsonschema format checker for our formats."""
    checker = FormatChecker(formats=())
    for name, check in format_checks(vocabulary).items():
        checker.checks(name)(_text_only(check))
    return checker


@dataclass(frozen=True)
class Schemas:
    """The three schemas as documents, as validators that explain, and as quick yes/no checks."""

    documents: dict[str, dict]
    validators: dict[str, Draft202012Validator]
    quick: dict  # kind -> function(data) -> bool, compiled to Python code by fastjsonschema

    def is_valid(self, kind: str, data: object) -> bool:
        """Return True when data satisfies the schema; the quick check, for the common case."""
        try:
            self.quick[kind](data)
        except fastjsonschema.JsonSchemaException:
            return False
        return True


# Compiling the schemas to Python is most of a small organisation's check (about 0.15 s), and one
# process reads the same schemas again and again (`mkdocs serve` on every change, the tests on every
# case). Compiled schemas are kept by what they are made from: the schema files' contents and the
# values the formats accept. A few are enough; the oldest goes first.
_COMPILED: dict[tuple, Schemas] = {}
_COMPILED_KEPT = 8


def load_schemas(schemas_dir: Path, vocabulary: Vocabulary) -> Schemas:
    """Read and compile the schemas of every data file from schemas_dir (the project's for a file it lacks)."""
    documents = {kind: read_schema(schemas_dir, kind) for kind in KINDS}
    documents["support-contacts"] = read_schema(_with_file(schemas_dir, "support-contacts"), "support-contacts")
    key = (json.dumps(documents, sort_keys=True), frozenset(vocabulary.tags), frozenset(vocabulary.hallmarks),
           frozenset(vocabulary.languages), vocabulary.email_domains)
    if key not in _COMPILED:
        if len(_COMPILED) >= _COMPILED_KEPT:
            del _COMPILED[next(iter(_COMPILED))]
        _COMPILED[key] = _compile(documents, vocabulary)
    return _COMPILED[key]


def _compile(documents: dict[str, dict], vocabulary: Vocabulary) -> Schemas:
    """Return documents compiled, their formats checked against vocabulary (the values the key above holds)."""
    checker = format_checker(vocabulary)
    checks = {name: _text_only(check) for name, check in format_checks(vocabulary).items()}
    rules = {kind: python_rules(doc) for kind, doc in documents.items()}
    validators = {kind: Draft202012Validator(doc, format_checker=checker) for kind, doc in rules.items()}
    quick = {kind: fastjsonschema.compile(doc, formats=checks, use_default=False) for kind, doc in rules.items()}
    return Schemas(documents, validators, quick)


def python_rules(schema: dict) -> dict:
    """Return schema as Python's validators should read it: without the editors' enums (the formats
    check the vocabularies) and with each pattern meaning what it means in JSON Schema (python_pattern)."""
    rules = without_editor_enums(schema)
    stack = [rules]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                node["pattern"] = python_pattern(node["pattern"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return rules


def python_pattern(pattern: str) -> str:
    """Return a JSON Schema (ECMA-262) pattern for Python's re: a final '$' ends the text, as in JavaScript.

    Python's '$' also matches before a final line break, so 'Ada\n' would pass '^[^\n]+$' here and
    fail in the card builder and in editors.
    """
    return pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith("\\$") else pattern


def _with_file(schemas_dir: Path, kind: str) -> Path:
    return schemas_dir if (schemas_dir / f"{kind}.schema.json").is_file() else PROJECT_SCHEMAS


def _text_only(check):
    return lambda value: not isinstance(value, str) or check(value)


@functools.lru_cache(maxsize=None)
def project_schema(kind: str) -> dict:
    """Return the project's own schema for kind, read once: for rules taken from it at import (ids, labels). Do not change it."""
    return read_schema(PROJECT_SCHEMAS, kind)


def read_schema(schemas_dir: Path, kind: str) -> dict:
    """Return the schema document for kind ('mentor', 'program' or 'guide')."""
    return json.loads((schemas_dir / f"{kind}.schema.json").read_text(encoding="utf-8"))
