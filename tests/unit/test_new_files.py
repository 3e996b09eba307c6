"""`mentoring new mentor|program`: a commented starting file that validates, and never over an existing one."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys

import pytest
import yaml

from mentoring import load
from mentoring.cli.new import yaml_scalar
from mentoring.data.ids import slugify
from mentoring.data.layout import schema_comment
from tests.support.paths import BASE, PROJECT


def new(root, *args):
    return subprocess.run([sys.executable, "-m", "mentoring.cli", "new", *map(str, args)],
                          capture_output=True, text=True, cwd=root, stdin=subprocess.DEVNULL)


@pytest.fixture
def org(tmp_path):
    """A copy of the small valid organisation the validator cases start from."""
    return shutil.copytree(BASE, tmp_path / "org")


def test_a_new_mentor_card_validates_and_tells_editors_its_schema(org):
    result = new(org, "mentor", "grace-hopper")
    assert result.returncode == 0, result.stderr
    assert "Wrote content/mentors/grace-hopper.yml" in result.stdout
    text = (org / "content/mentors/grace-hopper.yml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../schemas/mentor.schema.json"
    card = yaml.safe_load(text)
    assert card["id"] == "grace-hopper" and card["name"] == "Grace Hopper"
    assert card["last_reviewed"] == datetime.date.today().isoformat()
    outcome = load(org)
    assert outcome.problems == []
    assert [mentor.id for mentor in outcome.catalog.mentors] == ["ada-lovelace", "grace-hopper"]


def test_a_new_programme_validates(org):
    result = new(org, "program", "--name", "Women in Tech: Circles")
    assert result.returncode == 0, result.stderr
    path = org / "programs/women-in-tech-circles.yml"
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../schemas/program.schema.json"
    assert yaml.safe_load(text)["name"] == "Women in Tech: Circles"
    assert load(org).problems == []


def test_the_comments_explain_every_field_and_list_the_allowed_values(org):
    new(org, "mentor", "grace-hopper")
    new(org, "program", "buddies-two")
    card = (org / "content/mentors/grace-hopper.yml").read_text(encoding="utf-8")
    programme = (org / "programs/buddies-two.yml").read_text(encoding="utf-8")
    assert "one-on-one, group, reverse, peer, flash" in card
    assert "[buddies]" in card  # an existing programme id, as an example
    assert "one-on-one, group, reverse, peer, flash, onboarding, fast-track" in programme
    assert "accountability, alignment, communication" in programme
    # Optional fields are there, commented out, so people see what they may add.
    for field in ("pronouns", "location", "learning", "accepting", "photo", "github"):
        assert f"# {field}:" in card
    assert "# github: your-organisation/your-team" in programme


def test_starting_files_validate_in_a_generated_organisation_and_the_project(tmp_path):
    generated = tmp_path / "generated"
    subprocess.run([sys.executable, "-m", "mentoring.cli", "generate", "--mentors", "5", "--programs", "2", "--out", str(generated)],
                   check=True, capture_output=True)
    assert new(generated, "mentor", "zz-new-mentor").returncode == 0
    assert new(generated, "program", "zz-new-programme").returncode == 0
    result = load(generated)
    assert result.problems == [] and "zz-new-mentor" in [m.id for m in result.catalog.mentors]
    # The shipped project: the card's comment points at the published field reference.
    project = tmp_path / "project"
    for name in ("content", "programs", "guides", "schemas", "mkdocs.yml"):
        (shutil.copytree if (PROJECT / name).is_dir() else shutil.copy)(PROJECT / name, project / name)
    assert new(project, "mentor", "zz-new-mentor").returncode == 0
    assert load(project).problems == []
    text = (project / "content/mentors/zz-new-mentor.yml").read_text(encoding="utf-8")
    assert "https://northwind-labs.github.io/mentoring-hub/contribute/fields/" in text


def test_an_existing_file_is_never_overwritten(org):
    card = org / "content/mentors/ada-lovelace.yml"
    before = card.read_bytes()
    result = new(org, "mentor", "ada-lovelace")
    assert result.returncode == 1
    assert result.stderr == ("mentoring new mentor: content/mentors/ada-lovelace.yml already exists, and is left as it is. "
                             "Edit it instead, or choose another id.\n")
    assert card.read_bytes() == before
    assert new(org, "program", "buddies").returncode == 1


def test_the_id_can_come_from_the_name_and_bad_ids_are_refused_with_a_suggestion(org):
    assert new(org, "mentor", "--name", "Zoë O'Brien").returncode == 0
    assert yaml.safe_load((org / "content/mentors/zoe-obrien.yml").read_text(encoding="utf-8"))["name"] == "Zoë O'Brien"
    refused = new(org, "mentor", "Ada Lovelace")
    assert refused.returncode == 2
    assert "try 'ada-lovelace'" in refused.stderr
    nothing = new(org, "mentor")
    assert nothing.returncode == 2 and "give an id" in nothing.stderr
    assert load(org).problems == []


@pytest.mark.parametrize("text", ["Ada Lovelace", "yes", "No", "on", "null", "~", "010", "12:30", "2026-01-01",
                                  "Engineering: Platform", "#1 fan", "- dash", "@ada", "'quoted'", "trailing ",
                                  "a, b", "[x]", "Zoë O'Brien", "R&D", "*star", "!tag", "% sign", "x #y", "\"dq\""])
def test_yaml_scalar_keeps_any_text_exactly(text):
    assert yaml.safe_load(f"value: {yaml_scalar(text)}")["value"] == text


def test_helpers_make_ids_and_schema_lines():
    assert slugify("Zoë O'Brien") == "zoe-obrien"
    assert slugify("  Élodie   Martin-Durand ") == "elodie-martin-durand"
    assert schema_comment("content/mentors", "mentor") == "# yaml-language-server: $schema=../../schemas/mentor.schema.json"
    assert schema_comment("programs", "program") == "# yaml-language-server: $schema=../schemas/program.schema.json"


@pytest.mark.parametrize("visibility", ["internal", "public"])
def test_a_new_card_says_who_will_see_it_what_is_published_and_how_to_remove_it(org, visibility):
    from mentoring.data.visibility import visibility_words

    (org / "mkdocs.yml").write_text(f"site_name: Hub\nextra:\n  mentoring:\n    visibility: {visibility}\n", encoding="utf-8")
    assert new(org, "mentor", "grace-hopper").returncode == 0
    text = (org / "content/mentors/grace-hopper.yml").read_text(encoding="utf-8")
    comments = " ".join(line.removeprefix("#").strip() for line in text.splitlines() if line.startswith("#"))
    words = visibility_words(visibility)
    assert all(" ".join(paragraph.split()) in comments for paragraph in words.paragraphs)
    other = visibility_words("public" if visibility == "internal" else "internal")
    assert other.audience not in comments
    assert load(org).problems == []  # the comments are never part of the card
