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
