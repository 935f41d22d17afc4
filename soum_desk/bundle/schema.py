"""Payload tables: the JSON document per table, and the strict check the province runs.

Every table file is `{"schema": 1, "table": name, "rows": [{...}, ...]}`; rows are flat
objects of JSON scalars. The summary tables the province consolidates have fixed fields and
types (below); other tables (details) are checked for shape only and stored as they are.
"""

from __future__ import annotations

import json
import math
import re
from itertools import chain
from typing import Any

from soum_desk.bundle.format import SCHEMA_VERSION

TABLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
MAX_ROWS_PER_TABLE = 2_000_000
MAX_STRING = 100_000
MAX_FIGURE = 2**31 - 1  # the province's figure columns are 32-bit integers on PostgreSQL
MAX_NUMBER = 2**53  # any number in any table: beyond it a float is no longer exact, and no honest row has one
OPT_NUM = (int, float, type(None))

# Summary tables: field → allowed types. Providers may add fields; these must be there.
SUMMARY_SCHEMAS: dict[str, dict[str, tuple]] = {
    "office": {"code": (str,), "name": (str,), "aimag_code": (str,), "soum_name": (str,)},
    # one row per plan document: the plan's execution average for the period (and, optionally,
    # "score": its §7.5 0–5 score)
    "plan_summary": {"plan": (str,), "measures": (int,), "scored": (int,), "average_percent": OPT_NUM},
    # one row: the period's petition figures (DOMAIN.md "How the figures are counted")
    "petition_figures": {"received": (int,), "resolved_on_time": (int,), "resolved_late": (int,),
                         "pending": (int,), "overdue": (int,), "average_days": OPT_NUM},
    # one row: letters registered and replies due in the period
    "letter_figures": {"incoming": (int,), "outgoing": (int,), "reply_required": (int,),
                       "replied_on_time": (int,), "overdue": (int,)},
    # one row per retention class: permanent | 70y | temporary
    "archive_counts": {"retention": (str,), "units": (int,)},
}
# Fields a summary table may carry; when present they are checked as the required ones.
OPTIONAL_FIELDS: dict[str, dict[str, tuple]] = {"plan_summary": {"score": OPT_NUM}}
PERSONAL_PREFIX = "personal_"


class SchemaProblem(ValueError):
    """A payload table that is not what this version understands; `where` names the spot."""

    def __init__(self, where: str, mn: str, en: str) -> None:
        super().__init__(f"{where}: {en}")
        self.where, self.mn, self.en = where, mn, en


def table_document(table: str, rows: list[dict]) -> bytes:
    doc = {"schema": SCHEMA_VERSION, "table": table, "rows": rows}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                      default=_json_default).encode("utf-8")


def _json_default(value: Any) -> Any:
    from datetime import date, datetime
    from decimal import Decimal

    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"not JSON-ready: {type(value).__name__}")


def check_table_name(table: str) -> None:
    if not TABLE_NAME.match(table):
        raise SchemaProblem(table, f"Хүснэгтийн нэр буруу: «{table}»", f"Invalid table name «{table}»")


def parse_table(where: str, data: bytes, expected_table: str) -> list[dict]:
    """Parse and strictly check one table document; returns its rows."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise SchemaProblem(where, f"JSON биш: {exc}", f"not valid JSON: {exc}") from None
    except RecursionError:  # a signed table nested thousands deep: refused, never a crash
        raise SchemaProblem(where, "JSON хэт гүн давхарласан", "the JSON is nested too deep") from None
    if not isinstance(doc, dict) or set(doc) != {"schema", "table", "rows"}:
        raise SchemaProblem(where, "хүснэгтийн баримтын бүтэц буруу", "the table document has the wrong shape")
    if not isinstance(doc["schema"], int) or doc["schema"] > SCHEMA_VERSION or doc["schema"] < 1:
        raise SchemaProblem(where, f"схемийн хувилбар {doc['schema']} танигдахгүй (энэ програм {SCHEMA_VERSION})",
                            f"schema version {doc['schema']} is not understood (this program: {SCHEMA_VERSION})")
    if doc["table"] != expected_table:
        raise SchemaProblem(where, "файлын нэр хүснэгтийн нэртэй таарахгүй",
                            "the file name does not match the table name")
    rows = doc["rows"]
    if not isinstance(rows, list) or len(rows) > MAX_ROWS_PER_TABLE:
        raise SchemaProblem(where, "мөрүүд жагсаалт биш", "rows is not a list")
    schema = SUMMARY_SCHEMAS.get(expected_table)
    if schema is not None or not plain_rows(rows, len(data)):  # the row-by-row check names the fault
        for number, row in enumerate(rows, start=1):
            _check_row(f"{where}, мөр/row {number}", row, schema, expected_table)
        _check_totals(where, rows, schema)
    if _SURROGATE_ESCAPE.search(data):  # "\ud800" decodes to text no database can store
        _check_encodable(where, rows)
    return rows


_SCALARS = frozenset({str, int, float, bool, type(None)})


PLAIN_CHUNK = 20_000  # rows per pass: bounds the memory of the values' list for a huge table


def plain_rows(rows: list, size: int) -> bool:
    """True when a detail table (no fixed fields) passes every `_check_row` rule, checked column
    by column over the whole table instead of value by value (the province reads 1.4 M rows a
    year). False means «look row by row», which then names the row and field at fault. `size` is
    the document's length in bytes: no text in it can be longer."""
    return all(_plain_chunk(rows[start:start + PLAIN_CHUNK], size) for start in range(0, len(rows), PLAIN_CHUNK))


def _plain_chunk(rows: list, size: int) -> bool:
    if set(map(type, rows)) - {dict}:
        return False
    keys = set().union(*rows)
    if any(type(key) is not str or len(key) > 100 for key in keys):
        return False
    values = list(chain.from_iterable(map(dict.values, rows)))
    kinds = set(map(type, values))
    if kinds - _SCALARS:
        return False
    if str in kinds and size > MAX_STRING and max(len(v) for v in values if type(v) is str) > MAX_STRING:
        return False
    numbers = [v for v in values if type(v) is int or type(v) is float] if kinds & {int, float} else []
    # NaN fails every comparison, so it is caught by requiring each number to be within range.
    return all(-MAX_NUMBER <= v <= MAX_NUMBER for v in numbers)


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _check_encodable(where: str, rows: list[dict]) -> None:
    for number, row in enumerate(rows, start=1):
        for key, value in row.items():
            for text in (key, value) if isinstance(value, str) else (key,):
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    raise SchemaProblem(f"{where}, мөр/row {number}", "текст буруу (хосгүй UTF-16 тэмдэгт)",
                                        "the text is not valid (an unpaired UTF-16 surrogate)") from None


def check_rows(table: str, rows: list[dict]) -> None:
    """The same checks as `parse_table`, run by the office before it packs (a bad row fails the export,
    not the province's import)."""
    schema = SUMMARY_SCHEMAS.get(table)
    for number, row in enumerate(rows, start=1):
        _check_row(f"{table}, мөр/row {number}", row, schema, table)
    _check_totals(table, rows, schema)


def _check_totals(where: str, rows: list[dict], schema: dict[str, tuple] | None) -> None:
    """The province adds a summary table's numbers over its rows into one 32-bit column."""
    for key, types in (schema or {}).items():
        if types == (int,) and sum(row[key] for row in rows if isinstance(row[key], int)) > MAX_FIGURE:
            raise SchemaProblem(f"{where}, {key}", "мөрүүдийн нийлбэр хэт их", "the rows' total is too large")


def _check_row(where: str, row: Any, schema: dict[str, tuple] | None, table: str = "") -> None:
    if not isinstance(row, dict):
        raise SchemaProblem(where, "мөр объект биш", "the row is not an object")
    for key, value in row.items():
        if not isinstance(key, str) or len(key) > 100:
            raise SchemaProblem(where, "баганын нэр буруу", "invalid column name")
        if value is not None and not isinstance(value, str | int | float | bool):
            raise SchemaProblem(f"{where}, {key}", "утга энгийн төрлийн биш", "the value is not a scalar")
        if isinstance(value, str) and len(value) > MAX_STRING:
            raise SchemaProblem(f"{where}, {key}", "утга хэт урт", "the value is too long")
        if isinstance(value, float) and not math.isfinite(value):  # NaN/Infinity are not JSON
            raise SchemaProblem(f"{where}, {key}", "төгсгөлтэй тоо биш", "not a finite number")
        if isinstance(value, int | float) and abs(value) > MAX_NUMBER:
            raise SchemaProblem(f"{where}, {key}", "тоо хэт их", "the number is too large")
    optional = OPTIONAL_FIELDS.get(table, {}) if schema is not None else {}
    for key, types in {**(schema or {}), **{k: t for k, t in optional.items() if k in row}}.items():
        if key not in row:
            raise SchemaProblem(f"{where}, {key}", "заавал байх талбар алга", "a required field is missing")
        value = row[key]
        if isinstance(value, bool) or not isinstance(value, types):
            names = "/".join(t.__name__ for t in types)
            raise SchemaProblem(f"{where}, {key}", f"төрөл буруу ({names} байх ёстой)",
                                f"wrong type (expected {names})")
        if isinstance(value, int | float) and value < 0:
            raise SchemaProblem(f"{where}, {key}", "сөрөг тоо байж болохгүй", "must not be negative")
        if isinstance(value, int | float) and value > MAX_FIGURE:
            raise SchemaProblem(f"{where}, {key}", "тоо хэт их", "the number is too large")
