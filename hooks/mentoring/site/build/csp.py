"""The Content-Security-Policy every built page carries: scripts only from the site's own files.

No page holds an inline script: the theme's small inline scripts (Material's storage helpers,
its content script and our palette script) are overridden by partials that load files from
assets/javascripts/, so `script-src` is `'self'` with no hashes and no 'unsafe-inline' (plus 'wasm-unsafe-eval' for the
search's WebAssembly, which lets a page compile WebAssembly from the site's own files and nothing else). A script
slipped into a page (through a hand-written page, a failure of escaping, or an edited built file)
is refused by the browser, and so is an event-handler attribute such as onclick=.

The policy is a second line of defence behind validation, escaping and sanitising. Since `'self'`
trusts every script file on the site, `mentoring validate` keeps script files (and raw HTML)
under content/assets/, which only maintainers may change (mentoring.data.repository_files).
"""

from __future__ import annotations

import re

DIRECTIVES = {
    "default-src": "'self'",
    # The site search (Pagefind) runs WebAssembly, which browsers compile only under 'wasm-unsafe-eval';
    # it allows compiling WebAssembly and nothing else: no eval(), no inline script.
    "script-src": "'self' 'wasm-unsafe-eval'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "worker-src": "'self' blob:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
}
POLICY = "; ".join(f"{name} {value}" for name, value in DIRECTIVES.items())
# A copied page's start, up to the end of its doctype when it has one: the policy goes right after.
LEADING_DOCTYPE = re.compile(r"\A\ufeff?\s*<!doctype[^>]*>", re.IGNORECASE)
COPIED_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


def is_copied_page(dest_path: str) -> bool:
    """Return whether a file the engine copies as it is would be opened by a browser as a page."""
    return dest_path.lower().endswith(COPIED_PAGE_SUFFIXES)
