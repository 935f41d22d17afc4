"""Issue 19: hostile files at the province — nothing from an unverified bundle is trusted or
stored beyond a bounded refusal record, nothing is inflated before the signature is checked,
and one file's failure never stops the rest of a batch."""

from __future__ import annotations

import errno
import json
import random
import tempfile
import zipfile

import pytest
from sqlalchemy import Integer, String

from soum_desk.bundle import baginfo
from soum_desk.bundle import format as fmt
from soum_desk.bundle.verdict import Code
from soum_desk.bundle.zipbag import ZipBag
from soum_desk.db.models import ImportedBundle, ImportRefusal
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.province import imports as province_import
from tests.bundle import tamper
from tests.bundle.conftest import KEY_PASS, count, register, snapshot


@pytest.fixture
def setup(province_ctx, make_office, tmp_path):
    """Office A (registered, one bundle imported) and its next bundle, not yet imported."""
    env = make_office("Алтанбулаг")
    register(province_ctx, env)
    assert province_import.import_files(province_ctx, [env.export("2024Q3")])[0]["verdict"] == "valid"
    return province_ctx, env, env.export("2024Q4"), tmp_path


def _unsigned(bundle, target, **bag_info: str):
    root = tamper.bag_root(tamper.read(bundle))

    def change(entries):
        tamper.remanifest(entries, bag_info=bag_info)
        entries.pop(f"{root}/{fmt.SIGNATURE_FILE}")

    return tamper.rewrite(bundle, target, change)


def test_unsigned_files_with_values_no_column_holds_are_bounded_refusals_and_the_batch_goes_on(setup):
    """A sequence ≥ 2^63 crashed SQLite, ≥ 2^31 or an office code over 40 characters PostgreSQL:
    a raw traceback, no refusal recorded, the good file after it never imported."""
    ctx, env, good, tmp = setup
    bad = [_unsigned(good, tmp / "seq63.zip", **{fmt.F_SEQUENCE: str(2**63)}),
           _unsigned(good, tmp / "seq31.zip", **{fmt.F_SEQUENCE: str(2**31)}),
           _unsigned(good, tmp / "code.zip", **{fmt.F_OFFICE_CODE: "Ж" * 41}),
           _unsigned(good, tmp / "long.zip", **{fmt.F_OFFICE_NAME: "x" * 100_000, fmt.F_SEQUENCE: "9" * 5000})]
    refusals = count(ctx, "import_refusal")
    results = province_import.import_files(ctx, [*bad, good])
    assert [r["verdict"] for r in results[:4]] == [Code.NOT_A_BUNDLE.value] * 4, results
    assert "bag-info.txt" in results[0]["reason_en"] and "number" in results[0]["reason_en"]
    assert results[4]["verdict"] == "valid"
    assert count(ctx, "import_refusal") == refusals + 4
    recorded = province_import.list_refusals(ctx)[:4]
    assert {r["file"] for r in recorded} == {p.name for p in bad}
    for row in recorded:  # what PostgreSQL's int4 and varchar(40) columns take
        assert row["sequence"] is None or 1 <= row["sequence"] < 2**31
        assert row["office_code"] is None or len(row["office_code"]) <= 40
        assert len(row["reason_en"]) < 2000 and "x" * 1000 not in row["reason_en"]


def test_the_bag_info_limits_are_the_columns_sizes():
    """The limits checked before storing are those of the province's columns (both databases)."""
    columns = ImportedBundle.__table__.c
    for field, column in ((fmt.F_OFFICE_CODE, "office_code"), (fmt.F_PERIOD, "period"), (fmt.F_KEY_ID, "key_id"),
                          (fmt.F_APP_VERSION, "app_version"), (fmt.F_AUDIT_HEAD, "audit_head"),
                          (fmt.F_PREVIOUS, "previous_digest")):
        assert isinstance(columns[column].type, String)
        assert baginfo.MAX_LENGTH[field] == columns[column].type.length, field
    for column in ("sequence", "schema_version"):
        assert isinstance(columns[column].type, Integer)  # int4 on PostgreSQL
    assert baginfo.INT4_MAX == 2**31 - 1
    assert ImportRefusal.__table__.c.office_code.type.length == baginfo.MAX_LENGTH[fmt.F_OFFICE_CODE]


def _resigned(env, bundle, target, change):
    pair = bundle_keys.unlock_key(env.ctx, KEY_PASS)

    def rebuild(entries):
        change(entries)
        tamper.remanifest(entries, sign_with=pair.private, key_id=pair.key_id)

    return tamper.rewrite(bundle, target, rebuild)


def test_a_signed_table_nested_2000_deep_is_refused_and_the_batch_goes_on(setup, make_office):
    ctx, env, good, tmp = setup
    victim = next(n for n in tamper.payload_names(tamper.read(good)) if n.endswith("plan_summary.json"))
    deep = b'{"schema":1,"table":"plan_summary","rows":[' + b"[" * 2000 + b"]" * 2000 + b"]}"
    bad = _resigned(env, good, tmp / "deep.zip", lambda e: e.__setitem__(victim, deep))
    before = snapshot(ctx)
    result = province_import.import_files(ctx, [bad])[0]
    assert result["verdict"] == Code.SCHEMA_INVALID.value and "nested too deep" in result["reason_en"], result
    assert snapshot(ctx) == before
    assert province_import.import_files(ctx, [good])[0]["verdict"] == "valid"


def test_figures_whose_total_no_column_holds_are_refused(setup):
    """Two rows of 2^31 − 1 each summed into the province's 32-bit figure column."""
    ctx, env, good, tmp = setup
    victim = next(n for n in tamper.payload_names(tamper.read(good)) if n.endswith("petition_figures.json"))

    def doubled(entries):
        doc = json.loads(entries[victim])
        row = {**doc["rows"][0], "received": 2**31 - 1}
        doc["rows"] = [row, row]
        entries[victim] = json.dumps(doc).encode()

    result = province_import.import_files(ctx, [_resigned(env, good, tmp / "sum.zip", doubled)])[0]
    assert result["verdict"] == Code.SCHEMA_INVALID.value and "received" in result["reason_en"], result


def _compressible(size: int) -> bytes:
    """Data that deflates about 50× (below the zip-bomb ratio): mostly zeros, a random byte every 64."""
    rnd = random.Random(19)
    return b"".join(b"0" * 63 + bytes([rnd.randrange(256)]) for _ in range(size // 64))


def test_a_hostile_bundle_is_refused_before_any_payload_is_inflated(setup, monkeypatch):
    """A 27 MB zip inflated to 1.5 GB on disk before "altered": now the signed Payload-Oxum is
    compared with the zip's headers first, and nothing is written to disk at all."""
    ctx, _env, good, tmp = setup
    victim = next(n for n in tamper.payload_names(tamper.read(good)) if n.endswith("plan_measures.json"))
    bad = tamper.rewrite(good, tmp / "big.zip", lambda e: e.__setitem__(victim, _compressible(24 << 20)))
    with zipfile.ZipFile(bad) as zf:
        info = zf.getinfo(victim)
        assert 20 < info.file_size / info.compress_size < 200  # not a zip bomb by ratio
    read: list[str] = []
    real_chunks = ZipBag.chunks

    def spy(self, name, limit=None):
        read.append(name)
        return real_chunks(self, name, limit)

    def no_disk(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ZipBag, "chunks", spy)
    monkeypatch.setattr(tempfile, "mkdtemp", no_disk)
    monkeypatch.setattr(tempfile, "mkstemp", no_disk)
    result = province_import.import_files(ctx, [bad])[0]
    assert result["verdict"] == Code.ALTERED.value and "Payload-Oxum" in result["reason_en"], result
    assert read and victim.split("/", 1)[1] not in read  # never inflated
    assert province_import.import_files(ctx, [good])[0]["verdict"] == "valid"  # no temporary space needed


def test_a_disk_failure_on_one_file_is_a_recorded_refusal_and_the_batch_goes_on(setup, monkeypatch):
    ctx, env, good, tmp = setup
    later = env.export("2025Q1")  # a gap: held for review, which copies it into the data folder
    real_copy = province_import.shutil.copyfile

    def full(src, dst, *a, **k):
        if str(src) == str(later):
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_copy(src, dst, *a, **k)

    monkeypatch.setattr(province_import.shutil, "copyfile", full)
    results = province_import.import_files(ctx, [later, good])
    assert results[0]["verdict"] == Code.NOT_CHECKED.value, results[0]
    assert "disk is full" in results[0]["reason_en"] and "Диск дүүрсэн" in results[0]["reason_mn"]
    assert province_import.list_refusals(ctx)[0]["verdict"] == Code.NOT_CHECKED.value
    assert results[1]["verdict"] == "valid"
    assert province_import.list_held(ctx) == []
    assert not list((ctx.paths.data_dir / "held").glob("*.zip"))

    def broken_stick(self, name, limit=None):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(ZipBag, "chunks", broken_stick)
    result = province_import.import_files(ctx, [later])[0]
    assert result["verdict"] == Code.NOT_CHECKED.value and "disk" in result["reason_en"], result


def test_an_unexpected_failure_on_one_file_does_not_stop_the_batch(setup, monkeypatch):
    ctx, env, good, tmp = setup
    bad = tmp / "copy.zip"
    bad.write_bytes(good.read_bytes())
    real = province_import.import_one

    def flaky(ctx_, path, **kw):
        if path == bad:
            raise RuntimeError("a bug")
        return real(ctx_, path, **kw)

    monkeypatch.setattr(province_import, "import_one", flaky)
    results = province_import.import_files(ctx, [bad, good])
    assert results[0]["verdict"] == Code.NOT_CHECKED.value and "unexpected" in results[0]["reason_en"]
    assert results[1]["verdict"] == "valid"


def test_signed_text_no_database_can_store_is_refused(setup):
    """"\\ud800" (an unpaired surrogate) parses as JSON but cannot be written to SQLite or PostgreSQL."""
    ctx, env, good, tmp = setup
    victim = next(n for n in tamper.payload_names(tamper.read(good)) if n.endswith("plan_measures.json"))

    def surrogate(entries):
        doc = json.loads(entries[victim])
        doc["rows"][0]["note"] = "\ud800"
        entries[victim] = json.dumps(doc).encode()  # ensure_ascii: written as the escape \\ud800

    before = snapshot(ctx)
    results = province_import.import_files(ctx, [_resigned(env, good, tmp / "text.zip", surrogate), good])
    assert results[0]["verdict"] == Code.SCHEMA_INVALID.value and "surrogate" in results[0]["reason_en"], results[0]
    assert results[1]["verdict"] == "valid" and snapshot(ctx) != before


def test_a_float_figure_no_column_should_hold_is_refused(setup):
    ctx, env, good, tmp = setup
    victim = next(n for n in tamper.payload_names(tamper.read(good)) if n.endswith("petition_figures.json"))

    def huge(entries):
        doc = json.loads(entries[victim])
        doc["rows"][0]["average_days"] = 1e300
        entries[victim] = json.dumps(doc).encode()

    result = province_import.import_files(ctx, [_resigned(env, good, tmp / "float.zip", huge)])[0]
    assert result["verdict"] == Code.SCHEMA_INVALID.value and "average_days" in result["reason_en"], result


def test_the_import_command_refuses_the_hostile_file_and_imports_the_next(setup):
    from click.testing import CliRunner

    from soum_desk.cli import cli
    from tests.bundle.conftest import PASS

    ctx, _env, good, tmp = setup
    bad = _unsigned(good, tmp / "huge.zip", **{fmt.F_SEQUENCE: str(2**63), fmt.F_OFFICE_CODE: "Ж" * 41})
    result = CliRunner().invoke(cli, ["--data-dir", str(ctx.paths.data_dir), "--db-url", ctx.paths.db_url,
                                      "--user", "head", "--lang", "en", "province", "import", str(bad), str(good)],
                                env={"SOUM_DESK_PASSWORD": PASS}, catch_exceptions=False)
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("huge.zip: Not a SoumDesk bundle") and "bag-info.txt" in lines[0]
    assert lines[1].startswith(f"{good.name}: Valid")


@pytest.mark.parametrize("keep", [0, 64 << 20])
def test_each_table_is_inflated_once_unless_too_large_to_keep(setup, monkeypatch, keep):
    """Tables are hashed as they stream and kept for parsing; beyond the budget they are read and
    hashed again (the stick may change between reads) — either way the bundle imports."""
    from soum_desk.bundle.bagcheck import VerifiedPayload

    ctx, _env, good, _tmp = setup
    monkeypatch.setattr(VerifiedPayload, "KEEP_BYTES", keep)
    read: list[str] = []
    real_chunks = ZipBag.chunks

    def spy(self, name, limit=None):
        read.append(name)
        return real_chunks(self, name, limit)

    monkeypatch.setattr(ZipBag, "chunks", spy)
    assert province_import.import_files(ctx, [good])[0]["verdict"] == "valid"
    tables = [n for n in read if n.startswith("data/tables/")]
    assert tables and len(tables) == len(set(tables)) * (2 if keep == 0 else 1)


def test_file_names_that_are_not_utf8_are_stored_readably(setup):
    """A stick written under another code page: the name arrives with lone surrogates."""
    import os

    ctx, env, good, tmp = setup
    odd = tmp / os.fsdecode(b"\xc1\xeb\xf2-2024Q4.zip")
    odd.write_bytes(good.read_bytes())
    unsigned = _unsigned(good, tmp / os.fsdecode(b"\xff-unsigned.zip"))
    results = province_import.import_files(ctx, [unsigned, odd])
    assert [r["verdict"] for r in results] == [Code.UNSIGNED.value, "valid"], results
    assert province_import.list_refusals(ctx)[0]["file"] == "\ufffd-unsigned.zip"


def test_the_import_command_prints_a_file_name_that_is_not_utf8(setup):
    import os
    import subprocess
    import sys

    from tests.bundle.conftest import PASS

    ctx, _env, good, tmp = setup
    odd = tmp / os.fsdecode(b"\xc1\xeb\xf2-2024Q4.zip")
    odd.write_bytes(good.read_bytes())
    env = {**os.environ, "SOUM_DESK_PASSWORD": PASS, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "soum_desk", "--data-dir", str(ctx.paths.data_dir), "--db-url",
                           ctx.paths.db_url, "--user", "head", "--lang", "en", "province", "import", str(odd)],
                          env=env, capture_output=True, timeout=120)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
    assert "\ufffd\ufffd\ufffd-2024Q4.zip: Valid" in done.stdout.decode("utf-8")


def test_a_failure_releasing_a_held_bundle_keeps_it_held_and_the_batch_goes_on(province_ctx, make_office,
                                                                               monkeypatch):
    env = make_office("Алтанбулаг")
    register(province_ctx, env)
    q2, q3, q4 = env.export("2024Q2"), env.export("2024Q3"), env.export("2024Q4")
    assert province_import.import_files(province_ctx, [q2])[0]["verdict"] == "valid"
    assert province_import.import_files(province_ctx, [q4])[0]["verdict"] == Code.HELD.value
    real_store = province_import._store

    def failing_for_held(ctx, verdict, file_name, username, held_id=None, **kw):
        if held_id is not None:
            raise RuntimeError("a bug")
        return real_store(ctx, verdict, file_name, username, held_id=held_id, **kw)

    monkeypatch.setattr(province_import, "_store", failing_for_held)
    results = province_import.import_files(province_ctx, [q3])
    assert [r["verdict"] for r in results] == ["valid", Code.NOT_CHECKED.value], results
    assert "stays held" in results[1]["reason_en"]
    assert len(province_import.list_held(province_ctx)) == 1
    monkeypatch.setattr(province_import, "_store", real_store)
    assert province_import.retry_held(province_ctx)[0]["verdict"] == "valid"


@pytest.mark.parametrize(("table", "field", "value"), [("plan_summary", "score", 10**400),
                                                       ("plan_summary", "score", -1),
                                                       ("plan_measures", "note", 10**20)])
def test_numbers_no_figure_should_hold_are_refused(setup, table, field, value):
    """A plan score of 10^400 made the province's average raise OverflowError while storing."""
    ctx, env, good, tmp = setup
    victim = next(n for n in tamper.payload_names(tamper.read(good)) if n.endswith(f"/{table}.json"))

    def change(entries):
        doc = json.loads(entries[victim])
        doc["rows"][0][field] = value
        entries[victim] = json.dumps(doc).encode()

    result = province_import.import_files(ctx, [_resigned(env, good, tmp / "n.zip", change)])[0]
    assert result["verdict"] == Code.SCHEMA_INVALID.value and field in result["reason_en"], result
