"""Attachments shared by every area: scans (PDF, JPG, PNG) stored once by SHA-256.

A file lives at `<data_dir>/attachments/ab/cd/<sha256>` (the first two byte
pairs of its hash as folders), written atomically. The `attachment` table links
a record (entity, entity_id) to it. Opening re-hashes the file: a damaged or
missing scan raises `AttachmentProblem` and is never shown.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import Attachment
from soum_desk.domain.roles import Permission
from soum_desk.errors import EnvironmentProblem, NotFound, ValidationError
from soum_desk.fileio import atomic_path
from soum_desk.services.core import audit, settings
from soum_desk.services.core.context import Actor, AppContext

settings.register_defaults({"attachments.max_mb": 50})

MAGIC: list[tuple[bytes, str, str]] = [
    (b"%PDF-", "application/pdf", "PDF"),
    (b"\xff\xd8\xff", "image/jpeg", "JPG"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "PNG"),
]
BACKUP_SUBDIR = "attachments"


class AttachmentProblem(EnvironmentProblem):
    """An attached file is missing or no longer matches its hash."""


def sniff_mime(head: bytes) -> str | None:
    """The MIME type from the first bytes, or None when not PDF/JPG/PNG."""
    for magic, mime, _label in MAGIC:
        if head.startswith(magic):
            return mime
    return None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def blob_path(root: Path, sha256: str) -> Path:
    """Where a file with this hash lives under `root` (the attachments folder)."""
    return root / sha256[:2] / sha256[2:4] / sha256


def _as_dict(row: Attachment) -> dict:
    return {"id": row.id, "entity": row.entity, "entity_id": row.entity_id, "sha256": row.sha256,
            "filename": row.filename, "size": row.size, "mime": row.mime, "added_by": row.added_by,
            "added_at": row.added_at.isoformat(timespec="seconds")}


def _check_source(path: Path, max_mb: int) -> tuple[str, str, int]:
    """Validate the file to attach; return (sha256, mime, size)."""
    if not path.is_file():
        raise ValidationError(f"Файл олдсонгүй: {path}", f"File not found: {path}", where=str(path))
    size = path.stat().st_size
    if size == 0:
        raise ValidationError("Файл хоосон байна.", "The file is empty.", where=path.name)
    if size > max_mb * 1024 * 1024:
        raise ValidationError(f"Файл хэт том байна ({size // (1024 * 1024)} МБ, дээд хэмжээ {max_mb} МБ).",
                              f"The file is too large ({size // (1024 * 1024)} MB, limit {max_mb} MB).",
                              where=path.name)
    with open(path, "rb") as handle:
        mime = sniff_mime(handle.read(16))
    if mime is None:
        raise ValidationError("Зөвхөн PDF, JPG, PNG файл хавсаргана (файлын агуулга эдгээрийн аль нь ч биш).",
                              "Only PDF, JPG and PNG files can be attached (the content is none of these).",
                              where=path.name)
    return file_sha256(path), mime, size


def _put_blob(root: Path, source: Path, sha256: str) -> Path:
    """Copy `source` into the store unless a good copy is already there."""
    target = blob_path(root, sha256)
    if target.is_file() and file_sha256(target) == sha256:
        return target
    with atomic_path(target) as tmp:
        shutil.copyfile(source, tmp)
    if file_sha256(target) != sha256:  # the source changed while copying
        raise EnvironmentProblem("Файлыг хуулах үед өөрчлөгдсөн байна. Дахин оролдоно уу.",
                                 "The file changed while it was being copied. Try again.", where=source.name)
    return target


def store_in(session: Session, actor: Actor | None, root: Path, path: Path, *, entity: str,
             entity_id: object, filename: str | None = None, max_mb: int = 50) -> dict:
    """Store and link a file inside the caller's transaction (used by other services)."""
    path = Path(path)
    sha256, mime, size = _check_source(path, max_mb)
    _put_blob(root, path, sha256)
    key = str(entity_id)
    existing = session.scalar(select(Attachment).where(
        Attachment.entity == entity, Attachment.entity_id == key, Attachment.sha256 == sha256))
    if existing is not None:
        return _as_dict(existing)
    row = Attachment(entity=entity, entity_id=key, sha256=sha256, filename=(filename or path.name)[:255],
                     size=size, mime=mime, added_by=actor.username if actor else None,
                     added_at=datetime.now().replace(microsecond=0))
    session.add(row)
    session.flush()
    result = _as_dict(row)
    audit.record(session, actor, "attachment.add", "attachment", row.id, after=result)
    return result


def store_file(ctx: AppContext, path: str | Path, *, entity: str, entity_id: object) -> dict:
    """Attach the scan at `path` to the record (entity, entity_id); returns the attachment."""
    return store_files(ctx, [path], entity=entity, entity_id=entity_id)[0]


def store_files(ctx: AppContext, paths: Sequence[str | Path], *, entity: str, entity_id: object) -> list[dict]:
    """Attach several scans to one record in one transaction: all of them, or none on an error."""
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        max_mb = int(settings.get_value(session, "attachments.max_mb"))
        return [store_in(session, actor, ctx.paths.attachments_dir, Path(path), entity=entity,
                         entity_id=entity_id, max_mb=max_mb) for path in paths]


# Scans of these records carry citizens' personal data (a petition letter names its author).
PERSONAL_ENTITIES = frozenset({"petition"})


def _require_read(ctx: AppContext, entity: str) -> None:
    ctx.require(Permission.PERSONAL_DATA if entity in PERSONAL_ENTITIES else Permission.READ)


def get_attachment(ctx: AppContext, attachment_id: int) -> dict:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise NotFound(f"Хавсралт №{attachment_id} олдсонгүй.", f"Attachment #{attachment_id} not found.")
        _require_read(ctx, row.entity)
        return _as_dict(row)


def verify_blob(root: Path, info: dict) -> Path:
    """The stored file for `info`, re-hashed; raises AttachmentProblem when missing or damaged."""
    target = blob_path(root, info["sha256"])
    if not target.is_file():
        raise AttachmentProblem(
            f"«{info['filename']}» хавсралтын файл алга байна. Нөөц хуулбараас сэргээнэ үү.",
            f"The file of attachment «{info['filename']}» is missing. Restore it from a backup.",
            where=str(target))
    if file_sha256(target) != info["sha256"]:
        raise AttachmentProblem(
            f"«{info['filename']}» хавсралтын файл эвдэрсэн байна (хэш таарахгүй). Нөөц хуулбараас сэргээнэ үү.",
            f"The file of attachment «{info['filename']}» is damaged (hash mismatch). Restore it from a backup.",
            where=str(target))
    return target


def open_attachment(ctx: AppContext, attachment_id: int) -> Path:
    """The path of a good copy of the attachment, checked against its hash."""
    return verify_blob(ctx.paths.attachments_dir, get_attachment(ctx, attachment_id))


def list_attachments(ctx: AppContext, entity: str, entity_id: object) -> list[dict]:
    _require_read(ctx, entity)
    with ctx.reading() as session:
        rows = session.scalars(select(Attachment).where(
            Attachment.entity == entity, Attachment.entity_id == str(entity_id)).order_by(Attachment.id))
        return [_as_dict(r) for r in rows]


def check_all(ctx: AppContext, progress: Callable[[int, int], bool] | None = None) -> list[dict]:
    """Re-hash every stored attachment; returns the damaged or missing ones with a reason."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        rows = [_as_dict(r) for r in session.scalars(select(Attachment).order_by(Attachment.id))]
    problems: list[dict] = []
    checked: dict[str, AttachmentProblem | None] = {}
    for index, info in enumerate(rows, start=1):
        if info["sha256"] not in checked:
            try:
                verify_blob(ctx.paths.attachments_dir, info)
                checked[info["sha256"]] = None
            except AttachmentProblem as exc:
                checked[info["sha256"]] = exc
        problem = checked[info["sha256"]]
        if problem is not None:
            problems.append({**info, "problem_mn": problem.msg.mn, "problem_en": problem.msg.en})
        if progress is not None and not progress(index, len(rows)):
            break
    return problems


def copy_to_backup(data_attachments: Path, backups_dir: Path) -> int:
    """Copy stored files not yet in `<backups>/attachments/` (shared by all backups); returns how many."""
    target_root = backups_dir / BACKUP_SUBDIR
    copied = 0
    if not data_attachments.is_dir():
        return 0
    for source in data_attachments.glob("??/??/*"):
        if not source.is_file() or len(source.name) != 64 or source.name.startswith("."):
            continue
        target = blob_path(target_root, source.name)
        if target.is_file():
            continue
        with atomic_path(target) as tmp:
            shutil.copyfile(source, tmp)
        copied += 1
    return copied


def restore_from_backup(ctx: AppContext) -> list[dict]:
    """After a restore: bring back referenced files from the backups folder; return those still missing."""
    with ctx.reading() as session:
        rows = [_as_dict(r) for r in session.scalars(select(Attachment).order_by(Attachment.id))]
    live, saved = ctx.paths.attachments_dir, ctx.paths.backups_dir / BACKUP_SUBDIR
    missing = []
    for info in rows:
        target = blob_path(live, info["sha256"])
        if target.is_file():
            continue
        source = blob_path(saved, info["sha256"])
        if source.is_file() and file_sha256(source) == info["sha256"]:
            with atomic_path(target) as tmp:
                shutil.copyfile(source, tmp)
        else:
            missing.append(info)
    return missing
