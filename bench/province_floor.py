"""The floor for the province import, measured on the same bundles in the same run: what the
bare libraries need to take in the same files, with none of SoumDesk's checks or records.

Per bundle: the zip opened and every member read in memory, SHA-512 of every member, the
Ed25519 signature checked over the tag manifest, every table parsed with `json.loads`, and the
same rows (canonical JSON, as stored) written to a table shaped like `bundle_record` (same
index) — COPY on PostgreSQL, `executemany` on SQLite — and committed, one transaction per bundle.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import time
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from soum_desk.bundle import format as fmt  # only the file names and the signed message's prefix

TABLE = ("CREATE TABLE floor_record (id {pk}, bundle_id INTEGER NOT NULL, table_name VARCHAR(80) NOT NULL, "
         "row_no INTEGER NOT NULL, data TEXT NOT NULL)")
INDEX = "CREATE INDEX ix_floor_record_bundle_table ON floor_record (bundle_id, table_name)"
ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def _public_keys(key_files: list[Path]) -> dict[str, Ed25519PublicKey]:
    keys = {}
    for path in key_files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        keys[doc["key_id"]] = Ed25519PublicKey.from_public_bytes(base64.b64decode(doc["public_key"]))
    return keys


def _read_bundle(path: Path, keys: dict[str, Ed25519PublicKey]) -> list[tuple[str, list]]:
    """(table, rows) of one bundle after hashing every member and checking the signature."""
    tables = []
    with zipfile.ZipFile(path) as zf:
        members = {info.filename.split("/", 1)[1]: zf.read(info) for info in zf.infolist() if not info.is_dir()}
    for data in members.values():
        hashlib.sha512(data).hexdigest()
    fields = dict(line.split(": ", 1) for line in members[fmt.SIGNATURE_FILE].decode().splitlines())
    keys[fields["Key-Id"]].verify(base64.b64decode(fields["Signature"]), fmt.signed_message(members[fmt.TAG_MANIFEST]))
    for name, data in members.items():
        if name.startswith("data/tables/"):
            doc = json.loads(data)
            tables.append((doc["table"], doc["rows"]))
    return tables


def floor(bundles: list[Path], key_files: list[Path], db_url: str | None, folder: Path) -> float:
    """Seconds the bare libraries take for `bundles` (the table made afresh, timing excludes that)."""
    keys = _public_keys(key_files)
    if db_url:
        import psycopg

        conn = psycopg.connect(db_url.replace("postgresql+psycopg://", "postgresql://"))
        conn.execute("DROP TABLE IF EXISTS floor_record")
        conn.execute(TABLE.format(pk="SERIAL PRIMARY KEY"))
        conn.execute(INDEX)
        conn.commit()
    else:
        lite = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
        lite.execute("PRAGMA journal_mode=WAL")
        lite.execute("PRAGMA synchronous=FULL")
        lite.execute(TABLE.format(pk="INTEGER PRIMARY KEY"))
        lite.execute(INDEX)
    started = time.perf_counter()
    for number, path in enumerate(bundles, start=1):
        rows = [(number, table, n, ENCODE(row)) for table, table_rows in _read_bundle(path, keys)
                for n, row in enumerate(table_rows, start=1)]
        if db_url:
            with conn.cursor() as cursor, cursor.copy(
                    "COPY floor_record (bundle_id, table_name, row_no, data) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            conn.commit()
        else:
            lite.execute("BEGIN")
            lite.executemany("INSERT INTO floor_record (bundle_id, table_name, row_no, data) VALUES (?, ?, ?, ?)",
                             rows)
            lite.execute("COMMIT")
    elapsed = time.perf_counter() - started
    if db_url:
        conn.execute("DROP TABLE floor_record")
        conn.commit()
        conn.close()
    else:
        lite.close()
    return elapsed
