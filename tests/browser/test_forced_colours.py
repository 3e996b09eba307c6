"""In forced-colours mode (Windows' contrast themes) the browser drops background colours, so
controls drawn only with backgrounds vanish. The "Accepting mentees" switch on /mentors/ keeps a
visible border and thumb, and on and off look different."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# The switch's track border and thumb once its transition has ended.
SWITCH = """async () => {
  await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)));
  const control = document.getElementById('hub-filter-accepting');
  const track = getComputedStyle(control), thumb = getComputedStyle(control, '::before');
  return {checked: control.checked, border: [track.borderTopStyle, track.borderTopWidth, track.borderTopColor],
          track: track.backgroundColor, thumb: thumb.backgroundColor};
}"""

TRANSPARENT = ("transparent", "rgba(0, 0, 0, 0)")


def test_the_accepting_switch_is_drawn_in_system_colours_on_and_off(sample_server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, forced_colors="active")
    try:
        page = context.new_page()
        page.goto(f"{sample_server.url}mentors/")
        page.wait_for_load_state("load")
        assert page.evaluate("matchMedia('(forced-colors: active)').matches")
        off = page.evaluate(SWITCH)
        page.get_by_role("switch", name="Accepting mentees").check()
        on = page.evaluate(SWITCH)
    finally:
        context.close()
    assert (off["checked"], on["checked"]) == (False, True)
    for state in (off, on):
        style, width, colour = state["border"]
        assert style != "none" and float(width.removesuffix("px")) >= 1 and colour not in TRANSPARENT, state
        assert state["thumb"] not in TRANSPARENT and state["thumb"] != state["track"], state
    assert (off["border"], off["track"], off["thumb"]) != (on["border"], on["track"], on["thumb"]), "on and off look alike"
    assert off["track"] != on["track"], "on and off have the same track"
