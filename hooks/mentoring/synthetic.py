"""Write a synthetic, valid organisation of any size, deterministic for a seed.

Used to try the site at scale: `mentoring generate --mentors 10000 --out DIR`
writes DIR/content/mentors/*.yml and DIR/programs/*.yml in the repository's own
layout, with a copy of the project's hand-written pages, guides and programmes
(which the guides link to) and a DIR/mkdocs.yml, so that a site can be built from DIR.
"""

from __future__ import annotations

import datetime
import random
import shutil
from pathlib import Path

import yaml

from mentoring.data import layout
from mentoring.data.enum_labels import ENROLMENT_LABELS, FORMAT_LABELS
from mentoring.data.ids import slugify
from mentoring.data.schemas import project_schema
from mentoring.data.vocabulary import load_vocabulary

FIRST_NAMES = (
    "Ada Alan Amara Anika Aiko Bongani Carmen Chen Chiara Dario Deepa Diego Elif Emeka Esther Farah Fatima Felix "
    "Giulia Hana Hiroshi Ines Ioana Jamal Javier Jin Kavya Kofi Lars Leila Lucia Malik Mariam Mateo Mei Nadia Nia "
    "Noah Olga Omar Priya Rafael Rania Ravi Rosa Sakura Samir Sara Sofia Tariq Thandiwe Tomas Valentina Wei Yara Yusuf Zanele"
).split()
LAST_NAMES = (
    "Abebe Adeyemi Alvarez Andersen Bianchi Brennan Castro Chatterjee Costa Dubois Eriksen Fernandes Fischer Garcia "
    "Haddad Hassan Ito Iyer Jansen Kaur Khan Kim Kowalski Lee Lindqvist Lopez Mahlangu Martin Mensah Moreau Müller "
    "Nakamura Nguyen Novak Okafor Olsen Park Patel Petrov Quispe Rahman Ricci Rossi Santos Schmidt Silva Singh Sato "
    "Tanaka Torres Usman Varga Wang Wanjiru Yilmaz Zhang"
).split()
DEPARTMENTS = {
    "Engineering": ["python", "javascript", "go", "kubernetes", "software-architecture", "testing", "devops", "security"],
    "Data & Analytics": ["data-science", "machine-learning", "sql", "data-engineering", "analytics", "python"],
    "Design": ["ux-design", "ui-design", "user-research", "accessibility", "frontend"],
    "Product": ["product-management", "agile", "stakeholder-management", "strategy", "user-research"],
    "People & Culture": ["people-management", "hiring", "diversity-inclusion", "wellbeing", "onboarding", "coaching"],
    "Sales": ["sales", "negotiation", "customer-success", "public-speaking"],
    "Finance": ["finance", "analytics", "strategy", "negotiation"],
    "Marketing": ["marketing", "writing", "public-speaking", "analytics"],
    "Legal": ["legal", "writing", "negotiation"],
    "Customer Success": ["customer-success", "stakeholder-management", "onboarding", "technical-writing"],
}
GENERAL_TAGS = ["leadership", "career-growth", "public-speaking", "coaching", "wellbeing", "writing"]
PLACES = [
    ("Milan, Italy", "Europe/Rome", ["it", "en"]),
    ("London, United Kingdom", "Europe/London", ["en"]),
    ("Berlin, Germany", "Europe/Berlin", ["de", "en"]),
    ("Paris, France", "Europe/Paris", ["fr", "en"]),
    ("Madrid, Spain", "Europe/Madrid", ["es", "en"]),
    ("Lisbon, Portugal", "Europe/Lisbon", ["pt", "en"]),
    ("New York, USA", "America/New_York", ["en", "es"]),
    ("Austin, USA", "America/Chicago", ["en"]),
    ("São Paulo, Brazil", "America/Sao_Paulo", ["pt", "es", "en"]),
    ("Nairobi, Kenya", "Africa/Nairobi", ["sw", "en"]),
    ("Lagos, Nigeria", "Africa/Lagos", ["en", "yo"]),
    ("Bengaluru, India", "Asia/Kolkata", ["en", "hi", "kn"]),
    ("Tokyo, Japan", "Asia/Tokyo", ["ja", "en"]),
    ("Singapore", "Asia/Singapore", ["en", "zh", "ms"]),
    ("Sydney, Australia", "Australia/Sydney", ["en"]),
    ("Remote", "UTC", ["en"]),
]
ROLES = {
    "Engineering": ["Software Engineer", "Platform Engineer", "Engineering Manager", "Security Engineer"],
    "Data & Analytics": ["Data Scientist", "Data Engineer", "Analyst"],
    "Design": ["Product Designer", "UX Researcher", "Design Manager"],
    "Product": ["Product Manager", "Product Owner", "Delivery Manager"],
    "People & Culture": ["People Partner", "Recruiter", "Learning Specialist"],
    "Sales": ["Account Executive", "Sales Manager", "Sales Engineer"],
    "Finance": ["Financial Analyst", "Controller", "Finance Manager"],
    "Marketing": ["Marketing Manager", "Content Strategist", "Brand Designer"],
    "Legal": ["Counsel", "Compliance Officer", "Privacy Lead"],
    "Customer Success": ["Customer Success Manager", "Support Engineer", "Solutions Consultant"],
}
TITLES = ["Junior", "Senior", "Lead", "Principal", "Staff"]
PRONOUNS = ["she/her", "he/him", "they/them", None]
FORMATS = list(project_schema("mentor")["properties"]["formats"]["items"]["enum"])
PROGRAM_TYPES = list(FORMAT_LABELS)
STATUSES = list(ENROLMENT_LABELS)  # open, rolling, upcoming, closed
REVIEW_START = datetime.date(2025, 1, 1)
REVIEW_DAYS = 660  # last_reviewed falls between 2025-01-01 and 2026-10-23


def write_organisation(out: Path, mentors: int, programs: int, seed: int) -> dict[str, int]:
    """Write the organisation under out and return how many files of each kind were written."""
    rng = random.Random(seed)
    vocabulary = load_vocabulary(layout.PROJECT_SCHEMAS)
    out = Path(out)
    mentors_dir, programs_dir = out / layout.MENTORS_DIR, out / layout.PROGRAMS_DIR
    mentors_dir.mkdir(parents=True, exist_ok=True)
    programs_dir.mkdir(parents=True, exist_ok=True)

    program_cards = [_program(rng, index, sorted(vocabulary.hallmarks)) for index in range(programs)]
    for card in program_cards:
        _dump(programs_dir / f"{card['id']}.yml", card, layout.schema_comment(layout.PROGRAMS_DIR, "program"))
    program_ids = [card["id"] for card in program_cards]
    all_tags = sorted(vocabulary.tags)
    used: set[str] = set()
    for _ in range(mentors):
        card = _mentor(rng, used, program_ids, all_tags)
        _dump(mentors_dir / f"{card['id']}.yml", card, layout.schema_comment(layout.MENTORS_DIR, "mentor"))
    _write_config(out)
    return {"mentors": mentors, "programs": programs}


def _mentor(rng: random.Random, used: set[str], program_ids: list[str], all_tags: list[str]) -> dict:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    name = f"{first} {last}"
    base = slugify(name)
    card_id, number = base, 1
    while card_id in used:
        number += 1
        card_id = f"{base}-{number}"
    used.add(card_id)
    department = rng.choice(list(DEPARTMENTS))
    location, timezone, languages = rng.choice(PLACES)
    pool = list(dict.fromkeys(DEPARTMENTS[department] + GENERAL_TAGS))
    expertise = rng.sample(pool, rng.randint(2, 6))
    capacity = rng.choice([0, 1, 2, 2, 3, 3, 4, 5])
    card = {"id": card_id, "name": name}
    pronouns = rng.choice(PRONOUNS)
    if pronouns:
        card["pronouns"] = pronouns
    card.update(
        title=f"{rng.choice(TITLES)} {rng.choice(ROLES[department])}",
        department=department,
        location=location,
        timezone=timezone,
        languages=languages[: rng.randint(1, len(languages))],
        expertise=expertise,
    )
    if rng.random() < 0.5:
        card["learning"] = rng.sample([tag for tag in all_tags if tag not in expertise], rng.randint(1, 3))
    card.update(
        formats=rng.sample(FORMATS, rng.randint(1, 3)),
        programs=rng.sample(program_ids, min(len(program_ids), rng.choice([0, 1, 1, 2]))),
        capacity=capacity,
        active_mentees=rng.randint(0, capacity),
    )
    if rng.random() < 0.06:
        card["accepting"] = False
    card["bio"] = (
        f"I work in {department} and have mentored colleagues for"
        f" {rng.randint(1, 15)} years. I can help with {', '.join(expertise[:2])}, and I enjoy"
        f" {rng.choice(['pairing on real problems', 'talking through career choices', 'reviewing plans and drafts', 'practising difficult conversations'])}."
    )
    card["contact"] = {"email": f"{card_id}@northwind.example"}
    if rng.random() < 0.4:
        card["contact"]["chat"] = f"@{card_id} on Slack"
    day = REVIEW_START + datetime.timedelta(days=rng.randrange(REVIEW_DAYS))
    card["last_reviewed"] = day.isoformat()
    if rng.random() < 0.5:
        card["github"] = card_id[:39].strip("-")
    return card


def _program(rng: random.Random, index: int, hallmarks: list[str]) -> dict:
    kind = PROGRAM_TYPES[index % len(PROGRAM_TYPES)]
    status = STATUSES[index % len(STATUSES)]
    enrolment: dict = {"status": status}
    if status in ("open", "upcoming"):
        enrolment.update(opens="2026-09-01" if status == "open" else "2027-02-01", closes="2027-03-31")
    name = f"{kind.replace('-', ' ').capitalize()} programme {index + 1}"
    return {
        "id": f"{kind}-programme-{index + 1}",
        "name": name,
        "type": kind,
        "summary": f"A {kind} mentoring programme for colleagues who want to grow with the help of others.",
        "description": f"The {name} pairs colleagues for {kind} mentoring.\n\nIt runs in cohorts with a kick-off and a closing session.\n",
        "audience": "All employees",
        "eligibility": "Open to every employee with their manager's agreement.",
        "duration": rng.choice(["3 months", "6 months", "9 months"]),
        "cadence": rng.choice(["Weekly", "Every two weeks", "Monthly"]),
        "commitment": rng.choice(["1 hour a week", "2 hours a month", "30 minutes a fortnight"]),
        "enrolment": enrolment,
        "how_to_join": "Ask your manager, then write to the programme's coordinator.",
        "goals": [
            {
                "goal": "Every participant agrees written goals with their mentor",
                "measure": "Share of pairs with a mentoring agreement on file",
                "deadline": "within 4 weeks of the start",
            }
        ],
        "kpis": [
            {"name": "Participant satisfaction", "target": "at least 4 out of 5", "measured_by": "Survey at the end of each cohort"},
            {"name": "Participation", "target": f"{rng.randint(20, 200)} pairs a year", "measured_by": "Programme records, every quarter"},
        ],
        "hallmarks": sorted(rng.sample(hallmarks, rng.randint(1, 4))),
        "safety_net": {
            "coordinator": {"name": "Programme Coordinator", "email": f"mentoring+{index + 1}@northwind.example"},
            "rematch_policy": "Either side can ask the coordinator for a new match at any time, without giving a reason.",
            "shadow_mentor": rng.random() < 0.5,
        },
        "owner": {"team": "People Experience", "email": "people-experience@northwind.example", "github": "northwind-labs/people-experience"},
        "last_reviewed": (REVIEW_START + datetime.timedelta(days=rng.randrange(REVIEW_DAYS))).isoformat(),
    }


def _dump(path: Path, card: dict, schema_line: str) -> None:
    text = yaml.safe_dump(card, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(f"{schema_line}\n{text}", encoding="utf-8")


def _write_config(out: Path) -> None:
    """Copy the project's hand-written pages and guides, and write out/mkdocs.yml reading data from out."""
    project = layout.PROJECT_ROOT
    skip = shutil.ignore_patterns("mentors")
    shutil.copytree(project / "content", out / "content", ignore=skip, dirs_exist_ok=True)
    if (project / layout.GUIDES_DIR).is_dir():
        shutil.copytree(project / layout.GUIDES_DIR, out / layout.GUIDES_DIR, dirs_exist_ok=True)
    # The guides link to the project's own programmes, so those come along too.
    for program in sorted((project / layout.PROGRAMS_DIR).glob("*.yml")):
        shutil.copy(program, out / layout.PROGRAMS_DIR / program.name)
    config = {
        "INHERIT": str(project / "mkdocs.yml"),
        "docs_dir": "content",
        "site_dir": "site",
        "theme": {"name": "material", "custom_dir": str(project / "overrides")},
        "hooks": [str(project / "hooks" / "site_hooks.py")],
        "extra": {"mentoring": {"root": str(out.resolve())}},
    }
    (out / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
