"""The size of a programme's groups, against the limit the remote guide sets for groups that meet online.

The limit and the guide's section live in the programme schema (`x-online-max`, `x-online-max-guide`
on `groups`); tests/site/test_guides_third_edition.py checks that the guide states the same number.
"""

from __future__ import annotations

from mentoring.data.documents import Document

ONLINE = ("online", "hybrid")


def check(doc: Document, program_schema: dict) -> None:
    """Add a problem when groups are smaller at most than at least, or bigger online than the guide allows."""
    groups = doc.data.get("groups")
    size = groups.get("size") if isinstance(groups, dict) else None
    if not isinstance(size, dict):
        return
    low, high = size.get("min"), size.get("max")
    if not (_is_int(low) and _is_int(high)):
        return
    if high < low:
        doc.add(("groups", "size", "max"), f"is {high}, fewer than the fewest members ({low}); make 'max' at least 'min'")
        return
    spec = program_schema["properties"]["groups"]
    limit, guide = spec["x-online-max"], spec["x-online-max-guide"]
    if groups.get("meets") in ONLINE and high > limit:
        doc.add(("groups", "size", "max"),
                f"is {high}, but a group that meets {groups['meets']} has at most {limit} members so that everyone can speak"
                f" (see 'Group mentoring online' in {guide}); lower it to {limit} or split the groups")


def online_limit(program_schema: dict) -> int:
    """Return the most members a group meeting online may have."""
    return program_schema["properties"]["groups"]["x-online-max"]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
