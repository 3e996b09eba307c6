"""The directory's filters and the match helper on the Python side: words, bands, indexes, weights, pages."""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
import shutil
import subprocess

import pytest

from mentoring import InvalidData, load
from mentoring.data.layout import PROJECT_SCHEMAS
from mentoring.data.match_weights import CRITERIA, load_weights, weights_path
from mentoring.derive.swaps import SwapIndex
from mentoring.site.browser import search_words as words
from mentoring.site.browser.indexes import TWIN_TARGET, browser_indexes
from mentoring.site.pages.page_spec import SiteSettings
from mentoring.site.browser.directory_filters import filter_facets, filter_index, mentor_values, searchable_text, timezone_band
from tests.support.paths import PROJECT, TODAY
from tests.support.query_words import query_stems
from tests.support.sites import copy_project, run_build


@pytest.fixture(scope="module")
def catalog():
    result = load(PROJECT, TODAY)
    assert result.ok, result.problems
    return result.catalog


@pytest.mark.parametrize("word, stem", [
    ("mentoring", "mentor"), ("mentored", "mentor"), ("mentors", "mentor"), ("mentor", "mentor"),
    ("teaches", "teach"), ("teaching", "teach"), ("companies", "company"), ("planning", "plan"),
    ("calling", "call"), ("managed", "manag"), ("manage", "manag"), ("business", "business"),
    ("analysis", "analysis"), ("python", "python"), ("k8s", "k8s"), ("use", "use"), ("go", "go"),
])
def test_stems(word, stem):
    assert words.stem(word) == stem


def test_words_are_lowercase_without_accents_web_addresses_or_punctuation():
    assert words.words("Chloé's CV: see https://example.com/x, or São Paulo!") == ["chloe", "s", "cv", "see", "or", "sao", "paulo"]


def test_stop_words_are_left_out_of_the_index_and_of_queries():
    assert words.stems("I can help you with the data") == {"help", "data"}
    assert query_stems("the Mentoring of mentors") == ["mentor"]


@pytest.mark.parametrize("minutes, band", [
    (-720, "utc-12..-6"), (-360, "utc-12..-6"), (-570, "utc-12..-6"), (-300, "utc-5..-3"), (-210, "utc-5..-3"),
    (-150, "utc-2..+2"), (0, "utc-2..+2"), (120, "utc-2..+2"), (180, "utc+3..+6"), (330, "utc+3..+6"),
    (345, "utc+3..+6"), (390, "utc+3..+6"), (420, "utc+7..+14"), (765, "utc+7..+14"), (840, "utc+7..+14"),
])
def test_a_zone_belongs_to_the_band_of_its_whole_hours(minutes, band):
    assert timezone_band(minutes) == band


def test_every_value_of_every_mentor_is_a_facet_option_with_its_count(catalog):
    options = {facet.name: {option.value: option.count for option in facet.options} for facet in filter_facets(catalog)}
    for name, counted in options.items():
        assert counted, name
        for value, count in counted.items():
            assert count == sum(value in mentor_values(mentor)[name] for mentor in catalog.mentors), (name, value)
    for mentor in catalog.mentors:
        for name, values in mentor_values(mentor).items():
            if name != "accepting":
                assert set(values) <= set(options[name]), (mentor.id, name)


def test_the_filter_index_decodes_to_each_mentors_values_and_words(catalog):
    index = json.loads(json.dumps(filter_index(catalog)))
    assert index["ids"] == [mentor.id for mentor in catalog.mentors]
    for number, mentor in enumerate(catalog.mentors):
        for name, values in mentor_values(mentor).items():
            column = index["facets"][name]
            row = column["rows"][number]
            codes = row if isinstance(row, list) else ([] if row < 0 else [row])
            assert [column["values"][code] for code in codes] == values, (mentor.id, name)
    stems, decoded = index["words"]["stems"], {}
    assert stems == sorted(stems, key=lambda s: s.encode("utf-16-be"))
    for stem, deltas in zip(stems, index["words"]["postings"]):
        total = 0
        for delta in deltas:
            total += delta
            decoded.setdefault(total, set()).add(stem)
    for number, mentor in enumerate(catalog.mentors):
        assert decoded[number] == words.stems(searchable_text(mentor)), mentor.id


def test_the_directory_pages_hold_every_mentor_once_a_page_at_a_time(catalog):
    from mentoring.site.pages.directory import PAGE_SIZE, directory_pages, page_count

    assert (page_count(0), page_count(1), page_count(PAGE_SIZE), page_count(PAGE_SIZE + 1)) == (1, 1, 1, 2)
    mentors = catalog.mentors * (2 * PAGE_SIZE // len(catalog.mentors) + 1)  # three pages or more
    pages = directory_pages(dataclasses.replace(catalog, mentors=mentors))
    assert [page.src_uri for page in pages] == ["mentors/index.md"] + [f"mentors/page/{n}.md" for n in range(2, len(pages) + 1)]
    assert [mentor for page in pages for mentor in page.context["mentors"]] == mentors
    assert all(len(page.context["mentors"]) == PAGE_SIZE for page in pages[:-1])
    links = [(page.context["directory_page"]["previous"], page.context["directory_page"]["next"]) for page in pages]
    assert links[0] == (None, "mentors/page/2/") and links[1] == ("mentors/", "mentors/page/3/") and links[-1][1] is None


def index_files(catalog) -> dict[str, str]:
    return {path: "".join(pieces) for path, pieces in browser_indexes(catalog, SiteSettings(today=TODAY))}


def test_the_filter_index_carries_what_each_card_shows(catalog):
    from mentoring.data.timezones import utc_offset
    from mentoring.site.pages.directory import CARD_TAGS, PAGE_SIZE

    index = json.loads(index_files(catalog)["mentors/filter-index.json"])
    assert index["page_size"] == PAGE_SIZE, "a result shows as many cards as a directory page"
    assert index["card_tags"] == CARD_TAGS, "a card drawn in the browser shows as many tags as the build's"
    cards, facets = index["cards"], index["facets"]
    for number, mentor in enumerate(catalog.mentors):
        assert cards["names"][number] == mentor.name and cards["titles"][number] == mentor.title
        assert cards["offsets"]["values"][cards["offsets"]["rows"][number]] == utc_offset(mentor.timezone)
        # Every tag, in the card's order: the script shows the first CARD_TAGS, or those matching first.
        assert [facets["expertise"]["labels"][code] for code in facets["expertise"]["rows"][number]] == [
            catalog.vocabulary.tags[tag].label for tag in mentor.expertise]
        assert [facets["languages"]["labels"][code] for code in facets["languages"]["rows"][number]] == [
            catalog.vocabulary.languages[code] for code in mentor.languages]
        assert cards["availability"]["values"][cards["availability"]["rows"][number]] == mentor.availability


def test_both_indexes_describe_each_person_with_the_same_columns(catalog):
    files = index_files(catalog)
    cards = json.loads(files["mentors/filter-index.json"])["cards"]
    matched = json.loads(files["match/match-index.json"])["mentors"]
    for column in ("names", "titles", "photos", "initials", "colours", "availability", "free"):
        assert cards[column] == matched[column], column
    assert matched["free"] == [mentor.open_places for mentor in catalog.mentors]
    assert all(free == 0 for free, mentor in zip(matched["free"], catalog.mentors) if mentor.availability != "accepting")


def test_the_match_index_hands_the_script_the_day_offsets_are_read_on(catalog):
    from mentoring.data.timezones import REFERENCE_DAY

    index = json.loads(index_files(catalog)["match/match-index.json"])
    assert datetime.datetime.fromisoformat(index["reference_day"]) == REFERENCE_DAY


def test_the_index_has_a_script_twin_for_copies_opened_from_disk(catalog):
    files = index_files(catalog)
    for path in ("mentors/filter-index", "match/match-index"):
        data = json.loads(files[f"{path}.json"])
        name = path.rsplit("/", 1)[1]
        prefix = f'{TWIN_TARGET}["{name}"] = '
        twin = files[f"{path}.js"]
        assert twin.startswith(prefix) and twin.endswith(";\n")
        assert json.loads(twin[len(prefix):-2]) == data


# Run the twins one after the other in a page's global scope, as hub-index.js does, after it has made
# MentoringHub: both land under MentoringHub.indexes, and what MentoringHub already held stays.
RUN_TWINS = """
const vm = require("vm");
const twins = JSON.parse(require("fs").readFileSync(0, "utf8"));
const window = { MentoringHub: { loadIndex() {} } };
for (const twin of twins) vm.runInNewContext(twin, { window });
process.stdout.write(JSON.stringify({ globals: Object.keys(window), hub: Object.keys(window.MentoringHub), indexes: window.MentoringHub.indexes }));
"""


def test_the_script_twins_file_their_index_under_the_one_global(catalog):
    node = shutil.which("node")
    if not node:
        pytest.fail("Node.js is needed to run the index's script twins (Debian: apt-get install nodejs).")
    files = index_files(catalog)
    twins = [files["mentors/filter-index.js"], files["match/match-index.js"]]
    ran = json.loads(subprocess.run([node, "-e", RUN_TWINS], input=json.dumps(twins), capture_output=True, text=True, check=True, timeout=60).stdout)
    assert ran["globals"] == ["MentoringHub"] and ran["hub"] == ["loadIndex", "indexes"]
    assert ran["indexes"] == {name: json.loads(files[f"{folder}/{name}.json"]) for folder, name in (("mentors", "filter-index"), ("match", "match-index"))}


def test_the_weights_file_names_every_criterion_once(catalog):
    criteria = load_weights(weights_path(PROJECT_SCHEMAS))
    assert [criterion.id for criterion in criteria] == list(CRITERIA)
    assert all(criterion.label and criterion.explanation and criterion.weight >= 0 for criterion in criteria)
    index = json.loads(index_files(catalog)["match/match-index.json"])
    assert {name: value["weight"] for name, value in index["criteria"].items()} == {c.id: c.weight for c in criteria}
    assert index["criteria"]["timezone"]["within_hours"] == next(c.within_hours for c in criteria if c.id == "timezone")
    # The musts travel as data: the script reads when each holds from the index, never a rule of its own.
    assert {name: value.get("required") for name, value in index["criteria"].items()} == {
        c.id: {"when": c.required.when} if c.required else None for c in criteria}
    assert {c.id: c.required.when for c in criteria if c.required} == {"languages": "wish-given", "timezone": "switch-on"}


def test_a_must_that_says_neither_when_nor_which_switch_is_reported(tmp_path):
    path = tmp_path / "match-weights.yml"
    text = (PROJECT_SCHEMAS / "match-weights.yml").read_text(encoding="utf-8")
    path.write_text(text.replace("when: wish-given\n", "when: always\n").replace("    switch: Only overlapping working hours\n", ""), encoding="utf-8")
    with pytest.raises(InvalidData) as raised:
        load_weights(path)
    messages = [str(problem) for problem in raised.value.problems]
    assert len(messages) == 2, messages
    assert any(re.match(r"schemas/match-weights\.yml:\d+:\d+: languages\.required\.when: .*wish-given.*switch-on", m) for m in messages), messages
    assert any(re.match(r"schemas/match-weights\.yml:\d+:\d+: timezone\.required.*switch", m) for m in messages), messages


def test_a_broken_weights_file_is_reported_with_line_and_field(tmp_path):
    path = tmp_path / "match-weights.yml"
    text = (PROJECT_SCHEMAS / "match-weights.yml").read_text(encoding="utf-8")
    text = text.replace("weight: 2\n", "weight: two\n").replace("teach:\n", "teaching:\n")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidData) as raised:
        load_weights(path)
    messages = [str(problem) for problem in raised.value.problems]
    assert any(re.match(r"schemas/match-weights\.yml:\d+:\d+: languages\.weight: should be a number, but it is 'two'", m) for m in messages), messages
    # One mistake, one message: the misspelled name stands for the missing one.
    assert any("teaching: 'teaching' is not a field of this file; did you mean 'teach'?" in m for m in messages), messages
    assert len(messages) == 2, messages


def test_the_site_has_the_filter_form_the_indexes_and_the_match_helper(sample_site, catalog):
    directory = (sample_site / "mentors" / "index.html").read_text(encoding="utf-8")
    assert '<form id="mentor-filters"' in directory and 'data-index="filter-index.json"' in directory
    boxes = set(re.findall(r'<input type="checkbox" id="[^"]+" name="([a-z]+)" value="([^"]+)"', directory))
    for facet in filter_facets(catalog):
        for option in facet.options:
            value = option.value.replace("&", "&amp;")
            assert (facet.name, value) in boxes, (facet.name, option.value)
    assert 'name="accepting" value="true" role="switch"' in directory
    assert 'src="../assets/javascripts/finder.js"' in directory
    # The filter index is read off the main thread, by a worker script of the site itself.
    assert 'data-worker="../assets/javascripts/finder-worker.js"' in directory
    assert (sample_site / "assets" / "javascripts" / "finder-worker.js").is_file()
    for path in ("mentors/filter-index.json", "mentors/filter-index.js", "match/match-index.json", "match/match-index.js"):
        assert (sample_site / path).is_file(), path
    match = (sample_site / "match" / "index.html").read_text(encoding="utf-8")
    assert "Nothing you pick is stored or sent." in match
    assert 'data-index="match-index.json"' in match and 'src="../assets/javascripts/match.js"' in match
    for criterion in load_weights(weights_path(PROJECT_SCHEMAS)):
        assert f"<th scope=\"row\">{criterion.label}</th>" in match
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="match/"[^>]*>\s*Match helper', home), "the nav should list the match helper"
    assert "finder.js" not in home and "match.js" not in home


def test_each_profile_lists_its_knowledge_swaps(sample_site, catalog):
    index = SwapIndex(catalog.mentors)
    for mentor in catalog.mentors:
        html = (sample_site / "mentors" / mentor.id / "index.html").read_text(encoding="utf-8")
        swaps = index.strongest_swaps(mentor, None)[0]
        assert ('id="swaps"' in html) == bool(swaps), mentor.id
        section = html[html.find('id="swaps"'):]
        shown = re.findall(r'<p class="hub-swap__name"><a href="\.\./([^/]+)/">', section)
        assert shown == [swap.partner.id for swap in swaps][:6], mentor.id


def test_a_broken_weights_file_stops_the_build_with_a_message_not_a_traceback(tmp_path):
    root = copy_project(tmp_path / "project")
    weights = root / "schemas" / "match-weights.yml"
    weights.write_text(weights.read_text(encoding="utf-8").replace("weight: 3\n", "weight: -3\n"), encoding="utf-8")
    run = run_build(root / "mkdocs.yml", tmp_path / "site")
    assert run.returncode != 0
    assert re.search(r"schemas/match-weights\.yml:\d+:\d+: learn\.weight: must be 0 or more", run.stderr), run.stderr
    assert "Traceback" not in run.stderr
