"""Focus is never hidden under the sticky header (WCAG 2.4.11), going forwards or backwards.

140 Tab presses and then 140 Shift+Tab presses; at every stop, what is drawn at the centre of the
focused element must not be the header bar (or the tabs), with every transition taken to its end.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PRESSES = 140

# With every running transition taken to its end (as if waited for, without the wait): the focused
# element, and whether the header covers its centre.
FOCUSED = """() => {
  for (const animation of document.getAnimations()) {
    try { animation.finish(); } catch { /* an endless one has no end to go to */ }
  }
  const element = document.activeElement;
  if (!element || element === document.body || element.closest('.md-header, .md-tabs')) return null;
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return null;
  const drawn = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const covered = Boolean(drawn && drawn.closest('.md-header__inner, .md-tabs, .hub-search__panel'));
  return {covered, name: `${element.tagName.toLowerCase()} "${(element.textContent || element.name || '').trim().slice(0, 40)}"`,
          top: Math.round(box.top)};
}"""


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("path", ["mentors/", "contribute/card-builder/"])
def test_tab_and_shift_tab_never_leave_focus_under_the_header(sample_server, visit, path, width):
    page = visit(width=width).page
    page.goto(sample_server.url + path)
    page.wait_for_load_state("load")
    hidden = []
    for number, key in enumerate(["Tab"] * PRESSES + ["Shift+Tab"] * PRESSES, start=1):
        page.keyboard.press(key)
        focused = page.evaluate(FOCUSED)
        if focused and focused["covered"]:
            hidden.append(f"{key} press {number}: {focused['name']} at y={focused['top']}")
    assert hidden == [], f"{len(hidden)} stops under the header on {path} at {width} px: {hidden[:8]}"
