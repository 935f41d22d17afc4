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


@pytest.fixture
def loose_umask():
    """The app must not rely on the process's umask (a service called from anywhere, a test)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _loose(paths) -> dict[str, str]:  # noqa: ANN001
    return {str(p): oct(_mode(p)) for p in paths if _mode(p) & (stat.S_IRWXG | stat.S_IRWXO)}


def test_files_are_private_whatever_the_umask(loose_umask, tmp_path):
    """Issue 19: with umask 022 the database, its WAL, the lock, keys, backups were 0644."""
    from soum_desk.config import resolve_paths
    from soum_desk.services.bundle import keys as bundle_keys
    from soum_desk.services.core import backup, office, users
    from soum_desk.services.core.context import Actor
    from soum_desk.services.core.startup import open_context

    paths = resolve_paths(tmp_path / "data")
    ctx = open_context(paths)
    try:
        office.initialise(ctx, aimag_code="MN-065", soum_name="Есөнбулаг", office_name="Есөнбулаг сумын ЗДТГ",
                          admin_username="admin", admin_password="Tsenher-nuur-58", province=False)
        admin = ctx.as_actor(users.authenticate(ctx, "admin", "Tsenher-nuur-58"))
        bundle_keys.create_key(ctx.as_actor(Actor.system()), "urt nuuts ug tulhuur 2024")
        made = backup.make_backup(admin)
        copy = backup.make_backup(admin, to=tmp_path / "stick")
        written = [*paths.data_dir.rglob("*"), made.path, copy.path]
        assert any(p.name.endswith("-wal") for p in written) and any(p.suffix == ".key" for p in written)
        assert _loose(written) == {}
    finally:
        ctx.dispose()

