"""Settings kept in the database as JSON. Defaults live here, one dict per area.

Deadlines, legal periods and formats are settings (data), never code.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from soum_desk.db.models import Setting
from soum_desk.domain.roles import Permission
from soum_desk.services import audit
from soum_desk.services.context import AppContext

DEFAULTS: dict[str, Any] = {
    "ui.language": "mn",
    "ui.idle_lock_minutes": 15,
    "backup.interval_minutes": 30,
    "backup.keep_recent": 10,
    "backup.keep_daily": 7,
    "backup.keep_weekly": 4,
    "backup.keep_monthly": 12,
    "backup.warn_age_hours": 48,
    "auth.max_failures": 5,
    "auth.lock_base_seconds": 60,
}


def register_defaults(defaults: dict[str, Any]) -> None:
    """Areas call this at import time to add their own default settings."""
    DEFAULTS.update(defaults)


def get_value(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is not None:
        return json.loads(row.value)
    if default is not None:
        return default
    return DEFAULTS.get(key)


def set_value(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded


def get(ctx: AppContext, key: str, default: Any = None) -> Any:
    with ctx.reading() as session:
        return get_value(session, key, default)


def all_settings(ctx: AppContext) -> dict[str, Any]:
    with ctx.reading() as session:
        stored = {row.key: json.loads(row.value) for row in session.query(Setting)
                  if not row.key.startswith("audit.")}
    return {**DEFAULTS, **stored}


def update(ctx: AppContext, key: str, value: Any) -> None:
    """Change one setting (admin), audited."""
    actor = ctx.require(Permission.SETTINGS)
    with ctx.transaction() as session:
        before = get_value(session, key)
        set_value(session, key, value)
        audit.record(session, actor, "setting.update", "setting", key, before={"value": before},
                     after={"value": value})
