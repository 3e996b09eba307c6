"""/insights/ in a real Chromium: every chart is named and has its table, the CSV downloads agree
with the page, axe-core finds nothing serious, hostile cards stay inert, and nothing leaves the
machine. Run on the shipped sample, a generated organisation and the sample plus hostile cards."""

from __future__ import annotations

import csv
import io

import pytest

from mentoring.cli.main import main
from mentoring.site.outputs.insights_csv import DOWNLOADS
from tests.support.accessibility import serious_violations
from tests.support.sites import SiteServer, add_hostile_corpus, build_site, copy_project

pytestmark = [pytest.mark.browser, pytest.mark.early]

# Each chart, and the column of the table beside it that holds the chart's figures.
CHART_COLUMNS = {
    "chart-availability": "Mentors",
    "chart-departments": "Free places",
    "chart-skills": "Free places",
    "chart-types": "Programmes",
    "chart-statuses": "Programmes",
}

# Reads a <table> (rows spanning several lines repeated on each) or the pool's <dl> as headers and rows.
# A cell's data-value, when present, is what the CSV holds (the matrix shows a dot for "Yes").
READ_TABLE = """(element) => {
  const text = (cell) => (cell.dataset.value ?? cell.textContent).replace(/\\s+/g, " ").trim();
  if (element.tagName === "DL") {
    return {headers: ["Figure", "Value"],
            rows: [...element.querySelectorAll(":scope > div")].map((d) => [text(d.querySelector("dt")), text(d.querySelector("dd"))])};
  }
  const headers = [...element.tHead.rows[0].cells].map(text);
  const rows = [], spanning = [];
  for (const body of element.tBodies) {
    for (const tr of body.rows) {
      const cells = [...tr.cells], row = [];
      for (let column = 0; column < headers.length; column++) {
        if (spanning[column] && spanning[column].left > 0) {
          row.push(spanning[column].text);
          spanning[column].left--;
          continue;
        }
        const cell = cells.shift();
        row.push(text(cell));
        spanning[column] = {text: text(cell), left: cell.rowSpan - 1};
      }
      rows.push(row);
    }
  }
  return {headers, rows};
}"""


@pytest.fixture(scope="module")
def generated_server(tmp_path_factory):
    """A generated organisation of 500 mentors, built and served."""
    root = tmp_path_factory.mktemp("insights-org")
    assert main(["generate", "--mentors", "500", "--programs", "9", "--seed", "7", "--out", str(root)]) == 0
    site = build_site(root / "mkdocs.yml", root / "site")
    server = SiteServer(site)
    yield server, site
    server.close()


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """The sample plus the accepted hostile corpus (markup and template syntax in names, departments, programmes)."""
    root = add_hostile_corpus(copy_project(tmp_path_factory.mktemp("insights-hostile") / "project"))
    site = build_site(root / "mkdocs.yml", root / "site")
    server = SiteServer(site)
    yield server, site
    server.close()


@pytest.fixture(params=["sample", "generated", "hostile"])
def insights_site(request, sample_server, sample_site):
    """(server, site folder) for the shipped sample, a generated organisation and hostile cards."""
    if request.param == "sample":
        return sample_server, sample_site
    return request.getfixturevalue(f"{request.param}_server")


def read_csv(path) -> tuple[list[str], list[dict]]:
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    return reader.fieldnames, rows


def test_every_chart_has_an_accessible_name_a_description_and_a_table_beside_it(insights_site, visit):
    server, _ = insights_site
    tab = visit()
    page = tab.page
    page.goto(server.url + "insights/")
    charts = page.locator("svg.hub-chart")
    assert sorted(charts.evaluate_all("(svgs) => svgs.map((svg) => svg.querySelector('title').id.replace(/-title$/, ''))")) == sorted(CHART_COLUMNS)
    for index in range(charts.count()):
        chart = charts.nth(index)
        chart_id = chart.evaluate("(svg) => svg.querySelector('title').id.replace(/-title$/, '')")
        title = page.locator(f"#{chart_id}-title").text_content()
        description = page.locator(f"#{chart_id}-desc").text_content()
        assert page.get_by_role("img", name=title, exact=True).count() == 1, title
        assert chart.get_attribute("aria-describedby") == f"{chart_id}-desc" and len(description) > 20
        bars = chart.evaluate(
            "(svg) => [...svg.querySelectorAll('.hub-chart__row')].map((row) => "
            "[row.querySelector('.hub-chart__label').textContent, row.querySelector('.hub-chart__value').textContent])")
        table = page.locator(f".hub-figure:has(#{chart_id}-title) table")
        assert table.count() == 1 and table.is_visible(), title
        figures = table.evaluate(READ_TABLE)
        column = figures["headers"].index(CHART_COLUMNS[chart_id])
        assert [row[column] for row in figures["rows"]] == [value for _, value in bars], title
        for row, (label, _) in zip(figures["rows"], bars):  # the chart shortens long labels with "…"
            assert row[0] == label or (label.endswith("…") and row[0].startswith(label[:-1])), (row[0], label)
    assert tab.offsite == [] and tab.errors == []


def test_the_csv_downloads_parse_and_agree_with_the_page(insights_site, visit):
    server, site = insights_site
    tab = visit()
    page = tab.page
    page.goto(server.url + "insights/")
    links = page.locator("a[download]").evaluate_all("(links) => links.map((a) => a.pathname)")
    assert sorted(set(links)) == sorted(f"/{download.path}" for download in DOWNLOADS)
    for path in set(links):
        response = page.request.get(server.url.rstrip("/") + path)
        assert response.ok and response.body().startswith("\ufeff".encode()), path

    tables = page.locator("[data-csv]")
    assert sorted(tables.evaluate_all("(elements) => elements.map((e) => e.dataset.csv)")) == sorted(d.name for d in DOWNLOADS if d.shown_whole)
    for index in range(tables.count()):
        element = tables.nth(index)
        name = element.get_attribute("data-csv")
        shown = element.evaluate(READ_TABLE)
        header, rows = read_csv(site / "insights" / name)
        assert set(shown["headers"]) <= set(header), name  # the CSV adds ids, never drops a column
        exported = [[row[column] for column in shown["headers"]] for row in rows]
        if name == "capacity-by-expertise.csv":
            # The page charts the skills with free places; the download lists every skill.
            assert all(row["Free places"] == "0" for row in rows if [row[c] for c in shown["headers"]] not in shown["rows"])
            exported = [row for row in exported if row[shown["headers"].index("Free places")] != "0"]
        assert shown["rows"] == exported, name
    assert tab.offsite == []


def test_hostile_card_text_is_shown_as_text_and_never_runs(hostile_server, visit):
    server, site = hostile_server
    tab = visit()
    page = tab.page
    page.goto(server.url + "insights/")
    page.wait_for_load_state("networkidle")
    page.locator("details").evaluate_all("(all) => all.forEach((d) => d.open = true)")
    page.mouse.move(300, 400)
    injected = page.evaluate("""() => ({
      handlers: document.querySelectorAll('main [onerror], main [onload], main [onclick], main [onmouseover]').length,
      frames: document.querySelectorAll('main iframe, main object, main embed').length,
      scripts: [...document.scripts].filter((s) => /alert\\(/.test(s.textContent)).length,
    })""")
    assert injected == {"handlers": 0, "frames": 0, "scripts": 0}
    departments = page.locator('table[data-csv="capacity-by-department.csv"] tbody th').all_text_contents()
    assert "<iframe src=javascript:alert('dept')></iframe>Security" in departments
    assert "{% include 'main.html' %}" in departments
    _, rows = read_csv(site / "insights" / "capacity-by-department.csv")
    assert set(departments) == {row["Department"] for row in rows}
    assert tab.dialogs == [] and tab.offsite == [] and tab.errors == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_insights_page_has_no_serious_accessibility_violation(sample_server, visit, artifacts, dark):
    for width in (1280, 390):
        tab = visit(width=width, dark=dark)
        page = tab.page
        page.goto(sample_server.url + "insights/")
        page.wait_for_load_state("networkidle")
        page.locator("details").evaluate_all("(all) => all.forEach((d) => d.open = true)")
        page.screenshot(path=artifacts / f"insights-{width}-{'dark' if dark else 'light'}.png", full_page=False)
        assert serious_violations(page) == [], f"insights at {width}px"
        assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"
        assert tab.offsite == [] and tab.errors == [] and tab.dialogs == []


def test_the_insights_tab_is_in_the_navigation(sample_server, visit):
    tab = visit()
    page = tab.page
    page.goto(sample_server.url)
    page.get_by_role("link", name="Insights", exact=True).first.click()
    page.wait_for_url("**/insights/")
    assert page.get_by_role("heading", level=1).inner_text() == "Insights"
    assert page.get_by_role("heading", name="Skill gaps").is_visible()
