"""Which passwords and key passphrases are too easy to guess (issue 19).

Length alone let «password1» and «1234567890» through, and a backup copy carries the password
hashes: a 7-word list cracked the admin's in 0.14 s. A value is refused when, ignoring case and
the digits and signs people add at its ends, it is a common password, one repeated character, a
run on the keyboard or the number row, only digits (shorter than 12), the user name itself
(«admin1»), or a word of the person's own name or the office's name («Есөнбулаг2024», «Болд!»).
A name inside a longer password («admin-pass-1») is allowed: it adds length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Common passwords (the usual top of leaked lists) and the words offices here reach for first.
COMMON = frozenset(["123456", "1234567", "12345678", "123456789", "1234567890", "12345", "1234", "123123", "123321", "654321", "111111", "000000", "121212", "112233", "password", "passw0rd", "passwd", "pass", "qwerty", "qwertyuiop", "qwerty123", "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "qazwsx", "1qaz2wsx", "1q2w3e", "1q2w3e4r", "1q2w3e4r5t", "abc123", "abcdef", "abcd1234", "iloveyou", "admin", "administrator", "root", "welcome", "letmein", "monkey", "dragon", "master", "shadow", "sunshine", "princess", "football", "baseball", "soccer", "hockey", "superman", "batman", "starwars", "trustno1", "freedom", "whatever", "secret", "changeme", "default", "guest", "login", "access", "computer", "internet", "michael", "jennifer", "jordan", "charlie", "thomas", "daniel", "george", "andrew", "joshua", "matthew", "jessica", "michelle", "ashley", "nicole", "mongol", "mongolia", "ulaanbaatar", "ulanbator", "sainbainuu", "soum", "soumdesk", "zasag", "tamga", "монгол", "монголулс", "улаанбаатар", "нууцүг", "нууц", "сайнбайнауу", "засаг", "тамга", "сум", "баг"])

_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ",
                  "ячсмитьбю", "фцужэнгшүзкъ", "йыбөахролдпё")
_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")


def _core(value: str) -> str:
    """Lower case, without the digits and signs added at the ends («Password1!» → «password»)."""
    return _EDGES.sub("", value.casefold())


def _is_run(text: str) -> bool:
    if len(text) < 4:
        return False
    return any(text in row or text in row[::-1] for row in _KEYBOARD_ROWS)


_WORD = re.compile(r"[^\W\d_]{3,}")  # letters only, three or more («Б.Болд» → «болд»)


def _name_words(names: Iterable[str | None]) -> set[str]:
    """The words of the person's and the office's names, and each name without its gaps."""
    words: set[str] = set()
    for name in names:
        if name:
            folded = name.casefold()
            words.update(_WORD.findall(folded))
            words.add(re.sub(r"[\W\d_]", "", folded))
    return {w for w in words if len(w) >= 3}


def weakness(value: str, *, username: str | None = None,
             names: Iterable[str | None] = ()) -> tuple[str, str] | None:
    """Why `value` is too easy to guess, in Mongolian and English; None when it is not.
    `names`: the person's full name, the office's name and soum (a word of them is refused)."""
    lowered = value.casefold().strip()
    core = _core(value)
    compact = re.sub(r"[\s\-_.]", "", lowered)
    if lowered in COMMON or core in COMMON or compact in COMMON:
        return ("түгээмэл хэрэглэгддэг нууц үг байна", "it is a common password")
    if len(set(lowered)) <= 2:
        return ("ижил тэмдэгт давтсан байна", "it repeats the same characters")
    if lowered.isdigit() and len(lowered) < 12:
        return ("зөвхөн цифр (12-оос богино) байна", "it is only digits (shorter than 12)")
    if _is_run(compact) or _is_run(core):
        return ("гарын товчлуурын дараалал байна", "it is a run of keys on the keyboard")
    if username and username.casefold() == core:
        return ("нэвтрэх нэртэйгээ ижил байна", "it is the user name itself")
    words = _name_words(names)
    if core in words or compact in words or re.sub(r"[\W\d_]", "", lowered) in words:
        return ("хүний эсвэл байгууллагын нэр байна", "it is the person's or the office's name")
    return None
