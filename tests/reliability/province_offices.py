"""18 real soum offices and their signed bundles for the province-import kill sweep (item 7).

One template office is set up through the services and filled by the real demo (every area); each of
the 18 offices is a copy of its data folder given its own identity (code, name), its own
signing key and its own records (letters registered and plan progress recorded through the
services, so every office's figures and place in the ranking differ), then approved and
exported with the real area payload providers. The bundles, public keys and expected row
counts are what a province receives.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from soum_desk.bundle import keys
from soum_desk.config import DB_FILENAME, resolve_paths
from soum_desk.db.models import Office
from soum_desk.services import demo
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core import office, users
from soum_desk.services.core.context import Actor
from soum_desk.services.core.startup import open_context
from soum_desk.services.letters import actions as letters
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import tree as plans
from tests.bundle.conftest import KEY_PASS, PASS, _open, build_demo_office
from tests.bundle.real_offices import DEMO_YEAR, PERIOD, REAL_PAYLOAD
from tests.conftest import DataTemplates

# The 17 soums of Selenge aimag (MN-049), and Bugant (a settlement of Ерөө) as the 18th office.
SOUMS = ("Алтанбулаг", "Баруунбүрэн", "Баянгол", "Ерөө", "Жавхлант", "Зүүнбүрэн", "Мандал", "Орхон",
         "Орхонтуул", "Сайхан", "Сант", "Сүхбаатар", "Түшиг", "Хушаат", "Хүдэр", "Цагааннуур", "Шаамар",
         "Бугант")


@dataclass
class Offices:
    bundles: list[Path]
    key_files: list[Path]
    codes: list[str]


def _template(root: Path, templates: DataTemplates | None = None) -> Path:
    """A demo office's data folder (every area, as `soum-desk demo` loads it); with the session's
    `data_templates`, the one the bundle tests share."""
    if templates is not None:
        return templates.get("bundle-demo-office", build_demo_office)
    folder = root / "template" / "data"
    ctx = _open(resolve_paths(folder), soum="Загвар", name="Загвар сумын ЗДТГ", is_province=False)
    demo.load_demo(ctx.as_actor(Actor.system()))  # every area, as `soum-desk demo` does
    ctx.dispose()
    return folder


def _rename(db: Path, soum: str) -> str:
    """Give a copied database its own office identity (a fresh installation would have it from
    `office.initialise`; the copy saves loading the demo 18 times)."""
    code = office.make_office_code("MN-049", soum)
    with sqlite3.connect(db) as conn:
        conn.execute(f"UPDATE {Office.__tablename__} SET code = ?, name = ?, soum_name = ?, place = ?",  # noqa: S608
                     (code, f"{soum} сумын ЗДТГ", soum, soum))
    return code


def _own_records(ctx, number: int) -> None:  # noqa: ANN001
    """Office-specific letters and plan progress, through the services."""
    start = date(DEMO_YEAR, 10, 1)
    for i in range(number % 7 + 1):
        letters.register_letter(ctx, direction="in" if i % 3 else "out", reg_date=start + timedelta(days=i * 5),
                                counterpart="Аймгийн ЗДТГ", subject=f"Мэдээ хүргүүлэх тухай {number}-{i}")
    [doc] = [d for d in plans.list_documents(ctx, DEMO_YEAR)]
    tree = plans.tree(ctx, doc["id"])
    measures = [m["id"] for s in tree["sections"] for g in s["goals"] for m in g["measures"]][: 3 + number % 4]
    for k, measure in enumerate(measures):
        plans_progress.record_progress(ctx, measure, PERIOD, narrative=f"Гүйцэтгэл {number}.{k}",
                                       self_percent=float((number * 17 + k * 29) % 101))


def build(root: Path, count: int = 18, templates: DataTemplates | None = None) -> Offices:
    """Make `count` offices under `root` and export their bundles (real providers, no reports)."""
    saved = (keys.KDF_MEMORY_KIB, keys.KDF_TIME_COST, dict(bundle_export.PAYLOAD_PROVIDERS), dict(bundle_export.REPORT_PROVIDERS))
    keys.KDF_MEMORY_KIB, keys.KDF_TIME_COST = 8 * 1024, 1
    bundle_export.PAYLOAD_PROVIDERS.clear()
    bundle_export.PAYLOAD_PROVIDERS.update(REAL_PAYLOAD)
    bundle_export.REPORT_PROVIDERS.clear()  # report files are not imported into the province database
    try:
        template = _template(root, templates)
        stick, key_dir = root / "stick", root / "keys"
        stick.mkdir()
        key_dir.mkdir()
        out = Offices([], [], [])
        for number, soum in enumerate(SOUMS[:count]):
            folder = root / f"office-{number:02d}" / "data"
            shutil.copytree(template, folder)
            out.codes.append(_rename(folder / DB_FILENAME, soum))
            ctx = open_context(resolve_paths(folder))
            ctx = ctx.as_actor(users.authenticate(ctx, "head", PASS))
            _own_records(ctx, number)
            bundle_keys.create_key(ctx, KEY_PASS)
            out.key_files.append(bundle_keys.export_public_key(ctx, key_dir / f"office-{number:02d}.pub.json"))
            bundle_export.approve_period(ctx, PERIOD)
            out.bundles.append(Path(bundle_export.export_bundle(ctx, PERIOD, stick, KEY_PASS)["path"]))
            ctx.dispose()
        return out
    finally:
        keys.KDF_MEMORY_KIB, keys.KDF_TIME_COST = saved[0], saved[1]
        bundle_export.PAYLOAD_PROVIDERS.clear()
        bundle_export.PAYLOAD_PROVIDERS.update(saved[2])
        bundle_export.REPORT_PROVIDERS.clear()
        bundle_export.REPORT_PROVIDERS.update(saved[3])
