"""A backup that writers keep restarting falls back to one step instead of starving."""

from __future__ import annotations

import sqlite3

from soum_desk.services.core import backup


class RestartingSource:
    """Behaves like sqlite3's stepwise backup when another connection writes between every step."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self.real = real
        self.calls: list[int] = []

    def backup(self, dest, *, pages=-1, progress=None):  # noqa: ANN001
        self.calls.append(pages)
        if pages == -1:
            return self.real.backup(dest)
        total = 10
        for _ in range(50):  # a busy office: every step is undone by a write
            progress(0, total - 1, total)
            progress(0, total, total)
        raise AssertionError("the backup never finished: starved by writers")


def test_restarted_backup_is_finished_in_one_step(tmp_path):
    live = sqlite3.connect(tmp_path / "live.sqlite3")
    live.execute("CREATE TABLE t (x)")
    live.execute("INSERT INTO t VALUES (42)")
    live.commit()
    source = RestartingSource(live)
    target = tmp_path / "copy.sqlite3"
    backup._copy_database(source, target, progress=None)
    assert source.calls == [256, -1]
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT x FROM t").fetchone() == (42,)
