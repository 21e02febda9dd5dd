# jobmatch: `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo .venv-tools/bin/uv)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: help install run test check lint format typecheck bench loadtest clean

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

test: install ## Run the whole test suite against real PostgreSQL and Redis
	$(BIN)/python -m pytest

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

loadtest: install ## Locust against HOST (default http://127.0.0.1:8000): SPA candidates and recruiters
	$(UV) run --group load locust -f bench/locustfile.py --host $(or $(HOST),http://127.0.0.1:8000)

clean: ## Remove the virtualenv, caches and embedded server data
	rm -rf $(VENV) .venv-tools .data .bench .pytest_cache .mypy_cache .ruff_cache
