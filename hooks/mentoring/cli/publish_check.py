"""`mentoring publish-check`: refuse to publish an internal hub to a GitHub Pages site anyone can see.

The deploy workflow saves GitHub's answer to `GET /repos/{owner}/{repo}/pages` in a file; its
`public` field says whether anyone on the internet can see the site. Exit 0 when the hub may be
published there, 1 when an internal hub meets a public site, 2 when the answer cannot tell.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mentoring.data.config_file import read_config
from mentoring.data.visibility import PUBLIC
from mentoring.settings import read_site_config

REFUSED = """\
mentoring publish-check: not publishing. This hub is internal ({setting}), but its GitHub Pages site{address} is public: anyone on the internet could read every mentor's card.
Choose one:
- Make the Pages site private: in the repository's Settings, under Pages, set Visibility to Private (GitHub Enterprise Cloud), so only people who can read the repository see it.
- Or publish it elsewhere, behind your sign-in: an internal static host, or a reverse proxy with single sign-on (see "Privacy and access" in README.md).
- Or, if the cards are meant for the open web and their owners know it, set 'visibility: public' under extra.mentoring in mkdocs.yml, on purpose, in a reviewed pull request."""


class UnclearAnswer(Exception):
    """The file holds no answer saying whether the Pages site is public."""


def run(args: argparse.Namespace) -> int:
    """Say whether the hub may be published to the Pages site described in args.pages_json."""
    config = read_site_config(args.root)
    try:
        site = pages_site(Path(args.pages_json))
    except UnclearAnswer as error:
        print(f"mentoring publish-check: {error}; not publishing until it can tell who would see the site.", file=sys.stderr)
        return 2
    address = f" ({site['html_url']})" if isinstance(site.get("html_url"), str) else ""
    if config.hub.visibility == PUBLIC:
        print(f"The hub is public (visibility: public in mkdocs.yml): it may be published to the Pages site{address}.")
        return 0
    if site["public"]:
        setting = "visibility: internal in mkdocs.yml" if _sets_visibility(args.root) else "mkdocs.yml sets no visibility, and internal is the default"
        print(REFUSED.format(setting=setting, address=address), file=sys.stderr)
        return 1
    print(f"The hub is internal and its Pages site{address} is private: only people who can read the repository see it.")
    return 0


def pages_site(path: Path) -> dict:
    """Return GitHub's description of a Pages site read from path; raise UnclearAnswer when it holds none."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UnclearAnswer(f"{path}: cannot be read ({getattr(error, 'strerror', None) or error})") from None
    if not text.strip():
        raise UnclearAnswer(f"{path}: is empty, so GitHub's answer about the Pages site never arrived")
    try:
        answer = json.loads(text)
    except json.JSONDecodeError as error:
        raise UnclearAnswer(f"{path}:{error.lineno}:{error.colno}: is not GitHub's answer about the Pages site: "
                            "from here on it is not well-formed JSON (cut short, or not JSON at all)") from None
    if not isinstance(answer, dict):
        raise UnclearAnswer(f"{path}: is not GitHub's answer about the Pages site: it holds no fields")
    if "public" not in answer and isinstance(answer.get("message"), str):
        status = f" (HTTP {answer['status']})" if "status" in answer else ""
        raise UnclearAnswer(f"{path}: GitHub answered {answer['message']!r}{status} instead of describing the Pages site: "
                            "check that Pages is set up for this repository, with GitHub Actions as its source, "
                            "and that the job may read it ('pages: read')")
    if not isinstance(answer.get("public"), bool):
        found = "is missing" if "public" not in answer else f"is {json.dumps(answer['public'])}, not true or false"
        raise UnclearAnswer(f"{path}: GitHub's answer does not say whether the Pages site is public (its 'public' field {found})")
    return answer


def _sets_visibility(root: Path) -> bool:
    """Return True when root/mkdocs.yml writes the visibility setting itself."""
    return "visibility" in ((read_config(Path(root) / "mkdocs.yml").get("extra") or {}).get("mentoring") or {})
