"""Opening a workbook the user picked, which may be hostile, within a time and memory budget.

Every importer (plans, petitions, letters) opens its file here. Before openpyxl sees a byte
the file is checked: its size; that it is a zip at all (an old .xls, a password-protected
file and a renamed document each get their own message); the zip directory (entry count,
encrypted or exotically compressed parts, declared sizes); and every XML part is inflated
once — the declared sizes bound that, `zipfile` stops at the declared size and checks the
CRC — to refuse a DTD (entity bombs, external entities) with a message naming the part.
openpyxl then reads the same bytes (no second look at a file that may have changed) in
read-only mode, which streams the sheets. `rows()` iterates a sheet with a row limit and a
column cap and turns anything the sheet parser raises into a message naming the row.
"""

from __future__ import annotations

import functools
import io
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from soum_desk.errors import EnvironmentProblem, ValidationError

if TYPE_CHECKING:  # openpyxl itself is imported when a file is opened (start-up time)
    from openpyxl.workbook.workbook import Workbook as OpenpyxlBook

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
XML_SUFFIXES = (".xml", ".rels", ".vml")
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!"})


@dataclass(frozen=True)
class Limits:
    """Generous for any register an office keeps; far below what hurts the machine.

    The inflated sizes bound memory; the rows, cells, strings and other elements, counted
    while inflating and weighted by what each costs openpyxl, bound its time."""

    max_file_bytes: int = 40 << 20
    max_entries: int = 2_000
    max_directory_bytes: int = 1 << 20
    max_part_bytes: int = 48 << 20  # one worksheet's XML
    max_other_part_bytes: int = 16 << 20  # shared strings, styles, workbook…
    max_total_bytes: int = 96 << 20
    max_rows: int = 100_000  # per sheet, counting empty rows openpyxl fills in
    max_work: int = 2_000_000  # ≈ µs of openpyxl parsing (see _WEIGHTS): a 14-column register of ~14,000 rows
    max_columns: int = 256
    max_prolog_bytes: int = 4096


LIMITS = Limits()
MAX_ROW_ERRORS = 1_000  # past this many row errors the file is the wrong one; listing more helps nobody


def too_many_errors(where: str, count: int) -> ValidationError:
    return ValidationError(f"{count:,}-аас олон алдаа гарсан тул уншихаа зогсоолоо: файл эсвэл баганууд буруу байна.",
                           f"More than {count:,} errors, so reading stopped: the file or its columns are wrong.",
                           where=where)


@dataclass
class Workbook:
    """The opened workbook with the bytes it came from (for the file's hash)."""

    path: Path
    data: bytes
    book: OpenpyxlBook  # read-only mode
    limits: Limits = LIMITS

    @property
    def worksheets(self) -> list:
        try:  # read-only openpyxl parses each sheet's start only now
            return list(self.book.worksheets)
        except Exception as exc:
            raise damaged(self.path, exc) from None

    @property
    def sheetnames(self) -> list[str]:
        return list(self.book.sheetnames)

    def __getitem__(self, name: str):
        try:
            return self.book[name]
        except Exception as exc:
            raise damaged(self.path, exc) from None

    def close(self) -> None:
        self.book.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _refuse(path: Path, mn: str, en: str, detail: str = "") -> ValidationError:
    return ValidationError(mn, en, where=f"{path.name}{', ' + detail if detail else ''}")


def damaged(path: Path, exc: Exception) -> ValidationError:
    """What openpyxl raised while loading, as the clerk can act on it; the kind of error is kept for support."""
    return _refuse(path, "Файл эвдэрсэн эсвэл SoumDesk уншиж чадах Excel ажлын ном биш байна. Excel-д нээгээд "
                   f"«.xlsx» хэлбэрээр дахин хадгална уу ({type(exc).__name__}).",
                   "The file is damaged or not a workbook SoumDesk can read. Open it in Excel and save it "
                   f"again as .xlsx ({type(exc).__name__}).")


def _read(path: Path, limits: Limits) -> bytes:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            raise _refuse(path, "Энгийн файл биш (хавтас, pipe эсвэл төхөөрөмж).",
                          "Not a regular file (a folder, pipe or device).")
        size = info.st_size
        if size > limits.max_file_bytes:
            raise _refuse(path, f"Файл хэт том: {size:,} байт (дээд хэмжээ {limits.max_file_bytes:,}).",
                          f"The file is too large: {size:,} bytes (the limit is {limits.max_file_bytes:,}).")
        with open(path, "rb") as handle:
            return handle.read(limits.max_file_bytes + 1)
    except FileNotFoundError:
        raise EnvironmentProblem(f"Файл олдсонгүй: {path}", f"File not found: {path}", where=path.name) from None
    except OSError as exc:
        raise EnvironmentProblem(f"Файлыг уншиж чадсангүй: {exc.strerror}", f"Cannot read the file: {exc.strerror}",
                                 where=path.name) from None


def _not_a_zip(path: Path, data: bytes) -> ValidationError:
    if data.startswith(OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data:
            return _refuse(path, "Файл нууц үгээр хамгаалагдсан байна. Excel-д нээгээд нууц үггүйгээр хадгална уу.",
                           "The file is password-protected. Open it in Excel and save it without a password.")
        return _refuse(path, "Хуучин Excel (.xls) файл байна. Excel-д нээгээд «.xlsx» хэлбэрээр хадгална уу.",
                       "This is an old Excel (.xls) file. Open it in Excel and save it as .xlsx.")
    if not data.strip():
        return _refuse(path, "Файл хоосон байна.", "The file is empty.")
    return _refuse(path, "XLSX файл биш байна (Excel-ийн .xlsx хэлбэрээр хадгална уу).",
                   "This is not an XLSX file (save it from Excel as .xlsx).")


def _directory_size(path: Path, data: bytes, limits: Limits) -> None:
    """Entry count and directory size from the end record, before zipfile builds an object per entry."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):  # a zip's start without its end: cut short
        raise _refuse(path, "XLSX файл дутуу хуулагдсан эсвэл эвдэрсэн байна (файлын төгсгөл алга).",
                      "The XLSX file is cut short or damaged (its end is missing).")
    entries, dir_size = struct.unpack_from("<HI", data, end + 10)
    locator = end - 20
    if (entries == 0xFFFF or dir_size == 0xFFFFFFFF) and locator >= 0 and data[locator:locator + 4] == b"PK\x06\x07":
        (z64,) = struct.unpack_from("<Q", data, locator + 8)
        if data[z64:z64 + 4] == b"PK\x06\x06":
            entries, dir_size = struct.unpack_from("<QQ", data, z64 + 32)
    if entries > limits.max_entries or dir_size > limits.max_directory_bytes:
        raise _refuse(path, f"XLSX файлд хэт олон хэсэг байна ({entries:,}); эвдэрсэн эсвэл хортой файл.",
                      f"The XLSX file has too many parts ({entries:,}); it is damaged or hostile.")


def _check_entries(path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> list[zipfile.ZipInfo]:
    if len(infos) > limits.max_entries:
        raise _refuse(path, f"XLSX файлд хэт олон хэсэг байна ({len(infos):,}).",
                      f"The XLSX file has too many parts ({len(infos):,}).")
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names:
        raise _refuse(path, "ZIP архив байна, гэхдээ Excel-ийн XLSX файл биш.",
                      "This is a zip archive but not an Excel XLSX file.")
    total = 0
    xml_parts = []
    for info in infos:
        name = info.filename
        if info.flag_bits & 0x1:
            raise _refuse(path, "Файл нууц үгээр хамгаалагдсан (шифрлэгдсэн) байна.",
                          "The file is password-protected (encrypted).", name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(path, "XLSX файл эвдэрсэн: дэмжигдээгүй шахалт.",
                          "The XLSX file is damaged: an unsupported compression.", name)
        is_sheet = name.startswith("xl/worksheets/")
        cap = limits.max_part_bytes if is_sheet else limits.max_other_part_bytes
        total += info.file_size
        if info.file_size > cap or total > limits.max_total_bytes:
            raise _refuse(path, f"XLSX-ийн хэсэг задлахад хэт том: {info.file_size:,} байт (zip bomb байж болзошгүй). "
                          "Хүснэгтийг хэд хэдэн файлд хуваана уу.",
                          f"A part of the XLSX inflates too large: {info.file_size:,} bytes (possibly a zip bomb). "
                          "Split the table into several files.", name)
        if name.lower().endswith(XML_SUFFIXES):
            xml_parts.append(info)
    return xml_parts


_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.I)


def _prolog(head: bytes) -> bytes:
    """The bytes before the root element, decoded to UTF-8 when the part is UTF-16."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    for match in re.finditer(rb"<([^?!])", head):  # the first tag that is not <?…?> or <!…>
        return head[:match.start()]
    return head


# What openpyxl builds per tag, in µs measured on the loaded 2-core development machine: a row 6,
# a cell 10 (+12 for an inline string), a rich-text run 14, a shared string 8, an element of
# any other part (styles are parsed whole into objects) ~20 per «<». Under load the real
# time came out about twice these; the limit leaves room for that.
_WEIGHTS = {
    "sheet": ((b"<row", 6), (b":row ", 6), (b":row>", 6), (b"<c ", 10), (b"<c>", 10), (b":c ", 10),
              (b"<is>", 12), (b":is>", 12), (b"<r>", 14), (b":r>", 14)),
    "strings": ((b"<si>", 8), (b"<si ", 8), (b":si>", 8), (b"<r>", 10), (b":r>", 10)),
    "other": ((b"<", 20),),
}
_ROWS = (b"<row", b":row ", b":row>")
# For calamine (extents measured) a sheet whose elements carry a prefix («<x:c») goes to openpyxl
# instead (see `_prefixed`), so the prefixed spellings need no scan of their own.
_PLAIN_SHEET = tuple((tag, weight) for tag, weight in _WEIGHTS["sheet"] if not tag.startswith(b":"))
_PREFIXED_ROOT = re.compile(rb"<[A-Za-z_][\w.-]*:worksheet\b")


@dataclass
class Extent:
    """How far a sheet's cells reach, from their own positions (the «r» attributes).

    A calamine reader allocates every cell of the rectangle from A1 to the furthest cell, so
    this, not the declared dimension, bounds its memory. `unplaced` is set when some cell or
    row carries no position (calamine then counts them itself): the extent is not known.
    `errors`: a cell holds a formula's error, which calamine reads as a blank."""

    rows: int = 0
    columns: int = 0
    unplaced: bool = False
    errors: bool = False  # a formula error («#REF!»): calamine reads it as a blank
    slack: int = 0  # a cell or row without a position, or a position cut by the edge of a chunk

    @property
    def cells(self) -> int:
        return (self.rows + self.slack) * (self.columns + self.slack)


@dataclass
class Scan:
    """What the checks measured: openpyxl's work (see _WEIGHTS) and each sheet's extent."""

    work: int = 0
    sheets: dict[str, Extent] = field(default_factory=dict)


_ROW_AT = re.compile(rb'<row r="(\d+)"')
_ODD = re.compile(rb"r(?:\s+=|=[\s'])")  # a position not written as r="A1" (Excel, LibreOffice, openpyxl)
# A formula error cell, « t="e"» or «t='e'»: one pass instead of two (the look-behind keeps the space).
_ERROR_CELL = re.compile(rb"""t=(?:"e"(?<= t="e")|'e')""")


def _deeper_digits(top: str) -> str:
    """Row numbers with more digits than `top`, or as many and a larger start (its first digit, or
    its first two digits) — so rows stay under `_bound(top)`."""
    digits, first = len(top), int(top[0])
    options = [rf"\d{{{digits + 1}}}"]
    if first < 9:
        options.append(rf"[{first + 1}-9]\d{{{digits - 1}}}")
    if digits > 1 and int(top[1]) < 9:
        options.append(rf"{first}[{int(top[1]) + 1}-9]\d{{{digits - 2}}}")
    return f"(?:{'|'.join(options)})"


@functools.cache
def _positions(top: str) -> re.Pattern[bytes]:
    """One pass over the cell positions for two questions: the letters of each cell past column Z
    (group 1), and whether a cell lies deeper than `top` allows (group 2 or 3 set). Only such
    positions match; letters never give back (possessive): digits follow them."""
    deep = _deeper_digits(top)
    return re.compile(rf' r="(?:([A-Za-z]{{2,}}+)({deep})?|[A-Za-z]?+({deep}))'.encode())


def _bound(top: str) -> int:
    """The largest row number starting as `top` does: 100,001 → 109,999; 7 → 7."""
    return int(top[:2]) * 10 ** (len(top) - 2) + 10 ** (len(top) - 2) - 1 if len(top) > 1 else int(top)


def column_number(letters: bytes) -> int:
    """«A» → 1, «IV» → 256, «XFD» → 16,384."""
    number = 0
    for char in letters.upper():
        number = number * 26 + char - 64
    return number


def _reach(chunk: bytes, extent: Extent, tags: int) -> None:
    """Widen the extent by the chunk's cells and rows, from a few fast scans rather than every position:
    rows up to the largest row number (or, for cells, a bound of it from its digits), columns from
    the cells past Z. `tags`: the chunk's cell and row elements, to find those without a position.
    A position cut by the chunk's edge is missed: two per chunk are allowed for, as positions."""
    if _ERROR_CELL.search(chunk):
        extent.errors = True
    if _ODD.search(chunk):
        extent.unplaced = True
    placed = chunk.count(b' r="')
    if not placed:
        extent.unplaced = extent.unplaced or tags > 2
        return
    rows = _ROW_AT.findall(chunk)
    if rows:
        longest = max(map(len, rows))
        extent.rows = max(extent.rows, max(int(r) for r in rows if len(r) == longest))
    top = str(max(extent.rows, 1))
    found = _positions(top).findall(chunk)
    if any(deep or narrow_deep for _, deep, narrow_deep in found):  # a cell below every row written
        extent.rows = max(extent.rows, 10 ** (len(top) + 1) - 1)  # bound it by its digits
    else:  # cells in rows not written stay within the top row's leading digits
        extent.rows = max(extent.rows, _bound(top))
    wide = {letters for letters, _, _ in found if letters}
    extent.columns = max(extent.columns, max(map(column_number, wide)) if wide else 26)
    missing = tags - placed
    if missing > 2:  # cells or rows without a position (calamine counts them itself)
        extent.unplaced = True
    elif missing > 0:  # such a cell or row lands just after the one before it in its row
        extent.slack = max(extent.slack, missing)


def _check_xml(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, work: int,
               extent: Extent | None = None) -> int:
    """Inflate the part fully (checks the CRC), refuse a DTD in its prolog, add up openpyxl's work
    and, for a sheet, how far its cells reach (`extent`).

    Returns the work so far (µs-like units, see _WEIGHTS); a tag cut by a chunk boundary is
    missed — a few per megabyte, nothing next to the limits."""
    name = info.filename
    kind = "sheet" if name.startswith("xl/worksheets/") else "strings" if name.endswith("sharedStrings.xml") \
        else "other"
    weights = _PLAIN_SHEET if kind == "sheet" and extent is not None else _WEIGHTS[kind]
    rows = 0
    head = b""
    with zf.open(info) as part:
        while chunk := part.read(1 << 20):
            if len(head) < limits.max_prolog_bytes:
                head += chunk[:limits.max_prolog_bytes]
            counts = {tag: chunk.count(tag) for tag, _ in weights}
            work += sum(counts[tag] * weight for tag, weight in weights)
            if kind == "sheet":
                rows += sum(counts.get(tag, 0) for tag in _ROWS)
                if extent is not None:
                    _reach(chunk, extent, counts[b"<c "] + counts[b"<c>"] + counts[b"<row"])
                    extent.rows = max(extent.rows, rows)
                if rows > limits.max_rows:
                    raise _refuse(path, f"Хуудсанд хэт олон мөр байна (дээд тал нь {limits.max_rows:,}). "
                                  "Хүснэгтийг хэд хэдэн файлд хуваана уу.",
                                  f"The sheet has too many rows (at most {limits.max_rows:,}). "
                                  "Split the table into several files.", name)
            if work > limits.max_work:
                raise _refuse(path, "Файл нэг дор уншихад хэт том (нүд, текст, хэлбэржүүлэлт хэт олон). "
                              "Хүснэгтийг хэд хэдэн файлд хуваана уу.",
                              "The file is too big to read at once (too many cells, texts or formats). "
                              "Split the table into several files.", name)
    if extent is not None and _PREFIXED_ROOT.search(head):
        extent.unplaced = True
    prolog = _prolog(head)
    if _DTD.search(prolog) or (len(prolog) >= limits.max_prolog_bytes and info.file_size > limits.max_prolog_bytes):
        raise _refuse(path, "XLSX файлд DTD/ENTITY тодорхойлолт байна (XML entity bomb эсвэл гадны entity); "
                      "Excel ийм файл үүсгэдэггүй тул уншихгүй.",
                      "The XLSX file holds a DTD/ENTITY declaration (an XML entity bomb or external entity); "
                      "Excel never writes one, so the file is refused.", name)
    return work


def check(path: Path, data: bytes, limits: Limits = LIMITS, *, extents: bool = False) -> Scan:
    """All the checks above on the file's bytes; raises ValidationError naming the file and part.

    With `extents`, each sheet's reach is measured too (for calamine; ~5 ms a megabyte)."""
    if not data.startswith(b"PK\x03\x04"):
        raise _not_a_zip(path, data)
    _directory_size(path, data, limits)
    part = ""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml_parts = _check_entries(path, zf.infolist(), limits)
            scan = Scan()
            for info in xml_parts:
                part = info.filename
                extent = None
                if extents and part.startswith("xl/worksheets/"):
                    extent = scan.sheets[part] = Extent()
                scan.work = _check_xml(path, zf, info, limits, scan.work, extent)
            return scan
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, UnicodeDecodeError,
            OverflowError, struct.error) as exc:
        raise _refuse(path, f"XLSX файл эвдэрсэн эсвэл дутуу хуулагдсан ({exc}).",
                      f"The XLSX file is damaged or cut short ({exc}).", part) from None


def open_workbook(path: str | Path, limits: Limits = LIMITS) -> Workbook:
    """Check, then open read-only with cached formula values (never the formula text)."""
    import openpyxl

    if not openpyxl.DEFUSEDXML:  # set from OPENPYXL_DEFUSEDXML and the defusedxml package at import
        raise EnvironmentProblem("defusedxml суугаагүй тул XLSX файл уншихгүй.",
                                 "defusedxml is not active, so XLSX files are not read.", where="openpyxl")
    path = Path(path)
    data = _read(path, limits)
    check(path, data, limits)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise damaged(path, exc) from None
    if not book.sheetnames:
        book.close()
        raise _refuse(path, "Ажлын хуудас алга (хоосон ажлын ном).", "The workbook has no sheets.")
    return Workbook(path, data, book, limits)


def rows(ws, where: str, *, min_row: int = 1, max_row: int | None = None, values_only: bool = True,
         limits: Limits = LIMITS) -> Iterator[tuple]:
    """The sheet's rows, trailing blanks dropped, at most `max_columns` wide.

    The sheet's declared dimension is not used to read: it is the file's word (openpyxl would
    pad every row to a forged «A1:XFD1048576», and silently stop at a stale smaller one). Past
    `max_rows` rows, or on anything the sheet parser raises, the message names the row.
    `where` is the file's name."""
    stop = max_row if max_row is not None else min_row + limits.max_rows  # not the declared last row
    declared = ws.max_column
    width = declared if isinstance(declared, int) and 0 < declared <= limits.max_columns else limits.max_columns
    source = ws.iter_rows(min_row=min_row, max_row=stop, max_col=width, values_only=values_only)
    row_no = min_row - 1
    while True:
        try:
            row = next(source)
        except StopIteration:
            return
        except Exception as exc:  # the sheet XML is the attacker's: any parser error
            raise ValidationError(
                f"XLSX хуудсыг уншиж чадсангүй ({type(exc).__name__}: {exc}); файл эвдэрсэн байна.",
                f"Cannot read the sheet ({type(exc).__name__}: {exc}); the file is damaged.",
                where=f"{where}, {ws.title}, мөр/row {row_no + 1}") from None
        row_no += 1
        if row_no - min_row + 1 > limits.max_rows:
            raise ValidationError(
                f"Хуудсанд хэт олон мөр байна (дээд тал нь {limits.max_rows:,}). Хүснэгтийг хэд хэдэн файлд хуваана уу.",
                f"The sheet has too many rows (at most {limits.max_rows:,}). Split the table into several files.",
                where=f"{where}, {ws.title}, мөр/row {row_no}")
        end = len(row)
        if values_only and row.count(None) == end:  # openpyxl's filler for a missing or empty row
            yield ()
            continue
        while end and (row[end - 1] if values_only else row[end - 1].value) is None:
            end -= 1
        yield row[:end]


def merged_down(above: Sequence | None, row: Sequence, known: Callable[[object], bool]) -> list:
    """A header row whose blank cells take the title above when it is a known column title.

    A title merged down over two header rows (a group title merged across beside it) is
    stored in the upper row only; read alone, the lower row would lose that column."""
    out = list(row)
    for index, value in enumerate(above or ()):
        if index >= len(out):
            out.extend([None] * (index + 1 - len(out)))
        if out[index] in (None, "") and value not in (None, "") and known(value):
            out[index] = value
    return out


def excel_error(value: object) -> str | None:
    """«#REF!» and the other error values a formula leaves behind; None for anything else."""
    return value if isinstance(value, str) and value in EXCEL_ERRORS else None
