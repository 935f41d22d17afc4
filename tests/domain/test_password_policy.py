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


@pytest.mark.parametrize("value", ["Есөнбулаг2024", "есөн булаг!", "Болд1234", "  болд.  "])
def test_a_word_of_the_persons_or_the_offices_name_is_refused(value):
    names = ("Б.Болд", "Есөнбулаг сумын Засаг даргын Тамгын газар", "Есөнбулаг")
    why = weakness(value, names=names)
    assert why is not None and why[1] == "it is the person's or the office's name", value
    assert weakness("Болд-Есөнбулаг-7", names=names) is None  # names inside a longer one add length


def test_the_services_refuse_the_persons_and_the_offices_name(ctx):
    from soum_desk.services.core import users

    with pytest.raises(ValidationError, match="person's or the office's name"):
        users.create_user(ctx, "dorj", "Доржсүрэн1!", "clerk", "Б.Доржсүрэн", "Мэргэжилтэн")
    with pytest.raises(ValidationError, match="person's or the office's name"):
        users.create_user(ctx, "dorj", "Есөнбулаг2024", "clerk", "Б.Дорж", "Мэргэжилтэн")  # the fixture office's soum
    with pytest.raises(ValidationError, match="person's or the office's name"):
        users.set_password(ctx, "admin", "Админ2024!!")  # the admin's own name, «Д.Админ»


def test_the_key_passphrase_refuses_the_offices_name(head_ctx):
    from soum_desk.services.bundle import keys as bundle_keys

    with pytest.raises(ValidationError, match="person's or the office's name"):
        bundle_keys.create_key(head_ctx, "Есөнбулаг-2024")


def test_the_set_up_refuses_the_soum_name_as_the_admins_password(blank_ctx):
    from soum_desk.services.core import office

    with pytest.raises(ValidationError, match="person's or the office's name"):
        office.initialise(blank_ctx, aimag_code="MN-065", soum_name="Есөнбулаг", office_name="Есөнбулаг сумын ЗДТГ",
                          admin_username="admin", admin_password="Есөнбулаг-2024", admin_full_name="Д.Админ")
    assert not office.is_initialised(blank_ctx)  # nothing half made
