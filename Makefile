# jobmatch: `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo .venv-tools/bin/uv)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: help install run test test-faults test-browser screenshots check lint format typecheck bench loadtest soak clean
CHROMIUM ?= $(or $(CHROMIUM_PATH),/usr/bin/chromium)

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

.venv-tools/bin/uv:
	$(PYTHON) -m venv .venv-tools
	.venv-tools/bin/pip install --quiet --disable-pip-version-check "uv>=0.5"

$(BIN)/jobmatch: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

install: $(BIN)/jobmatch ## Create .venv with the project and its locked dependencies

run: install ## Run api + worker (embedded PostgreSQL/Redis when DATABASE_URL/REDIS_URL are unset)
	$(BIN)/jobmatch run

test: install ## Run the whole test suite against real PostgreSQL and Redis (+ browser tests)
	@[ -x "$(CHROMIUM)" ] || echo "*** No Chromium at $(CHROMIUM): the browser tests (tests/browser) \
	will be SKIPPED. Install it with: apt-get install chromium ***"
	$(BIN)/python -m pytest

test-browser: install ## Only the browser tests of the reference SPA (headless Chromium, ~1 min)
	BROWSER_TESTS_REQUIRED=1 $(BIN)/python -m pytest -m browser

screenshots: install ## Retake docs/screenshots/*.png (the README's pictures) with the browser tests
	SCREENSHOTS_DIR=docs/screenshots BROWSER_TESTS_REQUIRED=1 $(BIN)/python -m pytest -m browser

test-faults: install ## Fault tests: real api/worker processes killed, signalled, cut off (~2 min)
	$(BIN)/python -m pytest -m faults

lint: install ## Lint and check formatting
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Format the code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: install ## Type-check with mypy (strict)
	$(BIN)/mypy

check: lint typecheck test ## Lint + types + tests

bench: install ## API and worker throughput/latency (api + workers on configured or embedded servers)
	@command -v wrk >/dev/null || apt-get install -y -qq wrk || { echo "make bench needs wrk (apt-get install wrk)"; exit 1; }
	$(BIN)/python -m bench.throughput
	$(BIN)/python -m bench.live

bench-live: install ## One posted job reaching the lists of 10k candidates (issue 7), via a real worker
	$(BIN)/python -m bench.live

loadtest: install ## Locust against HOST (default http://127.0.0.1:8000): SPA candidates and recruiters
	$(UV) run --group load locust -f bench/locustfile.py --host $(or $(HOST),http://127.0.0.1:8000)

soak: install ## Mixed load + random worker kills for SOAK_SECONDS (default 600); prints a report
	$(BIN)/python -m bench.soak

.PHONY: bench-quality bench-match bench-live

bench-quality: install ## Match quality (P@10, nDCG@10, MRR) vs TF-IDF on DATASETS_DIR (~1 min); TAXONOMY=imported: the imported one
	$(BIN)/python -m bench.matching.quality $(if $(filter imported,$(TAXONOMY)),--taxonomy imported)

bench-match: install ## Rank one CV against 10k and 100k generated jobs: ms, build time, memory
	$(BIN)/python -m bench.matching.speed

# The shared ESCO / O*NET files (never copied into the repository).
DATASETS_DIR ?= ../shared/datasets
TAXONOMY_DIR ?= $(DATASETS_DIR)/skills-taxonomy

.PHONY: taxonomy-import

taxonomy-import: install ## Import ESCO + O*NET from TAXONOMY_DIR into PostgreSQL (DATABASE_URL or embedded)
	$(BIN)/jobmatch taxonomy import \
		--esco-skills $(TAXONOMY_DIR)/esco_digital_skills_collection_en.csv \
		--esco-skills $(TAXONOMY_DIR)/esco_crosssector_transversal_skills_en.csv \
		--esco-occupations $(TAXONOMY_DIR)/esco_occupations_en.csv \
		--onet-technology $(TAXONOMY_DIR)/onet_technology_skills.txt \
		--onet-alternate-titles $(TAXONOMY_DIR)/onet_alternate_titles.txt \
		--onet-occupations $(TAXONOMY_DIR)/onet_occupation_data.txt

clean: ## Remove the virtualenv, caches and embedded server data
	rm -rf $(VENV) .venv-tools .data .bench .pytest_cache .mypy_cache .ruff_cache
