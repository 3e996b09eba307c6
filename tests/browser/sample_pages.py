"""The sample site's page types, as paths on the built site: one table for every test that walks them."""

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
    "guide-italian": "guides/it/mentor-guidelines/",
    "insights": "insights/",
    "support": "support/",
    "match": "match/",
    "become-a-mentor": "contribute/",
    "card-builder": "contribute/card-builder/",
}


# The page types each audit walks: axe in light and dark (test_site_browser), and the keyboard, zoom
# and phone audit (test_reflow, test_skip_link).
ACCESSIBILITY_AUDIT = ("home", "directory", "profile", "programmes", "programme", "guides", "guide", "guide-italian", "become-a-mentor")
KEYBOARD_AUDIT = ("home", "directory", "profile", "programmes", "programme", "guides", "guide", "insights", "support", "match",
                  "become-a-mentor", "card-builder")


def page_paths(site: Path) -> dict[str, str]:
    """Each page type's path on the built site, with the first mentor and programme filled in."""
    mentors = json.loads((site / "api" / "mentors.json").read_text())["mentors"]
    programs = json.loads((site / "api" / "programs.json").read_text())["programs"]
    ids = {"mentor": mentors[0]["id"], "program": programs[0]["id"]}
    return {kind: path.format(**ids) for kind, path in PAGE_TYPES.items()}
