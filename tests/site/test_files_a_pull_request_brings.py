"""Real builds of the sample with files a hostile pull request could bring: the build checks the
data first (as `mentoring validate` does), so it refuses them by name and publishes nothing of
them, and it never reads through a symbolic link even where no check looks."""

from __future__ import annotations

import os
import shutil

from tests.support.sites import build_site, copy_project, run_build

MARKER = "OUTSIDE-THE-REPOSITORY-7f3c9a"
LEAK = "leak"  # the name of each link made here


def project_with_data_elsewhere(tmp_path):
    """A project copy whose data the checks read from data/ (extra.mentoring.root), not beside mkdocs.yml."""
    root = copy_project(tmp_path / "project")
    for folder in ("content", "programs", "guides"):
        shutil.copytree(root / folder, root / "data" / folder)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("    root: .\n", "    root: data\n"), encoding="utf-8")
    return root


def site_text(site) -> str:
    return "".join(path.read_text(encoding="utf-8", errors="replace") for path in site.rglob("*") if path.is_file())


def test_a_build_with_links_to_an_outside_file_is_refused_and_publishes_none_of_it(tmp_path):
    secret = tmp_path / "runner-secret.txt"
    secret.write_text(f"{MARKER}\n", encoding="utf-8")
    root = copy_project(tmp_path / "project")
    # A photo, a page and a stylesheet.
    links = [f"content/mentors/photos/{LEAK}.png", f"content/{LEAK}.md", f"content/assets/stylesheets/{LEAK}.css"]
    for link in links:
        os.symlink(secret, root / link)
    result = run_build(root / "mkdocs.yml", root / "site")
    assert result.returncode != 0
    for link in links:
        assert f"{link}:1:1: this is a symbolic link" in result.stdout + result.stderr
    assert MARKER not in (site_text(root / "site") if (root / "site").exists() else "")


def test_a_hand_written_page_with_a_script_is_refused_at_its_line(tmp_path):
    root = copy_project(tmp_path / "project")
    (root / "content" / "about.md").write_text("# About\n\nHello.\n<script>alert(1)</script>\n", encoding="utf-8")
    result = run_build(root / "mkdocs.yml", root / "site")
    assert result.returncode != 0
    assert "content/about.md:4:1: a <script> element cannot be used in a page" in result.stdout + result.stderr


def test_html_copied_as_it_is_carries_the_policy_first(tmp_path):
    root = copy_project(tmp_path / "project")
    page = "<!DOCTYPE html>\n<html><head><script>window.x = 1</script></head><body>Kept</body></html>\n"
    (root / "content" / "assets" / "kept.html").write_text(page, encoding="utf-8")
    built = (build_site(root / "mkdocs.yml", root / "site") / "assets" / "kept.html").read_text(encoding="utf-8")
    assert built.startswith('<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;;')
    assert built.endswith(page[len("<!DOCTYPE html>"):])


def test_the_build_never_reads_through_a_link_even_where_no_check_looks(tmp_path):
    """With the data kept in another folder (extra.mentoring.root), the checks never see the docs
    folder: the build itself still leaves every linked file out."""
    secret = tmp_path / "runner-secret.txt"
    secret.write_text(f"{MARKER}\n", encoding="utf-8")
    root = project_with_data_elsewhere(tmp_path)
    config = root / "mkdocs.yml"
    os.symlink(secret, root / "content" / "leak.md")
    os.symlink(secret, root / "content" / "assets" / "stylesheets" / "leak.css")
    os.symlink(tmp_path, root / "content" / "outside")
    site = build_site(config, root / "site")
    assert (site / "mentors" / "index.html").is_file()
    assert MARKER not in site_text(site)
    assert not (site / "leak").exists() and not (site / "outside").exists()


def test_a_link_among_the_templates_is_refused_wherever_the_data_lives(tmp_path):
    root = project_with_data_elsewhere(tmp_path)
    config = root / "mkdocs.yml"
    secret = tmp_path / "runner-secret.txt"
    secret.write_text(f"{MARKER}\n", encoding="utf-8")
    os.symlink(secret, root / "overrides" / "partials" / f"{LEAK}.html")
    result = run_build(config, root / "site")
    assert result.returncode != 0
    assert f"overrides/partials/{LEAK}.html:1:1: this is a symbolic link" in result.stdout + result.stderr
