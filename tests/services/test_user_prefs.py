"""Each user's own language, kept across sign-ins; the office's default for the rest (issue 14)."""

from __future__ import annotations

import pytest

from soum_desk.errors import PermissionDenied, ValidationError
from soum_desk.services.core import audit, settings, user_prefs


def test_a_user_keeps_their_language_and_others_get_the_offices(ctx, viewer_ctx):
    head = audit.chain_head(ctx).get("id")
    assert user_prefs.remember_language(viewer_ctx, "en") == "en"  # even a viewer chooses their own
    assert user_prefs.language_for(ctx, "viewer") == "en"
    assert user_prefs.language_for(ctx, "clerk") == "mn"
    settings.update(ctx, "ui.language", "en")
    assert user_prefs.language_for(ctx, "clerk") == "en"
    user_prefs.remember_language(viewer_ctx, "mn")
    assert user_prefs.language_for(ctx, "viewer") == "mn"  # their own choice wins over the office's
    assert audit.chain_head(ctx).get("id") == head + 1  # the preference itself is not an audited record


def test_only_known_languages_and_only_when_signed_in(ctx):
    with pytest.raises(ValidationError):
        user_prefs.remember_language(ctx, "fr")
    with pytest.raises(PermissionDenied):
        user_prefs.remember_language(ctx.as_actor(None), "en")
