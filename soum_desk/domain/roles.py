"""Roles and what each may do. Services check these; the UI only hides what is refused anyway."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    CLERK = "clerk"
    HEAD = "head"
    VIEWER = "viewer"


class Permission(StrEnum):
    READ = "records.read"
    WRITE = "records.write"
    PERSONAL_DATA = "personal_data.view"
    REPORTS = "reports.make"
    APPROVE = "approve"
    SIGN = "bundle.sign"
    EXPORT = "bundle.export"
    USERS = "users.manage"
    SETTINGS = "settings.manage"
    BACKUP = "backup.make"
    RESTORE = "backup.restore"
    AUDIT = "audit.view"
    PROVINCE = "province.manage"


_CLERK = {
    Permission.READ, Permission.WRITE, Permission.PERSONAL_DATA, Permission.REPORTS,
    Permission.EXPORT, Permission.BACKUP,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.VIEWER: frozenset({Permission.READ, Permission.REPORTS}),
    Role.CLERK: frozenset(_CLERK),
    Role.HEAD: frozenset(_CLERK | {Permission.APPROVE, Permission.SIGN, Permission.AUDIT,
                                   Permission.PROVINCE}),
    Role.ADMIN: frozenset(_CLERK | {Permission.USERS, Permission.SETTINGS, Permission.RESTORE,
                                    Permission.AUDIT, Permission.PROVINCE}),
}

ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.ADMIN: ("Админ", "Administrator"),
    Role.CLERK: ("Ажилтан", "Clerk"),
    Role.HEAD: ("Тамгын газрын дарга", "Head of office"),
    Role.VIEWER: ("Харагч", "Viewer"),
}


def allows(role: str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False
