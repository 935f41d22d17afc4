"""Mongolian alphabetical order for the lists a person reads (issue 14).

Python's default order is by code point, which puts Ё before А and Ө, Ү after Я
(«Ёндон, Баянбулаг, …, Яргайт, Үенч, Өлзийт»). The Mongolian Cyrillic alphabet puts Ё after Е,
Ө after О and Ү after У. Numbers inside names compare as numbers («2-р баг» before «10-р баг»).
"""

from __future__ import annotations

import re

ALPHABET = "абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя"
_RANK = {letter: index for index, letter in enumerate(ALPHABET)}
_CHUNKS = re.compile(r"(\d+)")


def _char_key(char: str) -> tuple[int, int]:
    rank = _RANK.get(char)
    if rank is not None:
        return (1, rank)  # Cyrillic after digits and signs, in the Mongolian order
    return (2, ord(char)) if char.isalpha() else (0, ord(char))  # Latin last, signs first


def mongolian_key(text: object) -> tuple:
    """Sort key: `sorted(names, key=mongolian_key)`; case is ignored, numbers compare as numbers."""
    key: list[tuple] = []
    for index, chunk in enumerate(_CHUNKS.split(str(text or "").casefold())):
        if index % 2:
            key.append((0, int(chunk)))
        elif chunk:
            key.append((1, tuple(_char_key(c) for c in chunk)))
    return tuple(key)


def sorted_mongolian(names: list[str]) -> list[str]:
    return sorted(names, key=mongolian_key)
