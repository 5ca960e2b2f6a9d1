# Two entry points, both from a clean clone with only Python installed:
#   make demo   install, then write a brief from the bundled sample articles
#   make test   install, then run the whole test suite (what CI runs)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# WeasyPrint's native libraries (harfbuzz-subset halves render time) and the
# fonts the templates name (Charis SIL body, Open Sans headings, DejaVu fallback);
# poppler-utils gives the tests pdftotext/pdftoppm, chromium the HTML screenshot.
DEBS      := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-sil-charis fonts-open-sans fonts-dejavu-core fonts-dejavu-extra
DEBS_TEST := $(DEBS) poppler-utils chromium

.PHONY: demo test lint wheel-check system-deps system-deps-test clean

demo: system-deps $(VENV)/.installed
	@$(BIN)/briefings generate --config config/demo.yaml

test: system-deps-test $(VENV)/.installed-test
	$(BIN)/ruff check briefings tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check briefings tests benchmarks
	$(BIN)/ruff format --check briefings tests benchmarks
	$(BIN)/mypy

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed

# Installs missing Debian packages when we are root; otherwise says what to run.
define ensure_debs
	@if command -v dpkg-query >/dev/null 2>&1; then \
	  missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	    | grep -q 'ok installed' || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then \
	      echo "Installing system packages:" $$missing; \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	    else \
	      echo "Missing system packages:" $$missing; \
	      echo "Install them with: sudo apt-get install" $$missing; exit 1; \
	    fi; \
	  fi; \
	else \
	  echo "Not a Debian system: install Pango, HarfBuzz and the Charis SIL, Open Sans and DejaVu fonts yourself (see README)."; \
	fi
endef

system-deps:
	$(call ensure_debs,$(DEBS))

system-deps-test:
	$(call ensure_debs,$(DEBS_TEST))

# Build the wheel, install it in a fresh venv outside the checkout and write
# a brief with it: proves the templates ship inside the wheel.
wheel-check: $(VENV)/.installed
	rm -rf /tmp/briefings-wheel && mkdir -p /tmp/briefings-wheel
	$(BIN)/python -m pip wheel -q --no-deps -w /tmp/briefings-wheel .
	$(PYTHON) -m venv /tmp/briefings-wheel/venv
	/tmp/briefings-wheel/venv/bin/python -m pip install -q --upgrade pip
	/tmp/briefings-wheel/venv/bin/python -m pip install -q /tmp/briefings-wheel/briefings-*.whl
	cd /tmp && /tmp/briefings-wheel/venv/bin/briefings generate \
	  --config $(CURDIR)/config/demo.yaml --out /tmp/briefings-wheel/out

clean:
	rm -rf $(VENV) out build dist *.egg-info
