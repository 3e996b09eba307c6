"""Theme chrome rendered once and shared by many generated pages of one kind.

Thousands of profile pages carry the same header, tabs, sidebars and footer: they sit at the same
depth, outside the navigation, with no table of contents. A page spec names its kind (`chrome`);
templates wrap a shared block in `{% call shared_fragment("tabs") %}...{% endcall %}`, and pages
of the same kind at the same base URL reuse its first rendering. Pages without a kind render
every block as usual, and so do all pages when sharing is switched off (to compare the two).
"""

from __future__ import annotations

from typing import Callable

from jinja2 import pass_context
from jinja2.runtime import Context


class SharedFragments:
    """Fragments rendered once per (block, page kind, base URL); one instance per build."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._rendered: dict[tuple[str, str, str], str] = {}

    @pass_context
    def __call__(self, context: Context, name: str, caller: Callable[[], str]) -> str:
        kind = context.get("chrome")
        if not (kind and self.enabled):
            return caller()
        key = (name, kind, str(context.get("base_url", "")))
        if key not in self._rendered:
            self._rendered[key] = caller()
        return self._rendered[key]
