"""The audit chain's last known head, kept in a file beside the database (issue 19).

The head in the `setting` table is rewritten by whoever cuts the log's tail, and a WAL file
deleted after a crash takes the newest committed transactions with it: in both cases the chain
inside the database still links, and only something outside it can tell. After every commit that
added audit entries the count and hash reached are written to `audit-anchor.json` in the data
folder; `audit verify` and the start-up check ask whether the chain still holds that hash at that
count.

The file is only ever moved forward along the same chain: when the chain no longer reaches the
anchor, the anchor is kept as the evidence (a restore, which shortens the chain on purpose, resets
it first). It is written without fsync: after a power cut it may be older than the database (no
alarm), never newer (SQLite commits with synchronous=FULL before it is written). The file is
created 0600.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from soum_desk.config import AppPaths
from soum_desk.services.core.audit_position import chain_end, hash_at

FILE_NAME = "audit-anchor.json"
START = "audit_anchor.start"  # session.info: the chain's (count, hash) before this transaction's entries
REACHED = "audit_anchor.reached"  # session.info: (count, hash) after them


def path_of(paths: AppPaths) -> Path:
    return paths.data_dir / FILE_NAME


def read(paths: AppPaths) -> dict[str, Any] | None:
    """The anchor, or None when there is none or it cannot be read (then nothing is compared)."""
    try:
        value = json.loads(path_of(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(value, dict) or not isinstance(value.get("count"), int) or not isinstance(value.get("hash"), str):
        return None
    return value


RECORD_BYTES = 256  # every write the same length, in place: nothing of an older record is left over


def _write(paths: AppPaths, count: int, digest: str) -> None:
    """Overwrite the anchor in place with one fixed-length write (a rename per commit cost 1.6 ms
    on the test machine, this 25 µs). A torn write leaves text that does not parse: then there is
    no anchor to compare, never a false one."""
    target = path_of(paths)
    data = {"count": count, "hash": digest, "at": datetime.now(UTC).isoformat(timespec="seconds")}
    record = json.dumps(data).encode("utf-8").ljust(RECORD_BYTES)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(fd, record)
        finally:
            os.close(fd)
    except OSError:  # the records are committed; a stale anchor only weakens the next check
        logging.getLogger(__name__).warning("could not write %s", target, exc_info=True)


def noted(session: Session, before: tuple[int, str], after: tuple[int, str]) -> None:
    """Called by `audit.record`: remember where this transaction's entries start and end."""
    session.info.setdefault(START, before)
    session.info[REACHED] = after


def after_commit(paths: AppPaths, session: Session) -> None:
    """Move the anchor to the head this transaction reached, if it continues the anchored chain."""
    reached = session.info.pop(REACHED, None)
    start = session.info.pop(START, None)
    if reached is None or start is None:
        return
    anchor = read(paths)
    if anchor is not None and not _continues(session, anchor, start):
        return  # keep it: `audit verify` and the start-up check name the loss
    _write(paths, *reached)


def _continues(session: Session, anchor: dict[str, Any], start: tuple[int, str]) -> bool:
    """Does the chain this transaction extended still hold the anchor? It began at the anchor (one
    process writing), or past it (another wrote meanwhile) with the anchor's hash at its count."""
    if (anchor["count"], anchor["hash"]) == tuple(start):
        return True
    return anchor["count"] < start[0] and hash_at(session, anchor["count"]) == anchor["hash"]


def reset(paths: AppPaths) -> None:
    """Forget the anchor: the database was replaced on purpose (restore, recovery)."""
    try:
        path_of(paths).unlink(missing_ok=True)
    except OSError:
        logging.getLogger(__name__).warning("could not remove %s", path_of(paths), exc_info=True)


def problem(session: Session, paths: AppPaths) -> tuple[str, str] | None:
    """What the chain lost since the anchor was written, in Mongolian and English; None if nothing."""
    anchor = read(paths)
    if anchor is None:
        return None
    count, digest = anchor["count"], anchor["hash"]
    when = str(anchor.get("at", ""))[:10].replace("-", ".")
    if hash_at(session, count) == digest:
        return None
    now, _ = chain_end(session)
    if now < count:
        return (f"Аудитын бүртгэлд {count - now} бичлэг дутуу байна: {when}-нд {count} бичлэгтэй байсан, одоо {now}. "
                "Сүүлд хадгалсан өөрчлөлтүүд алга болсон (жишээ нь гэмтлийн дараа өгөгдлийн сангийн "
                "хажуугийн «-wal» файлыг устгасан) эсвэл бүртгэлийг програмын гадуур таслан устгажээ. "
                "Администраторт хандана уу.",
                f"The audit log is missing {count - now} entries: it had {count} on {when}, now {now}. The latest "
                "saved changes were lost (for example the «-wal» file beside the database was deleted after a "
                "crash) or the log was cut outside the program. Call the administrator.")
    return (f"Аудитын бүртгэлийн эхний {count} бичлэг {when}-нд байсантай таарахгүй байна: зарим бичлэг алга "
            "болсон (жишээ нь гэмтлийн дараа «-wal» файлыг устгасан) эсвэл бүртгэлийг програмын гадуур "
            "өөрчилсөн. Администраторт хандана уу.",
            f"The first {count} entries of the audit log are not the ones it had on {when}: entries were lost "
            "(for example the «-wal» file was deleted after a crash) or the log was changed outside the "
            "program. Call the administrator.")
