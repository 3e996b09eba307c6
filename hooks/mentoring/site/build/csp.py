"""A Content-Security-Policy for built pages: scripts only from the site itself, plus the hashes
of the small inline scripts the theme writes into each page.

The policy is a second line of defence behind escaping and sanitising: if some text ever did
reach a page as markup, the browser would still refuse to run an injected inline script.
"""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_DATA_BLOCK = re.compile(r"\btype=[\"']?application/(ld\+)?json", re.IGNORECASE)


def inline_script_hashes(html: str) -> list[str]:
    """Return the CSP hash source ('sha256-...') of every inline script that runs, in page order."""
    hashes = []
    for attributes, body in _INLINE_SCRIPT.findall(html):
        if _DATA_BLOCK.search(attributes):
            continue  # a JSON data block is never executed
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        hashes.append(f"'sha256-{digest}'")
    return list(dict.fromkeys(hashes))


def policy(script_hashes: list[str]) -> str:
    """Return the policy text for a page whose inline scripts have these hashes."""
    directives = {
        "default-src": "'self'",
        "script-src": " ".join(["'self'", *script_hashes]),
        "style-src": "'self' 'unsafe-inline'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": "'self'",
        "worker-src": "'self' blob:",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())
