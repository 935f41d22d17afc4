"""Build the one-folder program with PyInstaller and run it the way an office would.

Slow (a full build): marked `installer`, left out of `make test`, run by
`make test-installer` and CI.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from soum_desk.config import resolve_paths
from soum_desk.db import migrate
from tests.installer.old_database import OLD_ADMIN, OLD_OFFICE, OLD_PASSWORD, make_old_database

pytestmark = pytest.mark.installer

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller (make test-installer does)")
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(ROOT / "build_installer.spec")], cwd=ROOT, check=True, timeout=1800)
    print(f"\nPyInstaller build: {time.perf_counter() - started:.0f} s")
    return work / "dist" / "SoumDesk"


def _run(program: Path, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), **env}
    environment.pop("SOUM_DESK_HOME", None)
    return subprocess.run([str(program), *args], capture_output=True, text=True, encoding="utf-8",
                          timeout=600, env=environment, cwd=home)


def test_folder_holds_everything(built):
    internal = built / "_internal"
    for program in ("SoumDesk", "soum-desk"):
        # Only the start-up code: the modules are shared .pyc files in _internal, not an archive per program.
        assert (built / f"{program}{EXE_SUFFIX}").stat().st_size < 3_000_000
    assert (internal / "soum_desk" / "cli" / "__init__.pyc").is_file()
    # installer/soumdesk.nsi removes exactly these on an upgrade and an uninstall.
    assert {p.name for p in built.iterdir()} == {f"SoumDesk{EXE_SUFFIX}", f"soum-desk{EXE_SUFFIX}", "_internal"}
    plugins = next(internal.rglob("plugins/platforms")).parent
    platform_files = {p.name for p in (plugins / "platforms").iterdir()}
    assert any("qoffscreen" in name for name in platform_files)
    if sys.platform.startswith("linux"):
        assert any("qxcb" in name for name in platform_files)
    assert any((plugins / "imageformats").iterdir())
    sources = {p.stem for p in (ROOT / "resources" / "i18n").glob("*.ts")}
    assert {p.stem for p in (internal / "resources" / "i18n").glob("*.qm")} == sources
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "icons" / "soumdesk.png").is_file()
    assert not list((internal / "resources").rglob("*.py"))
    assert (internal / "soum_desk" / "db" / "migrations" / "script.py.mako").is_file()
    versions = {p.stem for p in (internal / "soum_desk" / "db" / "migrations" / "versions").glob("*.py")}
    assert len(versions) == len(migrate.all_revisions())
    for guide in ("guide-mn.md", "guide-en.md"):
        assert (internal / "docs" / guide).is_file()
    assert not list(internal.rglob("*WebEngine*"))
    # The office build leaves out the PostgreSQL driver (SQLAlchemy's dialect module for it stays).
    assert not list(internal.glob("psycopg*")), "the office build leaves out the PostgreSQL driver"
    assert "psycopg" not in (internal / "licences" / "index.json").read_text(encoding="utf-8")
    shipped = {p.name for p in (internal / "licences").iterdir()}
    assert {"index.json", "soumdesk.txt", "qt.txt", "dejavu-sans.txt", "sqlalchemy.txt", "pyside6-essentials.txt"} <= shipped
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (internal / "licences" / "qt.txt").read_text(encoding="utf-8")
    assert (internal / "LICENSE").is_file()


def test_self_test_passes(built, tmp_path):
    result = _run(built / f"SoumDesk{EXE_SUFFIX}", "--self-test", home=tmp_path)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout
    assert "checks passed" in result.stdout.splitlines()[-1]
    assert not (tmp_path / ".local" / "share" / "SoumDesk").exists(), "the self-test wrote to the user's data"


def test_command_line_sets_up_an_office(built, tmp_path):
    cli = built / f"soum-desk{EXE_SUFFIX}"
    data = str(tmp_path / "office")
    init = _run(cli, "--data-dir", data, "init", "--aimag", "MN-049", "--soum", "Есөнзүйл",
                "--office", "Есөнзүйл сумын ЗДТГ", "--admin", "admin", "--demo",
                home=tmp_path, SOUM_DESK_PASSWORD="admin-pass-1")
    assert init.returncode == 0, init.stdout + init.stderr
    verify = _run(cli, "--data-dir", data, "--user", "admin", "audit", "verify",
                  home=tmp_path, SOUM_DESK_PASSWORD="admin-pass-1")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert verify.stdout.startswith("OK")


def test_new_build_upgrades_an_old_database(built, tmp_path):
    paths = resolve_paths(tmp_path / "old")
    oldest = make_old_database(paths)
    listed = _run(built / f"soum-desk{EXE_SUFFIX}", "--data-dir", str(paths.data_dir), "--user", OLD_ADMIN,
                  "users", "list", home=tmp_path, SOUM_DESK_PASSWORD=OLD_PASSWORD)
    assert listed.returncode == 0, listed.stdout + listed.stderr
    assert OLD_ADMIN in listed.stdout
    current = _run(built / f"soum-desk{EXE_SUFFIX}", "--data-dir", str(paths.data_dir), "db", "current",
                   home=tmp_path)
    head = migrate.head_revision()
    assert current.stdout.strip() == f"{head} (head {head})"
    if oldest != head:
        backups = list(paths.backups_dir.glob("soumdesk-*-pre-migration.sqlite3"))
        assert len(backups) == 1
    import sqlite3

    conn = sqlite3.connect(paths.sqlite_path)
    try:
        assert conn.execute("SELECT name FROM office").fetchone()[0] == OLD_OFFICE
    finally:
        conn.close()
