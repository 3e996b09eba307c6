"""Turn JSON Schema errors into plain words a mentor who never used Git can act on."""

from __future__ import annotations

import difflib
import json
import re

from jsonschema import ValidationError

from mentoring.data.email_addresses import in_domains, is_email_address
from mentoring.data.messages import WORDS, control_note, impossible_date, invisible_note, plural, say
from mentoring.data.problems import Problem
from mentoring.data.schemas import python_pattern
from mentoring.data.timezones import suggest_timezone
from mentoring.data.vocabulary import Vocabulary
from mentoring.data.yaml_core import YAML11_BOOLEAN
from mentoring.data.yaml_reader import Source

_TYPE_WORDS = WORDS["type_words"]

# Fields that must never be in a directory, and why (schemas/messages.yml); checked before "unknown field".
PRIVATE_FIELDS = WORDS["private_fields"]


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

    def problem(self, path, message: str, key: str, at_key: bool = False) -> Problem:
        """Return a problem placed at the value (or key) at path; `key` names its message in messages.yml."""
        line, column = self.source.key_position(path) if at_key else self.source.position(path)
        return Problem(self.rel_path, line + self.line_offset, column, field_name(path), message, key)

    def explain_all(self, errors) -> list[Problem]:
        """Return the problems all schema errors of one file stand for.

        A field reported missing is left out when a misspelled field already
        says "did you mean" that name: one mistake, one message.
        """
        # dict.fromkeys: jsonschema gives one error per missing field, and each names them all.
        problems = list(dict.fromkeys(problem for error in errors for problem in self.explain(error)))
        suggested = {problem.field.rsplit(".", 1)[0] + "." + name if "." in problem.field else name
                     for problem in problems for name in re.findall(r"did you mean '([^']+)'", problem.message)}
        return [problem for problem in problems if not (problem.message.startswith("the required field") and problem.field in suggested)]

    def explain(self, error: ValidationError) -> list[Problem]:
        """Return the problems one schema error stands for."""
        path = tuple(error.absolute_path)
        keyword = error.validator
        handler = getattr(self, f"_{keyword}", None)
        if handler is None:
            return [self.problem(path, error.message, keyword)]
        problems = handler(error, path)
        note = invisible_note(error.instance) if isinstance(error.instance, str) else ""
        if keyword == "pattern" and isinstance(error.instance, str):
            rule = re.compile(python_pattern(error.validator_value))
            note += control_note(error.instance, lambda char: rule.fullmatch(char) is not None)
        return [Problem(p.path, p.line, p.column, p.field, p.message + note, p.key) for p in problems] if note else problems

    def _required(self, error, path):
        properties = error.schema.get("properties", {})
        missing = [name for name in error.validator_value if name not in error.instance]
        problems = []
        for name in missing:
            spec = properties.get(name, {})
            example = _example(spec)
            hint = say("required_example", name=name, example=example) if example else ""
            what = spec.get("description", "")
            problems.append(self.problem(path + (name,), (say("required", name=name, description=what) + hint).strip(), "required"))
        return problems

    def _additionalProperties(self, error, path):
        known = list(error.schema.get("properties", {}))
        problems = []
        for key in error.instance:
            if key in known:
                continue
            rule = "private_field" if key.lower() in PRIVATE_FIELDS else "unknown_field"
            if rule == "private_field":
                message = say("private_field", key=key, reason=PRIVATE_FIELDS[key.lower()])
            else:
                guess = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
                guess = guess or [name for name in known if len(name) >= 3 and key.lower().startswith(name)][:1]
                message = say("unknown_field", key=key)
                message += say("did_you_mean", guess=guess[0]) if guess else say("unknown_field_list", fields=", ".join(known))
            problems.append(self.problem(path + (key,), message, rule, at_key=True))
        return problems

    def _type(self, error, path):
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        wanted = " or ".join(_TYPE_WORDS.get(kind, kind) for kind in expected)
        message, rule = say("type", wanted=wanted, actual=describe(error.instance)), "type"
        scalar = self.source.scalars.get(path)
        if error.instance is None:
            message, rule = say("type_empty", wanted=wanted), "type_empty"
        elif scalar and not scalar.quoted and "boolean" in expected and YAML11_BOOLEAN.fullmatch(scalar.text):
            message += say("boolean_word")
        elif scalar and not scalar.quoted and "string" in expected:
            message += f": YAML reads {scalar.text} as {describe(error.instance)}; put it in quotes: '{scalar.text}'"
        elif "array" in expected and not isinstance(error.instance, (list, dict)):
            message += say("type_list", value=error.instance)
        return [self.problem(path, message, rule)]

    def _enum(self, error, path):
        allowed = [str(value) for value in error.validator_value]
        message = say("enum", value=describe(error.instance), allowed=", ".join(allowed))
        if isinstance(error.instance, str):
            guess = difflib.get_close_matches(error.instance.lower(), allowed, n=1, cutoff=0.6)
            if guess:
                message += say("did_you_mean", guess=guess[0])
        return [self.problem(path, message, "enum")]

    def _format(self, error, path):
        value = error.instance
        kind = error.validator_value
        if kind == "expertise-tag":
            canonical = self.vocabulary.synonyms.get(value.lower())
            if canonical:
                return [self.problem(path, say("tag_synonym", value=value, canonical=canonical), "tag_synonym")]
            guess = self.vocabulary.suggest_tag(value)
            message = say("tag_unknown", value=value)
            message += say("did_you_mean", guess=guess) if guess else say("tag_no_guess")
            return [self.problem(path, message, "tag_unknown")]
        if kind == "iso-639-1":
            guess = self.vocabulary.suggest_language(value)
            message = say("language_unknown", value=value)
            message += say("language_guess", guess=guess, language=self.vocabulary.languages[guess]) if guess else say("language_no_guess")
            return [self.problem(path, message, "language_unknown")]
        if kind == "iana-timezone":
            guess = suggest_timezone(value)
            message = say("timezone_unknown", value=value)
            message += say("did_you_mean", guess=guess) if guess else say("timezone_no_guess")
            return [self.problem(path, message, "timezone_unknown")]
        if kind == "hallmark-id":
            known = list(self.vocabulary.hallmarks)
            guess = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
            message = f"'{value}' is not one of the eight hallmarks"
            message += f"; did you mean '{guess[0]}'?" if guess else f": {', '.join(known)}"
            return [self.problem(path, message, "hallmark")]
        if kind == "email-address":
            if not re.search(python_pattern(error.schema.get("pattern", "")), value):
                return []  # the pattern's error says what is wrong
            domains = self.vocabulary.email_domains
            if is_email_address(value) and not in_domains(value, domains):
                return [self.problem(path, say("email_domain", value=describe(value), domains=", ".join(domains), plural=plural(len(domains))), "email_domain")]
            return [self.problem(path, say("email_address", value=describe(value), hint=error.schema.get("x-hint", "")), "email_address")]
        if kind == "date" and impossible_date(value, describe(value)):
            return [self.problem(path, impossible_date(value, describe(value)), "impossible_date")]
        hint = error.schema.get("x-hint")
        return [self.problem(path, say("format", value=describe(value), format=kind) + (say("hint", hint=hint) if hint else ""), "format")]

    def _pattern(self, error, path):
        hint = error.schema.get("x-hint", say("pattern_default_hint"))
        return [self.problem(path, say("pattern", value=describe(error.instance), hint=hint), "pattern")]

    def _minLength(self, error, path):
        if not error.instance.strip():
            return [self.problem(path, say("min_length_empty"), "min_length_empty")]
        return [self.problem(path, say("min_length", limit=error.validator_value, count=len(error.instance)), "min_length")]

    def _maxLength(self, error, path):
        over = len(error.instance) - error.validator_value
        return [self.problem(path, say("max_length", limit=error.validator_value, over=over), "max_length")]

    def _minItems(self, error, path):
        count = error.validator_value
        return [self.problem(path, say("min_items", limit=count, plural=plural(count)), "min_items")]

    def _maxItems(self, error, path):
        return [self.problem(path, say("max_items", count=len(error.instance), limit=error.validator_value), "max_items")]

    def _uniqueItems(self, error, path):
        seen, repeated = set(), None
        for item in error.instance:
            key = json.dumps(item, sort_keys=True)
            if key in seen:
                repeated = item
                break
            seen.add(key)
        return [self.problem(path, say("unique_items", value=describe(repeated)), "unique_items")]

    def _minimum(self, error, path):
        return [self.problem(path, say("minimum", limit=error.validator_value), "minimum")]

    def _maximum(self, error, path):
        return [self.problem(path, say("maximum", limit=error.validator_value), "maximum")]

    def _minProperties(self, error, path):
        fields = " or ".join(error.schema.get("properties", {}))
        return [self.problem(path, say("min_properties", fields=fields), "min_properties")]


def _example(spec: dict) -> str:
    examples = spec.get("examples")
    if not examples or isinstance(examples[0], (dict, list)):
        return ""
    return json.dumps(examples[0], ensure_ascii=False) if isinstance(examples[0], (bool, int)) else str(examples[0])
