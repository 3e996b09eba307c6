"""Time zones: the IANA names this machine knows, what someone probably meant, and UTC offsets.

Offsets are read on one fixed winter day, so a build's output does not depend on the day it runs.
"""

from __future__ import annotations

import datetime
import functools
import zoneinfo

from mentoring.data.vocabulary import closest

# A fixed winter date, so offsets do not depend on the day of the build.
REFERENCE_DAY = datetime.datetime(2026, 1, 15, 12, 0)


@functools.lru_cache(maxsize=None)
def timezones() -> frozenset[str]:
    """Return every IANA time zone name this machine knows."""
    return frozenset(zoneinfo.available_timezones())


def suggest_timezone(value: str) -> str | None:
    """Return the IANA name someone probably meant (case, spaces, or a bare city)."""
    key = value.strip().replace(" ", "_").lower()
    by_lower = {name.lower(): name for name in timezones()}
    if key in by_lower:
        return by_lower[key]
    for name in sorted(timezones()):
        if name.lower().rsplit("/", 1)[-1] == key:
            return name
    match = closest(key, list(by_lower))
    return by_lower[match] if match else None


@functools.lru_cache(maxsize=None)
def utc_offset_minutes(timezone: str) -> int:
    """Return the standard (winter, northern) UTC offset of an IANA zone in minutes."""
    offset = REFERENCE_DAY.replace(tzinfo=zoneinfo.ZoneInfo(timezone)).utcoffset()
    return int(offset.total_seconds() // 60)


def offset_label(minutes: int, minus: str = "-") -> str:
    """Return 'UTC+01:00' style text for an offset in minutes; `minus` is the sign written west of UTC."""
    sign = "+" if minutes >= 0 else minus
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def utc_offset(timezone: str) -> str:
    """Return 'UTC+01:00' style text for an IANA zone."""
    return offset_label(utc_offset_minutes(timezone))
