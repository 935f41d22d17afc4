"""The rows the core services hand to the UI, the CLI, reports and other areas.

TypedDicts: every consumer keeps reading them as dicts, and mypy checks the keys.
"""

from __future__ import annotations

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

