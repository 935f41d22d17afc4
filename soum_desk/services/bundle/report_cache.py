"""The period's reports kept from the last export and reused while nothing has changed.

Making the reports is most of an export's time (a 2,000-measure plan PDF). A second export of
the same period (the stick failed, the province asks again) gets the same files when nothing
could have changed them: every change in the office is an audit entry, so «nothing changed»
is «since the reports were made, the audit log only gained sign-ins, backups and exports», with
the entry they were made at still in the log (a restored backup rewrites it). The reports also
depend on the day (what is overdue), the language, who reports, and the program: all part of
the key. Keeping or reusing them never fails an export; when in doubt they are made again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select

from soum_desk import __version__
from soum_desk.db.models import AuditEntry
from soum_desk.domain import clock
from soum_desk.fileio import make_private, write_bytes_atomic
from soum_desk.services.core import audit
from soum_desk.services.core.context import AppContext

# Audit actions that change nothing a report shows (making a plan report records one itself).
UNCHANGING = frozenset({"auth.login", "auth.login_failed", "auth.login_locked", "backup.create",
                        "bundle.export_start", "bundle.export", "bundle.export_withdrawn", "bundle.export_resolved",
                        "plans.report", "plans.export", "plans.export_document"})
MADE = "made.json"
log = logging.getLogger(__name__)


def _key(ctx: AppContext, period: str, providers: Iterable[str]) -> dict:
    return {"period": period, "version": __version__, "day": clock.today().isoformat(), "lang": ctx.lang,
            "user": ctx.actor.username if ctx.actor else None, "areas": sorted(providers)}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder(ctx: AppContext, period: str) -> Path:
    return ctx.paths.data_dir / "report-cache" / period


def _unchanged_since(ctx: AppContext, entry_id: int, entry_hash: str) -> bool:
    with ctx.reading() as session:
        if entry_id and session.scalar(select(AuditEntry.hash).where(AuditEntry.id == entry_id)) != entry_hash:
            return False
        later = set(session.scalars(select(AuditEntry.action).where(AuditEntry.id > entry_id).distinct()))
    return later <= UNCHANGING


def _reuse(ctx: AppContext, cache: Path, key: dict, into: Path) -> list[Path] | None:
    try:
        made = json.loads((cache / MADE).read_text(encoding="utf-8"))
        if made["key"] != key or not _unchanged_since(ctx, made["audit_id"], made["audit_hash"]):
            return None
        files = []
        for name, digest in made["files"].items():
            target = into / Path(name).name
            shutil.copyfile(cache / Path(name).name, target)
            if _sha256(target) != digest:
                return None
            files.append(target)
        return files
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _keep(cache: Path, files: list[Path], key: dict, head: dict) -> None:
    try:
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True, mode=0o700)
        make_private(cache.parent, folder=True)
        make_private(cache, folder=True)
        digests = {}
        for path in files:  # like the bundle itself, readable by this user only
            shutil.copyfile(path, cache / path.name)
            make_private(cache / path.name)
            digests[path.name] = _sha256(cache / path.name)
        made = {"key": key, "audit_id": head.get("id", 0), "audit_hash": head.get("hash", ""), "files": digests}
        write_bytes_atomic(cache / MADE, json.dumps(made, ensure_ascii=False).encode("utf-8"))
    except OSError as exc:  # a full disk costs the next export its reuse, not this export
        log.warning("could not keep the reports of %s: %s", cache.name, exc)
        shutil.rmtree(cache, ignore_errors=True)


def period_reports(ctx: AppContext, period: str, providers: Iterable[str], make: Callable[[Path], list[Path]],
                   into: Path) -> list[Path]:
    """The period's report files in `into`: copies of those the last export made when nothing has
    changed since, otherwise `make(into)` (and kept for the next export)."""
    key, cache = _key(ctx, period, providers), _folder(ctx, period)
    reused = _reuse(ctx, cache, key, into)
    if reused is not None:
        return reused
    head = audit.chain_head(ctx)
    files = make(into)
    _keep(cache, files, key, head)
    return files
