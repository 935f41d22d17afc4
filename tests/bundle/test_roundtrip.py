"""Export at an office, verify, import at the province, consolidate and rank."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from soum_desk.bundle import format as fmt
from soum_desk.bundle.verdict import Code
from soum_desk.errors import PermissionDenied, UserError
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.province import imports as province_import
from soum_desk.services.province import registry as province
from soum_desk.services.province import views as province_views
from tests.bundle.conftest import count, register


def test_export_writes_a_signed_bagit_zip(make_office):
    env = make_office()
    path = env.export("2024Q4")
    assert path.name.endswith("_2024Q4_0001.zip")
    names = zipfile.ZipFile(path).namelist()
    bag = path.stem
    for tag in (fmt.BAGIT_TXT, fmt.BAG_INFO, fmt.MANIFEST, fmt.TAG_MANIFEST, fmt.SIGNATURE_FILE):
        assert f"{bag}/{tag}" in names
    assert f"{bag}/data/tables/office.json" in names
    assert f"{bag}/data/tables/plan_summary.json" in names
    assert f"{bag}/data/reports/fake_2024Q4.pdf" in names
    info = fmt.parse_bag_info(zipfile.ZipFile(path).read(f"{bag}/{fmt.BAG_INFO}").decode())
    assert info[fmt.F_SEQUENCE] == "1" and info[fmt.F_PREVIOUS] == fmt.NO_PREVIOUS
    assert info[fmt.F_PERIOD] == "2024Q4" and info[fmt.F_PERSONAL] == "no"
    exports = bundle_export.list_exports(env.ctx)
    assert exports[0]["sequence"] == 1 and exports[0]["period"] == "2024Q4"
    second = env.export("2025Q1")
    info2 = fmt.parse_bag_info(zipfile.ZipFile(second).read(f"{second.stem}/{fmt.BAG_INFO}").decode())
    assert info2[fmt.F_SEQUENCE] == "2" and info2[fmt.F_PREVIOUS] == exports[0]["digest"]


def test_unapproved_period_is_refused(make_office):
    env = make_office()
    with pytest.raises(UserError, match="approved"):
        bundle_export.export_bundle(env.ctx, "2024Q3", env.folder, "long key passphrase")


def test_only_the_head_signs(make_office):
    from soum_desk.services.core import users

    env = make_office()
    admin = env.ctx.as_actor(users.authenticate(env.ctx, "admin", "admin-pass-1"))
    users.create_user(admin, "clerk", "clerk-pass-1", "clerk", "Г.Ажилтан", "Мэргэжилтэн")
    clerk = env.ctx.as_actor(users.authenticate(env.ctx, "clerk", "clerk-pass-1"))
    bundle_export.approve_period(env.ctx, "2024Q4")
    with pytest.raises(PermissionDenied):
        bundle_export.export_bundle(clerk, "2024Q4", env.folder, "long key passphrase")
    with pytest.raises(PermissionDenied):
        bundle_export.approve_period(clerk, "2025Q1")


def test_wrong_passphrase_is_clear(make_office):
    env = make_office()
    bundle_export.approve_period(env.ctx, "2024Q4")
    with pytest.raises(UserError, match="passphrase"):
        bundle_export.export_bundle(env.ctx, "2024Q4", env.folder, "wrong passphrase!")
    assert bundle_export.list_exports(env.ctx) == []


def test_import_consolidate_and_rank(province_ctx, make_office):
    a, b, c = make_office("Алтанбулаг"), make_office("Баруунбүрэн"), make_office("Ерөө")
    for env in (a, b, c):
        register(province_ctx, env)
    files = [a.export("2024Q4"), b.export("2024Q4")]
    province.set_deadline(province_ctx, "2024Q4", date(2025, 1, 10))
    results = province_import.import_files(province_ctx, files, arrived_on=date(2025, 1, 12))
    assert [r["verdict"] for r in results] == ["valid", "valid"]
    assert count(province_ctx, "imported_bundle") == 2
    rows = {r["office_code"]: r for r in province_views.consolidated(province_ctx, "2024Q4")}
    assert rows[a.code]["submitted"] and rows[a.code]["late_days"] == 2
    assert not rows[c.code]["submitted"]
    assert rows[a.code]["plan_average"] is not None and rows[a.code]["archive_permanent"] == 80
    ranked = province_views.ranking_table(province_ctx, "2024Q4")
    assert [r["rank"] for r in ranked] == [1, 2, None]
    top = ranked[0]
    assert top["final"] == pytest.approx(top["score"] * 0.9, abs=1e-3)
    # the year is combined from its quarters when no annual bundle was sent
    year = province_views.ranking_table(province_ctx, "2024")
    assert {r["office_code"] for r in year if r["rank"]} == {a.code, b.code}


def test_import_twice_changes_nothing(province_ctx, make_office):
    env = make_office()
    register(province_ctx, env)
    path = env.export()
    first = province_import.import_files(province_ctx, [path])
    second = province_import.import_files(province_ctx, [path])
    assert first[0]["verdict"] == "valid" and second[0]["verdict"] == Code.REPLAY.value
    assert count(province_ctx, "imported_bundle") == 1
    assert count(province_ctx, "import_refusal") == 0
