"""Focus rings reach 3:1 against what they are drawn on (WCAG 1.4.11), on the header too: each Tab
stop of the skip link and the header (menu button, logo, colour toggle, search, source link), at a
desktop and a phone width, in the light and the dark scheme. The ring's colour is compared, from
computed styles, with the colours under it on each of the control's four sides."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# The focused control's ring and the lowest contrast it has with what lies under it (every
# background at that point, composited from the page's canvas up), once transitions have ended.
RING = r"""
async () => {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)));
  const parse = (c) => { const m = c.match(/[\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
  const over = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1});
  const lum = ({r, g, b}) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const rootBackground = parse(getComputedStyle(document.documentElement).backgroundColor);
  const canvas = rootBackground.a > 0 ? rootBackground : over(parse(getComputedStyle(document.body).backgroundColor), {r: 255, g: 255, b: 255, a: 1});
  const el = document.activeElement, style = getComputedStyle(el), box = el.getBoundingClientRect();
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
  // The colour the outline is drawn on: every background under that point, the lowest first.
  const backdrop = (x, y) => document.elementsFromPoint(x, y).filter((n) => n !== el && !el.contains(n)).reverse()
    .reduce((colour, node) => over(parse(getComputedStyle(node).backgroundColor), colour), canvas);
  const y = box.top + box.height / 2, x = box.left + box.width / 2;
  const around = [backdrop(box.left - reach, y), backdrop(box.right + reach, y), backdrop(x, Math.max(0, box.top - reach)), backdrop(x, box.bottom + reach)];
  const outline = parse(style.outlineColor);
  return {name: el.getAttribute('aria-label') || (el.labels && el.labels.length ? el.labels[0].textContent.trim() : '') || el.textContent.trim().slice(0, 30) || el.tagName, style: style.outlineStyle, outline: style.outlineColor,
          around: around.map(c => [c.r, c.g, c.b].map(Math.round).join(',')), lowest: Math.min(...around.map((c) => ratio(outline, c)))};
}
"""

IN_HEADER = "Boolean(document.activeElement.closest('.md-header, .md-skip'))"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_every_header_focus_ring_reaches_3_to_1(sample_server, visit, width, dark):
    page = visit(width=width, dark=dark).page
    page.goto(sample_server.url)
    page.wait_for_load_state("load")
    rings = []
    for _ in range(12):
        page.keyboard.press("Tab")
        if not page.evaluate(IN_HEADER):
            break
        rings.append(page.evaluate(RING))
    names = {ring["name"] for ring in rings}
    toggle = "Switch to light mode" if dark else "Switch to dark mode"
    assert {"Skip to content", toggle} | ({"Navigation"} if width < 1000 else set()) <= names, names
    assert any("search" in name.lower() for name in names), names
    faint = [ring for ring in rings if ring["style"] == "none" or ring["lowest"] < 3]
    assert faint == [], faint


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_pages_own_skip_link_has_a_ring_that_shows_on_the_header(sample_server, visit, dark):
    page = visit(dark=dark).page
    page.goto(f"{sample_server.url}match/")
    page.wait_for_load_state("load")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    ring = page.evaluate(RING)
    assert ring["name"] == "Skip to suggestions" and ring["style"] != "none" and ring["lowest"] >= 3, ring
