"""Item 9: bundle round trips, property-tested.

Generated payloads (summary tables with their fixed fields, detail tables with Cyrillic incl.
Ө Ү, empty strings, None, long texts, extreme ISO dates, big and negative numbers, decimals)
are packed and signed as the office does, read back by the province's verifier, and compared
value by value *and type by type*: the same tables, or refused at the office with the table,
row and column. The second property goes through the real export and the province import
into the database and compares the stored rows and figures.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import select

from soum_desk.bundle import format as fmt
from soum_desk.bundle import keys, pack
from soum_desk.bundle.schema import SUMMARY_SCHEMAS, SchemaProblem, check_rows
from soum_desk.bundle.verdict import Code
from soum_desk.bundle.verify import KeyInfo, Options, verify
from soum_desk.db.models import BundleFigures, BundleRecord, ImportedBundle
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle.verify import ListTrust
from soum_desk.services.province import imports as province_import
from tests.bundle.conftest import KEY_PASS, make_office, province_ctx, register  # noqa: F401 - fixtures
from tests.reliability.property_kit import EXTREME_DATES, WORD, examples, words

NAME = st.text(st.sampled_from("абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя_0123456789"), min_size=1, max_size=20)
TABLE = st.builds(lambda a, b: f"{a}{b}", st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
                  st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789_"), max_size=20))
SCALAR = st.one_of(
    st.none(), st.just(""), words(), WORD, EXTREME_DATES.map(lambda d: d.isoformat()),
    st.integers(-(2**70), 2**70), st.integers(0, 10_000), st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True), st.floats(-1e6, 1e6).map(lambda f: round(f, 2)),
)
COUNT = st.one_of(st.integers(0, 100_000), st.integers(0, 2**70))
OPT_NUM = st.one_of(st.none(), st.floats(0, 100).map(lambda f: round(f, 2)), st.integers(0, 100),
                    st.floats(allow_nan=True, allow_infinity=True))
SUMMARY_VALUES = {"plan": words(max_words=6), "measures": COUNT, "scored": COUNT, "average_percent": OPT_NUM,
                  "received": COUNT, "resolved_on_time": COUNT, "resolved_late": COUNT, "pending": COUNT,
                  "overdue": COUNT, "average_days": OPT_NUM, "incoming": COUNT, "outgoing": COUNT,
                  "reply_required": COUNT, "replied_on_time": COUNT,
                  "retention": st.sampled_from(["permanent", "70y", "temporary"]), "units": COUNT}


@st.composite
def payloads(draw: st.DrawFn, office_code: str = "MN-049-01") -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {"office": [{"code": office_code, "name": draw(words(max_words=5)),
                                                 "aimag_code": "MN-049", "soum_name": draw(words(max_words=2))}]}
    for table in draw(st.lists(st.sampled_from(sorted(set(SUMMARY_SCHEMAS) - {"office"})), unique=True)):
        fields = SUMMARY_SCHEMAS[table]
        tables[table] = [{f: draw(SUMMARY_VALUES[f]) for f in fields} for _ in range(draw(st.integers(0, 3)))]
    for table in draw(st.lists(TABLE, max_size=3, unique=True)):
        if table in tables:
            continue
        columns = draw(st.lists(NAME, min_size=1, max_size=6, unique=True))
        tables[table] = [{c: draw(SCALAR) for c in columns} for _ in range(draw(st.integers(0, 8)))]
    return tables


def typed(value: object) -> object:
    """Values with their JSON type, so that 1 ≠ 1.0 ≠ True in the comparison."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


def refused_at_the_office(tables: dict[str, list[dict]]) -> bool:
    """The office's own check before packing (payload.collect runs it); its error must say where."""
    for table, rows in tables.items():
        try:
            check_rows(table, rows)
        except SchemaProblem as problem:
            assert problem.where.startswith(f"{table}, мөр/row ") and problem.mn and problem.en
            event(f"refused at the office: {problem.en}")
            return True
    return False


def should_be_refused(tables: dict[str, list[dict]]) -> bool:
    """Not JSON (NaN, Infinity), any number beyond 2^53, a summary figure below zero or beyond the
    province's 32-bit columns, or a summary table whose rows add up beyond them (issue 19)."""
    for table, rows in tables.items():
        figures = {**SUMMARY_SCHEMAS.get(table, {}), **({"score": ()} if table == "plan_summary" else {})}
        for row in rows:
            for key, value in row.items():
                if isinstance(value, float) and not math.isfinite(value):
                    return True
                if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > 2**53:
                    return True
                if key in figures and isinstance(value, int | float) and \
                        not isinstance(value, bool) and (value < 0 or value >= 2**31):
                    return True
        for key, types in SUMMARY_SCHEMAS.get(table, {}).items():
            if types == (int,) and sum(r[key] for r in rows if type(r.get(key)) is int) >= 2**31:
                return True
    return False


@pytest.fixture(scope="module")
def signer():
    pair = keys.generate()
    trust = ListTrust([KeyInfo(pair.key_id, "MN-049-01", keys.b64(pair.public_raw))])
    return pair, trust


CREATED = st.datetimes(datetime(1970, 1, 2), datetime(9999, 12, 30), timezones=st.just(timezone(timedelta(hours=8))))


@examples(40)
@given(tables=payloads(), office_name=words(max_words=6, long_text=False), period=st.sampled_from(["2024Q1", "2024", "2025H1", "2099Q4"]),
       created=CREATED, sequence=st.integers(1, 10**6))
def test_bundle_tables_come_back_exactly(signer, tmp_path_factory, tables, office_name, period, created, sequence):
    if refused_at_the_office(tables):
        assert should_be_refused(tables)
        return
    assert not should_be_refused(tables)
    pair, trust = signer
    work = tmp_path_factory.mktemp("bundle")
    info = {fmt.F_OFFICE_CODE: "MN-049-01", fmt.F_OFFICE_NAME: office_name, fmt.F_AIMAG: "MN-049",
            fmt.F_PERIOD: period, fmt.F_CREATED: created.replace(microsecond=0).isoformat(),
            fmt.F_APP_VERSION: "test", fmt.F_SCHEMA: str(fmt.SCHEMA_VERSION), fmt.F_KEY_ID: pair.key_id,
            fmt.F_SEQUENCE: str(sequence), fmt.F_PREVIOUS: fmt.NO_PREVIOUS, fmt.F_AUDIT_HEAD: ""}
    packed = pack.pack(pack.PackInput("bundle", tables, info, pair.private, pair.key_id), work)
    verdict = verify(packed.path, trust, Options(keep_tables=True))
    assert verdict.code is Code.VALID, (verdict.code, verdict.reason_en, verdict.file)
    assert (verdict.office_name, verdict.period, verdict.sequence, verdict.created_at) == \
        (office_name, period, sequence, created.replace(microsecond=0, tzinfo=None))
    assert typed(verdict.tables) == typed(tables)
    event("came back exactly")


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr(keys, "KDF_MEMORY_KIB", 8 * 1024)
    monkeypatch.setattr(keys, "KDF_TIME_COST", 1)
    monkeypatch.setattr(bundle_export, "REPORT_PROVIDERS", {})


_current: dict[str, list[dict]] = {}


def generated_payload(ctx, period, include_personal: bool = False):  # noqa: ANN001, ANN201, ARG001
    """A payload provider returning the tables the property drew."""
    return dict(_current)


def test_bundle_export_and_province_import_store_the_same(make_office, province_ctx, monkeypatch):  # noqa: F811
    from soum_desk.errors import UserError
    from soum_desk.services.province.figures import figures_from_tables

    env = make_office()
    register(province_ctx, env)
    bundle_export.approve_period(env.ctx, "2024Q4")
    monkeypatch.setattr(bundle_export, "PAYLOAD_PROVIDERS", {"gen": generated_payload})

    outcomes: dict[str, int] = {"stored exactly": 0, "refused at the office": 0}

    @examples(8)
    @given(payloads(env.code))
    def one(tables: dict[str, list[dict]]) -> None:
        _current.clear()
        _current.update({t: rows for t, rows in tables.items() if t != "office"})
        if refused_at_the_office(_current):
            with pytest.raises(UserError) as refused:
                env.export("2024Q4")
            assert "мөр/row" in str(refused.value)
            outcomes["refused at the office"] += 1
            return
        path = env.export("2024Q4")
        result = province_import.import_files(province_ctx, [path])[0]
        assert result["verdict"] == "valid", result
        with province_ctx.reading() as session:
            bundle = session.scalars(select(ImportedBundle).order_by(ImportedBundle.id.desc()).limit(1)).one()
            stored: dict[str, list] = {}
            for rec in session.scalars(select(BundleRecord).where(BundleRecord.bundle_id == bundle.id)
                                       .order_by(BundleRecord.table_name, BundleRecord.row_no)):
                stored.setdefault(rec.table_name, []).append(json.loads(rec.data))
            figures = session.scalars(select(BundleFigures).where(BundleFigures.bundle_id == bundle.id)).one()
            want = figures_from_tables({**_current, "office": stored["office"]})
            assert {k: getattr(figures, k) for k in want} == want
        assert typed({t: r for t, r in stored.items() if t != "office"}) == \
            typed({t: r for t, r in _current.items() if r})
        outcomes["stored exactly"] += 1

    one()
    print(f"bundle export → province import: {outcomes}")  # the long form's figure (pytest -s)
    assert sum(outcomes.values()) >= 8
