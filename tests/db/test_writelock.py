"""One writer across processes: a second SoumDesk waits for the lock, then says the database is locked."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from soum_desk.db.writelock import WriteLock, for_database
from soum_desk.errors import EnvironmentProblem
from soum_desk.services.core import settings


def test_another_process_holding_the_write_lock_blocks_writes_not_reads(ctx):
    db = ctx.paths.sqlite_path
    for_database(db).timeout_s = 0.3
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from soum_desk.db.writelock import WriteLock
            with WriteLock({str(db)!r}, 5):
                print("held", flush=True)
                sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(EnvironmentProblem, match="locked"):
            settings.update(ctx, "backup.keep_recent", 3)
        assert settings.get(ctx, "backup.keep_recent") == 10  # reading still works
    finally:
        holder.communicate("go\n", timeout=30)
    settings.update(ctx, "backup.keep_recent", 3)
    assert settings.get(ctx, "backup.keep_recent") == 3


def test_the_lock_is_released_after_every_transaction(ctx):
    from soum_desk.errors import ValidationError
    from soum_desk.services.core import users

    other = WriteLock(ctx.paths.sqlite_path, 0.2)  # its own file descriptor, like another process
    settings.update(ctx, "backup.keep_recent", 4)
    with other:
        pass
    with pytest.raises(ValidationError):  # raised inside the transaction: rolled back
        users.update_user(ctx, "admin", active=False)
    with other:
        pass
    assert ctx.paths.sqlite_path.with_name("soumdesk.sqlite3.writelock").exists()


def test_a_holder_that_dies_leaves_the_lock_free(tmp_path):
    """The OS drops the lock with the process: no stale marker after a crash or power cut."""
    db = tmp_path / "soumdesk.sqlite3"
    died = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import os
        from soum_desk.db.writelock import WriteLock
        WriteLock({str(db)!r}, 5).acquire()
        os._exit(3)
    """)], timeout=60)
    assert died.returncode == 3
    with WriteLock(db, 0.5):
        pass


def test_threads_of_one_process_take_turns_and_a_thread_reenters(tmp_path):
    import threading

    from sqlalchemy.exc import OperationalError

    lock = WriteLock(tmp_path / "soumdesk.sqlite3", 0.2)
    outcome: list[str] = []

    def other_thread() -> None:
        try:
            lock.acquire()
        except OperationalError as exc:
            outcome.append(str(exc.orig))
        else:
            outcome.append("acquired")
            lock.release()

    with lock, lock:  # re-entry on the same thread
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
    assert outcome == ["database is locked (another SoumDesk is writing)"]
    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert outcome[-1] == "acquired"
