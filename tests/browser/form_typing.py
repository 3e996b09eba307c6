"""Type a card into the card builder key by key, as a person would."""

from __future__ import annotations


def input_id(path: str) -> str:
    """Return the id of a field's control: 'contact.email' -> 'card-contact-email'."""
    return "card-" + path.replace(".", "-").replace("_", "-")


def type_into(page, path: str, text: str) -> None:
    field = page.locator("#" + input_id(path))
    field.fill("")
    field.press_sequentially(text)


def tick_tag(page, path: str, tag: str, checked: bool = True) -> None:
    """Find a tag with its list's finder and tick (or untick) it, as a person would."""
    box = "#" + input_id(path)
    page.fill(f"{box}-filter", tag)
    page.set_checked(f"{box} input[value='{tag}']", checked)
    page.fill(f"{box}-filter", "")


def type_card(page, card: dict) -> None:
    """Fill the form with card by typing and ticking, in the order the fields appear."""
    for key, value in card.items():
        if key == "contact":
            for part, text in value.items():
                type_into(page, f"contact.{part}", text)
        elif key in ("expertise", "learning"):
            for item in value:
                tick_tag(page, key, item)
        elif key in ("formats", "programs"):
            for item in value:
                page.check(f"#{input_id(key)} input[value='{item}']")
        elif key == "languages":
            type_into(page, key, ", ".join(value))
        elif key == "accepting":
            page.set_checked("#" + input_id(key), value)
        else:
            type_into(page, key, str(value))
