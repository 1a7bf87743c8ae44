# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint typecheck bench reliability clean demo package package-test translations

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(PY) -m netbuilder

test: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(PY) -m ruff check netbuilder tests benchmarks reliability tools packaging
	$(PY) -m mypy

lint: $(STAMP_TEST)
	$(PY) -m ruff check netbuilder tests benchmarks reliability tools packaging

typecheck: $(STAMP_TEST)
	$(PY) -m mypy

bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

# crash injection (200 SIGKILLs), byte flips, importer fuzzing, entity attacks, I/O faults:
# prints the README's reliability table (about 6 minutes on 2 cores)
reliability: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m reliability.run

# the desktop bundle (PyInstaller, one folder) in dist/: see packaging/README.md
package:
	bash packaging/build.sh

# builds the bundle, then runs its --selftest offscreen with a temporary HOME
package-test: package
	bash packaging/test_bundle.sh

# refreshes resources/translations/netbuilder_en_GB.ts after strings change (a test checks it)
translations: $(STAMP_TEST)
	$(PY) tools/update_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
