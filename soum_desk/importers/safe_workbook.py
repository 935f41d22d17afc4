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

import io
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
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


def _check_xml(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, work: int) -> int:
    """Inflate the part fully (checks the CRC), refuse a DTD in its prolog, add up openpyxl's work.

    Returns the work so far (µs-like units, see _WEIGHTS); a tag cut by a chunk boundary is
    missed — a few per megabyte, nothing next to the limits."""
    name = info.filename
    kind = "sheet" if name.startswith("xl/worksheets/") else "strings" if name.endswith("sharedStrings.xml") \
        else "other"
    weights = _WEIGHTS[kind]
    rows = 0
    head = b""
    with zf.open(info) as part:
        while chunk := part.read(1 << 20):
            if len(head) < limits.max_prolog_bytes:
                head += chunk[:limits.max_prolog_bytes]
            work += sum(chunk.count(tag) * weight for tag, weight in weights)
            if kind == "sheet":
                rows += sum(chunk.count(tag) for tag in _ROWS)
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
    prolog = _prolog(head)
    if _DTD.search(prolog) or (len(prolog) >= limits.max_prolog_bytes and info.file_size > limits.max_prolog_bytes):
        raise _refuse(path, "XLSX файлд DTD/ENTITY тодорхойлолт байна (XML entity bomb эсвэл гадны entity); "
                      "Excel ийм файл үүсгэдэггүй тул уншихгүй.",
                      "The XLSX file holds a DTD/ENTITY declaration (an XML entity bomb or external entity); "
                      "Excel never writes one, so the file is refused.", name)
    return work


def check(path: Path, data: bytes, limits: Limits = LIMITS) -> None:
    """All the checks above on the file's bytes; raises ValidationError naming the file and part."""
    if not data.startswith(b"PK\x03\x04"):
        raise _not_a_zip(path, data)
    _directory_size(path, data, limits)
    part = ""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml_parts = _check_entries(path, zf.infolist(), limits)
            work = 0
            for info in xml_parts:
                part = info.filename
                work = _check_xml(path, zf, info, limits, work)
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
