"""Each record class declares exactly the fields its schema defines: a field added to the schema is
read by the site, and an attribute the schema does not have is an error, not a silent None."""

from __future__ import annotations

import json

import pytest

from mentoring.data.layout import PROJECT_SCHEMAS
from mentoring.data.model import Mentor, Program


@pytest.mark.parametrize("kind, record", [("mentor", Mentor), ("program", Program)])
def test_a_record_declares_every_field_of_its_schema_and_no_other(kind, record):
    schema = json.loads((PROJECT_SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert record.data_fields() == set(schema["properties"])


def test_an_optional_field_left_out_reads_as_none_and_a_misspelt_one_fails():
    mentor = Mentor({"id": "ada", "name": "Ada", "capacity": 2, "active_mentees": 0}, "content/mentors/ada.yml")
    assert mentor.pronouns is None and mentor.accepting is True
    with pytest.raises(AttributeError):
        mentor.pronoun  # noqa: B018
