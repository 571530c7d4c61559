# Two commands for a fresh machine with Python 3.11 and pip:
#   make site   set everything up in .venv/ and build the site from seeds/ into site/
#   make test   the same set-up, then the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# reinstall only when the project's dependencies change
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP)
	$(BIN)/python -m pytest

serve: $(STAMP)
	$(BIN)/mkdocs serve

# each benchmark prints a ratio measured in one run and updates benchmarks/RESULTS.md (needs ../shared)
BENCHMARKS := extract cold rebuild publish memory scale search pathological
bench: $(STAMP)
	for b in $(BENCHMARKS); do $(BIN)/python benchmarks/bench_$$b.py || exit 1; done

clean:
	rm -rf site .cache .pytest_cache
