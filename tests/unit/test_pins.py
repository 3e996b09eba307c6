"""Pins that cannot surprise: exact pins, a hashed lock that agrees with them, no range that admits MkDocs 2."""

from __future__ import annotations

import re
import subprocess
import tomllib
from importlib import metadata

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.support.paths import PROJECT

LOCK = PROJECT / "requirements-lock.txt"
MKDOCS_2 = ("2.0.dev6", "2.0", "2.1")  # a pre-release already on the index, and what may follow


def requirement_lines(path) -> list[str]:
    """Each requirement of a requirements file, without comments, continuations or hashes."""
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    lines = (re.sub(r"(^|\s)#.*", "", line).split("--hash")[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def pins(path) -> dict[str, str]:
    requirements = [Requirement(line) for line in requirement_lines(path)]
    return {canonicalize_name(req.name): str(req.specifier) for req in requirements}


def test_requirements_txt_pins_every_package_exactly():
    assert [spec for spec in pins(PROJECT / "requirements.txt").values() if not re.fullmatch(r"==[\w.]+", spec)] == []


def test_the_lock_pins_what_requirements_txt_pins_so_make_lock_was_run():
    locked = pins(LOCK)
    stale = {name: (spec, locked.get(name)) for name, spec in pins(PROJECT / "requirements.txt").items() if locked.get(name) != spec}
    assert stale == {}, "requirements.txt and requirements-lock.txt disagree: run `make lock`"


def test_every_locked_package_is_exact_and_carries_the_hashes_of_its_files():
    text = LOCK.read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text[text.index("\n", text.index("make lock")) + 1:])
    assert len(entries) > 40
    for entry in entries:
        assert re.match(r"[\w.-]+==[\w.]+", entry) and "--hash=sha256:" in entry, entry


def test_the_lock_says_how_to_remake_it():
    assert "make lock" in LOCK.read_text(encoding="utf-8").splitlines()[1]
    assert "lock:" in (PROJECT / "Makefile").read_text(encoding="utf-8")


def declared_mkdocs_requirements() -> list[tuple[str, Requirement]]:
    """Every requirement on mkdocs that this repository or Material declares, with where it is declared."""
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [("pyproject.toml", line) for line in project["dependencies"]]
    declared += [(f"pyproject.toml [{extra}]", line) for extra, lines in project["optional-dependencies"].items() for line in lines]
    declared += [(path.name, line) for path in (PROJECT / "requirements.txt", LOCK) for line in requirement_lines(path)]
    declared += [("mkdocs-material", line) for line in metadata.requires("mkdocs-material")]
    return [(where, Requirement(line)) for where, line in declared if canonicalize_name(Requirement(line).name) == "mkdocs"]


def test_no_declared_range_admits_mkdocs_2():
    declared = declared_mkdocs_requirements()
    assert {where for where, _ in declared} >= {"pyproject.toml [site]", "requirements.txt", "requirements-lock.txt", "mkdocs-material"}
    admitting = [(where, str(req.specifier)) for where, req in declared
                 if any(req.specifier.contains(version, prereleases=True) for version in MKDOCS_2)]
    assert admitting == []


def test_dependabot_never_proposes_mkdocs_2():
    config = yaml.safe_load((PROJECT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    pip = next(update for update in config["updates"] if update["package-ecosystem"] == "pip")
    assert {"dependency-name": "mkdocs", "versions": [">=2"]} in pip["ignore"]


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs"])
def test_make_builds_and_serves_with_the_engine_chosen(engine):
    for target, command in (("build", "build --strict"), ("serve", "serve")):
        plan = subprocess.run(["make", "--dry-run", "--always-make", target, f"ENGINE={engine}"],
                              capture_output=True, text=True, cwd=PROJECT).stdout
        assert f".venv/bin/{engine} {command} --config-file mkdocs.yml" in plan, plan


def test_make_refuses_an_engine_it_does_not_know():
    result = subprocess.run(["make", "--dry-run", "build", "ENGINE=zensical"], capture_output=True, text=True, cwd=PROJECT)
    assert result.returncode != 0
    assert "ENGINE=zensical is not an engine this site builds with; use one of: mkdocs properdocs" in result.stderr
