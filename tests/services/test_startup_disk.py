"""Issue 19: a full or read-only disk at start-up was reported as "the database is damaged…
restore it", which would lead a clerk to restore an older backup and lose recent work. Uses a
real small tmpfs (root only, else skipped), as tests/reliability/test_disk_full.py does."""

from __future__ import annotations

import contextlib
import os
import subprocess

import pytest

from soum_desk.config import resolve_paths
from soum_desk.errors import DatabaseDamaged, EnvironmentProblem
from soum_desk.services.core.startup import open_context


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.call(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                                            stderr=subprocess.DEVNULL) != 0:
        pytest.skip("needs root to mount a small tmpfs")
    yield mount
    subprocess.call(["umount", str(mount)])


def _office_on(mount):
    paths = resolve_paths(mount / "data")
    open_context(paths).dispose()  # a database with every table, closed cleanly
    return paths


def _not_damage(problem: EnvironmentProblem) -> None:
    assert not isinstance(problem, DatabaseDamaged)
    assert "damaged" not in problem.msg.en.replace("not damaged", "")
    assert "do not restore" in problem.msg.en and "бүү сэргээ" in problem.msg.mn


def test_a_full_disk_at_start_up_is_not_called_damage(small_disk):
    paths = _office_on(small_disk)
    free = os.statvfs(small_disk)
    with open(small_disk / "filler", "wb") as handle, contextlib.suppress(OSError):
        handle.write(b"\0" * (free.f_bavail * free.f_frsize))
    with pytest.raises(EnvironmentProblem) as info:
        open_context(paths).dispose()
    _not_damage(info.value)
    assert "disk holding the database is full" in info.value.msg.en and "дүүрсэн" in info.value.msg.mn
    (small_disk / "filler").unlink()
    open_context(paths).dispose()  # space freed: it opens, nothing was restored


def test_a_read_only_disk_at_start_up_is_not_called_damage(small_disk):
    paths = _office_on(small_disk)
    assert subprocess.call(["mount", "-o", "remount,ro", str(small_disk)]) == 0
    with pytest.raises(EnvironmentProblem) as info:
        open_context(paths).dispose()
    assert not isinstance(info.value, DatabaseDamaged)
    assert "read-only" in info.value.msg.en and "зөвхөн унших" in info.value.msg.mn
