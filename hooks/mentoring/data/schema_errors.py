"""Turn JSON Schema errors into plain words a mentor who never used Git can act on."""

from __future__ import annotations

import difflib
import json
import re

from jsonschema import ValidationError

from mentoring.data.problems import Problem
from mentoring.data.timezones import suggest_timezone
from mentoring.data.vocabulary import Vocabulary
from mentoring.data.yaml_reader import Source

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a group of fields",
    "null": "empty",
}

# Fields that must never be in a directory, and why; checked before "unknown field".
PRIVATE_FIELDS = {
    "phone": "personal phone numbers do not belong in a company-wide directory; use 'contact' (email or chat)",
    "mobile": "personal phone numbers do not belong in a company-wide directory; use 'contact' (email or chat)",
    "telephone": "personal phone numbers do not belong in a company-wide directory; use 'contact' (email or chat)",
    "gender": "gender is personal data that a mentoring directory does not need; you can give 'pronouns' instead",
    "sex": "this is personal data that a mentoring directory does not need; you can give 'pronouns' instead",
    "ethnicity": "ethnicity is sensitive personal data and must not be published in the directory",
    "race": "this is sensitive personal data and must not be published in the directory",
    "religion": "religion is sensitive personal data and must not be published in the directory",
    "birthday": "birth dates are personal data that a mentoring directory does not need",
    "birth_date": "birth dates are personal data that a mentoring directory does not need",
    "date_of_birth": "birth dates are personal data that a mentoring directory does not need",
    "dob": "birth dates are personal data that a mentoring directory does not need",
    "age": "age is personal data that a mentoring directory does not need",
    "address": "home addresses do not belong in the directory; 'location' (city or office) is enough",
    "home_address": "home addresses do not belong in the directory; 'location' (city or office) is enough",
    "salary": "pay is confidential and must not be published in the directory",
}


def field_name(path) -> str:
    """Return a readable name for a path into the data, such as 'contact.email' or 'expertise[2]'."""
    name = ""
    for part in path:
        name += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name


def describe(value: object) -> str:
    """Return a short plain description of a value for a message."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "a group of fields" if isinstance(value, dict) else "a list"
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


class Explainer:
    """Builds Problems for one file from its schema errors."""

    def __init__(self, rel_path: str, source: Source, vocabulary: Vocabulary, line_offset: int = 0):
        self.rel_path, self.source, self.vocabulary = rel_path, source, vocabulary
        self.line_offset = line_offset

    def problem(self, path, message: str, at_key: bool = False) -> Problem:
        """Return a problem placed at the value (or key) at path."""
        line, column = self.source.key_position(path) if at_key else self.source.position(path)
        return Problem(self.rel_path, line + self.line_offset, column, field_name(path), message)

    def explain_all(self, errors) -> list[Problem]:
        """Return the problems all schema errors of one file stand for.

        A field reported missing is left out when a misspelled field already
        says "did you mean" that name: one mistake, one message.
        """
        problems = [problem for error in errors for problem in self.explain(error)]
        suggested = {problem.field.rsplit(".", 1)[0] + "." + name if "." in problem.field else name
                     for problem in problems for name in re.findall(r"did you mean '([^']+)'", problem.message)}
        return [problem for problem in problems if not (problem.message.startswith("the required field") and problem.field in suggested)]

    def explain(self, error: ValidationError) -> list[Problem]:
        """Return the problems one schema error stands for."""
        path = tuple(error.absolute_path)
        keyword = error.validator
        handler = getattr(self, f"_{keyword}", None)
        if handler is None:
            return [self.problem(path, error.message)]
        return handler(error, path)

    def _required(self, error, path):
        properties = error.schema.get("properties", {})
        missing = [name for name in error.validator_value if name not in error.instance]
        problems = []
        for name in missing:
            spec = properties.get(name, {})
            example = _example(spec)
            hint = f" For example: {name}: {example}" if example else ""
            what = spec.get("description", "")
            problems.append(self.problem(path + (name,), f"the required field '{name}' is missing. {what}{hint}".strip()))
        return problems

    def _additionalProperties(self, error, path):
        known = list(error.schema.get("properties", {}))
        problems = []
        for key in error.instance:
            if key in known:
                continue
            if key.lower() in PRIVATE_FIELDS:
                message = f"the field '{key}' is not allowed: {PRIVATE_FIELDS[key.lower()]}"
            else:
                guess = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
                guess = guess or [name for name in known if len(name) >= 3 and key.lower().startswith(name)][:1]
                message = f"'{key}' is not a field of this file"
                message += f"; did you mean '{guess[0]}'?" if guess else f". The fields are: {', '.join(known)}"
            problems.append(self.problem(path + (key,), message, at_key=True))
        return problems

    def _type(self, error, path):
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        wanted = " or ".join(_TYPE_WORDS.get(kind, kind) for kind in expected)
        message = f"should be {wanted}, but it is {describe(error.instance)}"
        scalar = self.source.scalars.get(path)
        if error.instance is None:
            message = f"is empty; write {wanted} here, or remove the line"
        elif scalar and not scalar.quoted and "string" in expected:
            message += f": YAML reads {scalar.text} as {describe(error.instance)}; put it in quotes: '{scalar.text}'"
        elif "array" in expected and not isinstance(error.instance, (list, dict)):
            message += f"; write it as a list, for example: [{error.instance}]"
        return [self.problem(path, message)]

    def _enum(self, error, path):
        allowed = [str(value) for value in error.validator_value]
        message = f"{describe(error.instance)} is not one of the allowed values: {', '.join(allowed)}"
        if isinstance(error.instance, str):
            guess = difflib.get_close_matches(error.instance.lower(), allowed, n=1, cutoff=0.6)
            if guess:
                message += f"; did you mean '{guess[0]}'?"
        return [self.problem(path, message)]

    def _format(self, error, path):
        value = error.instance
        kind = error.validator_value
        if kind == "expertise-tag":
            canonical = self.vocabulary.synonyms.get(value.lower())
            if canonical:
                return [self.problem(path, f"'{value}' is another name for '{canonical}'; write '{canonical}'")]
            guess = self.vocabulary.suggest_tag(value)
            message = f"'{value}' is not in the expertise vocabulary (schemas/expertise.yml)"
            message += f"; did you mean '{guess}'?" if guess else "; pick the nearest tag there, or propose a new tag in a pull request"
            return [self.problem(path, message)]
        if kind == "iso-639-1":
            guess = self.vocabulary.suggest_language(value)
            message = f"'{value}' is not a two-letter ISO 639-1 language code"
            message += f"; did you mean '{guess}' ({self.vocabulary.languages[guess]})?" if guess else "; see schemas/languages.yml"
            return [self.problem(path, message)]
        if kind == "iana-timezone":
            guess = suggest_timezone(value)
            message = f"'{value}' is not an IANA time zone name"
            message += f"; did you mean '{guess}'?" if guess else "; use a Region/City name such as 'Europe/Rome'"
            return [self.problem(path, message)]
        if kind == "hallmark-id":
            known = list(self.vocabulary.hallmarks)
            guess = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
            message = f"'{value}' is not one of the eight hallmarks"
            message += f"; did you mean '{guess[0]}'?" if guess else f": {', '.join(known)}"
            return [self.problem(path, message)]
        hint = error.schema.get("x-hint")
        return [self.problem(path, f"{describe(value)} is not a valid {kind}" + (f"; {hint}" if hint else ""))]

    def _pattern(self, error, path):
        hint = error.schema.get("x-hint", "it does not have the expected form")
        return [self.problem(path, f"{describe(error.instance)} is not accepted: {hint}")]

    def _minLength(self, error, path):
        if not error.instance.strip():
            return [self.problem(path, "is empty; write something here, or remove the line if it is optional")]
        return [self.problem(path, f"is too short: write at least {error.validator_value} characters (it has {len(error.instance)})")]

    def _maxLength(self, error, path):
        over = len(error.instance) - error.validator_value
        return [self.problem(path, f"is too long: at most {error.validator_value} characters; shorten it by {over}")]

    def _minItems(self, error, path):
        count = error.validator_value
        return [self.problem(path, f"needs at least {count} item{'s' if count != 1 else ''}")]

    def _maxItems(self, error, path):
        count = error.validator_value
        return [self.problem(path, f"has {len(error.instance)} items; keep at most {count}")]

    def _uniqueItems(self, error, path):
        seen, repeated = set(), None
        for item in error.instance:
            key = json.dumps(item, sort_keys=True)
            if key in seen:
                repeated = item
                break
            seen.add(key)
        return [self.problem(path, f"lists {describe(repeated)} more than once; keep one")]

    def _minimum(self, error, path):
        return [self.problem(path, f"must be {error.validator_value} or more")]

    def _maximum(self, error, path):
        return [self.problem(path, f"must be {error.validator_value} or less")]

    def _minProperties(self, error, path):
        fields = " or ".join(error.schema.get("properties", {}))
        return [self.problem(path, f"give at least one of: {fields}")]


def _example(spec: dict) -> str:
    examples = spec.get("examples")
    if not examples or isinstance(examples[0], (dict, list)):
        return ""
    return json.dumps(examples[0], ensure_ascii=False) if isinstance(examples[0], (bool, int)) else str(examples[0])
