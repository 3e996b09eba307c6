"""The words for each kind of mistake, read from schemas/messages.yml: the validator and the card builder share them."""

from __future__ import annotations

import calendar
import re
import unicodedata

import yaml

from mentoring.data.layout import PROJECT_SCHEMAS

MESSAGES_FILE = PROJECT_SCHEMAS / "messages.yml"
WORDS: dict = yaml.safe_load(MESSAGES_FILE.read_text(encoding="utf-8"))
INVISIBLE = {chr(int(code, 16)): name for code, name in WORDS["invisible_characters"].items()}
CONTROL = {chr(int(code, 16)): name for code, name in WORDS["control_characters"].items()}
_DATE_SHAPE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)


def say(key: str, /, **values: object) -> str:
    """Return the message `key` with its {names} filled in."""
    return WORDS["messages"][key].format(**values)


def plural(count: int) -> str:
    """Return 's' unless count is 1."""
    return "" if count == 1 else "s"


def invisible_note(text: str) -> str:
    """Return '; it contains 1 invisible character: U+200B (zero-width space)' for text with any, else ''."""
    found = list(dict.fromkeys(char for char in text if char in INVISIBLE))
    if not found:
        return ""
    names = ", ".join(f"U+{ord(char):04X} ({INVISIBLE[char]})" for char in found)
    return say("invisible", count=len(found), plural=plural(len(found)), names=names)


def is_control(char: str) -> bool:
    """Return True for a C0 or C1 control character (DEL included) or a Unicode line or paragraph separator."""
    return unicodedata.category(char) == "Cc" or char in "\u2028\u2029"


def control_note(text: str, allowed) -> str:
    """Return '; it contains 1 control character it may not hold: U+001B (escape)' for the control
    characters in text that allowed(char) refuses, else ''."""
    found = [char for char in dict.fromkeys(text) if is_control(char) and not allowed(char)]
    if not found:
        return ""
    names = ", ".join(f"U+{ord(char):04X}" + (f" ({CONTROL[char]})" if char in CONTROL else "") for char in found)
    return say("control", count=len(found), plural=plural(len(found)), names=names)


def impossible_date(value: str, shown: str) -> str:
    """Return why text shaped like YYYY-MM-DD is no day of the calendar, or '' when the shape is wrong or it is a day.

    `shown` is the value as the message writes it.
    """
    match = _DATE_SHAPE.match(value)
    if not match:
        return ""
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return say("date_no_month", value=shown, month=match.group(2))
    days = calendar.monthrange(year, month)[1] if year >= 1 else 0
    if year < 1 or 1 <= day <= days:
        return ""
    return say("date_no_day", value=shown, month_name=WORDS["months"][month - 1], year=year, days=days)
