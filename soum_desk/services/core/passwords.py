"""Password hashing with argon2id at or above OWASP's minimum (m=19 MiB, t=2, p=1)."""

from __future__ import annotations

from collections.abc import Iterable

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from soum_desk.domain.password_policy import weakness
from soum_desk.errors import ValidationError

# OWASP Password Storage Cheat Sheet: argon2id, m=19456 KiB, t=2, p=1 as the minimum.
TIME_COST = 2
MEMORY_COST_KIB = 19_456
PARALLELISM = 1
MIN_LENGTH = 8

_hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB,
                         parallelism=PARALLELISM, type=Type.ID)


def check_strength(password: str, *, username: str | None = None, names: Iterable[str | None] = ()) -> None:
    """At least MIN_LENGTH characters and not easy to guess (domain/password_policy)."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            f"Нууц үг дор хаяж {MIN_LENGTH} тэмдэгт байх ёстой.",
            f"The password must have at least {MIN_LENGTH} characters.",
            where="Нууц үг / Password",
        )
    why = weakness(password, username=username, names=names)
    if why is not None:
        raise ValidationError(f"Нууц үг хэт амархан: {why[0]}. Өөр нууц үг сонгоно уу.",
                              f"The password is too easy to guess: {why[1]}. Choose another.",
                              where="Нууц үг / Password")


def hash_password(password: str, *, username: str | None = None, names: Iterable[str | None] = (),
                  check: bool = True) -> str:
    """The argon2id hash of a new password (checked first; a re-hash at sign-in is not checked:
    a password accepted before a stricter policy must still let its user in)."""
    if check:
        check_strength(password, username=username, names=names)
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


_DUMMY_HASH: list[str] = []


def spend_equal_time(password: str) -> None:
    """Verify against a throw-away hash so an unknown user name is not revealed by timing."""
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(_hasher.hash("not-a-real-password"))
    verify_password(_DUMMY_HASH[0], password)


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
