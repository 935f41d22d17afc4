"""Cleaning the cells of plan tables: leftover HTML, numbers as text, Mongolian header names."""

from __future__ import annotations

import html
import math
import re
from html.parser import HTMLParser

from soum_desk.domain.formatting import format_number, parse_number

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


class _TextOnly(HTMLParser):
    """Keeps the text; paragraphs, line breaks and list items become new lines."""

    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def clean_html(text: str) -> tuple[str, bool]:
    """Strip tags such as <p>, <b>, <a href>, keeping their text. Returns (text, whether it changed)."""
    if "<" not in text and "&" not in text:
        return text, False
    if not _TAG.search(text):
        unescaped = html.unescape(text)
        return unescaped, unescaped != text
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    joined = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in joined.splitlines()]
    cleaned = "\n".join(line for line in lines if line)
    return cleaned, True


def cell_text(value: object) -> str:
    """A cell as text: numbers the way offices write them («88,2», «4»), blanks as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):  # «1e999» in a cell reads as infinity
            return str(value)
        if value == int(value):
            return str(int(value))
        plain = f"{value:.10f}".rstrip("0") if "e" in repr(value) else repr(value)  # 1e-05 has no «.»
        return format_number(value, decimals=len(plain.split(".")[1][:4])).replace("\u00a0", " ")
    if hasattr(value, "strftime"):
        return value.strftime("%Y.%m.%d")
    return str(value).strip()


def normalise(text: str) -> str:
    """Header text for matching: lower case, no spaces, hyphens, soft hyphens or slashes."""
    return re.sub(r"[\s\u00ad\-/()«»\"'.,:]+", "", text.lower())


# Column roles recognised by their Mongolian header text, checked in this order.
ROLE_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("number", ("№", "дд", "д/д")),
    ("indicator", ("шалгуурүзүүлэлт",)),
    ("baseline", ("суурьтүвшин", "сууритүвшин", "суурьүзүүлэлт")),
    ("target", ("зорилтоттүвшин", "хүрэхтүвшин", "зорилтотүзүүлэлт")),
    ("timing", ("хугацаа",)),
    ("percent", ("хувь", "хэрэгжилтийнхувь", "биелэлтийнхувь", "%")),
    ("narrative", ("хэрэгжилт", "биелэлт", "гүйцэтгэл")),
    ("responsible", ("хариуцах", "хариуцагч", "хариуцсан")),
    ("scale", ("аргачлал",)),
    ("weight", ("жин",)),
    ("measure", ("арга хэмжээ", "бодлогынбаримт", "стратеги", "ажил", "зорилт")),
]
EXACT_ROLES = {"number", "percent", "weight"}


def role_for(header: str) -> str | None:
    key = normalise(header)
    if not key:
        return None
    for role, words in ROLE_RULES:
        for word in words:
            word_key = normalise(word)
            if role in EXACT_ROLES and role != "percent" and key == word_key:
                return role
            if role == "percent" and (key == word_key or "хувиар" in key or key.endswith("хувь") and len(key) <= 20):
                return role
            if role not in EXACT_ROLES and (key.startswith(word_key) if role == "narrative" else word_key in key):
                return role
    return None


ROLE_FIELD = {"measure": "text", "indicator": "indicator", "baseline": "baseline", "target": "target_text",
              "timing": "timing_text", "narrative": "narrative", "responsible": "responsible"}


def percent_cell(value: object, number_format: str | None) -> tuple[float | None, bool]:
    """(percent, ok) from a cell: 88.2, «88,2», «88,2%», «100 хувь», 0.882 with a % format; blank → (None, True)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value) * (100 if number_format and "%" in number_format and value <= 1 else 1)
    else:
        text = clean_html(str(value))[0].lower().replace("хувь", "").strip()
        parsed = parse_number(text)
        if parsed is None:
            return None, False
        number = float(parsed)
    if not 0 <= number <= 100:
        return None, False
    return number, True


def column_letter(col: int) -> str:
    """1 → «A»: the column as the clerk sees it in Excel."""
    from openpyxl.utils import (
        get_column_letter,  # openpyxl loads with the first file, not at start-up
    )

    return get_column_letter(col)


def field_for(role: str) -> str | None:
    return ROLE_FIELD.get(role)
