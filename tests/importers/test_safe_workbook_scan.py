"""The safety scan's one pass over cell positions finds what its earlier two passes found.

`_reach` once searched the chunk twice — the cells past column Z (`_WIDE`) and a cell deeper
than the rows written (`_deeper`) — and now asks both in one regular expression. The earlier
scans are kept here as the reference; generated sheet XML, clean and hostile (deep rows,
wide columns, lower-case and odd positions, missing positions, cut tags), must give the same
extent, so calamine is given or refused exactly the sheets it was before."""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from soum_desk.importers import safe_workbook as sw

_OLD_WIDE = re.compile(rb' r="([A-Za-z]{2,})')


@functools.cache
def _old_deeper(top: str) -> re.Pattern[bytes]:
    digits, first = len(top), int(top[0])
    options = [rf"\d{{{digits + 1}}}"]
    if first < 9:
        options.append(rf"[{first + 1}-9]\d{{{digits - 1}}}")
    if digits > 1 and int(top[1]) < 9:
        options.append(rf"{first}[{int(top[1]) + 1}-9]\d{{{digits - 2}}}")
    return re.compile(rf' r="[A-Za-z]*+(?:{"|".join(options)})'.encode())


def _old_reach(chunk: bytes, extent: sw.Extent, tags: int) -> None:
    """`_reach` as it was before the two position searches became one."""
    if sw._ERROR_CELL.search(chunk):
        extent.errors = True
    if sw._ODD.search(chunk):
        extent.unplaced = True
    placed = chunk.count(b' r="')
    if not placed:
        extent.unplaced = extent.unplaced or tags > 2
        return
    rows = sw._ROW_AT.findall(chunk)
    if rows:
        longest = max(map(len, rows))
        extent.rows = max(extent.rows, max(int(r) for r in rows if len(r) == longest))
    top = str(max(extent.rows, 1))
    if _old_deeper(top).search(chunk):
        extent.rows = max(extent.rows, 10 ** (len(top) + 1) - 1)
    else:
        extent.rows = max(extent.rows, sw._bound(top))
    wide = set(_OLD_WIDE.findall(chunk))
    extent.columns = max(extent.columns, max(map(sw.column_number, wide)) if wide else 26)
    missing = tags - placed
    if missing > 2:
        extent.unplaced = True
    elif missing > 0:
        extent.slack = max(extent.slack, missing)


_letters = st.text("ABCXYZabz", min_size=0, max_size=4)
_number = st.one_of(st.integers(1, 30), st.integers(1, 2_000_000)).map(str) | st.sampled_from(["", "0", "09", "x"])
_cell = st.builds(lambda letters, number, quote, tail: f'<c r={quote}{letters}{number}{quote}{tail}'.encode(),
                  _letters, _number, st.sampled_from(['"', "'", ""]),
                  st.sampled_from([' t="s"><v>1</v></c>', ' t="e"><v>#REF!</v></c>', "><v>2</v></c>", "/>", ""]))
_row = st.builds(lambda number, sep: f"<row{sep}r=\"{number}\">".encode(), _number, st.sampled_from([" ", "  ", "\t"]))
_piece = st.one_of(_cell, _row, st.sampled_from([b"</row>", b"<c>", b"<c t=\"s\"><v>0</v></c>", b"<row>", b" r =\"A1\"",
                                                 b"<is><t>r=' x</t></is>", b"<r>", b'"', b"<"]))


def _both(pieces: list[bytes], before: int, cut: int) -> tuple[sw.Extent, sw.Extent]:
    chunk = b"".join(pieces)
    chunk = chunk[cut:] if cut < len(chunk) else chunk  # a chunk starts anywhere, mid-tag too
    tags = chunk.count(b"<c ") + chunk.count(b"<c>") + chunk.count(b"<row")
    old, new = sw.Extent(rows=before), sw.Extent(rows=before)
    _old_reach(chunk, old, tags)
    sw._reach(chunk, new, tags)
    return old, new


@settings(max_examples=600, deadline=None)
@given(st.lists(_piece, max_size=60), st.integers(0, 150_000), st.integers(0, 12))
def test_one_position_pass_finds_what_two_did(pieces, before, cut):
    old, new = _both(pieces, before, cut)
    assert new == old


def test_hostile_positions_give_the_same_extent():
    cases = [
        [b'<row r="7">', b'<c r="A7"/>', b'<c r="B1048576"/>'],  # a cell far below every row written
        [b'<row r="7">', b'<c r="XFD7"/>'],  # one value in the last column
        [b'<row r="7">', b'<c r="xfd8"/>', b'<c r="AB99"/>'],  # lower case, wide and deeper at once
        [b'<row r="19">', b'<c r="A29"/>', b'<c r="A20"/>'],
        [b'<row r="100001">', b'<c r="A109999"/>', b'<c r="ZZ110000"/>'],
        [b'<row r="5">', b"<c r='A5'/>", b"<c r = \"B5\"/>"],  # odd spellings: calamine refused
        [b"<row>", b"<c>", b"<c>", b"<c>"],  # no positions at all
    ]
    for pieces in cases:
        old, new = _both(pieces, 0, 0)
        assert new == old, pieces
