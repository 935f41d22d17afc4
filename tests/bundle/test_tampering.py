"""Every bad bundle is refused with a reason naming the fault, and the province's data stays
exactly as it was."""

from __future__ import annotations

import zipfile

import pytest

from soum_desk.bundle import format as fmt
from soum_desk.bundle import keys
from soum_desk.bundle.verdict import Code
from soum_desk.services.province import imports as province_import
from tests.bundle import tamper
from tests.bundle.conftest import KEY_PASS, count, register, snapshot


@pytest.fixture
def setup(province_ctx, make_office, tmp_path):
    """Office A (registered, one bundle already imported) and its next bundle, not yet imported."""
    env = make_office("Алтанбулаг")
    register(province_ctx, env)
    first = env.export("2024Q3")
    assert province_import.import_files(province_ctx, [first])[0]["verdict"] == "valid"
    return province_ctx, env, env.export("2024Q4"), tmp_path


def refused(ctx, path, code: Code, file: str | None = None) -> dict:
    before = snapshot(ctx)
    refusals = count(ctx, "import_refusal")
    result = province_import.import_files(ctx, [path])[0]
    assert result["verdict"] == code.value, result
    if file is not None:
        assert result["file"] and file in (result["file"] or "") or file in result["reason_en"], result
    assert snapshot(ctx) == before
    if code not in (Code.REPLAY, Code.HELD, Code.AUDIT_CUT):  # held for a person's review, not refused
        assert count(ctx, "import_refusal") == refusals + 1
    return result


def _payload(path) -> list[str]:
    return tamper.payload_names(tamper.read(path))


def test_valid_bundle_imports(setup):
    ctx, _env, bundle, _tmp = setup
    assert province_import.import_files(ctx, [bundle])[0]["verdict"] == "valid"


def test_flip_a_byte_in_each_payload_file(setup):
    ctx, _env, bundle, tmp = setup
    for index, name in enumerate(_payload(bundle)):
        def flip(entries, name=name):
            data = bytearray(entries[name])
            data[len(data) // 2] ^= 0x01
            entries[name] = bytes(data)

        bad = tamper.rewrite(bundle, tmp / f"flip{index}.zip", flip)
        result = refused(ctx, bad, Code.ALTERED)
        assert name.split("/", 1)[1] in result["reason_en"]


def test_flip_a_byte_in_the_zip_itself(setup):
    ctx, _env, bundle, tmp = setup
    data = bytearray(bundle.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bad = tmp / "raw.zip"
    bad.write_bytes(bytes(data))
    result = province_import.import_files(ctx, [bad])[0]
    assert result["verdict"] in {Code.DAMAGED.value, Code.ALTERED.value, Code.UNSAFE.value}


def test_delete_add_and_rename_a_file(setup):
    ctx, _env, bundle, tmp = setup
    victim = next(n for n in _payload(bundle) if n.endswith("plan_measures.json"))
    short = victim.split("/", 1)[1]
    bad = tamper.rewrite(bundle, tmp / "del.zip", lambda e: e.pop(victim))
    assert short in refused(ctx, bad, Code.ALTERED)["reason_en"]
    added = victim.replace("plan_measures", "extra_table")
    bad = tamper.rewrite(bundle, tmp / "add.zip", lambda e: e.__setitem__(added, b"{}"))
    assert "extra_table" in refused(ctx, bad, Code.ALTERED)["reason_en"]
    root = tamper.bag_root(tamper.read(bundle))
    bad = tamper.rewrite(bundle, tmp / "addroot.zip", lambda e: e.__setitem__(f"{root}/readme.txt", b"hi"))
    assert "readme.txt" in refused(ctx, bad, Code.ALTERED)["reason_en"]

    def rename(entries):
        entries[victim.replace("plan_measures", "plan_measurez")] = entries.pop(victim)

    bad = tamper.rewrite(bundle, tmp / "ren.zip", rename)
    refused(ctx, bad, Code.ALTERED)


def test_unsigned_and_bad_signature(setup):
    ctx, _env, bundle, tmp = setup
    root = tamper.bag_root(tamper.read(bundle))
    bad = tamper.rewrite(bundle, tmp / "unsigned.zip", lambda e: e.pop(f"{root}/{fmt.SIGNATURE_FILE}"))
    refused(ctx, bad, Code.UNSIGNED)
    victim = next(n for n in _payload(bundle) if n.endswith("plan_summary.json"))

    def forge(entries):  # change the figures and rebuild every manifest, but no key to sign with
        entries[victim] = entries[victim].replace(b'"average_percent":', b'"average_percent":9')
        tamper.remanifest(entries)

    bad = tamper.rewrite(bundle, tmp / "forged.zip", forge)
    refused(ctx, bad, Code.BAD_SIGNATURE)


def test_resigned_with_another_offices_key(setup, make_office):
    ctx, env, bundle, tmp = setup
    other = make_office("Баруунбүрэн")
    register(ctx, other)
    from soum_desk.services.bundle import keys as bundle_keys

    pair = bundle_keys.unlock_key(other.ctx, KEY_PASS)
    bad = tamper.rewrite(bundle, tmp / "other.zip",
                         lambda e: tamper.remanifest(e, sign_with=pair.private, key_id=pair.key_id,
                                                     bag_info={fmt.F_KEY_ID: pair.key_id}))
    result = refused(ctx, bad, Code.WRONG_OFFICE)
    assert other.code in result["reason_en"]
    # an unregistered key claiming the office is a bad signature
    stranger = keys.generate()
    bad = tamper.rewrite(bundle, tmp / "stranger.zip",
                         lambda e: tamper.remanifest(e, sign_with=stranger.private, key_id=stranger.key_id,
                                                     bag_info={fmt.F_KEY_ID: stranger.key_id}))
    refused(ctx, bad, Code.BAD_SIGNATURE)


def test_unknown_office(province_ctx, make_office):
    env = make_office("Мандал")
    refused(province_ctx, env.export(), Code.UNKNOWN_OFFICE)


def test_newer_schema_version(setup):
    ctx, env, bundle, tmp = setup
    from soum_desk.services.bundle import keys as bundle_keys

    pair = bundle_keys.unlock_key(env.ctx, KEY_PASS)
    bad = tamper.rewrite(bundle, tmp / "newer.zip",
                         lambda e: tamper.remanifest(e, sign_with=pair.private, key_id=pair.key_id,
                                                     bag_info={fmt.F_SCHEMA: "2"}))
    assert "newer" in refused(ctx, bad, Code.SCHEMA_TOO_NEW)["reason_en"]


def test_strict_schema_check(setup):
    ctx, env, bundle, tmp = setup
    from soum_desk.services.bundle import keys as bundle_keys

    pair = bundle_keys.unlock_key(env.ctx, KEY_PASS)
    victim = next(n for n in _payload(bundle) if n.endswith("petition_figures.json"))

    def wrong_type(entries):
        entries[victim] = entries[victim].replace(b'"received":', b'"received":"many","was":')
        tamper.remanifest(entries, sign_with=pair.private, key_id=pair.key_id)

    bad = tamper.rewrite(bundle, tmp / "schema.zip", wrong_type)
    result = refused(ctx, bad, Code.SCHEMA_INVALID)
    assert "petition_figures.json" in result["reason_en"] and "received" in result["reason_en"]


def test_truncated_zip(setup):
    ctx, _env, bundle, tmp = setup
    bad = tmp / "cut.zip"
    bad.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    refused(ctx, bad, Code.DAMAGED)


def test_zip_slip(setup):
    ctx, _env, bundle, tmp = setup
    root = tamper.bag_root(tamper.read(bundle))
    for evil in (f"{root}/../../evil.txt", "/etc/evil.txt", f"{root}\\..\\evil.txt", "C:/evil.txt"):
        bad = tamper.rewrite(bundle, tmp / "slip.zip", lambda e, evil=evil: e.__setitem__(evil, b"x"))
        refused(ctx, bad, Code.UNSAFE)
    assert not (tmp.parent / "evil.txt").exists() and not (tmp / "evil.txt").exists()


def test_symlink(setup):
    ctx, _env, bundle, tmp = setup
    bad = tamper.zip_with_symlink(tmp / "link.zip", tamper.bag_root(tamper.read(bundle)))
    assert "link" in refused(ctx, bad, Code.UNSAFE)["reason_en"]


def test_zip_bomb(setup):
    ctx, _env, bundle, tmp = setup
    root = tamper.bag_root(tamper.read(bundle))
    bad = tmp / "bomb.zip"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{root}/bagit.txt", "BagIt-Version: 0.97\n")
        zf.writestr(f"{root}/data/tables/zeros.json", b"0" * (40 << 20))
    assert bad.stat().st_size < 200_000
    assert "bomb" in refused(ctx, bad, Code.UNSAFE)["reason_en"]


def test_too_many_files(setup):
    ctx, _env, bundle, tmp = setup
    root = tamper.bag_root(tamper.read(bundle))
    bad = tmp / "many.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        for i in range(20_001):
            zf.writestr(f"{root}/data/f{i}", b"")
    refused(ctx, bad, Code.UNSAFE)


def test_not_a_zip(setup):
    ctx, _env, _bundle, tmp = setup
    bad = tmp / "notes.zip"
    bad.write_text("hello")
    refused(ctx, bad, Code.DAMAGED)


def test_a_table_nested_thousands_deep_is_a_schema_problem_not_a_crash():
    """Issue 19: JSON nested 2,000 deep made the province import raise RecursionError."""
    import pytest as _pytest

    from soum_desk.bundle.schema import SchemaProblem, parse_table

    data = b'{"schema": 1, "table": "plans", "rows": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with _pytest.raises(SchemaProblem, match="nested too deep|JSON"):
        parse_table("plans.json", data, "plans")
