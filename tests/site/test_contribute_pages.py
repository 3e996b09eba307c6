"""/contribute/: the hand-written page, the field reference and the card builder, generated from the schemas."""

from __future__ import annotations

import html
import json
import re

import pytest
import yaml

from mentoring.data.schema_enums import has_vocabulary_format, without_editor_enums
from tests.support.sites import search_pages
from mentoring.site.outputs.json_text import compact_json as script_json
from tests.support.paths import PROJECT

KINDS = ("mentor", "program", "guide")


def schema(kind: str) -> dict:
    return json.loads((PROJECT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))


def walk(node: dict, document: dict, prefix: str = ""):
    """Yield (path, property schema, required) for every property of a schema, nested ones included ($ref followed)."""
    def deref(value):
        if "$ref" in value:
            target = document
            for part in value["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            return {**deref(target), **{k: v for k, v in value.items() if k != "$ref"}}
        return value

    node = deref(node)
    for key, child in node.get("properties", {}).items():
        child = deref(child)
        yield prefix + key, child, key in node.get("required", [])
        if child.get("type") == "object":
            yield from walk(child, document, f"{prefix}{key}.")
        items = deref(child.get("items", {}))
        if items.get("type") == "object":
            yield from walk(items, document, f"{prefix}{key}[].")


@pytest.fixture(scope="module")
def reference(sample_site) -> str:
    return (sample_site / "contribute" / "fields" / "index.html").read_text(encoding="utf-8")


def entries(page: str) -> dict[str, dict]:
    """Return the field reference's entries by '<kind>:<path>': title, description and the entry's HTML."""
    found = {}
    for block in page.split('<article class="hub-field ')[1:]:
        block = block.split("</article>")[0]
        head = re.search(r'<h3 id="([a-z]+)-[^"]+"><code>([^<]+)</code> <span class="hub-field__title">([^<]*)</span>', block)
        description = re.search(r'<p class="hub-field__description">(.*?)</p>', block, re.S)
        found[f"{head[1]}:{html.unescape(head[2])}"] = {
            "title": html.unescape(head[3]), "description": html.unescape(description[1]), "html": block,
        }
    return found


def test_the_field_reference_covers_every_property_of_every_schema(reference):
    found = entries(reference)
    expected = {f"{kind}:{path}": (node, required) for kind in KINDS for path, node, required in walk(schema(kind), schema(kind))}
    assert sorted(found) == sorted(expected)
    for key, (node, required) in expected.items():
        entry = found[key]
        assert entry["title"] == node["title"], key
        assert entry["description"] == node["description"], key
        badge = entry["html"].split("</h3>")[1].split("</span>")[0]
        assert badge.endswith("Required" if required else "Optional"), key
        for part in (node, node.get("items", {})):
            if has_vocabulary_format(part):  # a vocabulary, listed in its own section (and 598 time zones nowhere)
                assert f"<code>{part['enum'][0]}</code>" not in html.unescape(entry["html"]), key
                continue
            for value in part.get("enum", []):
                assert f"<code>{value}</code>" in html.unescape(entry["html"]), (key, value)
        if "examples" in node:
            assert 'class="hub-field__example"' in entry["html"], key


def test_the_field_reference_lists_the_vocabularies_with_synonyms(reference):
    expertise = yaml.safe_load((PROJECT / "schemas" / "expertise.yml").read_text(encoding="utf-8"))
    for tag, entry in expertise.items():
        row = re.search(rf'<tr id="tag-{re.escape(tag)}">(.*?)</tr>', reference, re.S)
        assert row, tag
        assert f"<code>{tag}</code>" in row[1] and entry["label"] in html.unescape(row[1])
        for synonym in entry.get("synonyms", []):
            assert f"<code>{synonym}</code>" in html.unescape(row[1]), (tag, synonym)
    for hallmark, entry in yaml.safe_load((PROJECT / "schemas" / "hallmarks.yml").read_text(encoding="utf-8")).items():
        row = re.search(rf'<tr id="hallmark-{hallmark}">(.*?)</tr>', reference, re.S)
        assert row and entry["summary"] in html.unescape(row[1]), hallmark
    languages = yaml.safe_load((PROJECT / "schemas" / "languages.yml").read_text(encoding="utf-8"))
    for code, name in languages.items():
        assert f"<li><code>{code}</code> {name}</li>" in html.unescape(reference), code


def test_search_finds_each_field_under_its_own_heading(sample_site):
    pages = search_pages(sample_site)
    anchors = {anchor["id"] for anchor in pages["contribute/fields/"]["anchors"]}
    assert {"mentor-active-mentees", "program-safety-net-coordinator-email"} <= anchors
    assert "contribute/card-builder/" in pages
    # Findable, but never first for a language: the 183 language codes are left out of the index.
    assert "Abkhazian" not in pages["contribute/fields/"]["content"]


def test_the_contribute_page_links_to_the_builder_and_the_reference_instead_of_copying_fields(sample_site):
    page = (sample_site / "contribute" / "index.html").read_text(encoding="utf-8")
    assert 'href="card-builder/"' in page and 'href="fields/"' in page
    assert "<table" not in page  # the fields are described once, in the generated reference
    assert "mentoring new mentor" in page
    repo = yaml.safe_load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8").split("\ntheme:")[0])["repo_url"]
    for url in re.findall(r'href="(https://github\.com/[^"]+)"', page.split('<article class="md-content__inner')[1].split("</article>")[0]):
        assert url.startswith(repo + "/"), url


def test_the_card_builder_has_a_control_for_every_field_of_the_mentor_schema(sample_site):
    page = (sample_site / "contribute" / "card-builder" / "index.html").read_text(encoding="utf-8")
    paths = set(re.findall(r'data-path="([^"]+)"', page))
    assert paths == {path for path, _, _ in walk(schema("mentor"), schema("mentor"))}
    text = html.unescape(page)
    for path, node, _ in walk(schema("mentor"), schema("mentor")):
        assert node["description"] in text, path
    data = page.split('<script type="application/json" id="card-builder-data">')[1].split("</script>")[0]
    assert "<" not in data
    payload = json.loads(data)
    assert payload["schema"] == without_editor_enums(schema("mentor"))  # the checker knows the vocabularies
    assert payload["newFileUrl"] == "https://github.com/northwind-labs/mentoring-hub/new/main/content/mentors"
    assert payload["issueForm"] == {"url": "https://github.com/northwind-labs/mentoring-hub/issues/new", "template": "mentor-card.yml",
                                    "field": "card", "title": "Mentor card: {id}", "maxUrlLength": 8000}
    assert payload["header"] == "# yaml-language-server: $schema=../../schemas/mentor.schema.json"
    assert 'src="../../assets/javascripts/card-builder.js"' in page


def test_json_in_a_page_cannot_end_its_script_element():
    text = script_json({"name": "</script><script>alert(1)</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"name": "</script><script>alert(1)</script><!-- & \u2028"}
