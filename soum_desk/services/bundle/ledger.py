"""The office's bundle numbers, kept outside the database (in the key store), so a restore
cannot give a number that already left the office to a second bundle.

Restoring the backup made before an export rolled `bundle_export` back: the next export reused
the number, the province said «sequence conflict» and every later bundle «chain broken»
(issue 19). Every export is therefore also written to `keys/exports.json` (the restore never
touches the key store), and before each export the database is completed from it and from the
finished bundles of this office on the stick (`recover`). `adopt` is the resynchronisation:
the office continues its chain from the province's last imported bundle (docs/bundle.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from soum_desk.bundle import format as fmt
from soum_desk.db.models import BundleExport, OfficeKey
from soum_desk.domain.roles import Permission
from soum_desk.errors import ValidationError
from soum_desk.fileio import make_private, write_bytes_atomic
from soum_desk.services.core import audit, office
from soum_desk.services.core.context import Actor, AppContext

if TYPE_CHECKING:
    from soum_desk.services.core.backup import BackupInfo

LEDGER_FILE = "exports.json"
_FIELDS = ("sequence", "period", "digest", "previous_digest", "key_id", "file_name", "size_bytes",
           "personal_data", "exported_by", "state", "content_digest")
_DIGEST = re.compile(r"^[0-9a-f]{64}$")


def _path(ctx: AppContext) -> Path:
    return ctx.paths.keys_dir / LEDGER_FILE


def load(ctx: AppContext) -> dict[str, Any]:
    """{"office_code", "exports": {sequence: record}, "adopted": {"sequence", "digest"} | None}."""
    try:
        data = json.loads(_path(ctx).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"office_code": None, "exports": {}, "adopted": None}
    if not isinstance(data, dict):
        return {"office_code": None, "exports": {}, "adopted": None}
    raw = data.get("exports")
    raw = raw if isinstance(raw, dict) else {}
    exports = {int(k): v for k, v in raw.items() if str(k).isdigit() and _record_ok(int(k), v)}
    adopted = data.get("adopted")
    if not (isinstance(adopted, dict) and _number_ok(adopted.get("sequence"))
            and isinstance(adopted.get("digest"), str) and _DIGEST.match(adopted["digest"])):
        adopted = None
    code = data.get("office_code") if isinstance(data.get("office_code"), str) else None
    return {"office_code": code, "exports": exports, "adopted": adopted}


MAX_SEQUENCE = 2**31 - 1


def _number_ok(value: object) -> bool:
    return type(value) is int and 1 <= value <= MAX_SEQUENCE


def _record_ok(sequence: int, record: object) -> bool:
    """A damaged or hand-edited ledger entry is passed over (the database and the stick still
    count), never written into `bundle_export` or allowed to stop an export."""
    if not (_number_ok(sequence) and isinstance(record, dict)):
        return False
    texts = {"period": 10, "digest": 64, "previous_digest": 64, "key_id": 32, "file_name": 300,
             "exported_by": 80, "state": 12}
    try:
        datetime.fromisoformat(str(record.get("created_at")))
    except ValueError:
        return False
    return (all(isinstance(record.get(f), str) and 0 < len(record[f]) <= n for f, n in texts.items())
            and bool(_DIGEST.match(record["digest"])) and type(record.get("size_bytes")) is int
            and 0 <= record["size_bytes"] <= MAX_SEQUENCE and isinstance(record.get("personal_data"), bool)
            and (record.get("content_digest") is None or isinstance(record.get("content_digest"), str)))


def _save(ctx: AppContext, data: dict[str, Any]) -> None:
    text = json.dumps({"office_code": data["office_code"], "adopted": data["adopted"],
                       "exports": {str(k): v for k, v in sorted(data["exports"].items())}},
                      ensure_ascii=False, indent=1)
    target = _path(ctx)
    write_bytes_atomic(target, text.encode("utf-8"))
    make_private(target)


def _own_code(ctx: AppContext) -> str:
    with ctx.reading() as session:
        return office.own_office(session).code


def _mine(ctx: AppContext) -> dict[str, Any]:
    """The ledger of this office (a key store copied from another office counts as empty)."""
    data = load(ctx)
    code = _own_code(ctx)
    if data["office_code"] not in (None, code):
        return {"office_code": code, "exports": {}, "adopted": None}
    data["office_code"] = code
    return data


def record_of(row: BundleExport) -> dict[str, Any]:
    values = {f: getattr(row, f) for f in _FIELDS}
    values["created_at"] = row.created_at.isoformat(timespec="seconds")
    return values


def remember(ctx: AppContext, row: BundleExport) -> None:
    """Write (or update) one export in the ledger; raises when the key store cannot be written,
    so the export stops before its number leaves the office unrecorded."""
    data = _mine(ctx)
    data["exports"][row.sequence] = record_of(row)
    _save(ctx, data)


def forget(ctx: AppContext, sequence: int) -> None:
    """A withdrawn number (nothing reached the stick) is free again, here as in the database."""
    data = _mine(ctx)
    if data["exports"].pop(sequence, None) is not None:
        _save(ctx, data)


def highest(ctx: AppContext) -> int:
    data = _mine(ctx)
    adopted = (data["adopted"] or {}).get("sequence", 0)
    return max([0, adopted, *data["exports"]])


def adopted(ctx: AppContext) -> dict[str, Any] | None:
    return _mine(ctx)["adopted"]


def recover(ctx: AppContext, actor: Actor, out_dir: Path | None = None) -> list[int]:
    """Put back into the database every export the ledger, or a finished bundle of this office
    in `out_dir`, knows of and the database does not (a restored backup); returns the numbers."""
    data = _mine(ctx)
    found = dict(data["exports"])
    if out_dir is not None:
        with ctx.reading() as session:
            known = set(found) | set(session.scalars(select(BundleExport.sequence)))
        for record in _on_stick(ctx, Path(out_dir), data["office_code"], known):
            found.setdefault(record["sequence"], record)
    recovered: list[int] = []
    with ctx.transaction() as session:
        known = set(session.scalars(select(BundleExport.sequence)))
        digests = set(session.scalars(select(BundleExport.digest)))
        for sequence, record in sorted(found.items()):
            if sequence in known or record["digest"] in digests:
                continue
            row = BundleExport(**{f: record.get(f) for f in _FIELDS if f != "sequence"}, sequence=sequence,
                               created_at=datetime.fromisoformat(record["created_at"]))
            session.add(row)
            session.flush()
            audit.record(session, actor, "bundle.export_recovered", "bundle_export", sequence,
                         after=record_of(row))
            recovered.append(sequence)
        for row in session.scalars(select(BundleExport)):  # and the other way: a lost ledger heals
            found.setdefault(row.sequence, record_of(row))
    changed = False
    for sequence, record in found.items():
        if sequence not in data["exports"]:
            data["exports"][sequence], changed = record, True
    if changed:
        _save(ctx, data)
    return recovered


def _on_stick(ctx: AppContext, folder: Path, code: str, known: set[int]) -> list[dict[str, Any]]:
    """This office's finished bundles in `folder` with a number not in `known`, each checked
    against the office's own keys (a file that only looks like one is passed over)."""
    from soum_desk.bundle.verify import KeyInfo, verify

    safe = re.sub(r"[^\w.-]+", "_", code, flags=re.UNICODE).strip("_")
    pattern = re.compile(rf"^{re.escape(safe)}_\w+_(\d{{4,9}})\.zip$")
    with ctx.reading() as session:
        own = [KeyInfo(k.key_id, code, k.public_key) for k in session.scalars(
            select(OfficeKey).where(OfficeKey.kind == "ed25519"))]

    class _OwnKeys:
        def key(self, key_id: str) -> KeyInfo | None:
            return next((k for k in own if k.key_id == key_id), None)

        def office_known(self, claimed: str) -> bool:
            return claimed == code

        def keys_of(self, claimed: str) -> list[KeyInfo]:
            return own if claimed == code else []

    records = []
    try:
        candidates = sorted(p for p in folder.iterdir()
                            if (m := pattern.match(p.name)) and int(m.group(1)) not in known)
    except OSError:
        return []
    for path in candidates:
        verdict = verify(path, _OwnKeys())
        if not verdict.ok or verdict.office_code != code or not verdict.sequence or not verdict.digest:
            continue
        created = verdict.created_at or datetime.fromtimestamp(path.stat().st_mtime)
        records.append({"sequence": verdict.sequence, "period": verdict.period, "digest": verdict.digest,
                        "previous_digest": verdict.previous_digest or fmt.NO_PREVIOUS,
                        "key_id": verdict.key_id, "file_name": path.name, "size_bytes": path.stat().st_size,
                        "personal_data": bool(verdict.personal_data), "exported_by": "-", "state": "done",
                        "content_digest": None,
                        "created_at": created.replace(tzinfo=None).isoformat(timespec="seconds")})
    return records


def adopt(ctx: AppContext, sequence: int, digest: str) -> dict[str, Any]:
    """Resynchronise with the province: its last imported bundle of this office is `sequence`
    with `digest` (`soum-desk --province province chain CODE`). The next bundle follows it; this
    office's own exports after it (or a different one under that number) are marked interrupted,
    and the next bundle, signed, declares them so the province does not wait for them."""
    actor = ctx.require(Permission.SIGN)
    digest = digest.strip().lower()
    if sequence < 1 or sequence > 2_000_000_000:
        raise ValidationError("Аймгийн сүүлийн багцын дугаар 1-ээс их бүхэл тоо байна.",
                              "The province's last bundle number is a whole number from 1.")
    if not _DIGEST.match(digest):
        raise ValidationError("Аймгийн сүүлийн багцын хэш 64 тэмдэгттэй (0-9, a-f) байна.",
                              "The province's last bundle digest has 64 characters (0-9, a-f).")
    recover(ctx, actor)
    marked: list[int] = []
    with ctx.transaction() as session:
        for row in session.scalars(select(BundleExport).where(BundleExport.sequence >= sequence)):
            if row.sequence == sequence and row.digest == digest:
                continue
            if row.state != "interrupted":
                row.state = "interrupted"
                marked.append(row.sequence)
        audit.record(session, actor, "bundle.resync", "bundle_export", sequence,
                     after={"province_sequence": sequence, "province_digest": digest, "marked_interrupted": marked})
        rows = list(session.scalars(select(BundleExport).where(BundleExport.sequence >= sequence)))
    data = _mine(ctx)
    for row in rows:
        data["exports"][row.sequence] = record_of(row)
    data["adopted"] = {"sequence": sequence, "digest": digest,
                       "at": datetime.now().isoformat(timespec="seconds")}
    _save(ctx, data)
    return {"sequence": sequence, "digest": digest, "marked_interrupted": marked}


def restore_keeping_numbers(ctx: AppContext, path: Path, progress: Callable[[int, int], bool] | None = None
                            ) -> BackupInfo:
    """`backup.restore`, then the bundle numbers the restored database forgot are put back at
    once (the exports list, «changed since sent» and the next number are right from the start).
    Should that second step fail, the next export does it: the restore itself stands."""
    import logging

    from soum_desk.services.core import backup

    done = backup.restore(ctx, path, progress)
    try:
        recover(ctx, Actor.system())
    except Exception:  # noqa: BLE001 - the restore is done; the next export recovers the numbers
        logging.getLogger(__name__).exception("recovering bundle numbers after a restore failed")
    return done
