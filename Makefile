# SoumDesk — developer entry points. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint i18n qm bench wheel installer clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

qm: $(STAMP)
	$(PY) -m soum_desk.i18n_build

run: $(STAMP) qm
	$(PY) -m soum_desk

test: $(STAMP) qm
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pytest -q -m "not installer" $(PYTEST_ARGS)
	$(PY) -m ruff check soum_desk tests bench

lint: $(STAMP)
	$(PY) -m ruff check soum_desk tests bench

i18n: $(STAMP)
	$(PY) -m soum_desk.i18n_build --update-ts

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

wheel: $(STAMP) qm
	$(PY) -m pip wheel --no-deps --quiet -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info
