# `make run` and `make test` do all the set-up on a fresh machine (Python 3.11, pip, apt, root).
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test setup browser lint fuzz bench lock install-check clean

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip   # a current pip for development (the lock also installs with 23.2: make install-check)
	$(PY) -m pip install -q --require-hashes -r requirements.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

# plotly.js's basic bundle for the timeline (downloaded from the npm registry by Python; without it the timeline is an st.plotly_chart, a slower first page).
static/plotly-basic.min.js: scripts/fetch_plotly_basic.py | $(VENV)/.installed
	$(PY) scripts/fetch_plotly_basic.py

setup: $(VENV)/.installed static/plotly-basic.min.js

# Debian's Chromium for the browser tests (Playwright cannot download its own browser here).
browser:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

run: setup
	$(VENV)/bin/streamlit run app.py --server.port $(PORT)

test: setup browser
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check .

# Long property-based runs (>= 10,000 generated cases), outside the default test run.
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -m fuzz -p no:cacheprovider

bench: setup
	$(PY) -m benchmarks.dates_bench
	$(PY) -m benchmarks.evaluate

# Re-pin requirements.txt (exact versions + sha256 hashes) after editing requirements.in.
lock: setup
	$(VENV)/bin/pip-compile -q --generate-hashes --allow-unsafe --no-strip-extras --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
	$(PY) scripts/pin_extras.py requirements.txt  # pip 23.2 needs the base pin of each extra too
	$(VENV)/bin/pip-compile -q --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements-dev.txt requirements-dev.in

# Install the lock as a host does, in fresh venvs on every Python 3.10-3.13 found here: pip as the venv
# ships it (23.2 on 3.11/3.12, no upgrade, hash mode) and uv; then import the app's stack. 3.10 must
# fail (altair 6 needs 3.11+). Needs the package index; about 10-15 min (README, "Deploying").
install-check: setup
	$(PY) -m benchmarks.install_check

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis artifacts
