"""`.github/CODEOWNERS` is written from the data by `mentoring codeowners`, and kept current by this test."""

from __future__ import annotations

import shutil
import subprocess
import sys

import yaml

from tests.support.paths import BASE, PROJECT


def codeowners(root, *args):
    return subprocess.run([sys.executable, "-m", "mentoring.cli", "codeowners", "--root", str(root), *map(str, args)],
                          capture_output=True, text=True)


def test_the_committed_codeowners_is_current():
    result = codeowners(PROJECT, "--check")
    assert result.returncode == 0, (
        "CODEOWNERS no longer matches the data: run `.venv/bin/mentoring codeowners` and commit the result.\n" + result.stdout
    )


def test_programmes_are_owned_by_their_teams_and_cards_by_their_mentors():
    lines = (PROJECT / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    rules = [line.split() for line in lines if line and not line.startswith("#")]
    assert rules[0] == ["*", "@northwind-labs/people-experience"]  # the default owner comes first
    owners = {rule[0]: rule[1:] for rule in rules}
    assert owners["/guides/"] == ["@northwind-labs/people-experience"]
    for path in sorted((PROJECT / "programs").glob("*.yml")):
        team = (yaml.safe_load(path.read_text(encoding="utf-8"))["owner"] or {}).get("github")
        assert owners.get(f"/programs/{path.name}") == ([f"@{team}"] if team else None), path.name
    for path in sorted((PROJECT / "content" / "mentors").glob("*.yml")):
        card = yaml.safe_load(path.read_text(encoding="utf-8"))
        expected = [f"@{card['github']}", "@northwind-labs/people-experience"] if card.get("github") else None
        assert owners.get(f"/content/mentors/{path.name}") == expected, path.name
        if card.get("github") and card.get("photo"):
            assert owners[f"/content/mentors/photos/{card['photo']}"] == expected


def test_check_fails_when_the_data_changes_and_writing_fixes_it(tmp_path):
    org = shutil.copytree(BASE, tmp_path / "org")
    first = codeowners(org, "--maintainers", "acme/hub")
    assert first.returncode == 0 and first.stdout == "Wrote .github/CODEOWNERS.\n"
    assert codeowners(org, "--maintainers", "acme/hub", "--check").returncode == 0
    card = org / "content/mentors/ada-lovelace.yml"
    card.write_text(card.read_text(encoding="utf-8").replace("\ngithub:", "\n# github:") + "github: ada-l\n", encoding="utf-8")
    stale = codeowners(org, "--maintainers", "acme/hub", "--check")
    assert stale.returncode == 1
    assert "+/content/mentors/ada-lovelace.yml @ada-l @acme/hub" in stale.stdout
    assert "run 'mentoring codeowners'" in stale.stderr
    assert codeowners(org, "--maintainers", "acme/hub").returncode == 0
    assert codeowners(org, "--maintainers", "acme/hub", "--check").returncode == 0


def test_invalid_data_or_no_maintainers_writes_nothing(tmp_path):
    org = shutil.copytree(BASE, tmp_path / "org")
    assert codeowners(org).returncode == 2  # no mkdocs.yml naming the maintainers, and no --maintainers
    (org / "content/mentors/ada-lovelace.yml").write_text("id: [\n", encoding="utf-8")
    result = codeowners(org, "--maintainers", "acme/hub")
    assert result.returncode == 1 and "fix them first" in result.stderr
    assert not (org / ".github").exists()


def owners_of(path: str, lines: list[str]) -> list[str]:
    """The owners GitHub gives path: the last matching rule wins (the pattern forms CODEOWNERS here uses)."""
    found = []
    for line in lines:
        if not line or line.startswith("#"):
            continue
        pattern, *owners = line.split()
        anchored = pattern.lstrip("/")
        if pattern == "*" or (pattern.endswith("/") and path.startswith(anchored)) or path == anchored:
            found = owners
    return found


def test_the_site_itself_is_changed_only_with_the_maintainers_approval():
    """Code, templates, the site's scripts and styles, the contract, workflows and the build."""
    lines = (PROJECT / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    for path in ["hooks/site_hooks.py", "hooks/mentoring/site/build/csp.py", "overrides/main.html", "content/assets/javascripts/theme.js",
                 "content/assets/stylesheets/hub.css", "schemas/mentor.schema.json", ".github/workflows/deploy.yml",
                 ".github/CODEOWNERS", "Makefile", "mkdocs.yml", "tools/static_server.py"]:
        assert owners_of(path, lines) == ["@northwind-labs/people-experience"], path
    # A mentor's own card stays theirs to change (with the maintainers as the other reviewers).
    assert owners_of("content/mentors/sofia-rossi.yml", lines)[-1] == "@northwind-labs/people-experience"
    assert len(owners_of("content/mentors/sofia-rossi.yml", lines)) == 2


def test_the_maintainers_folders_come_after_every_data_line_so_none_takes_them_over(tmp_path):
    from mentoring.derive.codeowners import MAINTAINERS_ONLY

    org = shutil.copytree(BASE, tmp_path / "org")
    assert codeowners(org, "--maintainers", "acme/hub").returncode == 0
    rules = [line.split()[0] for line in (org / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert rules[-len(MAINTAINERS_ONLY):] == list(MAINTAINERS_ONLY)
    assert set(MAINTAINERS_ONLY) >= {"/hooks/", "/overrides/", "/content/assets/", "/schemas/", "/.github/", "/Makefile", "/mkdocs.yml", "/tools/"}
