"""Power-cut simulation (issue 9, item 2): what the disk may hold after the power goes.

A workload of real service writes runs in this process with the VFS shim recording every
write, truncation, sync and delete of the database, its WAL and its journal, plus a marker
(and a digest of every table, read through the app's read engine) after each service call
returned. Offline, for every sync point, crash images are built: each file as of its last
sync, plus none, all, a random subset, a reordered subset, or torn sectors of the writes that
were not yet synced (SQLite's unix VFS promises "powersafe overwrite", so a torn write only
damages its own sectors). Each image is opened with `open_context` (quick_check, migrations)
and must be in a committed state: integrity ok, the crash checks of item 1, the audit chain
verifies, and the tables equal the state after the last reported call or the one in flight.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from soum_desk.config import resolve_paths
from soum_desk.services.core import audit, users
from soum_desk.services.core.context import Actor
from soum_desk.services.core.startup import open_context
from soum_desk.services.letters import actions as letters
from tests.reliability.crash_harness import CrashStats, check
from tests.reliability.crash_writer import one_write
from tests.reliability.vfs_shim import Op, Recorder, shim

SECTOR = 512
SUFFIXES = ("", "-wal", "-journal")
VARIANTS = ("drop", "all", "subset", "reorder", "torn")


@dataclass
class Recording:
    db_name: str
    base: dict[str, bytes | None]  # suffix -> file content before the workload
    ops: list[Op]
    digests: list[str]  # digests[c]: every table after c calls returned (0: the template as it was)
    calls: list[tuple[str, int]]  # (kind, id) of each call: ("A", 0) sign-in, ("E", letter id) an edit

    def reported(self, returned: int) -> list[tuple[str, int]]:
        """The new records the clerk had been told were saved once `returned` calls returned."""
        return [call for call in self.calls[:returned] if call[0] in "PLG"]

    def summary(self) -> dict[str, int]:
        """How much the workload exercised: syncs per file, checkpoints, WAL restarts."""
        counts = {"calls": len(self.calls), "writes": 0, "wal_syncs": 0, "db_syncs": 0, "wal_restarts": 0}
        wal_started = False
        for op in self.ops:
            if op.kind == "w":
                counts["writes"] += 1
                if op.path.endswith("-wal") and op.offset == 0:
                    counts["wal_restarts"] += wal_started  # a new WAL header over an old WAL
                    wal_started = True
            elif op.kind == "s":
                counts["wal_syncs" if op.path.endswith("-wal") else "db_syncs"] += 1
            elif op.kind == "d" and op.path.endswith("-wal"):
                wal_started = False
        return counts


@dataclass
class PowerCutStats:
    sync_points: int = 0
    checkpoint_points: int = 0  # sync points with unsynced writes to the database file itself
    images: int = 0
    by_variant: dict[str, int] = field(default_factory=dict)
    not_committed: int = 0  # opened, but the tables match no committed state
    open_failures: int = 0
    crash: CrashStats = field(default_factory=CrashStats)
    in_flight_kept: int = 0  # images holding the call that had not yet returned
    problems: list[str] = field(default_factory=list)


def table_digest(con: sqlite3.Connection | type) -> str:
    """A digest of every table's rows (FTS shadow tables excluded: checked separately)."""
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts%' ORDER BY name").fetchall()]
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode())
        for row in con.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall():  # noqa: S608
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def live_digest(ctx) -> str:  # noqa: ANN001
    """`table_digest` of what the app itself shows, read through its read engine."""
    with ctx.reading() as session:
        conn = session.connection()

        class _Exec:
            @staticmethod
            def execute(sql: str):  # noqa: ANN205
                return conn.exec_driver_sql(sql)

        return table_digest(_Exec)


def record(template: Path, work: Path, writes: int, measures: list[int], seed: int = 1,
           edits: bool = True, on_open: Callable | None = None) -> Recording:
    """Run `writes` clerk service calls through the recording shim; close the app at the end."""
    data = work / "recorded"
    shutil.copytree(template, data)
    db = resolve_paths(data).sqlite_path
    base = {s: (Path(f"{db}{s}").read_bytes() if Path(f"{db}{s}").exists() else None) for s in SUFFIXES}
    names = {f"{db}{s}" for s in SUFFIXES}
    rec = Recorder(lambda path: path in names)
    vfs = shim()
    vfs.install()
    vfs.recorder = rec
    rnd = random.Random(seed)
    calls: list[tuple[str, int]] = []
    con = sqlite3.connect(resolve_paths(template).sqlite_path)
    try:
        digests = [table_digest(con)]
    finally:
        con.close()
    try:
        ctx = open_context(resolve_paths(data))
        if on_open is not None:
            on_open(ctx)
        ctx = ctx.as_actor(users.authenticate(ctx, "clerk", "clerk-pass-1"))

        def returned(call: tuple[str, int]) -> None:
            calls.append(call)
            rec.mark(("returned", len(calls)))  # from here on the clerk was told it is saved
            digests.append(live_digest(ctx))

        returned(("A", 0))
        letter_ids: list[int] = []
        for i in range(writes):
            if edits and letter_ids and rnd.random() < 0.2:
                ident = rnd.choice(letter_ids)
                letters.update_letter(ctx, ident, subject=f"Засвар {i} {rnd.random()}")
                kind = "E"
            else:
                kind, ident = one_write(ctx, rnd, measures)
                if kind == "L":
                    letter_ids.append(ident)
            returned((kind, ident))
        ctx.dispose()  # the last connection checkpoints and deletes the WAL: recorded too
    finally:
        vfs.uninstall()
    shutil.rmtree(data)
    return Recording(db.name, base, rec.ops, digests, calls)


# --- crash images ------------------------------------------------------------------------------

def _apply(content: bytearray | None, op: Op) -> bytearray | None:
    if op.kind == "d":
        return None
    content = bytearray() if content is None else content
    if op.kind == "t":
        del content[op.offset:]
        content.extend(b"\0" * (op.offset - len(content)))
    elif op.kind == "w":
        end = op.offset + len(op.data)
        if len(content) < end:
            content.extend(b"\0" * (end - len(content)))
        content[op.offset:end] = op.data
    return content


def _torn(op: Op, rnd: random.Random) -> Op:
    """The write with each sector new, old (not written) or zeros: "powersafe overwrite" lets a
    power cut damage only the sectors being written."""
    if op.kind != "w":
        return op
    pieces = []
    for start in range(0, len(op.data), SECTOR):
        chunk = op.data[start:start + SECTOR]
        fate = rnd.random()
        if fate < 0.4:
            pieces.append(Op("w", op.path, op.offset + start, chunk))
        elif fate < 0.7:
            pieces.append(Op("w", op.path, op.offset + start, bytes(len(chunk))))
        # else: this sector never reached the disk and keeps what was there
    return Op("x", op.path, marker=pieces)


def image_variant(durable: dict[str, bytearray | None], pending: dict[str, list[Op]], variant: str,
                  rnd: random.Random) -> dict[str, bytes | None]:
    """File contents after a power cut: the synced state plus some of the unsynced operations."""
    files: dict[str, bytes | None] = {}
    for suffix, content in durable.items():
        ops = list(pending.get(suffix, ()))
        if variant == "drop":
            ops = []
        elif variant == "subset":
            ops = [op for op in ops if rnd.random() < 0.5]
        elif variant == "reorder":
            ops = [op for op in ops if rnd.random() < 0.7]
            rnd.shuffle(ops)
        elif variant == "torn":
            ops = [_torn(op, rnd) if rnd.random() < 0.5 else op for op in ops if rnd.random() < 0.8]
        current = None if content is None else bytearray(content)
        for op in ops:
            for piece in (op.marker if op.kind == "x" else [op]):
                current = _apply(current, piece)
        files[suffix] = None if current is None else bytes(current)
    return files


def crash_points(rec: Recording, every: int = 1) -> Iterator[tuple[int, dict, dict]]:
    """(calls returned, durable, pending) just before every `every`-th sync, before every sync with
    unsynced database pages (a checkpoint: the points that matter most), and at the very end."""
    durable: dict[str, bytearray | None] = {s: (None if c is None else bytearray(c)) for s, c in rec.base.items()}
    pending: dict[str, list[Op]] = {s: [] for s in SUFFIXES}
    returned = 0
    syncs = 0
    for op in rec.ops:
        if op.kind == "m":
            returned = op.marker[1]
            continue
        suffix = next((s for s in SUFFIXES[1:] if op.path.endswith(s)), "")
        if op.kind == "s":
            if syncs % every == 0 or pending[""]:
                yield returned, durable, pending
            syncs += 1
            for queued in pending[suffix]:
                durable[suffix] = _apply(durable[suffix], queued)
            pending[suffix] = []
        else:
            pending[suffix].append(op)
    yield returned, durable, pending


def write_image(files: dict[str, bytes | None], folder: Path, db_name: str) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for suffix, content in files.items():
        if content is not None:
            (folder / f"{db_name}{suffix}").write_bytes(content)
    return folder


def check_image(folder: Path, rec: Recording, returned: int, stats: PowerCutStats, label: str) -> None:
    """Open the image as the app does and require a committed state holding every reported record."""
    paths = resolve_paths(folder)
    try:
        ctx = open_context(paths)
    except Exception as exc:  # noqa: BLE001 - any refusal to open is the finding
        stats.open_failures += 1
        stats.problems.append(f"{label}: does not open: {exc}")
        return
    try:
        report = audit.verify(ctx.as_actor(Actor.system()))
        if not report.ok:
            stats.problems.append(f"{label}: audit chain: {report.message_en}")
            stats.not_committed += 1
    finally:
        ctx.dispose()
    crash = stats.crash
    before = (crash.integrity_failures, crash.lost, crash.half_applied)
    check(paths.sqlite_path, rec.reported(returned), crash)
    if (crash.integrity_failures, crash.lost, crash.half_applied) != before:
        stats.problems.append(f"{label}: {crash.problems[-1]}")
        return
    con = sqlite3.connect(paths.sqlite_path)
    try:
        found = table_digest(con)
    finally:
        con.close()
    allowed = rec.digests[returned:returned + 2]
    if found not in allowed:
        stats.not_committed += 1
        stats.problems.append(f"{label}: tables match neither the state after call {returned} nor the next")
    elif found != allowed[0]:
        stats.in_flight_kept += 1


def sweep(rec: Recording, work: Path, *, every: int = 1, variants: tuple[str, ...] = VARIANTS,
          seed: int = 1, draws: int = 1, checkpoint_draws: int = 1, limit: int | None = None) -> PowerCutStats:
    """Build and check crash images at every `every`-th sync point.

    Each random variant is drawn `draws` times (`checkpoint_draws` times where database pages
    of a checkpoint are unsynced); `limit` stops after that many images.
    """
    rnd = random.Random(seed)
    stats = PowerCutStats()
    folder = work / "image"
    for returned, durable, pending in crash_points(rec, every):
        stats.sync_points += 1
        stats.checkpoint_points += bool(pending[""])
        has_pending = any(pending.values())
        for variant in variants:
            if variant != "drop" and not has_pending:
                continue
            repeat = 1 if variant in ("drop", "all") else checkpoint_draws if pending[""] else draws
            for _ in range(repeat):
                files = image_variant(durable, pending, variant, rnd)
                label = f"sync point {stats.sync_points} ({returned} calls returned), {variant}"
                check_image(write_image(files, folder, rec.db_name), rec, returned, stats, label)
                stats.images += 1
                stats.by_variant[variant] = stats.by_variant.get(variant, 0) + 1
                if limit is not None and stats.images >= limit:
                    return stats
    return stats
