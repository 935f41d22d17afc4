"""Item 4: backups taken while a thread keeps writing: every one is sound and restores; the
rotation keeps exactly what the settings say."""

from __future__ import annotations

import os
import sqlite3
import threading
import time

from soum_desk.services.core import backup, settings
from soum_desk.services.letters import actions as letters

# An unpaused writer can starve the backup (SQLite's backup API restarts whenever another
# connection writes): found under load, see docs/reliability.md. 20 ms ≈ far above a clerk's pace.
PAUSE = float(os.environ.get("SOUM_DESK_BACKUP_WRITER_PAUSE", "0.02"))
BACKUPS = int(os.environ.get("SOUM_DESK_BACKUP_TRIALS", "20"))  # bench/reliability_backup.py: 100


def _letters_in(path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM letter").fetchone()[0]
    finally:
        con.close()


def test_backups_while_writing(ctx, tmp_path):
    stop = threading.Event()
    saved = []

    def writer() -> None:
        while not stop.is_set():
            saved.append(letters.register_letter(ctx, direction="in", reg_date="2024.01.10",
                                                 counterpart="Аймгийн ЗДТГ", subject="Мэдээ")["id"])
            time.sleep(PAUSE)

    thread = threading.Thread(target=writer)
    thread.start()
    started = time.perf_counter()
    try:
        made = [backup.make_backup(ctx, to=tmp_path / "set" / f"b{i:03d}.sqlite3").path for i in range(BACKUPS)]
    finally:
        stop.set()
        thread.join()
    taken = time.perf_counter() - started
    counts = [_letters_in(p) for p in made]
    for path in made:
        backup.check_backup_file(path)  # integrity_check, schema revision; raises if damaged
    assert counts == sorted(counts) and counts[-1] <= len(saved)
    assert counts[-1] > counts[0]  # the writer really ran during the backups
    started_restore = time.perf_counter()
    for path, expected in zip(made, counts, strict=True):
        backup.restore(ctx, path)
        assert _letters_in(ctx.paths.sqlite_path) == expected
    print(f"\n{BACKUPS} backups in {taken:.1f} s while {len(saved)} letters were saved; all pass integrity_check; "
          f"{BACKUPS} restores in {time.perf_counter() - started_restore:.1f} s, each with its backup's count")


def test_rotation_keeps_what_the_settings_say(ctx):
    settings.update(ctx, "backup.keep_recent", 5)
    for _ in range(12):
        backup.make_backup(ctx)
    # all taken today: the five newest are kept (today's daily/weekly/monthly pick is the newest)
    kept = backup.list_backups(ctx)
    assert len(kept) == 5
    settings.update(ctx, "backup.keep_recent", 2)
    backup.make_backup(ctx)
    assert len(backup.list_backups(ctx)) == 2
