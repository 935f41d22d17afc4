"""Issue 18/19: the start-up check moved after the first paint, and made a full one: flipped bytes
inside an indexed record pass `PRAGMA quick_check` but not the background check."""

from __future__ import annotations

import sqlite3

import pytest

from soum_desk.config import resolve_paths
from soum_desk.errors import DatabaseDamaged
from soum_desk.services.core import integrity
from soum_desk.services.core.startup import open_context, quick_check


def _flip_inside_a_record(db, marker: bytes) -> None:
    data = bytearray(db.read_bytes())
    at = data.index(marker)  # the table's copy comes first (the index is created after the rows)
    data[at] ^= 0x01
    db.write_bytes(bytes(data))


def _office_with_a_flipped_record(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    open_context(paths).dispose()
    conn = sqlite3.connect(paths.sqlite_path)
    conn.execute("CREATE TABLE probe (word TEXT)")
    conn.execute("INSERT INTO probe VALUES ('ЦЭЦЭРЛЭГ-ХУВИРСАН-БАЙТ')")
    conn.execute("CREATE INDEX ix_probe ON probe (word)")
    conn.commit()
    conn.close()
    _flip_inside_a_record(paths.sqlite_path, "ЦЭЦЭРЛЭГ-ХУВИРСАН-БАЙТ".encode())
    return paths


def test_flipped_bytes_in_a_record_pass_the_quick_check_but_not_the_full_one(tmp_path):
    paths = _office_with_a_flipped_record(tmp_path)
    assert quick_check(paths.sqlite_path) == "ok"  # what start-up used to rely on
    assert integrity.full_check(paths.sqlite_path) != "ok"
    with pytest.raises(DatabaseDamaged) as err:
        integrity.verify(paths)
    assert "damaged" in err.value.msg.en and "эвдэрсэн" in err.value.msg.mn


def test_a_sound_database_passes(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    open_context(paths).dispose()
    assert integrity.full_check(paths.sqlite_path) == "ok"
    integrity.verify(paths)


def test_the_start_up_check_runs_only_after_an_unclean_exit(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    open_context(paths).dispose()
    assert not integrity.unclean_exit(paths)
    integrity.mark_open(paths)  # the GUI is running…
    assert integrity.unclean_exit(paths)  # …and had it crashed, the marker is still there
    integrity.mark_closed(paths)
    assert not integrity.unclean_exit(paths)
    (tmp_path / "data" / "soumdesk.sqlite3").write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseDamaged):
        open_context(paths)  # the CLI and an unclean exit keep checking before opening
