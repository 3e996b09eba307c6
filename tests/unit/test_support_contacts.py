"""The help routes (guides/support-contacts.yml): a documented schema, sourced numbers, and the
countries whose numbers are due for a check in `mentoring stale`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from urllib.parse import urlsplit

import yaml

from mentoring import load
from mentoring.data import layout
from tests.support.paths import BASE, PROJECT, TODAY

SUPPORT = load(PROJECT, TODAY).catalog.support




def test_the_sample_has_the_organisation_routes_and_six_complete_countries_with_official_sources():
    assert SUPPORT is not None, "guides/support-contacts.yml must be valid"
    routes = SUPPORT.organisation
    assert set(routes) == {"employee_assistance", "hr", "speak_up"}
    assert "retaliat" in routes["speak_up"]["non_retaliation"]
    for route in routes.values():
        for address in filter(None, [route.get("email")]):
            assert address.endswith("@northwind.example"), "the sample organisation's own domain"
    complete = [c for c in SUPPORT.countries if c["emergency"]["number"] and c["crisis_line"]["number"]]
    assert len(complete) >= 6
    for country in SUPPORT.countries:
        for entry in (country["emergency"], country["crisis_line"]):
            assert urlsplit(entry["source"]).scheme == "https", country["name"]


def test_every_country_is_a_mentor_country_and_the_rest_are_named_as_not_listed():
    catalog = load(PROJECT, TODAY).catalog
    mentor_countries = {m.location.rsplit(",", 1)[-1].strip() for m in catalog.mentors}
    listed = {c["name"] for c in SUPPORT.countries}
    assert listed <= mentor_countries
    assert set(SUPPORT.uncovered_countries(catalog.mentors)) == mentor_countries - listed


def test_the_file_is_neither_a_guide_nor_a_stray(tmp_path):
    root = tmp_path / "org"
    shutil.copytree(BASE, root)
    shutil.copy(PROJECT / layout.SUPPORT_CONTACTS, root / layout.SUPPORT_CONTACTS)
    result = load(root, TODAY)
    assert result.ok, result.problems
    assert result.catalog.support.source == "guides/support-contacts.yml"
    assert [g.slug for g in result.catalog.guides] == ["first-meeting"]


def stale_output(root, *args):
    done = subprocess.run([sys.executable, "-m", "mentoring.cli", "stale", "--root", str(root), *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_stale_names_the_countries_not_verified_for_over_a_year(tmp_path):
    root = tmp_path / "org"
    shutil.copytree(BASE, root)
    data = yaml.safe_load((PROJECT / layout.SUPPORT_CONTACTS).read_text(encoding="utf-8"))
    data["countries"][0]["last_verified"] = "2025-11-01"  # more than a year before TODAY
    data["countries"][1]["last_verified"] = "2025-11-30"  # less than a year
    for country in data["countries"]:
        country["last_verified"] = str(country["last_verified"])
    (root / layout.SUPPORT_CONTACTS).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    old, recent = data["countries"][0]["name"], data["countries"][1]["name"]

    text = stale_output(root, "--today", TODAY.isoformat())
    assert f"guides/support-contacts.yml: {old} last verified 2025-11-01; check its numbers against their sources" in text
    assert recent not in text
    assert "1 country in the help routes not verified since 2025-11-24." in text

    report = json.loads(stale_output(root, "--today", TODAY.isoformat(), "--format", "json"))
    assert [c["name"] for c in report["help_routes_to_verify"]] == [old]
    assert f"- [ ] **{old}**, last verified 2025-11-01" in stale_output(root, "--today", TODAY.isoformat(), "--format", "markdown")


def test_stale_is_quiet_about_help_routes_checked_this_year():
    assert "help routes" not in stale_output(PROJECT, "--today", TODAY.isoformat())
