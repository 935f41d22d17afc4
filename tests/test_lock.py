"""The lock files pin every dependency with hashes, agree with pyproject.toml and with each other,
and the environment the tests run in (and Help → About) has exactly the locked versions."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from soum_desk import licences

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def pins(name: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            found[canonicalize_name(match.group(1))] = match.group(2)
    return found


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_every_requirement_is_pinned_within_its_range():
    build, dev = pins("requirements.lock"), pins("requirements-dev.lock")
    optional = project()["optional-dependencies"]
    for lock, lines in ((build, project()["dependencies"] + optional["build"]),
                        (dev, project()["dependencies"] + optional["build"] + optional["dev"] + optional["postgres"])):
        for line in lines:
            requirement = Requirement(line)
            name = canonicalize_name(requirement.name)
            assert name in lock, f"{name} is not in the lock file: run `make lock`"
            assert requirement.specifier.contains(lock[name], prereleases=True), (name, lock[name])


def test_build_lock_has_the_dev_locks_versions_and_no_driver_or_webengine():
    build, dev = pins("requirements.lock"), pins("requirements-dev.lock")
    assert {name: dev.get(name) for name in build} == build
    for absent in ("psycopg", "psycopg-binary", "pyside6", "pyside6-webengine", "pytest"):
        assert absent not in build, absent
    assert "pyside6-webengine" not in dev and "pyside6" not in dev


def test_every_pin_carries_hashes():
    for name in ("requirements.lock", "requirements-dev.lock"):
        text = (ROOT / name).read_text(encoding="utf-8")
        blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
        assert blocks and all("--hash=sha256:" in block for block in blocks if PIN.match(block)), name


def test_installed_versions_and_the_about_box_match_the_lock():
    """`make` installs from requirements-dev.lock; a venv older than the lock fails here."""
    locked = pins("requirements.lock")
    shown = {canonicalize_name(n.name): n.version for n in licences.collect()}
    runtime = {name: version for name, version in shown.items() if name in locked}
    assert {"sqlalchemy", "pyside6-essentials", "cryptography", "openpyxl"} <= set(runtime)
    assert runtime == {name: locked[name] for name in runtime}, "run `make` to install the locked versions"
