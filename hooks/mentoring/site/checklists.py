"""A Markdown extension for checklists ('- [ ] item') whose checkboxes carry their item as label.

pymdownx.tasklist leaves each checkbox without an accessible name; here the item's text is
wrapped in the checkbox's <label>, so screen readers announce it and the whole line is clickable.
Readers can tick items as they go; nothing is stored.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

_BOX = re.compile(r"^\[([ xX])\][ \t]+")


class ChecklistTreeprocessor(Treeprocessor):
    """Turn list items that start with [ ] or [x] into labelled checkboxes."""

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            if parent.tag not in ("ul", "ol"):
                continue
            items = [li for li in parent if li.tag == "li" and self._make_checkbox(li)]
            if items:
                parent.set("class", " ".join(filter(None, [parent.get("class"), "task-list"])))

    def _make_checkbox(self, li: etree.Element) -> bool:
        holder = li[0] if len(li) and li[0].tag == "p" and not (li.text or "").strip() else li
        match = _BOX.match(holder.text or "")
        if not match:
            return False
        label = etree.Element("label")
        box = etree.SubElement(label, "input", {"type": "checkbox"})
        if match.group(1) != " ":
            box.set("checked", "checked")
        box.tail = holder.text[match.end():]
        # Move the item's inline content (but not nested lists) into the label.
        for child in list(holder):
            if child.tag in ("ul", "ol", "p", "pre", "div", "blockquote"):
                break
            holder.remove(child)
            label.append(child)
        holder.text = None
        holder.insert(0, label)
        li.set("class", " ".join(filter(None, [li.get("class"), "task-list-item"])))
        return True


class ChecklistExtension(Extension):
    """Register the checklist processor before inline Markdown is processed."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 - Markdown's API name
        md.treeprocessors.register(ChecklistTreeprocessor(md), "mentoring-checklists", 25)


def makeExtension(**kwargs) -> ChecklistExtension:  # noqa: N802 - Markdown's loader looks for this name
    return ChecklistExtension(**kwargs)
