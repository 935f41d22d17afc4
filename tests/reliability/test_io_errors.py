"""Item 3 (database part): I/O errors and a full disk at every Nth write of the database, a backup
and a restore, injected through the VFS shim under the app's own connections (marker `long`: the
sweeps take every 2nd–4th write, every backup write, every 15th restore write; `make test` takes a
third of those points; `bench/reliability_power_cut.py --io` takes every one)."""

from __future__ import annotations

import random
import shutil

import pytest
from click.testing import CliRunner

from soum_desk.cli import cli
from soum_desk.config import resolve_paths
from soum_desk.services.core import backup, users
from soum_desk.services.core.startup import open_context
from tests.reliability import io_errors
from tests.reliability.crash_harness import make_template
from tests.reliability.forms import LONG, form
from tests.reliability.vfs_shim import (
    SQLITE_FULL,
    SQLITE_IOERR_FSYNC,
    SQLITE_IOERR_WRITE,
    Faults,
    shim,
)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    work = tmp_path_factory.mktemp("io")
    template, measures = make_template(work / "template")
    return io_errors.prepare(template, work), measures


def _clean(stats) -> None:  # noqa: ANN001
    assert stats.problems == [], stats.problems[:10]


# (call, fault, sticky, stride of the long form, stride in `make test`)
SWEEPS = [("petition", SQLITE_IOERR_WRITE, False, 2, 6), ("letter", SQLITE_FULL, True, 3, 9),
          ("progress", SQLITE_IOERR_WRITE, False, 3, 3), ("edit", SQLITE_FULL, True, 4, 4),
          ("assign", SQLITE_IOERR_WRITE, False, 4, 4)]


def sweep_cases() -> list:
    cases = []
    for name, code, sticky, long, short in SWEEPS:
        if short == long:  # short already: one form
            cases.append(pytest.param(name, code, sticky, long, id=f"{name}-{code}-{sticky}-{long}"))
        else:
            cases.append(pytest.param(name, code, sticky, short, id=f"short-{name}-{code}-{sticky}-{short}"))
            cases.append(pytest.param(name, code, sticky, long, id=f"long-{name}-{code}-{sticky}-{long}",
                                      marks=LONG))
    return cases


@pytest.mark.parametrize(("name", "code", "sticky", "stride"), sweep_cases())
def test_every_nth_database_write_fails_cleanly(prepared, tmp_path, name, code, sticky, stride):
    template, measures = prepared
    stats = io_errors.db_sweep(template, tmp_path, name, io_errors.calls(measures)[name], code,
                               sticky=sticky, stride=stride)
    print(f"\n{name} {io_errors.CODE_NAMES[code]}: {stats.runs} runs, {stats.refused} refused, "
          f"{stats.at_close} at close, {stats.saved_anyway} saved anyway, {stats.reopened_ok} reopened ok")
    _clean(stats)
    # the fault landed in the call's own commit (refused, then saved on retry) and in the
    # checkpoint when the app closed; every run reopened intact with every saved record
    assert stats.refused >= 4 and stats.retried_ok == stats.refused and stats.at_close >= 1
    assert stats.reopened_ok == stats.runs
    assert set(stats.messages) == {"The disk is full. Free some space and try again." if code == SQLITE_FULL
                                   else "A disk read/write error occurred. Check the disk."}


def test_every_sync_fails_cleanly(prepared, tmp_path):
    template, measures = prepared
    stats = io_errors.db_sweep(template, tmp_path, "petition", io_errors.calls(measures)["petition"],
                               SQLITE_IOERR_FSYNC, on="sync")
    _clean(stats)
    assert stats.runs >= 3 and stats.refused >= 1 and stats.at_close >= 2 and stats.reopened_ok == stats.runs


@form(3, 1, name="stride")
@pytest.mark.parametrize(("code", "sticky"), [(SQLITE_IOERR_WRITE, False), (SQLITE_FULL, True)])
def test_every_backup_write_fails_cleanly(prepared, tmp_path, code, sticky, stride):
    """Regression: a failed write while the copy switched back from WAL used to leave a backup in
    WAL mode reported as done, and a full disk a hidden `-journal` on the stick."""
    template, _ = prepared
    stats = io_errors.backup_sweep(template, tmp_path, code, sticky=sticky, stride=stride)
    print(f"\nbackup {io_errors.CODE_NAMES[code]}: {stats.runs} runs, {stats.refused} refused")
    _clean(stats)
    assert stats.runs >= 100 // stride and stats.refused == stats.runs


@form(45, 15, name="step")
def test_restore_fails_cleanly(prepared, tmp_path, step):
    """Regression: a write error during the copy came out as a raw sqlite3.OperationalError, and one
    after it (the audit entry) as a bare disk error although the backup had been restored."""
    template, _ = prepared
    source = tmp_path / "source.sqlite3"
    ctx = open_context(resolve_paths(shutil.copytree(template, tmp_path / "src")))
    clerk = ctx.as_actor(users.authenticate(ctx, "clerk", "clerk-pass-1"))
    io_errors.calls([])["letter"](clerk, random.Random(1))  # the backup differs from the live database
    backup.make_backup(ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1")), to=source)
    ctx.dispose()
    total = io_errors.IoStats()
    for n in range(1, 10_000, step):
        stats, injected = io_errors.restore_run(template, source, tmp_path, n, SQLITE_IOERR_WRITE)
        if not injected:
            break
        total.add(stats)
    _clean(total)
    assert total.refused >= 150 // step and total.reopened_ok == total.runs
    print(f"\nrestore: {total.runs} runs, {total.refused} refused, {dict(total.messages)}")
    assert all(m.endswith("Nothing was restored; the database is as it was.") or
               m.startswith("The backup was restored, but the step after it failed") for m in total.messages)


def test_cli_prints_the_message_and_exits_3(prepared, tmp_path):
    template, _ = prepared
    data = shutil.copytree(template, tmp_path / "data")
    db = str(resolve_paths(data).sqlite_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    runner = CliRunner()
    args = ["--data-dir", str(data), "--user", "clerk", "letters", "register", "--direction", "in",
            "--counterpart", "Аймгийн ЗДТГ", "--subject", "Мэдээ"]
    vfs = shim()
    vfs.install()
    try:
        vfs.faults = Faults(lambda path: path.startswith(db), fail_at=1, code=SQLITE_FULL, sticky=True)
        full = runner.invoke(cli, args, env={"SOUM_DESK_PASSWORD": "clerk-pass-1"})
        vfs.faults = Faults(lambda path: path.startswith(str(stick)), fail_at=40, code=SQLITE_IOERR_WRITE)
        broken = runner.invoke(cli, ["--data-dir", str(data), "--user", "admin", "backup", "--to",
                                     str(stick / "b.sqlite3")], env={"SOUM_DESK_PASSWORD": "admin-pass-1"})
        vfs.faults = None
        again = runner.invoke(cli, args, env={"SOUM_DESK_PASSWORD": "clerk-pass-1"})
    finally:
        vfs.uninstall()
    assert full.exit_code == 3, full.output
    assert "Error (environment)" in full.output and "The disk is full" in full.output
    assert "Диск дүүрсэн байна" in full.output and "Traceback" not in full.output
    assert broken.exit_code == 3 and "A disk read/write error occurred" in broken.output, broken.output
    assert list(stick.iterdir()) == []
    assert again.exit_code == 0, again.output
