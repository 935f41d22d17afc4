"""Issue 19: passwords and key passphrases that are easy to guess are refused with a clear message."""

from __future__ import annotations

import pytest

from soum_desk.domain.password_policy import weakness
from soum_desk.errors import ValidationError


@pytest.mark.parametrize("value", ["password1", "Password1!", "1234567890", "qwerty123", "aaaaaaaa",
                                   "11112222", "asdfghjkl", "Монгол2024", "pass word", "admin123",
                                   "ЙЦУКЕНГШ", "0987654321"])
def test_weak_values_are_refused(value):
    assert weakness(value) is not None, value


@pytest.mark.parametrize("value", ["admin-pass-1", "kept-secret-7", "correct horse battery", "Шар-морь-1987",
                                   "131072099182736"])
def test_reasonable_values_pass(value):
    assert weakness(value) is None, value


def test_the_user_name_itself_is_refused():
    assert weakness("Batbold2026!", username="batbold") is not None
    assert weakness("batbold-tsetseg-7", username="batbold") is None


def test_the_services_refuse_weak_passwords_and_passphrases(ctx):
    from soum_desk.bundle import keys
    from soum_desk.services.core import users

    with pytest.raises(ValidationError, match="too easy to guess: it is a common password|хэт амархан"):
        users.create_user(ctx, "dorj", "password1", "clerk", "Б.Дорж", "Мэргэжилтэн")
    with pytest.raises(ValidationError, match="хэт амархан"):
        users.set_password(ctx, "admin", "1234567890")
    with pytest.raises(ValidationError, match="хэт амархан"):
        keys.check_passphrase("qwertyuiop123")
