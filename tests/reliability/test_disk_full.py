"""Item 3: a full disk at every point of a backup, a report and a bundle write: a clear message,
no zero-byte or half file under a real name. Uses a real small tmpfs (root only, else skipped);
EIO and ENOSPC mid-write on the stick are injected in tests/bundle/test_export_safety.py."""

from __future__ import annotations

import contextlib
import os
import subprocess
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from soum_desk.errors import EnvironmentProblem
from soum_desk.fileio import TEMP_MARK
from soum_desk.services.core import backup
from soum_desk.services.petitions import actions as petitions
from soum_desk.services.petitions import report as petitions_reports


@pytest.fixture
def small_fs(tmp_path):
    """A 2 MiB tmpfs; `fill(free)` leaves about `free` bytes."""
    mount = tmp_path / "stick"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.call(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                                            stderr=subprocess.DEVNULL) != 0:
        pytest.skip("needs root to mount a small tmpfs")
    filler = mount / "filler"

    def fill(free: int) -> Path:
        for path in mount.iterdir():
            path.unlink()
        st = os.statvfs(mount)
        size = max(0, st.f_bavail * st.f_frsize - free)
        with open(filler, "wb") as handle, contextlib.suppress(OSError):
            handle.write(b"\0" * size)
        return mount

    yield fill
    subprocess.call(["umount", str(mount)])


def _real_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name != "filler" and p.is_file()]


def sweep(fill, write, check_complete, limit: int, steps: int = 12) -> tuple[int, int]:
    """Run `write(folder)` with free space from 0 to `limit`; count clean failures and successes."""
    failed = succeeded = 0
    for free in range(0, limit + 1, max(4096, limit // steps)):
        folder = fill(free)
        try:
            write(folder)
        except EnvironmentProblem as problem:
            assert "disk" in problem.msg.en.lower(), problem
            failed += 1
        else:
            succeeded += 1
        for path in _real_files(folder):
            assert TEMP_MARK not in path.name, f"temporary file left: {path.name} (free {free})"
            assert path.stat().st_size > 0
            check_complete(path)
    return failed, succeeded


def test_backup_on_a_full_disk(ctx, small_fs):
    for i in range(50):
        petitions.register(ctx, received_at=datetime(2024, 3, 5, 10), channel="written", kind="request",
                           summary=f"Хүсэлт {i} " + "ү" * 500, petitioner={"name": "Б.Болд"})
    size = ctx.paths.sqlite_path.stat().st_size

    def check(path: Path) -> None:
        assert backup.check_backup_file(path)["revision"], path  # raises if damaged

    failed, succeeded = sweep(small_fs, lambda d: backup.make_backup(ctx, to=d / f"b-{uuid.uuid4().hex}.sqlite3"),
                              check, 2 * size + 256 * 1024, steps=16)
    print(f"\nbackup on a full disk: {failed} refused with a clear message, {succeeded} complete")
    assert failed >= 5 and succeeded >= 1


def test_report_on_a_full_disk(ctx, small_fs):
    petitions.register(ctx, received_at=datetime(2024, 3, 5, 10), channel="written", kind="request",
                       summary="Хүсэлт", petitioner={"name": "Б.Болд"})
    probe = petitions_reports.make_report(ctx, "2024Q1", "pdf", ctx.paths.reports_dir / "probe.pdf")
    size = probe.stat().st_size

    def check(path: Path) -> None:
        assert path.read_bytes().startswith(b"%PDF") and b"%%EOF" in path.read_bytes()[-64:]

    failed, succeeded = sweep(small_fs, lambda d: petitions_reports.make_report(
        ctx, "2024Q1", "pdf", d / f"r-{uuid.uuid4().hex}.pdf"), check, size + 8192)
    print(f"\nPDF report on a full disk: {failed} refused with a clear message, {succeeded} complete")
    assert failed >= 1 and succeeded >= 1
