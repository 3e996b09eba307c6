"""The anchor for build benchmarks: plain mkdocs-material building hand-written Markdown pages
that carry the same information as the mentor cards (kept out of the sidebar)."""

from __future__ import annotations

from pathlib import Path

import yaml

CONFIG = {
    "site_name": "Plain Material",
    "theme": {"name": "material", "font": False},
    "plugins": ["search"],
    "nav": [{"Home": "index.md"}],
    "validation": {"nav": {"omitted_files": "ignore"}},
    "markdown_extensions": ["attr_list", "tables"],
}


def card_to_markdown(card: dict) -> str:
    """Return a Markdown page with every field of a mentor card."""
    lines = [
        f"# {card['name']}",
        "",
        f"**{card['title']}** · {card['department']} · {card.get('location', '')}",
        "",
        "| Field | Value |",
        "|---|---|",
        f"| Time zone | {card['timezone']} |",
        f"| Languages | {', '.join(card['languages'])} |",
        f"| Expertise | {', '.join(card['expertise'])} |",
        f"| Learning | {', '.join(card.get('learning', []))} |",
        f"| Formats | {', '.join(card['formats'])} |",
        f"| Programmes | {', '.join(card['programs'])} |",
        f"| Mentees | {card['active_mentees']} of {card['capacity']} |",
        f"| Last reviewed | {card['last_reviewed']} |",
        "",
        "## About",
        "",
        card["bio"],
        "",
        "## Get in touch",
        "",
        f"- Email: {card['contact'].get('email', '')}",
        f"- Chat: {card['contact'].get('chat', '')}",
        "",
    ]
    return "\n".join(lines)


def write_plain_site(organisation: Path, out: Path) -> Path:
    """Write a plain Material project under out from the cards in organisation; return its mkdocs.yml."""
    docs = out / "docs"
    (docs / "mentors").mkdir(parents=True, exist_ok=True)
    rows = []
    for path in sorted((organisation / "content" / "mentors").glob("*.yml")):
        card = yaml.safe_load(path.read_text(encoding="utf-8"))
        (docs / "mentors" / f"{card['id']}.md").write_text(card_to_markdown(card), encoding="utf-8")
        rows.append(f"- [{card['name']}](mentors/{card['id']}.md) · {card['title']} · {card['department']}")
    (docs / "index.md").write_text("# Mentors\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    config = out / "mkdocs.yml"
    config.write_text(yaml.safe_dump(CONFIG, sort_keys=False), encoding="utf-8")
    return config
