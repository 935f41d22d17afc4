"""A database as an older SoumDesk left it: the oldest schema revision, with data.

Rows are written with plain SQL in the columns that revision had, so the
helper keeps working however the current models grow.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import text

from soum_desk.config import AppPaths
from soum_desk.db import migrate
from soum_desk.db.engine import make_engine
from soum_desk.services.core.audit import GENESIS, HEAD_KEY, canonical_json, entry_hash
from soum_desk.services.core.passwords import hash_password

OLD_ADMIN = "old-admin"
OLD_PASSWORD = "old-pass-123"
OLD_OFFICE = "Есөнзүйл сумын Засаг даргын Тамгын газар"


def make_old_database(paths: AppPaths) -> str:
    """Create the database at the oldest revision with an office, a user and an audit entry."""
    paths.ensure_dirs()
    oldest = migrate.all_revisions()[0]
    engine = make_engine(paths.db_url)
    try:
        migrate.upgrade(engine, oldest)
        now = datetime(2025, 3, 31, 9, 0)
        office = {"code": "MN-049/Есөнзүйл", "name": OLD_OFFICE, "aimag_code": "MN-049",
                  "soum_name": "Есөнзүйл", "place": "Есөнзүйл"}
        at = datetime(2025, 3, 31, 1, 0, tzinfo=UTC).isoformat(timespec="microseconds")
        after = canonical_json(office)
        digest = entry_hash(GENESIS, at, "system", "office.create", "office", "1", None, after)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO office (id, code, name, aimag_code, soum_name, place, is_province, "
                              "created_at) VALUES (1, :code, :name, :aimag_code, :soum_name, :place, 0, :now)"),
                         {**office, "now": now})
            conn.execute(text("INSERT INTO bag (office_id, name, active) VALUES (1, '1-р баг', 1), "
                              "(1, '2-р баг', 1)"))
            conn.execute(text("INSERT INTO app_user (username, full_name, role, password_hash, active, "
                              "failed_logins, created_at) VALUES (:u, 'Хуучин Админ', 'admin', :h, 1, 0, :now)"),
                         {"u": OLD_ADMIN, "h": hash_password(OLD_PASSWORD), "now": now})
            conn.execute(text("INSERT INTO audit_log (id, at, username, action, entity, entity_id, after, "
                              "prev_hash, hash) VALUES (1, :at, 'system', 'office.create', 'office', '1', "
                              ":after, :prev, :hash)"),
                         {"at": at, "after": after, "prev": GENESIS, "hash": digest})
            conn.execute(text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                         {"k": HEAD_KEY, "v": json.dumps({"count": 1, "hash": digest, "id": 1})})
    finally:
        engine.dispose()
    return oldest
