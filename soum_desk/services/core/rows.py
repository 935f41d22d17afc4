"""The rows the core services hand to the UI, the CLI, reports and other areas.

TypedDicts: every consumer keeps reading them as dicts, and mypy checks the keys.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypedDict


class UserRow(TypedDict):
    id: int
    username: str
    full_name: str
    position: str | None
    role: str
    active: bool
    locked_until: str | None  # ISO time while locked
    failed_logins: int



class BackupFacts(TypedDict):
    """What `backup.check_backup_file` found in a good backup file."""

    revision: str | None  # the schema's migration revision
    office: str | None  # the office's name
    office_code: str | None  # the office's code: a backup restores only into the same office
    is_province: bool | None
    created_at: datetime
    size_bytes: int
    sha256: str
