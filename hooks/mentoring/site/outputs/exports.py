"""The public JSON exports (/api/*.json) and the schemas that describe them."""

from __future__ import annotations

import copy
import json
from typing import Iterable, Iterator

from mentoring.data.model import Catalog
from mentoring.site.outputs.json_text import html_safe

API_VERSION = 1
MENTORS_EXPORT = {"version": API_VERSION, "schema": "mentors.schema.json"}  # and "mentors": the records

_DERIVED_MENTOR = {
    "url": {"title": "Profile", "description": "The profile page, relative to the site root.", "type": "string", "examples": ["mentors/ada-lovelace/"]},
    "photo_url": {"title": "Photo URL", "description": "The photo, relative to the site root, when the card has one.", "type": "string", "examples": ["mentors/photos/ada-lovelace.jpg"]},
    "availability": {"title": "Availability", "description": "accepting: free capacity and not paused; full: no free capacity; paused: not taking requests.", "enum": ["accepting", "full", "paused"], "examples": ["accepting"]},
    "free_capacity": {"title": "Free capacity", "description": "capacity minus active_mentees.", "type": "integer", "minimum": 0, "examples": [2]},
}
_DERIVED_PROGRAM = {
    "url": {"title": "Programme page", "description": "The programme page, relative to the site root.", "type": "string", "examples": ["programs/new-hire-buddies/"]},
    "mentors": {"title": "Mentors", "description": "Ids of the mentors whose cards name this programme.", "type": "array", "items": {"type": "string"}, "examples": [["ada-lovelace"]]},
}


def mentor_records(catalog: Catalog) -> Iterator[dict]:
    """Yield the export's record of each mentor, in directory order."""
    for mentor in catalog.mentors:
        record = dict(mentor.data)
        record.update(url=f"mentors/{mentor.id}/", availability=mentor.availability, free_capacity=mentor.free_capacity)
        if mentor.photo:
            record["photo_url"] = f"mentors/photos/{mentor.photo}"
        yield record


def programs_export(catalog: Catalog) -> dict:
    """Return the programmes export, with the mentors taking part in each."""
    records = []
    for program in catalog.programs:
        record = dict(program.data)
        record.update(url=f"programs/{program.id}/", mentors=[mentor.id for mentor in catalog.mentors_in(program.id)])
        records.append(record)
    return {"version": API_VERSION, "schema": "programs.schema.json", "programs": records}


def export_schema(card_schema: dict, key: str, derived: dict, title: str) -> dict:
    """Return the schema of an export: the card schema plus derived fields, in a wrapper."""
    record = copy.deepcopy(card_schema)
    for name in ("$schema", "$id"):
        record.pop(name, None)
    record["properties"].update(copy.deepcopy(derived))
    record["required"] = record["required"] + [name for name in derived if name != "photo_url"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        "type": "object",
        "additionalProperties": False,
        "required": ["version", "schema", key],
        "properties": {
            "version": {"const": API_VERSION},
            "schema": {"type": "string"},
            key: {"type": "array", "items": {"$ref": "#/$defs/record"}},
        },
        "$defs": {"record": {**{k: v for k, v in record.items() if k != "$defs"}}, **record.get("$defs", {})},
    }


def mentors_schema(card_schema: dict) -> dict:
    return export_schema(card_schema, "mentors", _DERIVED_MENTOR, "Mentoring Hub: mentors export")


def programs_schema(card_schema: dict) -> dict:
    return export_schema(card_schema, "programs", _DERIVED_PROGRAM, "Mentoring Hub: programmes export")


def to_json(payload: dict) -> str:
    """Serialise for the web: stable, UTF-8, and with <, > and & escaped so no text can end a script block."""
    return html_safe(json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=False)) + "\n"


def json_chunks(head: dict, key: str, records: Iterable[dict]) -> Iterator[str]:
    """Yield the JSON of head plus `key` holding records, a record at a time, escaped as in to_json.

    For the big exports: a 10,000-mentor file never sits in memory whole.
    """
    yield html_safe(json.dumps({**head, key: []}, ensure_ascii=False)[:-2])  # all but the closing "]}"
    for number, record in enumerate(records):
        yield ("\n" if number == 0 else ",\n") + html_safe(json.dumps(record, ensure_ascii=False))
    yield "\n]}\n"
