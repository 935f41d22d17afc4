"""Item 3: an I/O error (EIO or ENOSPC) at every Nth write of a report, a backup, a bundle and an
attachment, injected at the system-call boundary by `fault_write.c` (LD_PRELOAD).

Run as `LD_PRELOAD=fault_write.so python -m tests.reliability.write_error_sweep WORK_DIR [MAX_POINTS]`;
prints one JSON object: per write kind, the number of write calls, the points tried, the clean
refusals, the completions and every problem seen (a problem fails the test).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import gc
import json
import os
import shutil
import sqlite3
import sys
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from soum_desk.bundle import keys
from soum_desk.config import resolve_paths
from soum_desk.db.models import Attachment
from soum_desk.domain.roles import Role
from soum_desk.errors import EnvironmentProblem
from soum_desk.fileio import TEMP_MARK
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core import attachments, backup, office, users
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.startup import open_context
from soum_desk.services.letters import actions as letters
from soum_desk.services.petitions import actions as petitions
from soum_desk.services.petitions import report as petitions_reports

KEY_PASS = "long key passphrase"
ERRNOS = (errno.EIO, errno.ENOSPC)


@dataclass
class KindResult:
    writes: int = 0
    points: int = 0
    refused: int = 0
    completed: int = 0
    completed_at: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Fault:
    """The preloaded library's controls (the same object the dynamic linker loaded first)."""

    def __init__(self) -> None:
        path = os.environ.get("LD_PRELOAD", "")
        if "fault_write" not in path:
            raise SystemExit("run with LD_PRELOAD=…/fault_write.so")
        self.lib = ctypes.CDLL(path)
        self.lib.fault_arm.argtypes = [ctypes.c_char_p, ctypes.c_long, ctypes.c_int]
        self.lib.fault_count.restype = ctypes.c_long

    def arm(self, folder: Path, fail_at: int, err: int = errno.EIO) -> None:
        self.lib.fault_arm(str(folder.resolve()).encode(), fail_at, err)

    def disarm(self) -> None:
        self.lib.fault_arm(b"", 0, 0)

    def count(self) -> int:
        return self.lib.fault_count()


def make_office(folder: Path) -> tuple[AppContext, int]:
    """An office signed in as its head, with a key, a petition, a letter and an approved quarter."""
    keys.KDF_MEMORY_KIB, keys.KDF_TIME_COST = 8 * 1024, 1  # the key's strength is not under test
    ctx = open_context(resolve_paths(folder / "data"))
    office.initialise(ctx, aimag_code="MN-049", soum_name="Сүхбаатар", office_name="Сүхбаатар сумын ЗДТГ",
                      admin_username="admin", admin_password="admin-pass-1", bags=["1-р баг"])
    admin = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
    users.create_user(admin, "head", "head-pass-1", Role.HEAD.value, "Б.Дарга", "ЗДТГ-ын дарга")
    head = ctx.as_actor(users.authenticate(ctx, "head", "head-pass-1"))
    bundle_keys.create_key(head, KEY_PASS)
    for i in range(30):
        petitions.register(head, received_at=datetime(2024, 10, 5, 10), channel="written", kind="request",
                           summary=f"Газар олгох хүсэлт {i} " + "ө" * 200, petitioner={"name": "Б.Болд"})
    letter = letters.register_letter(head, direction="in", reg_date=date(2024, 11, 1), counterpart="Аймгийн ЗДТГ",
                            subject="Мэдээ ирүүлэх тухай")
    bundle_export.approve_period(head, "2024Q4")
    return head, letter["id"]


def _is_complete(path: Path) -> str | None:
    """None if `path` is a whole file of its kind, else what is wrong."""
    data = path.read_bytes()
    if not data:
        return "zero bytes"
    if path.suffix == ".pdf":
        return None if data.startswith(b"%PDF") and b"%%EOF" in data[-64:] else "PDF without its end"
    if path.suffix in {".xlsx", ".zip"}:
        try:
            with zipfile.ZipFile(path) as archive:
                bad = archive.testzip()
        except zipfile.BadZipFile as exc:
            return f"not a whole zip: {exc}"
        return None if bad is None else f"damaged member {bad}"
    if path.suffix == ".sqlite3":
        try:
            backup.check_backup_file(path)
        except Exception as exc:  # noqa: BLE001 - any refusal means a damaged backup
            return f"backup refused: {exc}"
        with contextlib.closing(sqlite3.connect(path)) as con:
            mode = con.execute("PRAGMA journal_mode").fetchone()[0]
        return None if mode == "delete" else f"backup left in {mode} mode (needs files beside it)"
    return None


def sweep(fault: Fault, name: str, folder: Path, write: Callable[[], None],
          after: Callable[[bool], str | None], max_points: int) -> KindResult:
    """Count `write`'s calls into `folder`, then fail each (or an even sample of) the Nth one."""
    result = KindResult()
    folder.mkdir(parents=True, exist_ok=True)
    fault.arm(folder, 0)
    write()
    result.writes = fault.count()
    fault.disarm()
    _empty(folder)
    step = max(1, result.writes // max_points)
    for n in range(1, result.writes + 1, step):
        result.points += 1
        fault.arm(folder, n, ERRNOS[n % 2])
        refused = False
        try:
            write()
        except EnvironmentProblem as problem:
            refused = True
            if not (problem.msg.mn and problem.msg.en):
                result.problems.append(f"{name} write {n}: message without both languages: {problem}")
        except Exception as exc:  # noqa: BLE001 - anything else is what this test is looking for
            refused = True
            result.problems.append(f"{name} write {n}: {type(exc).__name__}: {exc}")
        finally:
            fault.disarm()
            # a writer left open by a failed library call writes on when collected: not at the next point
            gc.collect()
        result.refused += refused
        result.completed += not refused
        if not refused:
            result.completed_at.append(n)
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if TEMP_MARK in path.name:
                result.problems.append(f"{name} write {n}: temporary left: {path.name}")
            elif (wrong := _is_complete(path)) is not None:
                result.problems.append(f"{name} write {n}: {path.name}: {wrong}")
        if (wrong := after(refused)) is not None:
            result.problems.append(f"{name} write {n}: {wrong}")
        _empty(folder)
    return result


def _empty(folder: Path) -> None:
    for path in folder.iterdir():
        shutil.rmtree(path) if path.is_dir() else path.unlink()


def main(work: Path, max_points: int) -> dict[str, KindResult]:
    fault = Fault()
    ctx, letter_id = make_office(work)
    out = work / "out"
    nothing = lambda refused: None  # noqa: E731 - reports and backups leave no record behind
    admin = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))  # a copy out is the admin's (issue 19)
    results = {
        "pdf_report": sweep(fault, "pdf", out, lambda: petitions_reports.make_report(
            ctx, "2024Q4", "pdf", out / "petitions.pdf"), nothing, max_points),
        "xlsx_report": sweep(fault, "xlsx", out, lambda: petitions_reports.make_report(
            ctx, "2024Q4", "xlsx", out / "petitions.xlsx"), nothing, max_points),
        "backup": sweep(fault, "backup", out, lambda: backup.make_backup(admin, to=out / "copy.sqlite3"),
                        nothing, max_points),
    }
    exports_before = 0

    def export() -> None:
        nonlocal exports_before
        exports_before = len(bundle_export.list_exports(ctx))
        bundle_export.export_bundle(ctx, "2024Q4", out, KEY_PASS)

    def exported(refused: bool) -> str | None:
        grew = len(bundle_export.list_exports(ctx)) - exports_before
        return None if refused or grew == 1 else f"a finished export recorded {grew} times"

    results["bundle"] = sweep(fault, "bundle", out, export, exported, max_points)

    def export_after_backup_error() -> None:
        _empty(out)
        export()

    def stick_untouched(refused: bool) -> str | None:
        written = [p.name for p in out.iterdir()]
        if refused and written:
            return f"the export went on after its safety backup failed: {written}"
        return exported(refused)

    # the export first takes a safety backup of the database: a write error there stops it
    results["bundle_backup"] = sweep(fault, "bundle (safety backup)", ctx.paths.backups_dir,
                                     export_after_backup_error, stick_untouched, max_points)

    source = work / "scan.pdf"
    stored = ctx.paths.attachments_dir

    def attachment_rows() -> int:
        with ctx.reading() as session:
            return session.scalar(select(func.count()).select_from(Attachment))

    rows_before = 0

    def attach() -> None:
        nonlocal rows_before
        rows_before = attachment_rows()
        # a new file each time, so the content-addressed store writes a new blob
        source.write_bytes(b"%PDF-1.4\n" + os.urandom(200_000) + b"\n%%EOF\n")
        attachments.store_file(ctx, source, entity="letter", entity_id=letter_id)

    def attached(refused: bool) -> str | None:
        grew = attachment_rows() - rows_before
        if refused and grew:
            return "a refused attachment was recorded"
        return None if refused or grew == 1 else f"a stored attachment recorded {grew} times"

    results["attachment"] = sweep(fault, "attachment", stored, attach, attached, max_points)
    ctx.dispose()
    return results


if __name__ == "__main__":
    found = main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40)
    print(json.dumps({kind: asdict(result) for kind, result in found.items()}, ensure_ascii=False))
