"""The repository's CODEOWNERS file: who reviews a change to each programme, guide and card.

Written from the data by `mentoring codeowners` and checked by a test, so it is never out of date.
In CODEOWNERS the last matching line wins, so the default owner comes first and the folders only
maintainers may change come last: no programme team or mentor line can take one of them over.
"""

from __future__ import annotations

from mentoring.data.layout import GUIDES_DIR, PHOTOS_DIR
from mentoring.data.model import Catalog
from mentoring.data.repository_files import ASSETS_DIR

PATH = ".github/CODEOWNERS"
# What makes the site rather than its data: code, templates, the site's own scripts and styles,
# the contract, the workflows and the build. Only the maintainers review these (SECURITY.md).
MAINTAINERS_ONLY = ("/hooks/", "/overrides/", f"/{ASSETS_DIR}/", "/schemas/", "/.github/", "/Makefile", "/mkdocs.yml", "/tools/")


def team(handle: str) -> str:
    """Return an owner as CODEOWNERS writes it: '@org/team' or '@user'."""
    return "@" + handle.lstrip("@")


def codeowners_text(catalog: Catalog, maintainers: str) -> str:
    """Return the CODEOWNERS text for the catalogue, with `maintainers` (organisation/team) as default owner."""
    default = team(maintainers)
    lines = [
        "# Who reviews a change to each file. Written by `mentoring codeowners` from the data: do not edit",
        "# by hand (a test fails when it is out of date). The last matching line wins.",
        "",
        "# Everything not named below: the team that maintains Mentoring Hub.",
        f"* {default}",
        "",
        "# Guides: the maintainers (guides have no owner field).",
        f"/{GUIDES_DIR}/ {default}",
        "",
        "# Programmes: the team in each file's owner.github.",
    ]
    for program in sorted(catalog.programs, key=lambda p: p.source):
        owner = (program.owner or {}).get("github")
        if owner:
            lines.append(f"/{program.source} {team(owner)}")
    lines += [
        "",
        "# Mentor cards (and their photos): the mentor named by the card's github, and the maintainers,",
        "# so a mentor's own pull request can still be approved by someone else.",
    ]
    for mentor in sorted(catalog.mentors, key=lambda m: m.source):
        if mentor.github:
            owners = f"{team(mentor.github)} {default}"
            lines.append(f"/{mentor.source} {owners}")
            if mentor.photo:
                lines.append(f"/{PHOTOS_DIR}/{mentor.photo} {owners}")
    lines += [
        "",
        "# What makes the site, not its data: the maintainers alone, last so that no line above takes it over.",
        *(f"{path} {default}" for path in MAINTAINERS_ONLY),
    ]
    return "\n".join(lines) + "\n"
