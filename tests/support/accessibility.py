"""Run axe-core (bundled with axe-playwright-python) in a page and return serious problems."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

_axe = Axe()


def serious_violations(page) -> list[str]:
    """Return 'rule: target' for every serious or critical accessibility violation on the page."""
    results = _axe.run(page)
    found = []
    for violation in results.response["violations"]:
        if violation["impact"] in ("serious", "critical"):
            for node in violation["nodes"]:
                found.append(f"{violation['id']} ({violation['impact']}): {node['target']} {node.get('failureSummary', '')[:160]}")
    return found
