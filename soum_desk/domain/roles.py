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
    BACKUP_COPY = "backup.copy_out"  # a copy outside the backups folder: every user's password hash goes with it
    AUDIT = "audit.view"
    PROVINCE = "province.manage"


# What each right lets a person do, in words (a refusal names it; the code is for the program).
PERMISSION_LABELS: dict[Permission, tuple[str, str]] = {
    Permission.READ: ("бүртгэл үзэх", "view records"),
    Permission.WRITE: ("бүртгэл оруулах, засах", "enter and edit records"),
    Permission.PERSONAL_DATA: ("иргэний хувийн мэдээлэл үзэх", "view citizens' personal data"),
    Permission.REPORTS: ("тайлан гаргах", "make reports"),
    Permission.APPROVE: ("батлах", "approve"),
    Permission.SIGN: ("багцад гарын үсэг зурах", "sign bundles"),
    Permission.EXPORT: ("багц гаргах", "export bundles"),
    Permission.USERS: ("хэрэглэгч удирдах", "manage users"),
    Permission.SETTINGS: ("тохиргоо өөрчлөх", "change settings"),
    Permission.BACKUP: ("нөөц хуулбар хийх", "make backups"),
    Permission.RESTORE: ("нөөцөөс сэргээх", "restore a backup"),
    Permission.BACKUP_COPY: ("нөөцийг нөөцийн хавтаснаас гадна хуулах", "copy a backup outside the backups folder"),
    Permission.AUDIT: ("аудитын бүртгэл үзэх", "view the audit log"),
    Permission.PROVINCE: ("аймгийн нэгтгэл удирдах", "manage the province's consolidation"),
}


_CLERK = {
    Permission.READ, Permission.WRITE, Permission.PERSONAL_DATA, Permission.REPORTS,
    Permission.EXPORT, Permission.BACKUP,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.VIEWER: frozenset({Permission.READ, Permission.REPORTS}),
    Role.CLERK: frozenset(_CLERK),
    Role.HEAD: frozenset(_CLERK | {Permission.APPROVE, Permission.SIGN, Permission.AUDIT,
                                   Permission.PROVINCE}),
    Role.ADMIN: frozenset(_CLERK | {Permission.USERS, Permission.SETTINGS, Permission.RESTORE, Permission.BACKUP_COPY,
                                    Permission.AUDIT, Permission.PROVINCE}),
}

# The roles whose users sign reports (ХЯНАСАН, ТАЙЛАГНАСАН, БИЕЛЭЛТИЙГ НЭГТГЭСЭН): their full name and
# position go on paper, so a user of these roles must have both.
SIGNING_ROLES: frozenset[Role] = frozenset({Role.HEAD, Role.CLERK})

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
