# Mentoring Hub: every target sets up what it needs, so any target works on a fresh clone.
# `make serve` and `make test` are the two commands; `make help` lists the rest.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# requirements.txt holds the exact pins people edit; requirements-lock.txt (made from it by `make lock`)
# adds every dependency's pin and the hashes of its files, and is what gets installed.
LOCK := requirements-lock.txt
# The install is keyed on the lock: a changed pin reinstalls.
INSTALLED := $(VENV)/.installed
# The engine that builds and serves the site: mkdocs (MkDocs 1.6) or properdocs (its continuation).
ENGINE ?= mkdocs
ENGINES := mkdocs properdocs
ifeq ($(filter $(ENGINE),$(ENGINES)),)
$(error ENGINE=$(ENGINE) is not an engine this site builds with; use one of: $(ENGINES))
endif
export NO_MKDOCS_2_WARNING := 1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: help install lock validate build serve check test test-all browser bench bench-search clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# Every file is checked against the lock's hashes, so a replaced or missing file fails the install
# instead of quietly bringing something else; our own package is then built with the locked setuptools.
$(INSTALLED): $(LOCK) pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

install: $(INSTALLED) ## create .venv and install the locked dependencies (checked by hash)

lock: $(INSTALLED) ## after changing requirements.txt: pin every dependency, with hashes, in requirements-lock.txt
	$(BIN)/uv pip compile --quiet --universal --python-version 3.11.5 --generate-hashes --no-cache \
		--custom-compile-command "make lock" --output-file $(LOCK) requirements.txt

validate: $(INSTALLED) ## check every mentor card, programme and guide
	$(BIN)/mentoring validate .

build: validate ## validate, then build the site into site/ strictly (ENGINE=properdocs to build with ProperDocs)
	$(BIN)/$(ENGINE) build --strict --config-file mkdocs.yml

serve: validate ## serve the site at http://127.0.0.1:8000/mentoring-hub/, rebuilding on every change (ENGINE=properdocs too)
	$(BIN)/$(ENGINE) serve --config-file mkdocs.yml --dev-addr 127.0.0.1:8000

# What the browser tests load into pages (ical.js), from the npm registry, keyed on its lock file.
BROWSER_LIBS := tests/browser/node_modules/.package-lock.json
$(BROWSER_LIBS): tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund --silent

browser: $(BROWSER_LIBS) ## make sure a Chromium and the scripts the browser tests load are present
	@sh tools/ensure-chromium.sh

# Tests run on every core (pytest-xdist), a test file's tests in one worker, so what a module's
# fixtures build is built once; the sample site is built once for the run (tests/support/built_once.py).
# One worker more than the cores: a browser test's worker waits while Chromium draws, and the extra
# one fills that time (on two cores: 700 s with two workers, 656 s with three).
# Files go out in collection order, the longest first (tests/conftest.py), not xdist's default of
# the files with the most tests first, which left a long file of two tests to run alone at the end.
WORKERS := $(shell $(PYTHON) -c "import os; print(len(os.sched_getaffinity(0)) + 1)")
PARALLEL := -n $(WORKERS) --dist loadfile --no-loadscope-reorder

check: $(INSTALLED) ## the quick loop, under a minute: check the data, and run the unit tests but the long fuzzing
	$(BIN)/mentoring validate .
	$(BIN)/python -m pytest tests/unit $(PARALLEL) -q -m 'not slow and not thorough'

test: $(INSTALLED) browser ## run every test (unit, build and browser) on every core
	$(BIN)/python -m pytest $(PARALLEL)

test-all: $(INSTALLED) browser ## every test, including the long property-based runs
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest $(PARALLEL) -m ''

bench: $(INSTALLED) browser ## run the benchmarks (several minutes) and write BENCHMARKS.md
	$(BIN)/python -m bench.run --runs 3 --out BENCHMARKS.md
	$(BIN)/python -m bench.search --out BENCHMARKS.md --lighthouse

bench-search: $(INSTALLED) browser ## only the site search's benchmark at 5,000 and 10,000 mentors, with Lighthouse at 10,000 (into BENCHMARKS.md)
	$(BIN)/python -m bench.search --out BENCHMARKS.md --lighthouse

clean: ## remove the built site and caches (keeps .venv)
	rm -rf site .pytest_cache .hypothesis test-artifacts
