"""tools/lighthouse.py on Lighthouse 12's reports of /contribute/ (trimmed to the SEO audits): an
internal hub fails "Page is blocked from indexing" on purpose and is scored on the rest; a public
hub is scored as Lighthouse scores it."""

from __future__ import annotations

import json

from tests.support.paths import TESTS
from tools import lighthouse

REPORTS = TESTS / "cases" / "lighthouse"


def report(kind: str) -> dict:
    return json.loads((REPORTS / f"contribute-{kind}.json").read_text(encoding="utf-8"))


def test_an_internal_hub_fails_only_indexing_and_on_purpose():
    internal = report("internal")
    assert internal["categories"]["seo"]["score"] < 0.7  # as Lighthouse scores it
    assert lighthouse.kept_from_search_engines(internal)
    assert lighthouse.scores(internal)["seo"] == 1.0
    assert [line for line in lighthouse.failing_audits(internal) if line.startswith("seo")] == ["seo: Page is blocked from indexing (0.00)"]


def test_a_public_hub_is_scored_as_lighthouse_scores_it():
    public = report("public")
    assert not lighthouse.kept_from_search_engines(public)
    assert lighthouse.scores(public)["seo"] == public["categories"]["seo"]["score"] == 1.0


def test_a_page_blocked_by_something_else_is_not_excused():
    blocked = report("internal")
    blocked["audits"]["is-crawlable"]["details"]["items"] = [{"source": {"type": "header", "snippet": "X-Robots-Tag: none"}}]
    assert not lighthouse.kept_from_search_engines(blocked)
    assert lighthouse.scores(blocked)["seo"] < 0.7
