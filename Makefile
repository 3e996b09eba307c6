# Mentoring Hub: every target sets up what it needs, so any target works on a fresh clone.
# `make serve` and `make test` are the two commands; `make help` lists the rest.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The install is keyed on the pinned requirements: a changed pin reinstalls.
INSTALLED := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: help install validate build serve test test-all browser bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

install: $(INSTALLED) ## create .venv and install the pinned dependencies

validate: $(INSTALLED) ## check every mentor card, programme and guide
	$(BIN)/mentoring validate .

build: validate ## validate, then build the site into site/ strictly
	$(BIN)/mkdocs build --strict

serve: validate ## serve the site at http://127.0.0.1:8000/mentoring-hub/, rebuilding on every change
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# What the browser tests load into pages (ical.js), from the npm registry, keyed on its lock file.
BROWSER_LIBS := tests/browser/node_modules/.package-lock.json
$(BROWSER_LIBS): tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund --silent

browser: $(BROWSER_LIBS) ## make sure a Chromium and the scripts the browser tests load are present
	@sh tools/ensure-chromium.sh

test: $(INSTALLED) browser ## run every test (unit, build and browser)
	$(BIN)/python -m pytest

test-all: $(INSTALLED) browser ## every test, including the long property-based runs
	$(BIN)/python -m pytest -m ''

bench: $(INSTALLED) browser ## run the benchmarks (several minutes) and write BENCHMARKS.md
	$(BIN)/python -m bench.run --runs 3 --out BENCHMARKS.md

clean: ## remove the built site and caches (keeps .venv)
	rm -rf site .pytest_cache .hypothesis test-artifacts
