# SoumDesk — developer entry points. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-long lint i18n qm bench wheel installer test-installer pyinstaller screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

qm: $(STAMP)
	$(PY) -m soum_desk.i18n_build

run: $(STAMP) qm
	$(PY) -m soum_desk

# Deterministic, short forms only: the reliability sweeps' long forms (marker `long`) are left out.
test: $(STAMP) qm
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pytest -q -m "not installer" $(PYTEST_ARGS)
	$(PY) -m ruff check soum_desk tests bench
	$(PY) -m mypy

# The long forms of the reliability sweeps (marker `long`; `make test` runs their short forms).
test-long: $(STAMP) qm
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pytest -q -m long tests/reliability $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check soum_desk tests bench

i18n: $(STAMP)
	$(PY) -m soum_desk.i18n_build --update-ts

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

wheel: $(STAMP) qm
	$(PY) -m pip wheel --no-deps --quiet -w dist .

# PyInstaller is a build tool, not a dependency: only these targets install it.
pyinstaller: $(STAMP)
	$(PY) -m pip install --quiet 'pyinstaller>=6.10'

# One-folder program in dist/SoumDesk/ (see build_installer.spec and docs/install-windows.md).
installer: pyinstaller qm
	$(PY) -m PyInstaller --noconfirm --clean build_installer.spec
	QT_QPA_PLATFORM=offscreen dist/SoumDesk/soum-desk --self-test

# Builds the program in a temporary folder and runs it (self-test, CLI, upgrade of an old database).
test-installer: pyinstaller qm
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -m installer tests/installer $(PYTEST_ARGS)

# Pictures of the real program for docs/guide-*.md (needs: apt-get install -y xvfb libxcb-cursor0).
screenshots: $(STAMP) qm
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" $(PY) docs/screenshots/take_screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info
