"""The page types a keyboard, zoom and phone audit walks (issue 30), as paths on the built sample."""

from __future__ import annotations

import json
from pathlib import Path

PAGE_TYPES = {
    "home": "",
    "directory": "mentors/",
    "profile": "mentors/{mentor}/",
    "programmes": "programs/",
    "programme": "programs/{program}/",
    "guides": "guides/",
    "guide": "guides/mentor-guidelines/",
    "insights": "insights/",
    "support": "support/",
    "match": "match/",
    "become-a-mentor": "contribute/",
    "card-builder": "contribute/card-builder/",
}


def page_paths(site: Path) -> dict[str, str]:
    """Each page type's path on the built site, with the first mentor and programme filled in."""
    mentors = json.loads((site / "api" / "mentors.json").read_text())["mentors"]
    programs = json.loads((site / "api" / "programs.json").read_text())["programs"]
    ids = {"mentor": mentors[0]["id"], "program": programs[0]["id"]}
    return {kind: path.format(**ids) for kind, path in PAGE_TYPES.items()}
