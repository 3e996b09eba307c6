"""SiteBuild, the state every hook drives, on its own: a small Jinja environment stands in for the
theme's and plain calls for the engine's events; no MkDocs runs."""

from __future__ import annotations

import multiprocessing
import threading
import time
from concurrent.futures import ProcessPoolExecutor

import pytest
from jinja2 import DictLoader, Environment, StrictUndefined

from mentoring.data.enum_labels import FORMAT_LABELS
from mentoring.data.problems import InvalidData
from mentoring.settings import HubSettings
from mentoring.site.pages.page_spec import PageSpec
from mentoring.site.build.site_build import HALLMARK_COVERAGE_MARKER, PROGRAMME_LIST_MARKER, SECOND_PROCESS_MINIMUM, SiteBuild
from mentoring.synthetic import write_organisation
from tests.support.paths import BASE, PROJECT, TODAY, build_case

TEMPLATES = {
    "partials/csp.html": '<meta http-equiv="Content-Security-Policy" content="{{ policy | e }}">',
    "partials/guide-hallmark-coverage.html": "<p>{{ hub.programs }} programmes</p>",
    "partials/guide-programme-list.html": "<ul>{% for program in programs %}<li>{{ program.id }}</li>{% endfor %}</ul>",
    "program.html": "<html><head><title>{{ program.name | e }}</title></head><body>{{ mentors | length }} mentors</body></html>",
    "mentors.html": "<html><head><title>Mentors</title></head><body>A page of the directory</body></html>",
    "mentor.html": "<html><head><title>{{ mentor.name | e }}</title></head><body><h1>{{ mentor.name | e }}</h1></body></html>",
}


def small_environment() -> Environment:
    return Environment(loader=DictLoader(TEMPLATES), undefined=StrictUndefined)


@pytest.fixture(scope="module")
def sample() -> SiteBuild:
    """The shipped sample organisation's build, with the small environment."""
    build = SiteBuild(PROJECT, HubSettings(), "https://github.com/northwind-labs/mentoring-hub", TODAY)
    build.use_environment(small_environment())
    return build


@pytest.fixture(scope="module")
def big_root(tmp_path_factory):
    """An organisation with enough profiles to share with a second process."""
    root = tmp_path_factory.mktemp("big")
    write_organisation(root, SECOND_PROCESS_MINIMUM + 10, 2, seed=5)
    return root


def profile_uri(build: SiteBuild) -> str:
    return next(uri for uri, spec in build.specs.items() if spec.chrome == "profile")


def render_here(build: SiteBuild, uri: str) -> tuple[str, str]:
    spec = build.spec(uri)
    context = spec.page_context()
    return build.page_body(spec, "", context), build.env.get_template(spec.template).render(context)


def test_data_with_problems_raises_every_problem_at_once(tmp_path):
    root = build_case(BASE, tmp_path)
    card = next((root / "content" / "mentors").glob("*.yml"))
    card.write_text(card.read_text(encoding="utf-8").replace("capacity:", "capacity: -1\nnot_a_field: 1\nx_capacity:", 1), encoding="utf-8")
    with pytest.raises(InvalidData) as raised:
        SiteBuild(root, HubSettings(), "", TODAY)
    assert len(raised.value.problems) >= 2
    assert all(str(problem).startswith(f"content/mentors/{card.name}:") for problem in raised.value.problems)


def test_a_generated_page_has_a_spec_and_a_hand_written_one_has_none(sample):
    spec = sample.spec("mentors/ada-lovelace.md") or sample.spec(profile_uri(sample))
    assert spec.template == "mentor.html" and spec.chrome == "profile"
    assert sample.spec("index.md") is None
    assert sample.take_page(spec.src_uri) is None  # nothing shared: the engine renders it


def test_the_environment_gets_the_templates_filters_and_globals(sample):
    assert {"hub", "catalog", "vocabulary", "shared_fragment", "feed_path"} <= set(sample.env.globals)
    assert sample.env.from_string("{{ hub.mentors }}").render() == str(sample.summary["mentors"])


def test_guide_markers_become_their_partials_and_other_html_is_left_alone(sample):
    guide = PageSpec("guides/example.md", "guide.html", "Example", "An example")
    kind = next(iter(FORMAT_LABELS))
    html = f"<p>Before</p>{HALLMARK_COVERAGE_MARKER}{PROGRAMME_LIST_MARKER.format(kind=kind)}<p>After</p>"
    listed = "".join(f"<li>{program.id}</li>" for program in sample.catalog.programs if program.type == kind)
    context = {"hub": sample.summary}
    assert sample.page_body(guide, html, context) == f"<p>Before</p><p>{sample.summary['programs']} programmes</p><ul>{listed}</ul><p>After</p>"
    assert sample.page_body(guide, "<p>Plain</p>", context) == "<p>Plain</p>"


def test_only_guides_are_cleaned_of_raw_html(sample):
    guide = PageSpec("guides/example.md", "guide.html", "Example", "An example")
    other = PageSpec("contribute/example.md", "contribute-page.html", "Example", "An example")
    assert "<script" not in sample.page_content(guide, "<p>Hi</p><script>alert(1)</script>")
    assert sample.page_content(other, "<p>Hi</p>") == "<p>Hi</p>"


def test_the_policy_goes_first_in_the_head_once(sample):
    html = sample.with_policy("<html><head><title>x</title></head><body><head></head></body></html>")
    assert html.startswith('<html><head>\n<meta http-equiv="Content-Security-Policy" content="')
    assert "script-src" in html and html.count("Content-Security-Policy") == 1


def test_the_data_and_code_folders_are_watched(sample):
    watched = {path.relative_to(PROJECT).as_posix() for path in sample.watched_paths()}
    assert {"programs", "guides", "schemas", "hooks/mentoring"} <= watched


def test_a_small_build_or_one_process_shares_nothing(sample, big_root):
    assert sample.share_pages(list(sample.specs), lambda uri: ("", "")) == []  # below SECOND_PROCESS_MINIMUM
    one = SiteBuild(big_root, HubSettings(page_processes=1), "", TODAY)
    assert one.share_pages(list(one.specs), lambda uri: ("", "")) == []


def test_a_big_build_never_forks_while_another_thread_runs(big_root):
    build = SiteBuild(big_root, HubSettings(), "", TODAY)
    build.use_environment(small_environment())
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, args=(10,))
    other.start()
    try:
        assert build.share_pages(list(build.specs), lambda uri: render_here(build, uri)) == []
    finally:
        stop.set()
        other.join()


def share_and_take(root) -> dict:
    """Share a big build's pages and take each back as the engine would: the pages claimed here
    (rendered here, as long as a real page takes), the pages the second process rendered, and
    those whose HTML differs from rendering them here."""
    build = SiteBuild(root, HubSettings(), "", TODAY)
    build.use_environment(small_environment())
    order = list(build.specs)
    shared = build.share_pages(order, lambda uri: render_here(build, uri))
    try:
        try:
            build.share_pages(order, lambda uri: render_here(build, uri))
            shares_twice = True
        except AssertionError:
            shares_twice = False
        claimed, taken = [], {}
        for uri in shared:
            rendered = build.take_page(uri)
            if rendered is None:
                claimed.append(uri)
                render_here(build, uri)
                time.sleep(0.01)
            else:
                taken[uri] = rendered
        return {
            "shareable": [uri for uri in order if build.specs[uri].chrome and not build.specs[uri].markdown],
            "shared": shared, "shares_twice": shares_twice, "claimed": claimed, "taken": list(taken),
            "different": [uri for uri, rendered in taken.items() if rendered != render_here(build, uri)],
        }
    finally:
        build.close()


def test_a_big_build_shares_its_profiles_and_each_comes_back_from_one_process(big_root):
    # In a fresh interpreter: this one may run other threads (a test server), and the build never forks then.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        result = pool.submit(share_and_take, big_root).result(timeout=120)
    assert len(result["shared"]) >= SECOND_PROCESS_MINIMUM
    assert result["shared"] == result["shareable"]
    assert not result["shares_twice"], "a build shares its pages once"
    assert result["claimed"] + result["taken"] == result["shared"]  # this process from the first on, the second from the last back
    assert result["taken"], "the second process rendered none of the pages"
    assert result["different"] == []
