"""Settings kept in the database as JSON. Defaults live here, one dict per area.

Deadlines, legal periods and formats are settings (data), never code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import Setting
from soum_desk.domain.roles import Permission
from soum_desk.errors import ValidationError
from soum_desk.services.core import audit, setting_defaults
from soum_desk.services.core.context import Actor, AppContext

DEFAULTS = setting_defaults.DEFAULTS  # the same dict: areas add theirs with `register_defaults`


def register_defaults(defaults: dict[str, Any]) -> None:
    """Areas call this at import time to add their own default settings. The modules that do
    are listed (imported) in `services/setting_areas.py`; a command that lists or checks every
    setting calls its `load_all_defaults()` first."""
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
    """Every registered setting (call `services/setting_areas.load_all_defaults()` first)."""
    with ctx.reading() as session:
        stored = {row.key: json.loads(row.value) for row in session.scalars(select(Setting))
                  if not row.key.startswith("audit.")}
    return {**DEFAULTS, **stored}


# Bounds for numeric settings (inclusive); a setting not listed only needs the default's type.
BOUNDS: dict[str, tuple[int, int]] = {
    "ui.idle_lock_minutes": (0, 24 * 60),
    "backup.interval_minutes": (5, 7 * 24 * 60),
    "backup.keep_recent": (1, 1000),
    "backup.keep_daily": (0, 1000),
    "backup.keep_weekly": (0, 1000),
    "backup.keep_monthly": (0, 1000),
    "backup.warn_age_hours": (1, 24 * 365),
    "auth.max_failures": (3, 20),
    "auth.lock_base_seconds": (10, 24 * 3600),
}
LANGUAGES = ("mn", "en")
# Settings whose value is one of a few words; areas add theirs with `register_choices`.
CHOICES: dict[str, tuple[str, ...]] = {"ui.language": LANGUAGES}


def register_choices(choices: dict[str, tuple[str, ...]]) -> None:
    CHOICES.update(choices)


# Settings with a shape of their own (a dict of lists, say): the area's check returns the value
# normalised or raises a bilingual ValidationError naming the wrong part by its label.
CHECKS: dict[str, Callable[[Any], Any]] = {}


def register_check(key: str, check: Callable[[Any], Any]) -> None:
    CHECKS[key] = check


def validate(key: str, value: Any) -> Any:
    """Check a new value against the default's type and bounds; return it normalised."""
    if key not in DEFAULTS or key.startswith("audit."):
        raise ValidationError(f"Ийм тохиргоо байхгүй: {key}", f"No such setting: {key}", where=key)
    default = DEFAULTS[key]
    if isinstance(default, bool) or not isinstance(default, int | float):
        if not isinstance(value, type(default)):
            raise ValidationError(f"{key}: утгын төрөл буруу.", f"{key}: wrong type of value.", where=key)
    else:
        try:
            value = type(default)(value)
        except (TypeError, ValueError):
            raise ValidationError(f"{key}: тоо оруулна уу.", f"{key}: enter a number.", where=key) from None
        low, high = BOUNDS.get(key, (0, 10**9))
        if not low <= value <= high:
            raise ValidationError(f"{key}: {low}–{high} хооронд байх ёстой.",
                                  f"{key}: must be between {low} and {high}.", where=key)
    if key == "ui.language" and value not in LANGUAGES:
        raise ValidationError("Хэл: mn эсвэл en.", "Language: mn or en.", where=key)
    if key in CHOICES and value not in CHOICES[key]:
        allowed = ", ".join(CHOICES[key])
        raise ValidationError(f"{key}: {allowed}-ийн аль нэг байна.", f"{key}: one of {allowed}.", where=key)
    if key in CHECKS:
        value = CHECKS[key](value)
    return value


def update(ctx: AppContext, key: str, value: Any) -> None:
    """Change one setting (admin), audited."""
    update_many(ctx, {key: value})


def update_many(ctx: AppContext, values: dict[str, Any]) -> None:
    """Change several settings in one transaction (admin), one audit entry per changed key."""
    actor = ctx.require(Permission.SETTINGS)
    clean = {key: validate(key, value) for key, value in values.items()}
    with ctx.transaction() as session:
        update_in(session, actor, clean)


def update_in(session: Session, actor: Actor, clean: dict[str, Any]) -> None:
    """Store validated values inside the caller's transaction; one audit entry per changed key."""
    for key, value in clean.items():
        before = get_value(session, key)
        if before == value:
            continue
        set_value(session, key, value)
        audit.record(session, actor, "setting.update", "setting", key, before={"value": before},
                     after={"value": value})
