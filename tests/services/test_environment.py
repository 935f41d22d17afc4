"""The machine's problems become clear messages; files are never left half written."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from soum_desk.config import resolve_paths
from soum_desk.db.engine import make_engine
from soum_desk.errors import DatabaseDamaged, EnvironmentProblem
from soum_desk.fileio import atomic_open, atomic_path, write_bytes_atomic
from soum_desk.services.core import backup, settings
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.startup import open_context


def test_read_only_database_gives_the_read_only_message(ctx):
    url = f"sqlite:///file:{ctx.paths.sqlite_path}?mode=ro&uri=true"
    read_only = AppContext(ctx.paths, make_engine(url), make_engine(url, for_writing=False), ctx.actor)
    try:
        with pytest.raises(EnvironmentProblem) as info:
            settings.update(read_only, "backup.keep_recent", 3)
        assert "read-only" in info.value.msg.en and "зөвхөн унших" in info.value.msg.mn
    finally:
        read_only.dispose()


def test_locked_database_gives_the_locked_message(ctx, monkeypatch):
    monkeypatch.setattr("soum_desk.db.engine.BUSY_TIMEOUT_MS", 50)
    url = ctx.paths.db_url
    other = AppContext(ctx.paths, make_engine(url), make_engine(url, for_writing=False), ctx.actor)
    blocker = sqlite3.connect(ctx.paths.sqlite_path)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(EnvironmentProblem, match="locked"):
            settings.update(other, "backup.keep_recent", 3)
    finally:
        blocker.rollback()
        blocker.close()
        other.dispose()


def test_disk_full_while_writing_a_file(tmp_path):
    target = tmp_path / "report.pdf"
    with pytest.raises(EnvironmentProblem, match="disk is full"), atomic_path(target):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert not target.exists()


def test_a_writer_that_fails_leaves_no_file_under_the_real_name(tmp_path):
    target = tmp_path / "export.xlsx"
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write(b"half of it")
        raise RuntimeError("bug half way")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rewrite_keeps_the_old_file(tmp_path):
    target = tmp_path / "data.bin"
    write_bytes_atomic(target, b"old")
    with pytest.raises(ValueError), atomic_open(target) as handle:
        handle.write(b"new but broken")
        raise ValueError("stop")
    assert target.read_bytes() == b"old"


def test_damaged_database_is_refused_and_names_the_newest_backup(ctx):
    made = backup.make_backup(ctx)
    paths = ctx.paths
    ctx.dispose()
    db = paths.sqlite_path
    size = db.stat().st_size
    page = 4096
    with open(db, "r+b") as handle:  # scribble over every page but the first (the header)
        for offset in range(page, size, page):
            handle.seek(offset)
            handle.write(os.urandom(64) + b"\xff" * 200)
    with pytest.raises(DatabaseDamaged) as info:
        open_context(paths)
    assert made.path.name in str(info.value)
    assert str(db) == info.value.where


def test_missing_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(EnvironmentProblem, match="not a folder") as info:
        open_context(resolve_paths(blocker / "data"))
    assert info.value.where


def test_every_connection_gets_the_durability_pragmas(ctx):
    for engine in (ctx.engine, ctx.read_engine):
        with engine.connect() as conn:
            pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                      for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "mmap_size")}
        assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 10_000,
                          "mmap_size": 0}
    assert ctx.engine.pool.size() == 1  # one connection writes


def test_a_database_folder_that_does_not_exist_gives_a_clear_message(tmp_path):
    url = f"sqlite:///{tmp_path}/missing/folder/db.sqlite3"
    missing = AppContext(resolve_paths(tmp_path, url), make_engine(url), make_engine(url, for_writing=False))
    try:
        with pytest.raises(EnvironmentProblem, match="Could not open the database file"):
            settings.get(missing, "ui.language")
    finally:
        missing.dispose()
