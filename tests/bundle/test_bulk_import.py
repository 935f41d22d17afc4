"""Issue 18: the province stores a bundle's rows in bulk (COPY on PostgreSQL, the driver's
executemany on SQLite), checks detail tables column by column and runs the sequence check from
memory — and still stores exactly the rows, refuses exactly the bad values, and tells a
conflict from a replay when another import stores first."""

from __future__ import annotations

import json
import math
import re

import pytest
from sqlalchemy import select

from soum_desk.bundle import schema
from soum_desk.bundle.schema import (
    MAX_NUMBER,
    MAX_STRING,
    SchemaProblem,
    parse_table,
    table_document,
)
from soum_desk.bundle.verdict import Code
from soum_desk.db.models import BundleRecord
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.core.startup import open_context
from soum_desk.services.province import imports as province_import
from soum_desk.services.province.records import encode_row, prepare_records
from tests.bundle.conftest import count, register

TRICKY = ["таб\tбас\nшинэ мөр", 'хашилт " ба \\ налуу', "\\N", "\\.", "emoji 🐎", "", "NULL", "a\u2028b"]


def _notes(ctx, period, include_personal=False):  # noqa: ANN001, ANN202 - a payload provider
    return {"notes": [{"no": i, "text": text, "share": i / 3, "flag": i % 2 == 0, "none": None}
                      for i, text in enumerate(TRICKY, start=1)]}


def test_stored_rows_are_the_bundles_rows_in_canonical_json(province_ctx, make_office, monkeypatch):
    monkeypatch.setitem(bundle_export.PAYLOAD_PROVIDERS, "notes", _notes)
    env = make_office()
    register(province_ctx, env)
    assert province_import.import_files(province_ctx, [env.export("2024Q3")])[0]["verdict"] == "valid"
    with province_ctx.reading() as session:
        stored = session.execute(select(BundleRecord.row_no, BundleRecord.data)
                                 .where(BundleRecord.table_name == "notes").order_by(BundleRecord.row_no)).all()
        measures = session.scalar(select(BundleRecord.data).where(BundleRecord.table_name == "plan_measures",
                                                                  BundleRecord.row_no == 1))
    expected = _notes(None, None)["notes"]
    assert [n for n, _ in stored] == list(range(1, len(TRICKY) + 1))
    assert [json.loads(d) for _, d in stored] == expected
    assert [d for _, d in stored] == [json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                                      for r in expected]
    assert json.loads(measures)["no"] == 1


@pytest.mark.parametrize(("value", "en"), [
    ([1, 2], "not a scalar"), ({"a": 1}, "not a scalar"), ("я" * (MAX_STRING + 1), "too long"),
    (MAX_NUMBER + 1, "too large"), (-(MAX_NUMBER + 1), "too large"), (1e300, "too large"),
    (math.inf, "finite"), (-math.inf, "finite"), (math.nan, "finite"),
])
def test_a_bad_value_in_a_detail_table_is_refused_naming_its_row_and_field(value, en):
    rows = [{"no": i, "text": "зүгээр", "n": i / 2} for i in range(1, 500)]
    rows[321]["text"] = value
    data = json.dumps({"schema": 1, "table": "details", "rows": rows}, ensure_ascii=False).encode()
    with pytest.raises(SchemaProblem) as problem:
        parse_table("data/tables/details.json", data, "details")
    assert en in problem.value.en
    assert "row 322" in problem.value.where and "text" in problem.value.where


def test_a_bad_value_beyond_the_first_pass_of_rows_is_refused(monkeypatch):
    """The column-by-column check goes through a large table in passes: a bad value in a later one counts."""
    monkeypatch.setattr(schema, "PLAIN_CHUNK", 100)
    rows = [{"no": i, "n": i} for i in range(1, 1000)]
    rows[950]["n"] = MAX_NUMBER * 2
    with pytest.raises(SchemaProblem) as problem:
        parse_table("d.json", json.dumps({"schema": 1, "table": "d", "rows": rows}).encode(), "d")
    assert "row 951" in problem.value.where


def test_a_bad_row_or_column_name_in_a_detail_table_is_refused():
    for rows, en in (([{"a": 1}, [1]], "not an object"), ([{"a": 1}, {"k" * 101: 1}], "column name")):
        data = json.dumps({"schema": 1, "table": "details", "rows": rows}).encode()
        with pytest.raises(SchemaProblem) as problem:
            parse_table("details.json", data, "details")
        assert en in problem.value.en and "row 2" in problem.value.where


def test_good_detail_rows_come_back_unchanged():
    rows = [{"no": i, "text": "ж" * 50, "n": -i / 7, "big": MAX_NUMBER, "flag": True, "none": None}
            for i in range(1, 300)]
    assert parse_table("d.json", table_document("details", rows), "details") == rows


def test_a_different_bundle_stored_meanwhile_is_an_alert_not_a_replay(province_ctx, make_office, tmp_path,
                                                                         monkeypatch):
    """The batch's chain is read once; another import storing a different bundle no. 1 for the same
    office in between must still end in the conflict alert, as it did when every check asked the database."""
    from soum_desk.services.core import backup, users

    env = make_office()
    register(province_ctx, env)
    admin = env.ctx.as_actor(users.authenticate(env.ctx, "admin", "admin-pass-1"))
    saved = backup.make_backup(admin, to=tmp_path / "yesterday.sqlite3", reason="manual")
    first = env.export("2024Q4")
    backup.restore(admin, saved.path)
    from soum_desk.services.bundle import ledger

    (env.ctx.paths.keys_dir / ledger.LEDGER_FILE).unlink()  # an office from before the key-store ledger
    again = env.export("2024Q4", out=tmp_path / "usb2")  # number 1 again, other content
    real = province_import.verify
    raced: list[str] = []

    def verify_then_race(path, trust, options):  # noqa: ANN001, ANN202
        verdict = real(path, trust, options)
        if raced:
            return verdict
        raced.append(path.name)
        other = open_context(province_ctx.paths).as_actor(province_ctx.actor)
        try:
            assert province_import.import_files(other, [first])[0]["verdict"] == "valid"
        finally:
            other.dispose()
        return verdict

    monkeypatch.setattr(province_import, "verify", verify_then_race)
    result = province_import.import_files(province_ctx, [again])[0]
    assert result["verdict"] == Code.CONFLICT.value and "ALERT" in result["reason_en"]
    assert count(province_ctx, "imported_bundle") == 1
    assert province_import.list_refusals(province_ctx)[0]["verdict"] == Code.CONFLICT.value


def test_a_batch_verified_ahead_still_checks_each_bundle_against_the_ones_stored_before_it(
        province_ctx, make_office):
    """Bundles are verified in a background thread ahead of storing: the sequence check of each
    must still see the bundles the same batch stored just before it."""
    env = make_office()
    register(province_ctx, env)
    q2, q3, q4 = env.export("2024Q2"), env.export("2024Q3"), env.export("2024Q4")
    results = province_import.import_files(province_ctx, [q2, q3, q4, q3])
    assert [(r["sequence"], r["verdict"]) for r in results] == [(1, "valid"), (2, "valid"), (3, "valid"),
                                                                (2, Code.REPLAY.value)]
    assert count(province_ctx, "imported_bundle") == 3


def test_a_bundle_failing_both_the_sequence_and_the_schema_is_told_the_sequence_first(
        province_ctx, make_office, tmp_path):
    """The sequence check now runs after the rest, yet its refusal comes first, as before: another
    bundle no. 1 is the conflict alert even when its tables are also wrong."""
    from soum_desk.services.bundle import keys as bundle_keys
    from tests.bundle import tamper
    from tests.bundle.conftest import KEY_PASS

    env = make_office()
    register(province_ctx, env)
    first = env.export("2024Q3")
    assert province_import.import_files(province_ctx, [first])[0]["verdict"] == "valid"
    pair = bundle_keys.unlock_key(env.ctx, KEY_PASS)
    victim = next(n for n in tamper.payload_names(tamper.read(first)) if n.endswith("petition_figures.json"))

    def wrong_type(entries):  # noqa: ANN001, ANN202
        entries[victim] = entries[victim].replace(b'"received":', b'"received":"many","was":')
        tamper.remanifest(entries, sign_with=pair.private, key_id=pair.key_id)

    bad = tamper.rewrite(first, tmp_path / "both.zip", wrong_type)
    result = province_import.import_files(province_ctx, [bad])[0]
    assert result["verdict"] == Code.CONFLICT.value and "ALERT" in result["reason_en"]


def _copy_unescape(field: str) -> str:
    """PostgreSQL's COPY text format, read back (the escapes `records` writes)."""
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), field)


def test_copy_lines_read_back_as_the_rows_whatever_the_text_holds():
    """The COPY text is made by hand (one write per bundle): every tab, newline and backslash in a
    value must come back as it was, and the bundle id joins the lines."""
    tables = {"notes": [{"text": text} for text in TRICKY], "odd\tname\\x": [{"a": 1}]}
    prepared = prepare_records(tables, for_copy=True)
    assert prepared.copy_lines is not None
    text = "7" + "7".join(prepared.copy_lines)
    back = [tuple(_copy_unescape(f) for f in line.split("\t")) for line in text.split("\n")[:-1]]
    expected = [("7", table, str(n), encode_row(row)) for table, rows in tables.items()
                for n, row in enumerate(rows, start=1)]
    assert back == expected and len(prepared) == len(TRICKY) + 1
