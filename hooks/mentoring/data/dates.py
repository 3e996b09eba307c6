"""When a date is "in the future": only when it is later than today everywhere on Earth.

The first time zone to reach a new day is UTC+14 (Kiritimati), so a date someone writes as their own
today is never later than the date at UTC+14. The card builder reads the offset from the page's data.
"""

from __future__ import annotations

import datetime

LATEST_UTC_OFFSET_HOURS = 14


def latest_today(now: datetime.datetime | None = None) -> datetime.date:
    """Return the latest date anywhere on Earth at `now` (default: this moment): the date at UTC+14."""
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return (now.astimezone(datetime.timezone.utc) + datetime.timedelta(hours=LATEST_UTC_OFFSET_HOURS)).date()
