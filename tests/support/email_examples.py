"""The shared table of email addresses (tests/cases/email-addresses.yml) that the validator and the card builder must judge alike."""

from __future__ import annotations

import yaml

from tests.support.paths import TESTS

EMAIL_EXAMPLES = yaml.safe_load((TESTS / "cases" / "email-addresses.yml").read_text(encoding="utf-8"))
VALID_ADDRESSES: list[str] = EMAIL_EXAMPLES["valid"]
INVALID_ADDRESSES: list[str] = EMAIL_EXAMPLES["invalid"]
