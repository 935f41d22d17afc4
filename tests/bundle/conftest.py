"""Offices and a province in temporary folders, with the fake payload provider.

`province` runs on SQLite, and also on PostgreSQL when SOUM_DESK_TEST_PG_URL is set.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, func, select, text

from soum_desk.bundle import keys
from soum_desk.config import AppPaths, resolve_paths
from soum_desk.domain.roles import Role
from soum_desk.services import demo
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core import office, users
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.core.startup import open_context
from soum_desk.services.province import registry as province
from tests.bundle import fake_provider
from tests.conftest import DataTemplates

PASS = "head-pass-1"
KEY_PASS = "long key passphrase"
PG_URL = os.environ.get("SOUM_DESK_TEST_PG_URL")


@pytest.fixture(autouse=True)
def _fast_kdf_and_fake_provider(monkeypatch):
    monkeypatch.setattr(keys, "KDF_MEMORY_KIB", 8 * 1024)
    monkeypatch.setattr(keys, "KDF_TIME_COST", 1)
    monkeypatch.setattr(bundle_export, "PAYLOAD_PROVIDERS", {"fake": fake_provider.SPEC})
    monkeypatch.setattr(bundle_export, "REPORT_PROVIDERS", {"fake": fake_provider.REPORT_SPEC})


def _open(paths: AppPaths, *, soum: str, name: str, is_province: bool,
          templates: DataTemplates | None = None) -> AppContext:
    """An office (or the province) with its admin and head; signed in as the head.

    With `templates` (the session's `data_templates`) and SQLite, the office is built once per
    session and each call opens a byte copy of it (migration and password hashing done once)."""
    if templates is not None and paths.sqlite_path is not None and not paths.sqlite_path.exists():
        key = f"bundle-{'province' if is_province else 'office'}-{soum}-{name}"

        def build(template_paths: AppPaths) -> Actor:
            built = _open(template_paths, soum=soum, name=name, is_province=is_province)
            built.dispose()
            assert built.actor is not None
            return built.actor

        templates.copy_to(key, build, paths.data_dir)
        head = templates.extra[key]
        assert isinstance(head, Actor)
        return open_context(paths).as_actor(head)
    ctx = open_context(paths)
    office.initialise(ctx, aimag_code="MN-049", soum_name=soum, office_name=name, admin_username="admin",
                      admin_password="admin-pass-1", province=is_province)
    admin = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
    users.create_user(admin, "head", PASS, Role.HEAD.value, "Б.Дарга", "ЗДТГ-ын дарга")
    return ctx.as_actor(users.authenticate(ctx, "head", PASS))


DEMO_SOUM = "Сүхбаатар"


def build_demo_office(paths: AppPaths) -> Actor:
    """Make the demo office's data folder (closed after); returns its head (the template builder)."""
    built = _open(paths, soum=DEMO_SOUM, name=f"{DEMO_SOUM} сумын ЗДТГ", is_province=False)
    demo.load_demo(built.as_actor(Actor.system()))
    built.dispose()
    assert built.actor is not None
    return built.actor


def open_demo_office(paths: AppPaths, templates: DataTemplates | None = None) -> AppContext:
    """The Сүхбаатар office (head signed in) with every area's demo data, loaded as `soum-desk demo`
    does. With `templates` the demo is loaded once per session (seconds) and the folder copied."""
    if templates is None or paths.sqlite_path is None or paths.sqlite_path.exists():
        ctx = _open(paths, soum=DEMO_SOUM, name=f"{DEMO_SOUM} сумын ЗДТГ", is_province=False)
        demo.load_demo(ctx.as_actor(Actor.system()))
        return ctx
    templates.copy_to("bundle-demo-office", build_demo_office, paths.data_dir)
    head = templates.extra["bundle-demo-office"]
    assert isinstance(head, Actor)
    return open_context(paths).as_actor(head)


@dataclass
class OfficeEnv:
    ctx: AppContext
    folder: Path

    @property
    def code(self) -> str:
        return office.get_office(self.ctx)["code"]

    def export(self, period: str = "2024Q4", out: Path | None = None) -> Path:
        if period not in {a["period"] for a in bundle_export.list_approvals(self.ctx)}:
            bundle_export.approve_period(self.ctx, period)
        out = out or (self.folder / "usb")
        out.mkdir(exist_ok=True)
        return Path(bundle_export.export_bundle(self.ctx, period, out, KEY_PASS)["path"])

    def public_key_file(self) -> Path:
        return bundle_keys.export_public_key(self.ctx, self.folder / f"{self.code.replace('/', '_')}.pub.json")


@pytest.fixture
def make_office(tmp_path, data_templates):
    made: list[AppContext] = []

    def factory(soum: str = "Сүхбаатар") -> OfficeEnv:
        folder = tmp_path / f"office-{len(made)}"
        ctx = _open(resolve_paths(folder / "data"), soum=soum, name=f"{soum} сумын ЗДТГ", is_province=False,
                    templates=data_templates)
        bundle_keys.create_key(ctx, KEY_PASS)
        made.append(ctx)
        return OfficeEnv(ctx, folder)

    yield factory
    for ctx in made:
        ctx.dispose()


def reset_pg(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite"] + (["postgresql"] if PG_URL else []))
def province_ctx(request, tmp_path, data_templates):
    """A province hub (head signed in) with its X25519 key."""
    if request.param == "postgresql":
        reset_pg(PG_URL)
        paths = resolve_paths(tmp_path / "province", PG_URL)
    else:
        paths = resolve_paths(tmp_path / "province")
    ctx = _open(paths, soum="", name="Сэлэнгэ аймгийн ЗДТГ", is_province=True, templates=data_templates)
    bundle_keys.create_key(ctx, KEY_PASS)
    yield ctx
    ctx.dispose()
    if request.param == "postgresql":
        reset_pg(PG_URL)  # leave the shared test database empty for tests/db/test_postgres.py


def register(province_ctx: AppContext, env: OfficeEnv, kind: str = "soum") -> None:
    province.register_key_file(province_ctx, env.public_key_file(), kind=kind)


DATA_TABLES = ("imported_bundle", "bundle_figures", "bundle_record", "registered_office", "registered_key")


def snapshot(ctx: AppContext) -> dict[str, list]:
    """The province's data tables (refusals and the audit log are allowed to grow)."""
    meta = MetaData()
    meta.reflect(ctx.engine, only=DATA_TABLES)
    out = {}
    with ctx.engine.connect() as conn:
        for name in DATA_TABLES:
            table = meta.tables[name]
            out[name] = [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
    return out


def count(ctx: AppContext, table: str) -> int:
    meta = MetaData()
    meta.reflect(ctx.engine, only=[table])
    with ctx.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(meta.tables[table])).scalar_one()
