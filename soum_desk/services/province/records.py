"""Writing an imported bundle's payload rows (`bundle_record`) in bulk.

One code path for both databases: every row becomes a plain tuple (bundle, table, row number,
canonical JSON), then PostgreSQL receives them with COPY and SQLite with the driver's own
`executemany` — the ORM's bulk insert ended in one INSERT per row on PostgreSQL. The caller's
session and transaction are used, so the rows commit (or roll back) with the bundle.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

COLUMNS = "bundle_id, table_name, row_no, data"
COPY_SQL = f"COPY bundle_record ({COLUMNS}) FROM STDIN"
INSERT_SQL = f"INSERT INTO bundle_record ({COLUMNS}) VALUES (?, ?, ?, ?)"
# Canonical JSON, as the records were always stored; one encoder for all rows (json.dumps
# builds a new one per call).
encode_row = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def record_tuples(bundle_id: int, tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> Iterator[tuple]:
    """(bundle, table, row number from 1, canonical JSON) for every row of every table."""
    for table, rows in tables.items():
        for number, data in enumerate(map(encode_row, rows), start=1):
            yield bundle_id, table, number, data


def write_records(session: Session, bundle_id: int, tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> int:
    """Store every payload row of one bundle in the session's transaction; returns the row count."""
    connection = session.connection()
    raw: Any = connection.connection.driver_connection
    rows = record_tuples(bundle_id, tables)
    written = 0
    if connection.dialect.name == "postgresql":
        with raw.cursor() as cursor, cursor.copy(COPY_SQL) as copy:
            for row in rows:
                copy.write_row(row)
                written += 1
        return written
    cursor = raw.cursor()
    try:
        batch = list(rows)
        cursor.executemany(INSERT_SQL, batch)
        return len(batch)
    finally:
        cursor.close()
