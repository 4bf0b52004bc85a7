# Every target sets up .venv from the pinned lock (requirements.txt) when it is missing or stale.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KERNEL := workreport

.DEFAULT_GOAL := help
.PHONY: help venv data book pdf publish test test-fast lint bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (workreport)" >/dev/null
	touch $(STAMP)

venv: $(STAMP) ## Create .venv with the pinned dependencies

data: $(STAMP) ## Extract every report of data/reports.yml into data/processed/
	$(BIN)/workreport extract --catalog data/reports.yml --out data/processed

book: $(STAMP) ## Build the book: extract, run the notebooks, render _build/html
	$(BIN)/workreport build

pdf: $(STAMP) ## Print the book built by `make book` to _build/pdf/<name>.pdf (needs chromium)
	$(BIN)/workreport pdf

# The branch Colab's launch buttons open the chapters from: workreport_pages_branch in
# _config.yml names the same one (tests/test_launch.py checks they agree).
PAGES_BRANCH := gh-pages

publish: book ## Push the book to the gh-pages branch of origin (GitHub Pages; Colab reads it)
	$(BIN)/ghp-import --no-jekyll --push --force --branch $(PAGES_BRANCH) \
	  --message "Book built from $$(git rev-parse --short HEAD)" _build/html

test: $(STAMP) ## Run the linter and the whole test suite
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q --durations=15

test-fast: $(STAMP) ## Run the tests that need no notebook kernel or browser
	$(BIN)/python -m pytest -q -m "not slow and not browser"

lint: $(STAMP) ## Ruff
	$(BIN)/ruff check src tests bench

bench: $(STAMP) ## Print the benchmarks (extraction, warm kernels, build times, scaling, editions)
	$(BIN)/python bench/extract_throughput.py
	$(BIN)/python bench/runner_kernels.py
	$(BIN)/python bench/build_times.py
	$(BIN)/python bench/scaling.py
	$(BIN)/python bench/editions.py

clean: ## Remove generated data, notebooks and HTML (keeps .venv)
	rm -rf data/processed book/generated _build .workreport

environment.yml: requirements.txt ## Regenerate the conda environment from the pip lock
	$(PYTHON) -c 'import sys; r=[l.strip() for l in open("requirements.txt") if "==" in l]; \
	h=["# Conda environment with the same pinned packages as requirements.txt (the lock).", \
	"# Kept in step by tests/test_environment.py; regenerate with `make environment.yml`.", \
	"name: workreport","channels:","  - conda-forge","dependencies:","  - python=3.11","  - pip","  - pip:"]; \
	open("environment.yml","w").write("\n".join(h+["      - "+x for x in r]+["      - -e ."])+"\n")'
