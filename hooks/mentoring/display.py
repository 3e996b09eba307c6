"""Small pure functions that turn data values into words for pages (registered as template filters)."""

from __future__ import annotations

import datetime
import functools
import hashlib
import zoneinfo

AVATAR_COLOURS = 8
AVAILABILITY_LABELS = {"accepting": "Accepting mentees", "full": "Full", "paused": "Paused"}
FORMAT_LABELS = {
    "one-on-one": "One-on-one",
    "group": "Group",
    "reverse": "Reverse",
    "peer": "Peer",
    "flash": "Flash",
    "onboarding": "Onboarding",
    "fast-track": "Fast track",
}
ENROLMENT_LABELS = {"open": "Open for enrolment", "rolling": "Rolling enrolment", "upcoming": "Opening soon", "closed": "Closed"}
AUDIENCE_LABELS = {
    "everyone": "For everyone",
    "mentors": "For mentors",
    "mentees": "For mentees",
    "programme-managers": "For programme managers",
}
# A fixed winter date, so offsets do not depend on the day of the build.
_REFERENCE = datetime.datetime(2026, 1, 15, 12, 0)


def initials(name: str) -> str:
    """Return up to two initials for an avatar, e.g. 'Ada Lovelace' -> 'AL'."""
    words = [word for word in name.replace("-", " ").split() if word[:1].isalpha()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def avatar_colour(key: str) -> int:
    """Return a stable colour index (0-7) for an avatar background."""
    return hashlib.blake2s(key.encode("utf-8"), digest_size=1).digest()[0] % AVATAR_COLOURS


@functools.lru_cache(maxsize=None)
def utc_offset_minutes(timezone: str) -> int:
    """Return the standard (winter, northern) UTC offset of an IANA zone in minutes."""
    offset = _REFERENCE.replace(tzinfo=zoneinfo.ZoneInfo(timezone)).utcoffset()
    return int(offset.total_seconds() // 60)


def utc_offset(timezone: str) -> str:
    """Return 'UTC+01:00' style text for an IANA zone."""
    minutes = utc_offset_minutes(timezone)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def long_date(value: str) -> str:
    """Return '1 March 2026' for '2026-03-01'."""
    day = datetime.date.fromisoformat(value)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def label(value: str, labels: dict[str, str]) -> str:
    return labels.get(value, value)
