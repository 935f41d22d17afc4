"""The foundation's default settings (areas add theirs through `settings.register_defaults`).

Apart from `settings` so that start-up reads the language and the sign-in limits before the
ORM is loaded (`quick_open`, issue 18)."""

from __future__ import annotations

from typing import Any

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
