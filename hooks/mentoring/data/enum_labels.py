"""The words people read for coded values, taken from the schemas' `x-labels` beside each enum.

The order of each mapping is the order pages and reports list the values in.
"""

from __future__ import annotations

from mentoring.data.schemas import project_schema


def _labels(kind: str, *path: str) -> dict[str, str]:
    node = project_schema(kind)
    for key in path:
        node = node["properties"][key]
    return dict(node["x-labels"])


# Programme types; a mentor's formats are the first five of them.
FORMAT_LABELS = _labels("program", "type")
ENROLMENT_LABELS = _labels("program", "enrolment", "status")
AUDIENCE_LABELS = _labels("guide", "audience")
# Availability is derived from a card (model.Mentor.availability), so no card schema holds it.
AVAILABILITY_LABELS = {"accepting": "Accepting mentees", "full": "Full", "paused": "Paused"}
