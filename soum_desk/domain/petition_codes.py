"""Petition vocabularies: kinds, channels, sources, statuses, answer methods.

Codes are stored; labels are shown (Mongolian first, English second). `code_for`
reads a label or a code back, as legacy Excel registers write the labels.
"""

from __future__ import annotations

import functools
import re

KINDS: dict[str, tuple[str, str]] = {
    "request": ("Өргөдөл, хүсэлт", "Request"),
    "complaint": ("Гомдол", "Complaint"),
    "suggestion": ("Санал", "Suggestion"),
    "thanks": ("Талархал", "Thanks"),
}

CHANNELS: dict[str, tuple[str, str]] = {
    "written": ("Бичгээр", "In writing"),
    "phone": ("Утсаар", "By phone"),
    "c1111": ("11-11 төв", "11-11 centre"),
    "box": ("Хайрцгаар", "Box"),
    "online": ("Цахимаар", "E-mail/online"),
    "in_person": ("Биечлэн", "In person"),
    "oral": ("Амаар", "Orally"),
}

SOURCES: dict[str, tuple[str, str]] = {
    "direct": ("Шууд", "Direct"),
    "c1111": ("11-11 төвөөс шилжсэн", "Forwarded by the 11-11 centre"),
    "org": ("Бусад байгууллагаас шилжсэн", "Forwarded by another organisation"),
}

STATUSES: dict[str, tuple[str, str]] = {
    "registered": ("Бүртгэсэн", "Registered"),
    "assigned": ("Хуваарилсан", "Assigned"),
    "in_progress": ("Шийдвэрлэж байгаа", "In progress"),
    "resolved": ("Шийдвэрлэсэн", "Resolved"),
    "forwarded": ("Шилжүүлсэн", "Forwarded"),
    "returned": ("Буцаасан", "Returned"),
}

ANSWER_METHODS: dict[str, tuple[str, str]] = {
    "written": ("Бичгээр", "In writing"),
    "phone": ("Утсаар", "By phone"),
    "in_person": ("Биечлэн", "In person"),
    "online": ("Цахимаар", "Online"),
    "sms": ("Мессежээр", "By SMS"),
}

OPEN_STATUSES = ("registered", "assigned", "in_progress")
CLOSED_STATUSES = ("resolved", "forwarded", "returned")

# Which status may follow which; closing records the closing date as the resolution date.
TRANSITIONS: dict[str, frozenset[str]] = {
    "registered": frozenset({"assigned", "in_progress", "resolved", "forwarded", "returned"}),
    "assigned": frozenset({"assigned", "in_progress", "resolved", "forwarded", "returned"}),
    "in_progress": frozenset({"assigned", "resolved", "forwarded", "returned"}),
    "resolved": frozenset(),
    "forwarded": frozenset(),
    "returned": frozenset(),
}

# Extra spellings seen in legacy registers.
_ALIASES: dict[str, dict[str, str]] = {
    "kind": {"өргөдөл": "request", "хүсэлт": "request", "санал хүсэлт": "request"},
    "channel": {"1111": "c1111", "11-11": "c1111", "7048-1111": "c1111", "утас": "phone",
                "бичгээр ирсэн": "written", "бичиг": "written", "цахим": "online", "и-мэйл": "online",
                "e-mail": "online", "хайрцаг": "box", "биечлэн ирсэн": "in_person", "амаар": "oral"},
}

VOCABULARIES = {"kind": KINDS, "channel": CHANNELS, "source": SOURCES, "status": STATUSES,
                "answer": ANSWER_METHODS}


def label(vocabulary: str, code: str | None, lang: str = "mn") -> str:
    if not code:
        return ""
    mn, en = VOCABULARIES[vocabulary].get(code, (code, code))
    return en if lang == "en" else mn


def _norm(text: str) -> str:
    return re.sub(r"[\s,./]+", " ", text.strip().lower()).strip()


@functools.cache
def _lookup(vocabulary: str) -> dict[str, str]:
    """Normalised code and labels → code, the first code listed winning (as the old linear search)."""
    table: dict[str, str] = {}
    for code, (mn, en) in VOCABULARIES[vocabulary].items():
        for key in (_norm(code), _norm(mn), _norm(en)):
            table.setdefault(key, code)
    return table


@functools.lru_cache(maxsize=4096)  # an import asks for the same few spellings on every row
def _code_for_text(vocabulary: str, text: str) -> str | None:
    wanted = _norm(text)
    return _lookup(vocabulary).get(wanted) or _ALIASES.get(vocabulary, {}).get(wanted)


def code_for(vocabulary: str, text: str | None) -> str | None:
    """The code for a label or code in either language; None if not recognised."""
    if text is None or not str(text).strip():
        return None
    return _code_for_text(vocabulary, str(text))
