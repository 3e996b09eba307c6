"""What an avatar shows when a mentor has no photo: initials on a stable colour."""

from __future__ import annotations

import hashlib

AVATAR_COLOURS = 8


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
