"""Issue 19: every file the app writes is readable by its user only (the database holds personal data)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows relies on the per-user folder's ACL")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_folder_database_and_backups_are_private(tmp_path):
    home = tmp_path / "data"
    env = dict(os.environ, SOUM_DESK_HOME=str(home), SOUM_DESK_PASSWORD="admin-pass-1")
    base = [sys.executable, "-c", "import os; os.umask(0o022); from soum_desk.cli import main; main()"]
    made = subprocess.run([*base, "init", "--aimag", "MN-065", "--soum", "Есөнбулаг", "--office",
                           "Есөнбулаг сумын ЗДТГ", "--admin", "admin"], input="admin-pass-1\nadmin-pass-1\n",
                          env=env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    backup = subprocess.run([*base, "--user", "admin", "backup"], env=env, capture_output=True, text=True, timeout=120)
    assert backup.returncode == 0, backup.stderr
    assert _mode(home) == 0o700
    written = [p for p in home.rglob("*")]
    assert written and (home / "soumdesk.sqlite3") in written
    loose = {str(p.relative_to(home)): oct(_mode(p)) for p in written
             if _mode(p) & (stat.S_IRWXG | stat.S_IRWXO)}
    assert loose == {}
