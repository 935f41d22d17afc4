"""Hostile spreadsheets for issue 9 item 10, built byte by byte (no spreadsheet library).

`build(kind, area, folder)` writes one file and returns its path. Every file carries the area's
real header (so it reaches the importer's parsing) and no row that may be imported: the
expected outcome of each kind is a clear message and nothing written. The zip is written by
hand (`raw_zip`) so that sizes, CRCs and flags can lie.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
GIB = 1 << 30


@dataclass(frozen=True)
class Area:
    name: str
    sheet: str
    title: list  # rows above the header
    header: list[str]
    date_col: int  # index of a column whose wrong value fails the row
    text_col: int  # the main text column (plans: the measure)
    good: list = field(default_factory=list)  # a row that would be imported (used only by tests of the generator)


AREAS = {
    "petitions": Area("petitions", "Бүртгэл", [],
                      ["Бүртгэлийн дугаар", "Хүлээн авсан огноо", "Овог нэр", "Төрөл", "Суваг", "Агуулга"],
                      1, 5, ["А-1", "2024.03.05", "Б.Бат", "Гомдол", "Бичгээр", "Гудамжны гэрэл"]),
    "letters": Area("letters", "Ирсэн", [],
                    ["Бүртгэлийн дугаар", "Огноо", "Байгууллага", "Товч агуулга", "Хуудас", "Хариутай"],
                    1, 3, ["1", "2024.01.05", "Аймгийн ЗДТГ", "Мэдээ ирүүлэх тухай", 2, "тийм"]),
    "plans": Area("plans", "Төлөвлөгөө", [["ЕСӨНБУЛАГ СУМЫН 2024 ОНЫ ҮЙЛ АЖИЛЛАГААНЫ ТӨЛӨВЛӨГӨӨ"]],
                  ["№", "Хэрэгжүүлэх арга хэмжээ", "Шалгуур үзүүлэлт", "Хугацаа", "Хариуцах"],
                  3, 1, ["1", "Иргэдэд мэдээлэл хүргэх", "Мэдээлэл хүргэсэн", "I-IV улирал", "ЗДТГ"]),
}


# --- a zip written by hand ---------------------------------------------------------------

@dataclass
class Entry:
    name: str
    data: bytes | None = None  # plain bytes, deflated here
    raw: bytes | None = None  # an already-deflated stream
    size: int = 0  # with raw: the true inflated size
    crc: int = 0
    declared_size: int | None = None  # a lie in the headers
    flags: int = 0
    method: int = 8


def raw_zip(path: Path, entries: list[Entry]) -> Path:
    central = bytearray()
    with open(path, "wb") as out:
        for e in entries:
            if e.raw is None:
                data = e.data or b""
                e.size, e.crc = len(data), zlib.crc32(data)
                comp = zlib.compressobj(6, zlib.DEFLATED, -15)
                e.raw = comp.compress(data) + comp.flush() if e.method == 8 else data
            size = e.size if e.declared_size is None else e.declared_size
            name = e.name.encode()
            extra = b""
            small = min(size, 0xFFFFFFFF)
            if size >= 0xFFFFFFFF:
                extra = struct.pack("<HHQQ", 1, 16, size, len(e.raw))
            offset = out.tell()
            comp_size = len(e.raw) if not extra else 0xFFFFFFFF
            out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 45 if extra else 20, e.flags | 0x800, e.method,
                                  0, 0x21, e.crc, comp_size, small if not extra else 0xFFFFFFFF, len(name),
                                  len(extra)) + name + extra)
            out.write(e.raw)
            central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 45 if extra else 20, e.flags | 0x800,
                                   e.method, 0, 0x21, e.crc, comp_size, small if not extra else 0xFFFFFFFF,
                                   len(name), len(extra), 0, 0, 0, 0, offset) + name + extra
        start = out.tell()
        out.write(central)
        count = len(entries)
        out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, min(count, 0xFFFF), min(count, 0xFFFF),
                              len(central), start, 0))
    return path


def deflate_repeated(prefix: bytes, chunk: bytes, times: int, suffix: bytes) -> tuple[bytes, int, int]:
    """(raw deflate stream, inflated size, crc) of prefix + chunk×times + suffix, without inflating it here.

    After a full flush the compressor starts afresh, so the same chunk deflates to the same bytes."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = comp.compress(prefix) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.compress(suffix) + comp.flush()
    crc = zlib.crc32(prefix)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    return head + block * times + tail, len(prefix) + len(chunk) * times + len(suffix), crc


# --- spreadsheet parts -----------------------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
# style 0 general, 1 a date format (14), 2 text
STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
SHARED = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<sst xmlns="{NS}" count="1" uniqueCount="1"><si><t>Гарчиг</t></si></sst>')


def workbook_xml(sheet: str, *, sheets: bool = True, prolog: str = "") -> str:
    body = f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets>' if sheets else "<sheets/>"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f'<workbook xmlns="{NS}" xmlns:r="{REL_NS}">{body}</workbook>')


def col_letter(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def cell(ref: str, value: object) -> str:
    """A cell; a tuple ("xml", attrs, inner) gives the raw parts for odd cells."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        _, attrs, inner = value
        return f'<c r="{ref}"{attrs}>{inner}</c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def row_xml(r: int, values: list) -> str:
    cells = "".join(cell(f"{col_letter(c)}{r}", v) for c, v in enumerate(values, start=1))
    return f'<row r="{r}">{cells}</row>'


def sheet_xml(rows: list[list], *, dimension: str | None = None, merges: list[str] | None = None,
              prolog: str = "", start: int = 1) -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    body = "".join(row_xml(r, values) for r, values in enumerate(rows, start=start))
    merge = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
             + "</mergeCells>") if merges else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f'<worksheet xmlns="{NS}" xmlns:r="{REL_NS}">{dim}<sheetData>{body}</sheetData>{merge}</worksheet>')


def head_rows(area: Area) -> list[list]:
    return [*area.title, area.header]


def xlsx(path: Path, area: Area, *, sheet: str | bytes | None = None, shared: str | bytes = SHARED,
         styles: str | bytes = STYLES, workbook: str | bytes | None = None, extra: list[Entry] | None = None,
         replace: dict[str, Entry] | None = None) -> Path:
    def b(text: str | bytes) -> bytes:
        return text if isinstance(text, bytes) else text.encode("utf-8")

    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
             "xl/workbook.xml": workbook or workbook_xml(area.sheet), "xl/_rels/workbook.xml.rels": WB_RELS,
             "xl/styles.xml": styles, "xl/sharedStrings.xml": shared,
             "xl/worksheets/sheet1.xml": sheet if sheet is not None else sheet_xml(head_rows(area))}
    entries = [(replace or {}).get(name) or Entry(name, b(text)) for name, text in parts.items()]
    return raw_zip(path, entries + (extra or []))


# --- the hostile kinds -----------------------------------------------------------------

LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
          + "]>\n")
XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def _bomb_row(area: Area, text: str) -> list:
    row = [None] * len(area.header)
    row[area.text_col] = text
    return row


def entity_bomb(part: str) -> Callable[[Path, Area], Path]:
    def make(path: Path, area: Area) -> Path:
        if part == "sheet":
            return xlsx(path, area, sheet=sheet_xml([*head_rows(area), _bomb_row(area, "&lol9;")], prolog=LAUGHS))
        if part == "shared":
            return xlsx(path, area, shared=SHARED.replace("<sst", LAUGHS + "<sst").replace("Гарчиг", "&lol9;"))
        if part == "workbook":
            return xlsx(path, area, workbook=workbook_xml(area.sheet, prolog=LAUGHS))
        return xlsx(path, area, styles=STYLES.replace("<styleSheet", LAUGHS + "<styleSheet"))
    return make


def xxe(path: Path, area: Area) -> Path:
    return xlsx(path, area, sheet=sheet_xml([*head_rows(area), _bomb_row(area, "&xxe;")], prolog=XXE))


def xxe_utf16(path: Path, area: Area) -> Path:
    text = sheet_xml([*head_rows(area), _bomb_row(area, "&lol9;")], prolog=LAUGHS)
    text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return xlsx(path, area, sheet=b"\xff\xfe" + text.encode("utf-16-le"))


def _sheet_halves(area: Area) -> tuple[bytes, bytes]:
    full = sheet_xml(head_rows(area))
    cut = full.index("</sheetData>")
    return full[:cut].encode(), full[cut:].encode()


def zip_bomb(part: str, gib: int = 2) -> Callable[[Path, Area], Path]:
    """A part that inflates to `gib` GiB of blanks (valid XML), honest sizes and CRC."""
    def make(path: Path, area: Area) -> Path:
        if part == "sheet":
            prefix, suffix = _sheet_halves(area)
        else:
            prefix, suffix = SHARED.split("</sst>")[0].encode(), b"</sst>"
        raw, size, crc = deflate_repeated(prefix, b" " * (1 << 20), gib * 1024, suffix)
        name = "xl/worksheets/sheet1.xml" if part == "sheet" else "xl/sharedStrings.xml"
        return xlsx(path, area, replace={name: Entry(name, raw=raw, size=size, crc=crc)})
    return make


def zip_lying_size(path: Path, area: Area) -> Path:
    """The directory says the sheet is 2 KB; it inflates to 64 MiB."""
    prefix, suffix = _sheet_halves(area)
    raw, size, crc = deflate_repeated(prefix, b" " * (1 << 20), 64, suffix)
    name = "xl/worksheets/sheet1.xml"
    return xlsx(path, area, replace={name: Entry(name, raw=raw, size=size, crc=crc, declared_size=2048)})


def zip_absurd_size(path: Path, area: Area) -> Path:
    """Zip64 headers declaring a 4 EiB sheet."""
    name = "xl/worksheets/sheet1.xml"
    data = sheet_xml(head_rows(area)).encode()
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    entry = Entry(name, raw=comp.compress(data) + comp.flush(), size=len(data), crc=zlib.crc32(data),
                  declared_size=1 << 62)
    return xlsx(path, area, replace={name: entry})


def zip_many_entries(path: Path, area: Area) -> Path:
    return xlsx(path, area, extra=[Entry(f"xl/media/p{i}.bin", b"") for i in range(100_000)])


def zip_nested(path: Path, area: Area) -> Path:
    """An embedded object that is itself a 1 GiB zip bomb: never opened."""
    inner = path.with_suffix(".inner.zip")
    raw, size, crc = deflate_repeated(b"", b"\0" * (1 << 20), 1024, b"")
    raw_zip(inner, [Entry("bomb.bin", raw=raw, size=size, crc=crc)])
    data = inner.read_bytes()
    inner.unlink()
    return xlsx(path, area, extra=[Entry("xl/embeddings/oleObject1.bin", data)])


def zip_encrypted_entry(path: Path, area: Area) -> Path:
    name = "xl/worksheets/sheet1.xml"
    data = sheet_xml(head_rows(area)).encode()
    return xlsx(path, area, replace={name: Entry(name, data, flags=0x1)})


def million_rows(path: Path, area: Area) -> Path:
    """1,000,000 data rows, each with the wrong type in the date column (no row may be imported)."""
    prefix, suffix = _sheet_halves(area)
    start = len(head_rows(area)) + 1
    date_ref = col_letter(area.date_col + 1)
    text_ref = col_letter(area.text_col + 1)
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    parts, crc, size = [comp.compress(prefix)], zlib.crc32(prefix), len(prefix)
    batch = []
    for r in range(start, start + 1_000_000):
        batch.append(f'<row r="{r}"><c r="{date_ref}{r}" t="b"><v>1</v></c>'
                     f'<c r="{text_ref}{r}"><v>{r}</v></c></row>')
        if len(batch) == 10_000:
            chunk = "".join(batch).encode()
            parts.append(comp.compress(chunk))
            crc, size, batch = zlib.crc32(chunk, crc), size + len(chunk), []
    parts.append(comp.compress(suffix) + comp.flush())
    crc, size = zlib.crc32(suffix, crc), size + len(suffix)
    name = "xl/worksheets/sheet1.xml"
    return xlsx(path, area, replace={name: Entry(name, raw=b"".join(parts), size=size, crc=crc)})


def million_empty_rows(path: Path, area: Area) -> Path:
    """1,000,000 empty <row/> elements: small on disk, every one a row to walk."""
    start = len(head_rows(area)) + 1
    body = "".join(f'<row r="{r}"/>' for r in range(start, start + 1_000_000))
    full = sheet_xml(head_rows(area))
    return xlsx(path, area, sheet=full.replace("</sheetData>", body + "</sheetData>"))


def last_row_only(path: Path, area: Area) -> Path:
    """One cell in row 1,048,576: openpyxl fills every row in between."""
    full = sheet_xml(head_rows(area))
    last = '<row r="1048576"><c r="A1048576" t="b"><v>1</v></c></row>'
    return xlsx(path, area, sheet=full.replace("</sheetData>", last + "</sheetData>"))


def huge_dimension(path: Path, area: Area) -> Path:
    """<dimension ref="A1:XFD1048576"> and 50,000 rows holding one cell in column XFD."""
    start = len(head_rows(area)) + 1
    body = "".join(f'<row r="{r}"><c r="XFD{r}" t="b"><v>1</v></c></row>' for r in range(start, start + 50_000))
    full = sheet_xml(head_rows(area), dimension="A1:XFD1048576")
    return xlsx(path, area, sheet=full.replace("</sheetData>", body + "</sheetData>"))


def cells_at_limits(path: Path, area: Area) -> Path:
    """Just under the work limit, no dimension: 39,000 rows of two blank inline-text cells (the
    costliest cell kind for openpyxl); read in full, no row to import."""
    start = len(head_rows(area)) + 1
    body = "".join(f'<row r="{r}">' + "".join(f'<c r="{col_letter(c)}{r}" t="inlineStr"><is><t></t></is></c>'
                                                for c in (1, 2)) + "</row>"
                   for r in range(start, start + 39_000))
    full = sheet_xml(head_rows(area))
    return xlsx(path, area, sheet=full.replace("</sheetData>", body + "</sheetData>"))


def wrong_types(path: Path, area: Area) -> Path:
    """Every column of every row holds a value of the wrong type; the date and text columns always do."""
    bad_dates = [True, "өчигдөр", ("xml", ' t="e"', "<v>#REF!</v>"), ("xml", ' s="1"', "<v>99999999</v>"),
                 -5, 1e308, ("xml", ' t="d"', "<v>1900-01-01T00:00:00</v>"), "31.02.2024", "2024.02.30", 0]
    bad_texts = [12345, True, ("xml", ' t="e"', "<v>#DIV/0!</v>"), ("xml", ' s="1"', "<v>45000</v>"), 3.5,
                 ("xml", ' t="e"', "<v>#N/A</v>"), False, -1, 0.0, ("xml", ' t="e"', "<v>#VALUE!</v>")]
    others = [True, ("xml", ' t="e"', "<v>#REF!</v>"), 1e-300, ("xml", "", "<v>1e999</v>"), ("xml", ' s="1"', "<v>2958466</v>"), -0.0,
              "#NAME?", 99999999999999999999, False]
    rows = []
    for i in range(120):  # fewer than the 1,000 row errors after which reading stops
        row = [others[(i + c) % len(others)] for c in range(len(area.header))]
        row[area.date_col] = bad_dates[i % len(bad_dates)]
        row[area.text_col] = bad_texts[i % len(bad_texts)]
        rows.append(row)
    return xlsx(path, area, sheet=sheet_xml([*head_rows(area), *rows]))


def formulas(path: Path, area: Area) -> Path:
    """Formulas everywhere: cached values where harmless, none in the date column, DDE and HYPERLINK."""
    dde = ("xml", ' t="str"', "<f>cmd|' /C calc'!A0</f>")  # no cached value
    rows = []
    for i in range(50):
        row = [("xml", "", "<f>1+1</f><v>2</v>"),
               ("xml", ' t="str"', '<f>HYPERLINK("http://example.invalid/x","Сангийн яам")</f><v>Сангийн яам</v>'),
               ("xml", ' t="str"', "<f>cmd|' /C calc'!A0</f><v>=cmd|' /C calc'!A0</v>"),
               dde, ("xml", "", "<f>SUM(A1:A9)</f>"), ("xml", ' t="e"', "<f>1/0</f><v>#DIV/0!</v>")]
        row = (row * 2)[:len(area.header)]
        row[area.date_col] = ("xml", ' s="1"', "<f>NOW()</f>")  # never calculated: no value
        row[area.text_col] = dde if i % 2 else ("xml", ' t="str"', "<f>A1&amp;B1</f>")
        rows.append(row)
    return xlsx(path, area, sheet=sheet_xml([*head_rows(area), *rows]))


def merged_header(path: Path, area: Area) -> Path:
    """The header on two rows: a group title merged across, the first title merged down; then rows
    whose date (plans: measure) is wrong, so the messages show which columns were recognised."""
    first = len(area.title) + 1
    top = [area.header[0], "Бүртгэлийн мэдээлэл"] + [None] * (len(area.header) - 2)
    bottom = [None, *area.header[1:]]
    last = col_letter(len(area.header))
    merges = [f"A{first}:A{first + 1}", f"B{first}:{last}{first}"]
    bad = list(area.good)
    bad[area.date_col], bad[area.text_col] = "2024.02.30", 12345
    rows = [*area.title, top, bottom, bad, bad]
    return xlsx(path, area, sheet=sheet_xml(rows, merges=merges))


def bad_cell_xml(path: Path, area: Area) -> Path:
    """Cells whose XML lies about their type: a number that is text, a shared string that is not there."""
    rows = [*head_rows(area), [("xml", "", "<v>abc</v>")], [("xml", ' t="s"', "<v>999999</v>")],
            [("xml", ' t="d"', "<v>9999-99-99</v>")]]
    return xlsx(path, area, sheet=sheet_xml(rows))


def bad_dimension_ref(path: Path, area: Area) -> Path:
    return xlsx(path, area, sheet=sheet_xml(head_rows(area), dimension="A1:ZZZZZZ99999999999"))


def shared_strings_flood(path: Path, area: Area) -> Path:
    """Under the part's byte limit: 900,000 one-letter shared strings."""
    body = "<si><t>a</t></si>" * 900_000
    return xlsx(path, area, shared=SHARED.replace("<si><t>Гарчиг</t></si>", body))


def styles_flood(path: Path, area: Area) -> Path:
    """Just under the 16 MiB part limit: 250,000 cell formats."""
    xf = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    return xlsx(path, area, styles=STYLES.replace('<cellXfs count="3">', '<cellXfs count="250003">' + xf * 250_000))


def not_xlsx(path: Path, area: Area) -> Path:
    path.write_bytes(b"%PDF-1.4\n" + b"1 0 obj << >> endobj\n" * 100)
    return path


def csv_renamed(path: Path, area: Area) -> Path:
    path.write_text(",".join(area.header) + "\n" + ",".join(map(str, area.good)) + "\n", encoding="utf-8")
    return path


def _ole(names: list[str]) -> bytes:
    """The first sectors of a compound file: the magic, a header and directory entry names."""
    header = OLE_MAGIC + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * (512 - 34)
    entries = b"".join((n.encode("utf-16-le") + b"\0\0").ljust(64, b"\0") + b"\0" * 64 for n in names)
    return header + entries.ljust(4096, b"\0")


def xls_renamed(path: Path, area: Area) -> Path:
    path.write_bytes(_ole(["Root Entry", "Workbook", "\x05SummaryInformation"]))
    return path


def encrypted(path: Path, area: Area) -> Path:
    path.write_bytes(_ole(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]))
    return path


def empty_file(path: Path, area: Area) -> Path:
    path.write_bytes(b"")
    return path


def empty_workbook(path: Path, area: Area) -> Path:
    return xlsx(path, area, sheet=sheet_xml([]))


def no_sheets(path: Path, area: Area) -> Path:
    return xlsx(path, area, workbook=workbook_xml(area.sheet, sheets=False))


def truncated(path: Path, area: Area) -> Path:
    xlsx(path, area, sheet=sheet_xml([*head_rows(area), *[area.good] * 50]))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_not_xlsx(path: Path, area: Area) -> Path:
    return raw_zip(path, [Entry("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
                          Entry("content.xml", b"<office:document-content/>")])


KINDS: dict[str, Callable[[Path, Area], Path]] = {
    "entity_bomb_sheet": entity_bomb("sheet"),
    "entity_bomb_shared_strings": entity_bomb("shared"),
    "entity_bomb_workbook": entity_bomb("workbook"),
    "entity_bomb_styles": entity_bomb("styles"),
    "external_entity": xxe,
    "entity_bomb_utf16": xxe_utf16,
    "zip_bomb_sheet_2gib": zip_bomb("sheet"),
    "zip_bomb_shared_strings_2gib": zip_bomb("shared"),
    "zip_lying_size": zip_lying_size,
    "zip_absurd_size": zip_absurd_size,
    "zip_100k_entries": zip_many_entries,
    "zip_nested_bomb": zip_nested,
    "zip_encrypted_entry": zip_encrypted_entry,
    "million_rows": million_rows,
    "million_empty_rows": million_empty_rows,
    "row_1048576_only": last_row_only,
    "huge_dimension_xfd": huge_dimension,
    "cells_at_limits": cells_at_limits,
    "bad_dimension_ref": bad_dimension_ref,
    "wrong_types": wrong_types,
    "bad_cell_xml": bad_cell_xml,
    "formulas": formulas,
    "merged_header": merged_header,
    "shared_strings_flood": shared_strings_flood,
    "styles_flood": styles_flood,
    "not_xlsx": not_xlsx,
    "csv_renamed": csv_renamed,
    "xls_renamed": xls_renamed,
    "encrypted": encrypted,
    "zip_not_xlsx": zip_not_xlsx,
    "truncated": truncated,
    "empty_file": empty_file,
    "empty_workbook": empty_workbook,
    "no_sheets": no_sheets,
}


# What the clerk must be told, per kind: a substring of the English message of the refusal, or
# "rows" (the preview lists row errors, nothing importable) or "nothing" (a preview with nothing
# to import; plans' import then refuses with «No measure could be read»).
EXPECTED = {
    "entity_bomb_sheet": "DTD/ENTITY", "entity_bomb_shared_strings": "DTD/ENTITY",
    "entity_bomb_workbook": "DTD/ENTITY", "entity_bomb_styles": "DTD/ENTITY", "external_entity": "DTD/ENTITY",
    "entity_bomb_utf16": "DTD/ENTITY", "zip_bomb_sheet_2gib": "inflates too large",
    "zip_bomb_shared_strings_2gib": "inflates too large", "zip_lying_size": "damaged or cut short",
    "zip_absurd_size": "inflates too large", "zip_100k_entries": "too many parts", "zip_nested_bomb": "nothing",
    "zip_encrypted_entry": "password-protected", "million_rows": "inflates too large",
    "million_empty_rows": "too many rows", "row_1048576_only": "too many rows", "huge_dimension_xfd": "nothing",
    "cells_at_limits": "nothing", "bad_dimension_ref": "not a workbook SoumDesk can read", "wrong_types": "rows",
    "bad_cell_xml": "Cannot read the sheet", "formulas": "rows", "merged_header": "rows",
    "shared_strings_flood": "too big to read at once", "styles_flood": "too big to read at once",
    "not_xlsx": "not an XLSX file", "csv_renamed": "not an XLSX file", "xls_renamed": "old Excel (.xls)",
    "encrypted": "password-protected", "zip_not_xlsx": "not an Excel XLSX file", "truncated": "cut short",
    "empty_file": "The file is empty", "empty_workbook": "No ", "no_sheets": "no sheets",
}
# The registers (letters, petitions) are read by calamine since issue 18: it ignores the declared
# dimension (openpyxl choked on a garbage one) and reads 250,000 cell formats or 900,000 shared
# strings in under half a second, so these files are read (nothing to import) instead of refused.
REGISTER_EXPECTED = {"bad_dimension_ref": "nothing", "styles_flood": "nothing", "shared_strings_flood": "nothing"}


def expected(kind: str, area: str) -> str:
    """What the clerk should get for this kind of file through this area's importer."""
    if area in ("letters", "petitions"):
        return REGISTER_EXPECTED.get(kind, EXPECTED[kind])
    return EXPECTED[kind]


SLOW = {"cells_at_limits", "huge_dimension_xfd"}  # read in full by design: seconds, not tenths


def build(kind: str, area: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return KINDS[kind](folder / f"{area}-{kind}.xlsx", AREAS[area])


def good(area: str, folder: Path) -> Path:
    """A small valid file of the area (checks the generator and the importer still accept it)."""
    a = AREAS[area]
    folder.mkdir(parents=True, exist_ok=True)
    return xlsx(folder / f"{area}-good.xlsx", a, sheet=sheet_xml([*head_rows(a), a.good]))
