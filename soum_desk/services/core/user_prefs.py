"""Choices a user makes for themself (now: the UI language), kept per user name.

Stored like `dashboard.last_opened`: one setting holding a user name → value map. Not audited:
a preference is not an office record (and an audit entry would trigger an automatic backup).
The office-wide `ui.language` stays the default for users who never chose, and for the sign-in
dialog, which is shown before anyone is known.
"""

from __future__ import annotations

from soum_desk.domain.roles import Permission
from soum_desk.errors import ValidationError
from soum_desk.services.core import settings
from soum_desk.services.core.context import AppContext

LANGUAGE_KEY = "ui.user_language"
settings.register_defaults({LANGUAGE_KEY: {}})  # user name → "mn" | "en"


def language_for(ctx: AppContext, username: str) -> str:
    """The language `username` chose, else the office's default."""
    with ctx.reading() as session:
        chosen = (settings.get_value(session, LANGUAGE_KEY) or {}).get(username)
        if chosen in settings.LANGUAGES:
            return str(chosen)
        return str(settings.get_value(session, "ui.language"))


def remember_language(ctx: AppContext, lang: str) -> str:
    """The signed-in user's language from now on (any role may choose their own); returns it."""
    if lang not in settings.LANGUAGES:
        raise ValidationError("Хэл: mn эсвэл en.", "Language: mn or en.")
    username = ctx.require(Permission.READ).username
    with ctx.transaction() as session:
        chosen = dict(settings.get_value(session, LANGUAGE_KEY) or {})
        if chosen.get(username) != lang:
            chosen[username] = lang
            settings.set_value(session, LANGUAGE_KEY, chosen)
    return lang
