# The two commands of the README, and a few more for developers.
#   make demo   set everything up, start the local Neo4j, load the seeds, print query results
#   make test   set everything up, lint (ruff, mypy), and run the tests against a real Neo4j
# The distribution's own Python, where it is 3.11 or newer, is preferred to the first python3
# on PATH: Debian's is built with profile-guided and link-time optimisation, pyenv's default
# build is not, and extraction runs about 20 % faster on it (`make bench` shows the figures).
SYSTEM_PYTHON := $(shell /usr/bin/python3 -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo /usr/bin/python3)
PYTHON ?= $(or $(SYSTEM_PYTHON),python3)
VENV ?= .venv
BIN := $(VENV)/bin
DCGRAPH := $(BIN)/dcgraph

.PHONY: install demo test lint format bench bench-compiled clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23.1"
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(DCGRAPH) neo4j start
	$(DCGRAPH) load seeds/
	$(DCGRAPH) query israeli-suppliers-to-baltics
	$(DCGRAPH) query attache-network --param state=EE
	$(DCGRAPH) query weapons-of --param state=AZ

lint: install
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy

test: install lint
	$(BIN)/python -m pytest

format: install
	$(BIN)/ruff format src tests scripts
	$(BIN)/ruff check --fix src tests scripts

bench: install
	$(DCGRAPH) bench extract
	$(DCGRAPH) bench load

# The compiled build (hatch_build.py) in a venv of its own; its bench measures the source too.
COMPILED_VENV ?= .venv-compiled
bench-compiled:
	$(PYTHON) -m venv $(COMPILED_VENV)
	$(COMPILED_VENV)/bin/python -m pip install --quiet --upgrade "pip>=23.1"
	DCGRAPH_COMPILE=1 $(COMPILED_VENV)/bin/python -m pip install --quiet .
	$(COMPILED_VENV)/bin/dcgraph bench extract

clean:
	rm -rf $(VENV) $(COMPILED_VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis build dist
