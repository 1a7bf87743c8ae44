# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint typecheck bench reliability clean demo

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
	$(PY) -m ruff check netbuilder tests benchmarks reliability
	$(PY) -m mypy

lint: $(STAMP_TEST)
	$(PY) -m ruff check netbuilder tests benchmarks reliability

typecheck: $(STAMP_TEST)
	$(PY) -m mypy

bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

# crash injection (200 SIGKILLs), byte flips, importer fuzzing, entity attacks, I/O faults:
# prints the README's reliability table (about 6 minutes on 2 cores)
reliability: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m reliability.run

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
