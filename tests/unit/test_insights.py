"""Insights: every figure equals a count made independently from the raw YAML, for the shipped sample
and for a generated organisation; the CSV files, the terminal report and the chart geometry."""

from __future__ import annotations

import csv
import datetime
import io
import shutil
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from mentoring import load
from mentoring.cli.main import main
from mentoring.cli.report import text_report
from mentoring.derive.insights import ENROLMENT_STATUSES, PROGRAM_TYPES, insights
from mentoring.site.charts import PLOT_WIDTH, bar_chart
from mentoring.site.outputs.insights_csv import DOWNLOADS, csv_files, safe_cell
from tests.support.paths import PROJECT, TODAY

MONTHS = 12


# ---------- An independent count, straight from the YAML files ----------

def raw_cards(root: Path, folder: str) -> list[dict]:
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((root / folder).glob("*.yml"))]


def state(card: dict) -> str:
    """accepting, full or paused, by the rule the guides state: paused wins, then any place left."""
    if card.get("accepting") is False:
        return "paused"
    return "accepting" if card["capacity"] > card["active_mentees"] else "full"


def places_left(card: dict) -> int:
    return card["capacity"] - card["active_mentees"] if state(card) == "accepting" else 0


def older_than(last_reviewed: str, today: datetime.date, months: int) -> bool:
    """Compare (month count, day): 2025-11-23 is older than 12 months before 2026-11-24."""
    day = datetime.date.fromisoformat(str(last_reviewed))
    return (day.year * 12 + day.month, day.day) < (today.year * 12 + today.month - months, today.day)


class Expected:
    """The figures, counted by hand from the files with plain loops."""

    def __init__(self, root: Path, today: datetime.date, months: int):
        self.mentors = raw_cards(root, "content/mentors")
        self.programs = raw_cards(root, "programs")
        self.tags = yaml.safe_load((PROJECT / "schemas" / "expertise.yml").read_text(encoding="utf-8"))
        self.hallmarks = list(yaml.safe_load((PROJECT / "schemas" / "hallmarks.yml").read_text(encoding="utf-8")))
        self.states = Counter(state(card) for card in self.mentors)
        self.stale = sum(older_than(card["last_reviewed"], today, months) for card in self.mentors)
        self.free = sum(places_left(card) for card in self.mentors)

        self.skills = {tag: [0, 0, 0] for tag in self.tags}  # mentors, accepting, free places
        self.departments: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.offered_by: dict[str, list[str]] = defaultdict(list)  # tag -> accepting mentor ids
        self.learners: Counter[str] = Counter()
        self.languages: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.timezones: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for card in self.mentors:
            accepting = state(card) == "accepting"
            for tag in card["expertise"]:
                self.skills[tag][0] += 1
                self.skills[tag][1] += accepting
                self.skills[tag][2] += places_left(card)
                if accepting:
                    self.offered_by[tag].append(card["id"])
            for tag in card.get("learning", []):
                self.learners[tag] += 1
            department = self.departments[card["department"]]
            department[0] += 1
            department[1] += accepting
            department[2] += places_left(card)
            for code in card["languages"]:
                self.languages[code][0] += 1
                self.languages[code][1] += accepting
            self.timezones[card["timezone"]][0] += 1
            self.timezones[card["timezone"]][1] += accepting

        self.types = Counter((program["type"], program["enrolment"]["status"]) for program in self.programs)
        self.coverage = {program["id"]: [h in program["hallmarks"] for h in self.hallmarks] for program in self.programs}
        self.members = Counter(program_id for card in self.mentors for program_id in card["programs"])


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = tmp_path_factory.mktemp("generated")
    assert main(["generate", "--mentors", "500", "--programs", "9", "--seed", "2026", "--out", str(root)]) == 0
    return root


@pytest.fixture(scope="module", params=["sample", "generated"])
def organisation(request, generated):
    """(figures from mentoring.insights, figures counted here) for the sample and a generated organisation."""
    root = PROJECT if request.param == "sample" else generated
    result = load(root, TODAY)
    assert result.ok, result.problems[:3]
    return insights(result.catalog, TODAY, MONTHS), Expected(root, TODAY, MONTHS)


# ---------- The figures ----------

def test_the_pool_counts_every_mentor_once_by_availability_and_review(organisation):
    figures, expected = organisation
    pool = figures.pool
    assert pool.total == len(expected.mentors) == pool.accepting + pool.full + pool.paused
    assert (pool.accepting, pool.full, pool.paused) == (expected.states["accepting"], expected.states["full"], expected.states["paused"])
    assert len(pool.stale) == expected.stale
    assert pool.free_places == expected.free
    assert pool.cutoff == datetime.date(TODAY.year - 1, TODAY.month, TODAY.day)


def test_free_capacity_by_skill_covers_the_whole_vocabulary(organisation):
    figures, expected = organisation
    assert {row.key: [row.mentors, row.accepting, row.free_places] for row in figures.skills} == expected.skills
    assert [row.free_places for row in figures.skills] == sorted((row.free_places for row in figures.skills), reverse=True)
    assert all(row.free_places > 0 for row in figures.skills_offered)


def test_free_capacity_by_department_adds_up_to_the_pool(organisation):
    figures, expected = organisation
    assert {row.label: [row.mentors, row.accepting, row.free_places] for row in figures.departments} == dict(expected.departments)
    assert sum(row.free_places for row in figures.departments) == figures.pool.free_places


def test_gaps_are_the_skills_fewer_than_two_accepting_mentors_offer(organisation):
    figures, expected = organisation
    uncovered = {tag for tag in expected.tags if not expected.offered_by[tag]}
    single = {tag: ids[0] for tag, ids in expected.offered_by.items() if len(ids) == 1}
    assert {gap.tag for gap in figures.uncovered} == uncovered
    assert {gap.tag: gap.mentors[0].id for gap in figures.single} == single
    assert {gap.tag: gap.learners for gap in figures.gaps} == {tag: expected.learners[tag] for tag in uncovered | set(single)}
    assert list(figures.gaps) == list(figures.uncovered + figures.single)  # the uncovered come first


def test_languages_and_time_zones_count_mentors_and_accepting_mentors(organisation):
    figures, expected = organisation
    assert {row.key: [row.mentors, row.accepting] for row in figures.languages} == dict(expected.languages)
    assert {row.key: [row.mentors, row.accepting] for row in figures.timezones} == dict(expected.timezones)


def test_programmes_by_type_and_enrolment_status(organisation):
    figures, expected = organisation
    assert [kind.key for kind in figures.program_types] == list(PROGRAM_TYPES)
    for kind in figures.program_types:
        assert list(kind.by_status) == [expected.types[kind.key, status] for status in ENROLMENT_STATUSES]
    assert sum(count for _, count in figures.programs_by_status) == len(expected.programs)


def test_the_hallmark_matrix_follows_hallmarks_yml_and_names_the_unserved(organisation):
    figures, expected = organisation
    assert [hallmark.id for hallmark in figures.hallmarks] == expected.hallmarks
    assert {facts.program.id: list(facts.hallmarks) for facts in figures.programs} == expected.coverage
    counts = [sum(row[i] for row in expected.coverage.values()) for i in range(len(expected.hallmarks))]
    assert list(figures.hallmark_counts) == counts
    assert [h.id for h in figures.unserved_hallmarks] == [h for h, count in zip(expected.hallmarks, counts) if not count]


def test_each_programme_keeps_its_kpi_targets_and_mentor_count(organisation):
    figures, expected = organisation
    by_id = {program["id"]: program for program in expected.programs}
    for facts in figures.programs:
        assert facts.program.kpis == by_id[facts.program.id]["kpis"]
        assert facts.mentors == expected.members[facts.program.id]


def test_a_shorter_limit_makes_more_cards_stale():
    catalog = load(PROJECT, TODAY).catalog
    counts = [len(insights(catalog, TODAY, months).pool.stale) for months in (24, 12, 6, 1)]
    assert counts == sorted(counts) and counts[-1] > counts[0]
    assert counts == [sum(older_than(m.last_reviewed, TODAY, months) for m in catalog.mentors) for months in (24, 12, 6, 1)]


def test_an_unserved_hallmark_is_called_out(tmp_path):
    root = copy_data(tmp_path)
    for path in (root / "programs").glob("*.yml"):
        card = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "safety-nets" in card["hallmarks"]:
            card["hallmarks"].remove("safety-nets")
            card["hallmarks"] = card["hallmarks"] or ["demand"]
            path.write_text(yaml.safe_dump(card, sort_keys=False), encoding="utf-8")
    result = load(root, TODAY)
    assert result.ok, result.problems[:3]
    assert [h.id for h in insights(result.catalog, TODAY, MONTHS).unserved_hallmarks] == ["safety-nets"]


# ---------- CSV ----------

def parse(text: str) -> list[dict]:
    assert text.startswith("\ufeff") and "\r\n" in text
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_every_download_parses_and_carries_the_figures(organisation):
    figures, expected = organisation
    files = csv_files(figures)
    assert sorted(files) == sorted(download.path for download in DOWNLOADS)
    pool = {row["Figure"]: int(row["Value"]) for row in parse(files["insights/pool.csv"])}
    assert pool == {"Mentors": len(expected.mentors), "Accepting mentees": expected.states["accepting"],
                    "Full": expected.states["full"], "Paused": expected.states["paused"],
                    "Stale cards": expected.stale, "Free places": expected.free}
    skills = {row["Skill id"]: [int(row["Mentors"]), int(row["Accepting mentors"]), int(row["Free places"])]
              for row in parse(files["insights/capacity-by-expertise.csv"])}
    assert skills == expected.skills
    matrix = {row["Programme id"]: [row[name] == "Yes" for name in list(row)[1:9]] for row in parse(files["insights/hallmark-coverage.csv"])}
    assert matrix == expected.coverage
    kpis = parse(files["insights/kpi-targets.csv"])
    assert len(kpis) == sum(len(program["kpis"]) for program in expected.programs)


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_defused():
    assert [safe_cell(value) for value in ("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "Ada", 3, True)] == \
        ["'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "Ada", 3, "Yes"]


def test_untrusted_card_text_reaches_the_csv_inert(tmp_path):
    root = copy_data(tmp_path)
    card_path = next((root / "content" / "mentors").glob("*.yml"))
    card = yaml.safe_load(card_path.read_text(encoding="utf-8"))
    card["department"] = '=HYPERLINK("http://example.invalid","x")'
    card_path.write_text(yaml.safe_dump(card, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = load(root, TODAY)
    assert result.ok, result.problems[:3]
    rows = parse(csv_files(insights(result.catalog, TODAY, MONTHS))["insights/capacity-by-department.csv"])
    assert "'" + card["department"] in [row["Department"] for row in rows]
    assert not any(row["Department"].startswith("=") for row in rows)


# ---------- The terminal report ----------

def test_mentoring_report_prints_the_same_figures(capsys):
    assert main(["report", str(PROJECT), "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    figures = insights(load(PROJECT, TODAY).catalog, TODAY, MONTHS)
    assert out.startswith("Mentoring Hub insights on 24 November 2026\n")
    for name, value, _ in figures.pool.figures():
        assert any(line.split() == [*name.split(), str(value)] for line in out.splitlines()), name
    for gap in figures.single:
        assert any(line.split() == [*gap.label.split(), *gap.mentors[0].name.split()] for line in out.splitlines())
    for facts in figures.programs:
        for kpi in facts.program.kpis:
            assert f"{kpi['name']}: {kpi['target']}" in out


def test_mentoring_report_takes_the_stale_limit_from_the_command_line(capsys):
    main(["report", str(PROJECT), "--today", TODAY.isoformat(), "--months", "1"])
    stale = next(line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("Stale cards"))
    catalog = load(PROJECT, TODAY).catalog
    assert int(stale.split()[-1]) == sum(older_than(m.last_reviewed, TODAY, 1) for m in catalog.mentors)


def test_mentoring_report_says_when_the_folder_is_missing(tmp_path, capsys):
    assert main(["report", str(tmp_path / "nowhere")]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_card_text_cannot_steer_the_terminal(tmp_path):
    root = copy_data(tmp_path)
    card_path = next((root / "content" / "mentors").glob("*.yml"))
    text = card_path.read_text(encoding="utf-8")
    department = next(line for line in text.splitlines() if line.startswith("department:"))
    card_path.write_text(text.replace(department, 'department: "Sales\\e[2J\\e]0;owned\\a"'), encoding="utf-8")
    result = load(root, TODAY)
    assert result.ok, result.problems[:3]
    report = text_report(insights(result.catalog, TODAY, MONTHS))
    assert "\x1b" not in report and "\x07" not in report
    assert "Sales?[2J?]0;owned?" in report


# ---------- Chart geometry ----------

def test_bars_are_proportional_and_the_longest_fills_the_plot():
    chart = bar_chart("c", "Free places", "free places by team", [("Alpha", 8), ("Beta", 2), ("Gamma", 0)])
    assert [bar.width for bar in chart.bars] == [PLOT_WIDTH, PLOT_WIDTH / 4, 0]
    assert [bar.label_y for bar in chart.bars] == sorted({bar.label_y for bar in chart.bars})
    assert all(bar.value_x > bar.width for bar in chart.bars)
    assert chart.height > chart.bars[-1].bar_y + chart.bar_height
    assert chart.description == "Bar chart of free places by team. Alpha: 8; Beta: 2; Gamma: 0."


def test_a_long_chart_is_described_by_its_extremes_and_long_labels_are_shortened():
    rows = [(f"Skill {n}", n) for n in range(10)] + [("A" * 80, 3)]
    chart = bar_chart("c", "Skills", "free places by skill", rows)
    assert chart.description.startswith("Bar chart of free places by skill, 11 bars. Highest: Skill 9, 9; lowest: Skill 0, 0.")
    assert len(chart.bars[-1].label) < 80 and chart.bars[-1].label.endswith("…")
    empty = bar_chart("e", "Nothing", "nothing", [])
    assert empty.bars == () and "nothing to show" in empty.description


# ---------- Helpers ----------

def copy_data(into: Path) -> Path:
    """Copy the sample's data (cards, programmes, guides, schemas) so a test can change it."""
    for name in ("content", "programs", "guides", "schemas"):
        shutil.copytree(PROJECT / name, into / name)
    return into
