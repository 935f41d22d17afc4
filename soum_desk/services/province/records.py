"""Writing an imported bundle's payload rows (`bundle_record`) in bulk.

One code path for both databases: every row becomes a plain tuple (table, row number, canonical
JSON) — made by `prepare_records`, which the batch runs in its verifying thread — then PostgreSQL
receives them with COPY and SQLite with the driver's own `executemany`. (The ORM's bulk insert
ended in one INSERT per row on PostgreSQL.) The caller's session and transaction are used, so the
rows commit (or roll back) with the bundle.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

COPY_SQL = "COPY bundle_record (bundle_id, table_name, row_no, data) FROM STDIN"
INSERT_SQL = "INSERT INTO bundle_record (bundle_id, table_name, row_no, data) VALUES (?, ?, ?, ?)"
# Canonical JSON, as the records were always stored; one encoder for all rows (json.dumps
# builds a new one per call).
encode_row = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
Tables = Mapping[str, Sequence[Mapping[str, Any]]]


def _copy_field(text: str) -> str:
    """A value as PostgreSQL's COPY text format reads it back unchanged."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


@dataclass(frozen=True)
class PreparedRecords:
    """A bundle's rows ready to write, before its id is known. For COPY, each row is one line
    without its first field (`\\t table \\t number \\t data \\n`): the id joins them."""

    rows: list[tuple[str, int, str]]
    copy_lines: list[str] | None

    def __len__(self) -> int:
        return len(self.rows)


def prepare_records(tables: Tables, for_copy: bool) -> PreparedRecords:
    """Encode every row of every table (numbered from 1); `for_copy`: also as COPY lines."""
    rows = [(table, number, data) for table, table_rows in tables.items()
            for number, data in enumerate(map(encode_row, table_rows), start=1)]
    lines = None
    if for_copy:
        lines = [f"\t{_copy_field(table)}\t{number}\t{_copy_field(data)}\n" for table, number, data in rows]
    return PreparedRecords(rows, lines)


def write_records(session: Session, bundle_id: int, prepared: PreparedRecords) -> int:
    """Store one bundle's prepared rows in the session's transaction; returns the row count."""
    connection = session.connection()
    raw: Any = connection.connection.driver_connection
    if connection.dialect.name == "postgresql" and prepared.copy_lines is not None:
        if prepared.copy_lines:
            ident = str(bundle_id)
            with raw.cursor() as cursor, cursor.copy(COPY_SQL) as copy:
                copy.write(ident + ident.join(prepared.copy_lines))
        return len(prepared)
    if connection.dialect.name == "postgresql":
        with raw.cursor() as cursor, cursor.copy(COPY_SQL) as copy:
            for table, number, data in prepared.rows:
                copy.write_row((bundle_id, table, number, data))
        return len(prepared)
    cursor = raw.cursor()
    try:
        cursor.executemany(INSERT_SQL, [(bundle_id, table, number, data) for table, number, data in prepared.rows])
    finally:
        cursor.close()
    return len(prepared)
