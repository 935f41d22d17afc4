# SoumDesk — developer entry points. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Exact versions with hashes: requirements-dev.lock for developers and CI (runtime, dev tools,
# the PostgreSQL driver, PyInstaller), requirements.lock for a build (runtime and PyInstaller,
# same versions). `make lock` refreshes both from pyproject.toml.
LOCK := requirements-dev.lock
UV := $(VENV)/bin/uv

.PHONY: run test test-long lint i18n qm bench wheel installer test-installer pyinstaller \
	screenshots clean lock setup

$(STAMP): pyproject.toml $(LOCK)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

$(UV):
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet 'uv>=0.9,<1'

# Re-resolve every dependency to its newest allowed version for all platforms (Windows too),
# then commit both files. requirements.lock is constrained to the dev lock's versions.
UV_COMPILE := $(UV) pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock"
lock: $(UV)
	$(UV_COMPILE) --upgrade --extra dev --extra postgres --extra build -o requirements-dev.lock pyproject.toml
	$(UV_COMPILE) --upgrade --extra build -c requirements-dev.lock -o requirements.lock pyproject.toml

qm: $(STAMP)
	$(PY) -m soum_desk.i18n_build

run: $(STAMP) qm
	$(PY) -m soum_desk

# Deterministic, short forms only: the reliability sweeps' long forms (marker `long`) are left out.
test: $(STAMP) qm
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pytest -q -m "not installer" $(PYTEST_ARGS)
	$(PY) -m ruff check soum_desk tests bench installer
	$(PY) -m mypy

# The long forms of the reliability sweeps (marker `long`; `make test` runs their short forms).
test-long: $(STAMP) qm
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pytest -q -m long tests/reliability $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check soum_desk tests bench installer

i18n: $(STAMP)
	$(PY) -m soum_desk.i18n_build --update-ts

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

wheel: $(STAMP) qm
	$(PY) -m pip wheel --no-deps --quiet -w dist .

# PyInstaller is pinned in the lock files (extra `build`), so the developer venv has it.
pyinstaller: $(STAMP)

# One-folder program in dist/SoumDesk/ (see build_installer.spec and docs/install-windows.md);
# on Windows (with NSIS's makensis on PATH) also the setup program, dist/SoumDesk-<version>-setup.exe.
installer: pyinstaller qm
	$(PY) -m PyInstaller --noconfirm --clean build_installer.spec
	QT_QPA_PLATFORM=offscreen dist/SoumDesk/soum-desk --self-test
ifeq ($(OS),Windows_NT)
	$(MAKE) setup WINDOWS_DIST=dist/SoumDesk
else
	@echo "dist/SoumDesk/ is a $$(uname -s) build; the Windows setup is made from a Windows build: make setup WINDOWS_DIST=<folder>"
endif

# The NSIS setup program from a folder PyInstaller built ON WINDOWS (makensis runs anywhere:
# Debian's package nsis). A Linux folder would make a setup that cannot run.
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' soum_desk/__init__.py)
WINDOWS_DIST ?= dist/SoumDesk
setup:
	test -f "$(WINDOWS_DIST)/SoumDesk.exe" || { echo "no $(WINDOWS_DIST)/SoumDesk.exe: give WINDOWS_DIST=<Windows build folder>"; exit 1; }
	mkdir -p dist
	makensis -V2 -WX -DVERSION=$(VERSION) \
		-DVERSION_4=$$($(PYTHON) -c 'from installer.versioninfo import numeric_version as n; print(".".join(map(str, n("$(VERSION)"))))') \
		-DSOURCE_DIR="$(abspath $(WINDOWS_DIST))" -DOUTFILE="$(abspath dist)/SoumDesk-$(VERSION)-setup.exe" \
		"$(abspath installer/soumdesk.nsi)"

# Builds the program in a temporary folder and runs it (self-test, CLI, upgrade of an old database);
# compiles the setup script and installs, upgrades and uninstalls a test payload under Wine.
test-installer: pyinstaller qm
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -m installer tests/installer $(PYTEST_ARGS)

# Pictures of the real program for docs/guide-*.md (needs: apt-get install -y xvfb libxcb-cursor0).
screenshots: $(STAMP) qm
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" $(PY) docs/screenshots/take_screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info
