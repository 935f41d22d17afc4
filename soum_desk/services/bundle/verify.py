"""`bundle verify` without importing: with a folder of public key files, or with this office's
own keys. At a province, `services/province/verify.verify_here` checks with the registry and
what was already imported."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from soum_desk.bundle import keys
from soum_desk.bundle.verdict import Verdict
from soum_desk.bundle.verify import KeyInfo, Options, verify
from soum_desk.db.models import OfficeKey
from soum_desk.errors import ValidationError
from soum_desk.services.core import office
from soum_desk.services.core.context import AppContext


class ListTrust:
    """Trust built from a list of keys (key files, or the office's own keys)."""

    def __init__(self, infos: list[KeyInfo]) -> None:
        self.infos = {k.key_id: k for k in infos}

    def key(self, key_id: str) -> KeyInfo | None:
        return self.infos.get(key_id)

    def office_known(self, code: str) -> bool:
        return any(k.office_code == code for k in self.infos.values())

    def keys_of(self, code: str) -> list[KeyInfo]:
        return [k for k in self.infos.values() if k.office_code == code]


def folder_trust(folder: Path) -> ListTrust:
    """Every `*.json` public key file in `folder` (files that are not key files are skipped)."""
    from datetime import datetime

    infos = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            doc = keys.read_public_document(path)
        except ValidationError:
            continue
        if doc["kind"] == "ed25519":
            infos.append(KeyInfo(doc["key_id"], doc["office_code"], doc["public_key"],
                                 datetime.fromisoformat(doc["created_at"]).replace(tzinfo=None)))
    return ListTrust(infos)


def verify_with_key_folder(path: Path, folder: Path) -> Verdict:
    return verify(path, folder_trust(folder), Options(keep_tables=True))


def verify_at_office(ctx: AppContext, path: Path) -> Verdict:
    """With this office's own signing keys (revoked ones from their revocation date)."""
    with ctx.reading() as session:
        own = office.own_office(session)
        rows = session.scalars(select(OfficeKey).where(OfficeKey.kind == "ed25519"))
        trust = ListTrust([KeyInfo(r.key_id, own.code, r.public_key, r.created_at, None,
                                   r.revoked_at.date() if r.revoked_at else None) for r in rows])
    return verify(path, trust, Options(keep_tables=True))
