"""Why an action is disabled for the signed-in user's role: one sentence, used as a tooltip or a note.

A greyed button with no reason looks broken; this names the roles that may do it and the
user's own role, by their visible labels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from soum_desk.domain.roles import ROLE_LABELS, ROLE_PERMISSIONS, Permission, Role, allows
from soum_desk.ui.messages import current_lang


def role_name(role: str | Role) -> str:
    try:
        mn, en = ROLE_LABELS[Role(role)]
    except ValueError:
        return str(role)
    return en if current_lang() == "en" else mn


def allowed_roles(permission: Permission) -> str:
    """The roles that have `permission`, by their labels: «Админ», «Ажилтан»."""
    return "», «".join(role_name(r) for r in Role if permission in ROLE_PERMISSIONS[r])


def why_not(role: str, permission: Permission) -> str:
    """"Only a user with the role «Head of office» may do this; you are signed in as «Administrator»."
    Empty when the role allows it."""
    if allows(role, permission):
        return ""
    return (QCoreApplication.translate("roles", "Үүнийг зөвхөн «%1» эрхтэй хэрэглэгч хийнэ; та «%2» эрхээр нэвтэрсэн.")
            .replace("%1", allowed_roles(permission)).replace("%2", role_name(role)))


def explain_disabled(widget: QWidget, role: str, permission: Permission) -> bool:
    """Disable `widget` with the reason as its tooltip when `role` lacks `permission`; True if allowed.
    Call again after a language switch (the text is translated now)."""
    reason = why_not(role, permission)
    if reason:
        widget.setEnabled(False)
        widget.setToolTip(reason)
    return not reason
